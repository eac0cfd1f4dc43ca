// One rule applied to one thing on the board ("the board has a model registry"), passed or not.

/// A check the checker ran; the checklist lists them all, findings are the failed ones.
public struct Check: Hashable, Sendable {
  /// Rule id, as in docs/CHECKER.md ("component.required"): a `RuleID`'s raw value.
  public var rule: String
  public var step: Step
  /// What is checked, short, for the checklist ("Model registry", "Data source → Training").
  public var title: String
  public var passed: Bool
  public var severity: Severity
  /// What is wrong when the check fails.
  public var message: String
  /// How to fix it.
  public var hint: String
  /// Boxes the finding is about, if any.
  public var boxIDs: [String]
  /// A missing component whose role other boxes draw (`DeployPath`: training reaching serving
  /// without a registry): a flow to or from it, which no box can meet, is part of this finding
  /// whatever the two severities (FlowRules).
  var roleDrawn = false

  public init(
    rule: RuleID, step: Step, title: String, passed: Bool, severity: Severity, message: String = "",
    hint: String = "", boxIDs: [String] = []
  ) {
    self.rule = rule.rawValue
    self.step = step
    self.title = title
    self.passed = passed
    self.severity = severity
    self.message = message
    self.hint = hint
    self.boxIDs = boxIDs
  }
}

/// A failed check, as reported to the candidate.
public struct Finding: Hashable, Sendable {
  public var rule: String
  public var severity: Severity
  public var step: Step
  public var message: String
  public var hint: String
  public var boxIDs: [String]

  public init(_ check: Check) {
    rule = check.rule
    severity = check.severity
    step = check.step
    message = check.message
    hint = check.hint
    boxIDs = check.boxIDs
  }
}
