// Rules on notes: every framework step has notes of substance. Only the words of sentences that
// speak of the design count (`NotesSubstance`): filler or a note about something else is none.

enum NotesRules {
  /// Fewer words than this and the notes count as thin.
  static let minimumWords = 20

  static func wordCount(_ text: String) -> Int { WordCount.of(text) }

  /// Where a step's missing notes are written in the whiteboard.
  static func whiteboardHint(_ step: Step) -> String { "Write them (key \(step.number) in the whiteboard)." }

  /// Where they are written in a Mermaid file: comments that `import` and `check` read (README).
  static func mermaidHint(_ step: Step) -> String {
    "Write them in the file, one comment per line: %% mlsd notes \(step.rawValue): ..."
  }

  /// Per step, the words of its notes that speak of the design.
  static func substance(_ notes: StepNotes, catalogue: Catalogue) -> [Step: Int] {
    Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0, catalogue.notesSubstance.count(notes[$0])) })
  }

  /// `substance`: per step, the words that speak of the design (`substance(_:catalogue:)`).
  /// `leftOut`: per step, the first sentence of its notes that names no part of the design, which
  /// the thin-notes message quotes so that the count can be told from `mlsd info`'s.
  static func checks(
    _ board: Board, template: Template?, substance: [Step: Int], leftOut: (Step) -> String? = { _ in nil }
  ) -> [Check] {
    var checks: [Check] = []
    for step in Step.allCases {
      let words = substance[step] ?? 0
      let written = wordCount(board.notes[step])
      let question = template?.guide(for: step).questions.first
      let prompt = question.map { " Start with: \($0)" } ?? ""
      checks.append(
        Check(
          rule: .notesMissing, step: step, title: "Notes for \(step.shortTitle)", passed: words > 0,
          severity: .error,
          message: written == 0
            ? "no notes for step \(step.number) (\(step.title))"
            : "the notes for step \(step.number) (\(step.title)) name no part of the design",
          hint: written == 0
            ? whiteboardHint(step) + prompt
            : "Say what you decide for this step and why, in its words (data, features, model, metrics...);"
              + " filler counts for nothing.\(prompt)"))
      if words > 0 {
        checks.append(
          Check(
            rule: .notesThin, step: step, title: "Notes of substance for \(step.shortTitle)",
            passed: words >= minimumWords, severity: .warning,
            message: "the notes for step \(step.number) are thin ("
              + (written > words
                ? "\(words) of their \(written) words speak of the design)"
                : Counted.of(words, "word") + ")"),
            hint: "Say more than \(minimumWords) words: decisions and their reasons."
              + (leftOut(step).map { " A sentence that names no part of the system counts for nothing: \($0)" } ?? "")
              + prompt))
      }
    }
    return checks
  }
}
