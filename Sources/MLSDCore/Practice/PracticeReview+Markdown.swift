// The practice review as a Markdown document (`mlsd practice --report`, `:export review`): the
// prompt, both diagrams, what is missing, the time table, the findings by step, the rubric and
// the follow-up questions.

extension PracticeReview {
  public func markdown(charset: Charset = .unicode) -> String {
    var lines: [String] = []
    lines.append("# Practice review: " + MarkdownText.escape(template.title))
    lines.append("")
    var facts = ["Template `\(template.id)`"]
    if let date { facts.append(PracticeFormat.date(date)) }
    if let timeTable {
      facts.append("\(PracticeFormat.minutes(Double(timeTable.budgetSeconds))) minutes")
      facts.append(hintsShown ? "checklist shown" : "checklist hidden")
    } else {
      facts.append("untimed review of an existing board")
    }
    lines.append(facts.joined(separator: " · "))
    lines.append("")
    lines.append(
      "**Score: \(score)%** — \(Counted.of(report.errorCount, "error")), "
        + "\(Counted.of(report.warningCount, "warning")), \(Counted.of(report.hintCount, "hint"))"
        + " · rubric \(rubric.total)/\(rubric.maximum)" + (rubricScope.map { " (\($0))" } ?? ""))
    lines.append("")
    lines.append("## Prompt")
    lines.append("")
    for line in template.prompt.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = MarkdownText.escape(String(line))
      lines.append(text.isEmpty ? ">" : "> " + text)
    }
    while lines.last == ">" { lines.removeLast() }
    lines.append("")
    lines.append("## Your board")
    lines.append("")
    lines += Self.fenced(TextRenderer.render(boardDiagram, charset: charset))
    lines.append("")
    lines.append("## Reference design")
    lines.append("")
    lines += Self.fenced(TextRenderer.render(referenceDiagram, charset: charset))
    lines.append("")
    lines.append("## Against the reference")
    lines.append("")
    lines += diffMarkdown()
    lines.append("")
    lines.append("## " + stepTableTitle)
    lines.append("")
    lines += stepTable()
    lines.append("")
    lines.append("## Findings by step")
    lines.append("")
    lines += findingsMarkdown()
    lines.append("")
    lines.append("## Rubric")
    lines.append("")
    lines += rubricMarkdown()
    lines.append("")
    lines.append("## Follow-up questions")
    lines.append("")
    lines += followUpsMarkdown()
    return lines.joined(separator: "\n") + "\n"
  }

  private func diffMarkdown() -> [String] {
    var lines: [String] = []
    func section(_ title: String, _ items: [String]) {
      lines.append("**\(title) (\(items.count))**" + (items.isEmpty ? ": none" : ""))
      if !items.isEmpty {
        lines.append("")
        lines += items.map { "- " + MarkdownText.escape($0) }
      }
      lines.append("")
    }
    section("Missing components", diff.missingComponents.map { name(ofKind: $0) })
    section("Missing flows", diff.missingFlows.map { name(of: $0) })
    section("Extra components", diff.extraComponents.map { name(ofKind: $0) })
    section("Extra flows", diff.extraFlows.map { name(of: $0) })
    if !diff.standIns.isEmpty {
      section("Met by another kind the template accepts", diff.standInLines(catalogue: catalogue))
    }
    if !diff.unrecognisedBoxes.isEmpty { section("Boxes of no known kind", diff.unrecognisedBoxes) }
    lines.removeLast()
    return lines
  }

  /// Budget, time spent and score for each step in one table.
  private func stepTable() -> [String] {
    var lines: [String]
    if let timeTable {
      lines = ["| Step | Budget | Spent | | Score |", "|---|---:|---:|---|---:|"]
      for row in timeTable.rows {
        lines.append(
          "| \(row.step.number). \(row.step.title) | \(PracticeFormat.clock(Double(row.budgetSeconds))) | "
            + "\(PracticeFormat.clock(row.spentSeconds)) | \(row.verdict) | "
            + "\(CheckReport.percent(report.score(for: row.step)))% |")
      }
      let over = timeTable.spentSeconds - Double(timeTable.budgetSeconds)
      lines.append(
        "| **Total** | \(PracticeFormat.clock(Double(timeTable.budgetSeconds))) | "
          + "\(PracticeFormat.clock(timeTable.spentSeconds)) | "
          + (over > 0 ? "over by \(PracticeFormat.clock(over))" : "") + " | \(score)% |")
    } else {
      lines = ["| Step | Score |", "|---|---:|"]
      for step in Step.allCases {
        lines.append("| \(step.number). \(step.title) | \(CheckReport.percent(report.score(for: step)))% |")
      }
      lines.append("| **Total** | \(score)% |")
    }
    return lines
  }

  private func findingsMarkdown() -> [String] {
    let lines = ReportFormatter.markdownFindings(report) { "### \($0.number). \($0.title)" }
    return lines.isEmpty ? ["No findings: every check passes."] : lines
  }

  /// Text in a code block whose fence is longer than any run of backticks inside, so no label
  /// can close it early.
  static func fenced(_ text: String) -> [String] {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    var body = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while body.last == "" { body.removeLast() }
    return [fence + "text"] + body + [fence]
  }

}
