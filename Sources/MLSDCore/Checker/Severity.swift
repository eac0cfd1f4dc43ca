// How serious a finding is: an error means the design lacks something it must have.

public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case error
  case warning
  case hint

  /// Weight of a check of this severity in the score.
  public var weight: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .hint: 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.weight > rhs.weight }
}
