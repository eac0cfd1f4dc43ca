// Progress over time for `mlsd stats`: per template the sessions, best, last score and the trend;
// per step the average time against the budget and the average score, first to last; per rubric
// dimension the average points, first to last, and which one stays weakest.

public struct StatsReport: Sendable {
  public let records: [PracticeRecord]
  /// Template titles by id, for readable headings (an unknown id is shown as it is).
  public let titles: [String: String]

  /// Records are put in date order; ties keep their order in the file.
  public init(records: [PracticeRecord], titles: [String: String] = [:]) {
    self.records = records.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
      .map(\.element)
    self.titles = titles
  }

  public func text() -> String {
    guard let first = records.first, let last = records.last else {
      return "No practice sessions yet. Each finished `mlsd practice` session is recorded here."
    }
    var lines: [String] = []
    let templates = Set(records.map(\.templateID)).count
    lines.append(
      "\(Counted.of(records.count, "practice session")) on \(Counted.of(templates, "template")), "
        + Self.day(PracticeFormat.date(first.date)) + " to " + Self.day(PracticeFormat.date(last.date)))
    lines.append("")
    lines.append("By template")
    for id in templateOrder() {
      let mine = records.filter { $0.templateID == id }
      let scores = mine.map(\.score)
      guard let lastScore = scores.last, let firstScore = scores.first, let best = scores.max() else { continue }
      let title = titles[id].map { "\(Sanitizer.visible($0)) (\(Sanitizer.visible(id)))" } ?? Sanitizer.visible(id)
      lines.append("  " + title)
      lines.append(
        "    \(Counted.of(mine.count, "session")) · best \(best)% · last \(lastScore)% · "
          + Self.trend(from: firstScore, to: lastScore, sessions: mine.count))
      lines.append("    scores: " + scores.suffix(10).map { "\($0)%" }.joined(separator: " → "))
    }
    lines.append("")
    lines.append("By step (averages over all sessions: minutes spent / budget, score, first → last score)")
    let names = Step.allCases.map { "\($0.number). \($0.title)" }
    let nameWidth = names.map(DisplayWidth.of).max() ?? 0
    for (step, name) in zip(Step.allCases, names) {
      let results = records.compactMap { $0.steps[step] }
      guard let firstResult = results.first, let lastResult = results.last else {
        lines.append("  " + name.padding(nameWidth) + "  no data")
        continue
      }
      let spent = Double(results.reduce(0) { $0 + $1.spentSeconds }) / Double(results.count)
      let budget = Double(results.reduce(0) { $0 + $1.budgetSeconds }) / Double(results.count)
      let score = Int((Double(results.reduce(0) { $0 + $1.score }) / Double(results.count)).rounded())
      let time =
        "\(PracticeFormat.minutes(spent)) / \(PracticeFormat.minutes(budget)) min" + (spent > budget ? ", over" : "")
      lines.append(
        "  " + name.padding(nameWidth) + "  " + time.padding(22) + "score " + "\(score)%".leftPadding(4)
          + "   \(firstResult.score)% → \(lastResult.score)%")
    }
    lines += rubricLines()
    return lines.joined(separator: "\n")
  }

  /// The rubric dimensions over the sessions that recorded them (older history lines have none).
  func rubricLines() -> [String] {
    let scored = records.filter { !$0.rubric.isEmpty }
    guard !scored.isEmpty else { return [] }
    var lines = [
      "",
      "By rubric dimension (\(Counted.of(scored.count, "session")) with a rubric: average points of 3, first → last)",
    ]
    let names = RubricDimension.allCases.map(\.title)
    let nameWidth = names.map(DisplayWidth.of).max() ?? 0
    var averages: [(RubricDimension, Double)] = []
    for dimension in RubricDimension.allCases {
      let points = scored.compactMap { $0.rubric[dimension] }
      guard let first = points.first, let last = points.last else { continue }
      let average = Double(points.reduce(0, +)) / Double(points.count)
      averages.append((dimension, average))
      lines.append(
        "  " + dimension.title.padding(nameWidth) + "  " + PracticeFormat.oneDecimal(average)
          + " / 3   \(first) → \(last)")
    }
    if let weakest = averages.min(by: { $0.1 < $1.1 }), averages.contains(where: { $0.1 > weakest.1 }) {
      lines.append("  Weakest: \(weakest.0.title) (\(PracticeFormat.oneDecimal(weakest.1)) of 3 on average)")
    }
    let counted = records.compactMap(\.followUps)
    if !counted.isEmpty {
      let asked = counted.reduce(0) { $0 + $1.asked }
      let answered = counted.reduce(0) { $0 + $1.answered }
      lines.append("  Follow-up questions answered: \(answered) of \(asked)")
    }
    return lines
  }

  /// Templates by their most recent session, latest first: what you practise now comes first.
  private func templateOrder() -> [String] {
    var order: [String] = []
    for record in records.reversed() where !order.contains(record.templateID) { order.append(record.templateID) }
    return order
  }

  static func trend(from first: Int, to last: Int, sessions: Int) -> String {
    guard sessions > 1 else { return "first session" }
    if last > first { return "up \(last - first) points since the first" }
    if last < first { return "down \(first - last) points since the first" }
    return "level since the first"
  }

  static func day(_ date: String) -> String { String(date.prefix(10)) }

}

extension String {
  /// The text followed by spaces up to `columns` display columns.
  fileprivate func padding(_ columns: Int) -> String {
    self + String(repeating: " ", count: max(0, columns - DisplayWidth.of(self)))
  }

  /// Spaces then the text, up to `columns` display columns.
  fileprivate func leftPadding(_ columns: Int) -> String {
    String(repeating: " ", count: max(0, columns - DisplayWidth.of(self))) + self
  }
}
