// A board's notes cut into sentences once, step by step, for all the notes rules to share.

struct ReadNotes {
  let notes: StepNotes
  private let byStep: [Step: [NoteSentence]]

  init(_ notes: StepNotes) {
    self.notes = notes
    var byStep: [Step: [NoteSentence]] = [:]
    for step in notes.filledSteps { byStep[step] = NoteSentence.sentences(notes[step]) }
    self.byStep = byStep
  }

  subscript(step: Step) -> [NoteSentence] { byStep[step] ?? [] }

  /// The sentences of these steps, in the order given.
  func sentences(_ steps: [Step]) -> [NoteSentence] { steps.flatMap { self[$0] } }
}
