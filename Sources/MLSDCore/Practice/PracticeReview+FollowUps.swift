// The follow-up questions and the rubric of a practice review, as Markdown and on the review
// screen: each question with whether the notes answer it and the sentences that show it, and each
// rubric dimension's score with the evidence of each point.

extension PracticeReview {
  /// "Asked during the session: 3, 1 answered." or what a review without questions asked lists.
  var followUpSummary: String {
    let answered = followUps.filter(\.isAnswered).count
    if followUps.isEmpty { return "No follow-up question applies to this board." }
    if followUps.first?.origin == .triggered {
      // The rubric's follow-up points count the questions listed: here every one the board
      // triggers, in a timed session only those asked. The same board can score differently.
      return "No question was asked in a session; these are the \(followUps.count) follow-ups this board "
        + "triggers, \(answered) answered by the notes. The rubric counts all of them; a timed session "
        + "counts only the questions asked (\(Interviewer.defaultLimit) by default), so its rubric may differ."
    }
    return "Asked during the session: \(followUps.count), \(answered) answered."
  }

  /// Which follow-ups the rubric's follow-up points count, said under the rubric: the questions
  /// asked in a session, or every follow-up the board triggers when none was asked (`--report`).
  var rubricBasis: String {
    let answered = followUps.filter(\.isAnswered).count
    if followUps.isEmpty {
      return "No follow-up applies to this board, so the notes stand in for the follow-up points."
    }
    if followUps.first?.origin == .triggered {
      return "The follow-up points count all \(followUps.count) follow-ups this board triggers (\(answered) answered),"
        + " as no question was asked in a session; a timed session counts only the questions asked, so its"
        + " rubric may differ."
    }
    return "The follow-up points count the \(Counted.of(followUps.count, "question")) asked in this session"
      + " (\(answered) answered)."
  }

  /// The same in a few words, for the score line: "16 follow-ups triggered", "3 questions asked".
  var rubricScope: String? {
    if followUps.isEmpty { return nil }
    if followUps.first?.origin == .triggered { return "\(Counted.of(followUps.count, "follow-up")) triggered" }
    return "\(Counted.of(followUps.count, "question")) asked"
  }

  static let answerRule =
    "A question counts as answered when the notes of its step mention enough of its key ideas "
    + "(half of them, rounded up, unless the question says otherwise)."

  static func verdict(_ result: FollowUpResult) -> String {
    if result.isAnswered { return "answered" }
    return result.origin == .skipped ? "skipped, not answered" : "not answered"
  }

  func followUpsMarkdown() -> [String] {
    var lines = [MarkdownText.escape(followUpSummary)]
    guard !followUps.isEmpty else { return lines }
    lines.append(MarkdownText.escape(Self.answerRule))
    lines.append("")
    for (index, result) in followUps.enumerated() {
      let followUp = result.followUp
      lines.append(
        "\(index + 1). **\(Self.verdict(result))** · \(followUp.step.number). \(followUp.step.title) — "
          + MarkdownText.escape(followUp.question))
      for evidence in result.answer.found {
        lines.append(
          "    - found *\(MarkdownText.escape(evidence.label))*: “\(MarkdownText.escape(evidence.sentence))”")
      }
      let missing = result.answer.missing
      if !missing.isEmpty {
        lines.append(
          "    - not found: " + missing.map { MarkdownText.escape($0) }.joined(separator: ", ")
            + " (\(result.answer.found.count) found, \(followUp.needed) needed)")
      }
    }
    return lines
  }

  func rubricMarkdown() -> [String] {
    var lines = [MarkdownText.escape(rubricBasis), "", "| Dimension | Score | Evidence |", "|---|---:|---|"]
    for score in rubric.scores {
      let evidence = score.criteria.map { ($0.met ? "✓ " : "✗ ") + MarkdownText.escape($0.evidence) }
      lines.append("| \(score.dimension.title) | \(score.points)/3 | " + evidence.joined(separator: "<br>") + " |")
    }
    lines.append("| **Total** | \(rubric.total)/\(rubric.maximum) | |")
    return lines
  }

  func paintFollowUps(into page: inout PageWriter) {
    page.line([("Follow-up questions", CellStyle(.panelTitle, bold: true))])
    page.wrapped(followUpSummary, style: CellStyle(.canvas))
    for result in followUps {
      let followUp = result.followUp
      let role: StyleRole = result.isAnswered ? .ok : result.origin == .skipped ? .hint : .warning
      page.wrapped(
        "[\(Self.verdict(result))] \(followUp.step.number). \(followUp.step.shortTitle): \(followUp.question)",
        style: CellStyle(role, bold: true), indent: 2, first: (result.isAnswered ? "✓" : "✗") + " ")
      for evidence in result.answer.found {
        page.wrapped("\(evidence.label): “\(evidence.sentence)”", style: CellStyle(.dim), indent: 6, first: "+ ")
      }
      if !result.answer.missing.isEmpty {
        page.wrapped(
          "not found: " + result.answer.missing.joined(separator: ", "), style: CellStyle(.dim), indent: 6,
          first: "- ")
      }
    }
  }

  func paintRubric(into page: inout PageWriter) {
    page.line([("Rubric \(rubric.total)/\(rubric.maximum)", CellStyle(.panelTitle, bold: true))])
    page.wrapped(rubricBasis, style: CellStyle(.canvas))
    for score in rubric.scores {
      let role: StyleRole = score.points == 3 ? .ok : score.points >= 2 ? .warning : .error
      page.line([("\(score.dimension.title) \(score.points)/3", CellStyle(role, bold: true))])
      for criterion in score.criteria {
        page.wrapped(
          criterion.evidence, style: CellStyle(criterion.met ? .ok : .dim), indent: 4,
          first: (criterion.met ? "✓" : "✗") + " ")
      }
    }
  }
}
