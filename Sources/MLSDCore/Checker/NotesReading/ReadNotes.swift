// A board's notes cut into sentences once, step by step, for all the notes rules to share.

struct ReadNotes {
  /// The steps every check reads; the others (requirements, framing) are read only when accuracy
  /// is the metric and the rules look for rare positives or a ranking task.
  static let alwaysRead: [Step] = [.data, .model, .evaluation, .serving, .monitoring]

  let notes: StepNotes
  private let byStep: [Step: [NoteSentence]]

  init(_ notes: StepNotes) {
    self.notes = notes
    var byStep: [Step: [NoteSentence]] = [:]
    for step in ReadNotes.alwaysRead where !notes[step].isEmpty {
      byStep[step] = NoteSentence.sentences(notes[step])
    }
    self.byStep = byStep
  }

  subscript(step: Step) -> [NoteSentence] { byStep[step] ?? NoteSentence.sentences(notes[step]) }

  /// The sentences of these steps, in the order given.
  func sentences(_ steps: [Step]) -> [NoteSentence] { steps.flatMap { self[$0] } }
}
