// Where practice mode reads the time: a monotonic seconds source for measuring the session (the
// wall clock can jump) and the wall clock only for dating it. Injected so tests never sleep.
import Foundation

public struct PracticeClock: Sendable {
  /// Seconds from an arbitrary origin that never goes backwards.
  public var seconds: @Sendable () -> Double
  /// The calendar date, used only to date the session in the review and the history.
  public var date: @Sendable () -> Date

  public init(seconds: @escaping @Sendable () -> Double, date: @escaping @Sendable () -> Date) {
    self.seconds = seconds
    self.date = date
  }

  /// The machine's clocks: uptime for durations, the system date for dating.
  public static let system = PracticeClock(
    seconds: { ProcessInfo.processInfo.systemUptime }, date: { Date() })
}
