// A case study: the interview prompt, what each step should answer, what a complete design
// contains, and a worked reference design.

/// A requirement on components: satisfied by a box of any one of the listed kinds.
public struct ComponentRequirement: Hashable, Sendable {
  public var anyOf: [String]
  public init(anyOf: [String]) { self.anyOf = anyOf }
  /// "data-lake or object-storage"
  public var description: String { anyOf.joined(separator: " or ") }
}

/// A required or recommended flow: some box of a `from` kind reaches some box of a `to` kind
/// along arrows, possibly through other boxes.
public struct FlowRequirement: Hashable, Sendable {
  public var from: [String]
  public var to: [String]
  /// Why the flow matters, shown with the finding.
  public var why: String
  public var required: Bool
  /// The step the flow is discussed in; nil means the step of the first `to` kind.
  public var step: Step?

  public init(from: [String], to: [String], why: String, required: Bool = true, step: Step? = nil) {
    self.from = from
    self.to = to
    self.why = why
    self.required = required
    self.step = step
  }
}

/// A classic mistake to watch for in one step.
public struct Pitfall: Hashable, Sendable {
  public var step: Step
  public var text: String
  public init(step: Step, text: String) {
    self.step = step
    self.text = text
  }
}

/// What a template says about one framework step.
public struct StepGuide: Hashable, Sendable {
  public var minutes: Int
  public var questions: [String]
  public init(minutes: Int, questions: [String]) {
    self.minutes = minutes
    self.questions = questions
  }
}

public enum Difficulty: String, Sendable, CaseIterable {
  case easy, medium, hard
}

public struct Template: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var difficulty: Difficulty
  /// One line for lists.
  public var summary: String
  /// The interview prompt as the interviewer would say it.
  public var prompt: String
  public var steps: [Step: StepGuide]
  public var required: [ComponentRequirement]
  public var recommended: [ComponentRequirement]
  public var flows: [FlowRequirement]
  public var pitfalls: [Pitfall]
  /// What a new board from this template starts with (often empty); boxes in `startUnplaced`
  /// have no position yet (newBoard() places them).
  public var start: Board
  /// The worked answer, as written; referenceBoard() gives it laid out.
  public var reference: Board
  public var startUnplaced: [String]
  public var referenceUnplaced: [String]
  /// Follow-up questions of this case study (the shared bank adds the generic ones).
  public var followUps: [FollowUp]

  public init(
    id: String, title: String, difficulty: Difficulty, summary: String, prompt: String,
    steps: [Step: StepGuide], required: [ComponentRequirement], recommended: [ComponentRequirement],
    flows: [FlowRequirement], pitfalls: [Pitfall], start: Board, reference: Board, startUnplaced: [String] = [],
    referenceUnplaced: [String] = [], followUps: [FollowUp] = []
  ) {
    self.id = id
    self.title = title
    self.difficulty = difficulty
    self.summary = summary
    self.prompt = prompt
    self.steps = steps
    self.required = required
    self.recommended = recommended
    self.flows = flows
    self.pitfalls = pitfalls
    self.start = start
    self.reference = reference
    self.startUnplaced = startUnplaced
    self.referenceUnplaced = referenceUnplaced
    self.followUps = followUps
  }

  public func guide(for step: Step) -> StepGuide { steps[step] ?? StepGuide(minutes: 0, questions: []) }

  /// Total suggested minutes over the seven steps.
  public var totalMinutes: Int { Step.allCases.reduce(0) { $0 + guide(for: $1).minutes } }

  /// A fresh board for a candidate: the template's starting point, titled and linked to it.
  public func newBoard() -> Board {
    var board = BoardStore.positioned(start, unplaced: startUnplaced)
    board.title = title
    board.template = id
    return board
  }

  /// The reference design as a board of its own, linked to the template.
  public func referenceBoard() -> Board {
    var board = BoardStore.positioned(reference, unplaced: referenceUnplaced)
    if board.title.isEmpty { board.title = title }
    board.template = id
    return board
  }
}
