// How practice mode writes durations and dates, shared by the status line, the review, the
// history file and the stats so that they all agree.
import Foundation

public enum PracticeFormat {
  /// A duration as minutes and seconds: "9:05", "45:00"; a negative duration reads as "0:00".
  public static func clock(_ seconds: Double) -> String {
    let whole = Int(max(0, seconds).rounded(.down))
    let tail = whole % 60
    return "\(whole / 60):" + (tail < 10 ? "0" : "") + "\(tail)"
  }

  /// A budget in minutes: whole minutes as "8", anything else with one decimal, "2.7".
  public static func minutes(_ seconds: Double) -> String {
    let tenths = Int((max(0, seconds) / 6).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }

  /// A non-negative number with exactly one decimal: "1.5", "0.0".
  public static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((max(0, value) * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// Time spent on a step against its budget, as the status line and the panel show it: whole
  /// minutes counted as started minutes ("2/8 min") when the budget is whole minutes, so that
  /// the count passes the budget exactly when the time does; otherwise minutes and seconds
  /// ("0:04/0:53"), since a started minute would pass a budget of 0.9 minutes at once.
  public static func stepTime(spent: Double, budget: Int) -> String {
    guard budget % 60 == 0 else { return clock(spent) + "/" + clock(Double(budget)) }
    return "\(startedMinutes(spent))/\(budget / 60) min"
  }

  /// A step's budget alone: "8 min" for whole minutes, else "0:53".
  public static func stepBudget(_ budget: Int) -> String {
    budget % 60 == 0 ? "\(budget / 60) min" : clock(Double(budget))
  }

  /// Minutes spent as the status line counts them: started minutes, so that 8:01 against an
  /// 8-minute budget reads "9/8 min" rather than the puzzling "8/8 min — over budget".
  public static func startedMinutes(_ seconds: Double) -> Int {
    Int((max(0, seconds) / 60).rounded(.up))
  }

  /// The date and minute in UTC, "2026-11-23 19:05 UTC": one reading for every reviewer.
  public static func date(_ date: Date) -> String {
    let parts = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return "\(pad(parts.year ?? 0, 4))-\(pad(parts.month ?? 0))-\(pad(parts.day ?? 0)) "
      + "\(pad(parts.hour ?? 0)):\(pad(parts.minute ?? 0)) UTC"
  }

  /// The date as ISO 8601 in UTC to the second, the form the history file stores.
  public static func iso(_ date: Date) -> String {
    let parts = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    return "\(pad(parts.year ?? 0, 4))-\(pad(parts.month ?? 0))-\(pad(parts.day ?? 0))T"
      + "\(pad(parts.hour ?? 0)):\(pad(parts.minute ?? 0)):\(pad(parts.second ?? 0))Z"
  }

  /// Reads back what `iso` wrote; nil for anything else.
  public static func parseISO(_ text: String) -> Date? {
    let characters = Array(text)
    guard characters.count == 20, characters[4] == "-", characters[7] == "-", characters[10] == "T",
      characters[13] == ":", characters[16] == ":", characters[19] == "Z"
    else { return nil }
    func number(_ from: Int, _ count: Int) -> Int? { Int(String(text.dropFirst(from).prefix(count))) }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
      let minute = number(14, 2), let second = number(17, 2)
    else { return nil }
    let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    guard parts.isValidDate(in: utcCalendar) else { return nil }
    return utcCalendar.date(from: parts)
  }

  private static let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }()

  private static func pad(_ n: Int, _ width: Int = 2) -> String {
    let text = String(n)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
