// The report of a Mermaid file: its notes are written as comments in the file, not in the
// whiteboard, so the hint of a step without notes says so.

extension CheckReport {
  /// The same report, its "no notes" hints naming the `%% mlsd notes STEP:` comment of a Mermaid
  /// file instead of the whiteboard's key.
  public func notesWrittenInMermaid() -> CheckReport {
    var report = self
    for i in report.checks.indices where report.checks[i].rule == RuleID.notesMissing.rawValue {
      let step = report.checks[i].step
      let whiteboard = NotesRules.whiteboardHint(step)
      guard report.checks[i].hint.hasPrefix(whiteboard) else { continue }
      report.checks[i].hint = NotesRules.mermaidHint(step) + report.checks[i].hint.dropFirst(whiteboard.count)
    }
    return report
  }
}
