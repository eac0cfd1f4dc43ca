// Time spent per step against its budget, as text for the review screen and Markdown for the report.

public struct PracticeTimeTable: Hashable, Sendable {
  public struct Row: Hashable, Sendable {
    public var step: Step
    public var budgetSeconds: Int
    public var spentSeconds: Double

    public init(step: Step, budgetSeconds: Int, spentSeconds: Double) {
      self.step = step
      self.budgetSeconds = budgetSeconds
      self.spentSeconds = spentSeconds
    }

    public var isOver: Bool { spentSeconds > Double(budgetSeconds) }

    /// "over by 1:30", or "" within budget.
    public var verdict: String {
      isOver ? "over by " + PracticeFormat.clock(spentSeconds - Double(budgetSeconds)) : ""
    }
  }

  /// One row per step, in framework order.
  public var rows: [Row]

  public init(rows: [Row]) { self.rows = rows }

  public var budgetSeconds: Int { rows.reduce(0) { $0 + $1.budgetSeconds } }
  public var spentSeconds: Double { rows.reduce(0) { $0 + $1.spentSeconds } }

  /// Aligned text lines: step, spent / budget, verdict; the total last.
  public func lines() -> [String] {
    let names = rows.map { "\($0.step.number). \($0.step.title)" }
    let nameWidth = max(5, names.map(DisplayWidth.of).max() ?? 0)
    func pad(_ text: String, _ columns: Int) -> String {
      text + String(repeating: " ", count: max(0, columns - DisplayWidth.of(text)))
    }
    func right(_ text: String) -> String { String(repeating: " ", count: max(0, 5 - text.count)) + text }
    func line(_ name: String, _ spent: Double, _ budget: Int, _ verdict: String) -> String {
      pad(name, nameWidth) + "  " + right(PracticeFormat.clock(spent)) + " / "
        + right(PracticeFormat.clock(Double(budget))) + (verdict.isEmpty ? "" : "  " + verdict)
    }
    var out = [pad("Step", nameWidth) + "  spent / budget"]
    for (row, name) in zip(rows, names) { out.append(line(name, row.spentSeconds, row.budgetSeconds, row.verdict)) }
    let total = spentSeconds - Double(budgetSeconds)
    out.append(line("Total", spentSeconds, budgetSeconds, total > 0 ? "over by " + PracticeFormat.clock(total) : ""))
    return out
  }

  /// A Markdown table with the total as the last row.
  public func markdown() -> String {
    var lines = ["| Step | Budget | Spent | |", "|---|---:|---:|---|"]
    for row in rows {
      lines.append(
        "| \(row.step.number). \(row.step.title) | \(PracticeFormat.clock(Double(row.budgetSeconds))) | "
          + "\(PracticeFormat.clock(row.spentSeconds)) | \(row.verdict) |")
    }
    let over = spentSeconds - Double(budgetSeconds)
    lines.append(
      "| **Total** | \(PracticeFormat.clock(Double(budgetSeconds))) | \(PracticeFormat.clock(spentSeconds)) | "
        + (over > 0 ? "over by \(PracticeFormat.clock(over))" : "") + " |")
    return lines.joined(separator: "\n")
  }
}
