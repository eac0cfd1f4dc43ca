// Rules on notes: every framework step has notes of substance.

enum NotesRules {
  /// Fewer words than this and the notes count as thin.
  static let minimumWords = 20

  static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }.count
  }

  static func checks(_ board: Board, template: Template?) -> [Check] {
    var checks: [Check] = []
    for step in Step.allCases {
      let words = wordCount(board.notes[step])
      let question = template?.guide(for: step).questions.first
      let prompt = question.map { " Start with: \($0)" } ?? ""
      checks.append(
        Check(
          rule: .notesMissing, step: step, title: "Notes for \(step.shortTitle)", passed: words > 0,
          severity: .error, message: "no notes for step \(step.number) (\(step.title))",
          hint: "Write them (key \(step.number) in the whiteboard).\(prompt)"))
      if words > 0 {
        checks.append(
          Check(
            rule: .notesThin, step: step, title: "Notes of substance for \(step.shortTitle)",
            passed: words >= minimumWords, severity: .warning,
            message: "the notes for step \(step.number) are thin (\(words) word\(words == 1 ? "" : "s"))",
            hint: "Say more than \(minimumWords) words: decisions and their reasons.\(prompt)"))
      }
    }
    return checks
  }
}
