// An SGR mouse report (DEC private mode 1006): ESC [ < button ; column ; row, then M for a press
// or motion and m for a release. Columns and rows are 1-based and have no upper limit, unlike the
// X10 reports (ESC [ M and three bytes) ncurses decodes where the terminfo entry's kmous says so.
// The terminal adapter reads the characters after "ESC [ <" and hands them here.

public struct SGRMouseReport: Hashable, Sendable {
  /// The button code as sent: the low two bits name the button (0 left, 1 middle, 2 right),
  /// 4/8/16 are Shift/Meta/Ctrl, 32 marks motion and 64 the wheel.
  public var button: Int
  /// 0-based cell.
  public var x: Int
  public var y: Int
  /// The report ended in "m": a button was let go.
  public var released: Bool

  /// The longest report body read after "ESC [ <" (three numbers of up to five digits, two
  /// semicolons and the final letter); anything longer is not a report.
  public static let longestBody = 18

  public init(button: Int, x: Int, y: Int, released: Bool) {
    self.button = button
    self.x = x
    self.y = y
    self.released = released
  }

  /// The body after "ESC [ <" ("0;12;6M"), or nil when it is not a whole report.
  public init?(body: String) {
    guard let last = body.last, last == "M" || last == "m" else { return nil }
    let numbers = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
    guard numbers.count == 3 else { return nil }
    var values: [Int] = []
    for number in numbers {
      guard !number.isEmpty, number.count <= 5, number.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(number)
      else { return nil }
      values.append(value)
    }
    guard values[1] >= 1, values[2] >= 1 else { return nil }
    button = values[0]
    x = values[1] - 1
    y = values[2] - 1
    released = last == "m"
  }

  /// Whether `character` ends a report body (the adapter stops reading there).
  public static func ends(_ character: Character) -> Bool { character == "M" || character == "m" }

  /// The app's event for this report; `buttonDown` tracks whether the left button is held, so
  /// that motion becomes a drag (the same rule as for X10 reports). The middle and right buttons,
  /// and motion with no button held, give nil.
  public func event(buttonDown: inout Bool, time: Double) -> MouseEvent? {
    if button & 64 != 0 {
      // 64 is wheel up and 65 wheel down; 66 and 67 (sideways) are not used.
      switch button & 3 {
      case 0: return MouseEvent(.wheelUp, x: x, y: y, time: time)
      case 1: return MouseEvent(.wheelDown, x: x, y: y, time: time)
      default: return nil
      }
    }
    let leftButton = button & 3 == 0
    if button & 32 != 0 {
      guard buttonDown, leftButton else { return nil }
      return MouseEvent(.drag, x: x, y: y, time: time)
    }
    guard leftButton else { return nil }
    if released {
      buttonDown = false
      return MouseEvent(.release, x: x, y: y, time: time)
    }
    buttonDown = true
    return MouseEvent(.press, x: x, y: y, time: time)
  }
}
