// The check report as text for people: grouped by step, with scores, findings and fix hints;
// ANSI colour only when asked (stdout is a terminal), and Markdown for exports.

public enum ReportFormatter {
  /// A readable report. `color` adds ANSI colours (callers pass true only for a terminal).
  public static func text(_ report: CheckReport, board: Board, template: Template?, color: Bool) -> String {
    let paint = Paint(enabled: color)
    var lines: [String] = []
    let templateText = template.map { " — template \(Sanitizer.visible($0.title)) (\($0.id))" } ?? " — no template"
    lines.append(paint.bold(Sanitizer.visible(board.title)) + templateText)
    lines.append(
      "Score \(CheckReport.percent(report.overallScore))%  ·  \(Counted.of(report.errorCount, "error"))"
        + ", \(Counted.of(report.warningCount, "warning")), \(Counted.of(report.hintCount, "hint"))")
    let findings = report.findings
    for step in Step.allCases {
      let percent = CheckReport.percent(report.score(for: step))
      let heading = "\(step.number). \(step.title)"
      let padded = heading + String(repeating: " ", count: max(1, 40 - heading.count))
      let scoreText = "\(percent)%"
      lines.append("")
      lines.append(paint.bold(padded) + (percent == 100 ? paint.green(scoreText) : scoreText))
      for finding in findings where finding.step == step {
        let mark: String
        switch finding.severity {
        case .error: mark = paint.red("✗ error  ")
        case .warning: mark = paint.yellow("! warning")
        case .hint: mark = paint.cyan("· hint   ")
        }
        lines.append("   \(mark)  \(Sanitizer.visible(finding.message))")
        if !finding.hint.isEmpty { lines.append("              → \(Sanitizer.visible(finding.hint))") }
      }
    }
    lines.append("")
    if report.errorCount == 0 && report.warningCount == 0 {
      lines.append(paint.green("Complete: every check passes."))
    } else if report.errorCount == 0 {
      lines.append("No errors; \(Counted.of(report.warningCount, "warning")) left to make it excellent.")
    } else {
      lines.append("Incomplete: \(Counted.of(report.errorCount, "error")) to fix.")
    }
    return lines.joined(separator: "\n")
  }

  /// The report as Markdown: the score, a table of step scores, and the findings by step.
  public static func markdown(_ report: CheckReport) -> String {
    var lines: [String] = []
    lines.append(
      "**Score: \(CheckReport.percent(report.overallScore))%** — \(Counted.of(report.errorCount, "error")), "
        + "\(Counted.of(report.warningCount, "warning")), \(Counted.of(report.hintCount, "hint"))")
    lines.append("")
    lines.append("| Step | Score |")
    lines.append("|---|---:|")
    for step in Step.allCases {
      lines.append("| \(step.number). \(step.title) | \(CheckReport.percent(report.score(for: step)))% |")
    }
    let findings = markdownFindings(report) { "**\($0.number). \($0.title)**" }
    if !findings.isEmpty { lines += [""] + findings }
    return lines.joined(separator: "\n")
  }

  /// The findings as Markdown list items under one heading per step that has any, with a blank
  /// line between steps; empty when there are no findings.
  public static func markdownFindings(_ report: CheckReport, heading: (Step) -> String) -> [String] {
    let findings = report.findings
    var lines: [String] = []
    for step in Step.allCases {
      let here = findings.filter { $0.step == step }
      guard !here.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines += [heading(step), ""]
      for finding in here {
        lines.append(
          "- \(finding.severity.rawValue): \(MarkdownText.escape(finding.message))"
            + (finding.hint.isEmpty ? "" : " — \(MarkdownText.escape(finding.hint))"))
      }
    }
    return lines
  }

}

/// ANSI colours that switch off when not wanted.
struct Paint {
  var enabled: Bool
  func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
  func bold(_ text: String) -> String { wrap(text, "1") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }
  func cyan(_ text: String) -> String { wrap(text, "36") }
}
