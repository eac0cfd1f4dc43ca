// The result of checking a board: every check, the failed ones as findings, and the scores.

public struct CheckReport: Hashable, Sendable {
  public var checks: [Check]
  /// How the checker read each box and arrow (`mlsd check --explain`, the app's status line).
  public var reading: BoardReading
  /// Per step, the words of the notes that speak of the design (`NotesSubstance`), as the notes
  /// rules and the rubric count them; empty in a report not made by the checker.
  public var notesWords: [Step: Int]

  public init(checks: [Check], reading: BoardReading = BoardReading(), notesWords: [Step: Int] = [:]) {
    self.checks = checks
    self.reading = reading
    self.notesWords = notesWords
  }

  /// Failed checks, most serious first, then in framework order.
  public var findings: [Finding] {
    let failed = checks.filter { !$0.passed }.map(Finding.init)
    // A stable sort: by step, then errors before warnings before hints, then the rules' order.
    return failed.enumerated().sorted {
      ($0.element.step.number, -$0.element.severity.weight, $0.offset)
        < ($1.element.step.number, -$1.element.severity.weight, $1.offset)
    }.map(\.element)
  }

  public var errorCount: Int { checks.filter { !$0.passed && $0.severity == .error }.count }
  public var warningCount: Int { checks.filter { !$0.passed && $0.severity == .warning }.count }
  public var hintCount: Int { checks.filter { !$0.passed && $0.severity == .hint }.count }

  /// Weighted share of passed checks in one step, 0...1 (1 when the step has no weighted checks).
  public func score(for step: Step) -> Double {
    CheckReport.score(of: checks.filter { $0.step == step })
  }

  /// Weighted share of passed checks over the whole board, 0...1.
  public var overallScore: Double { CheckReport.score(of: checks) }

  /// A score as a whole percentage, rounded down so that 100% means every check passed.
  public static func percent(_ score: Double) -> Int { Int((score * 100).rounded(.down)) }

  static func score(of checks: [Check]) -> Double {
    let total = checks.reduce(0) { $0 + $1.severity.weight }
    guard total > 0 else { return 1 }
    let passed = checks.filter(\.passed).reduce(0) { $0 + $1.severity.weight }
    return Double(passed) / Double(total)
  }

  /// Whether `mlsd check` passes: no errors (and, when strict, no warnings either).
  public func passes(strict: Bool) -> Bool {
    errorCount == 0 && (!strict || warningCount == 0)
  }
}
