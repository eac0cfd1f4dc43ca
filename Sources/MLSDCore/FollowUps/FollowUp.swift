import Foundation

// A follow-up question an interviewer asks about one step of the design: when it is worth
// asking (its trigger on the board, the notes and the clock) and what a good answer mentions.

/// One thing a good answer says, written as a few interchangeable phrasings ("point-in-time",
/// "as of"); the first one names the idea in reviews.
public struct KeyIdea: Hashable, Sendable {
  public var phrasings: [String]
  /// The phrasings that are names of a component kind (`{kind: ID}` in a file: the names the
  /// catalogue marks that kind by in prose, "ScaNN" of the vector index): a product or a kind's
  /// own name stands alone, as no sentence holds it by chance.
  public var names: Set<String>
  public init(_ phrasings: [String], names: [String] = []) {
    self.phrasings = phrasings + names.filter { !phrasings.contains($0) }
    self.names = Set(names)
  }
  /// The first phrasing, without the `*` of a prefix.
  public var name: String { (phrasings.first ?? "").replacingOccurrences(of: "*", with: "") }
}

/// Words looked for in the notes of one step.
public struct WordCondition: Hashable, Sendable {
  /// The step whose notes are read; nil means the follow-up's own step.
  public var step: Step?
  /// Any one of these phrases satisfies the condition.
  public var anyOf: [String]
  public init(step: Step?, anyOf: [String]) {
    self.step = step
    self.anyOf = anyOf
  }
}

/// A path along arrows from a box of a `from` kind to a box of a `to` kind (as flows in a template).
public struct FlowCondition: Hashable, Sendable {
  public var from: [String]
  public var to: [String]
  public init(from: [String], to: [String]) {
    self.from = from
    self.to = to
  }
}

/// When a follow-up may be asked: every condition given must hold (an empty trigger always
/// holds). Component conditions use the checker's recognition of box kinds.
public struct FollowUpTrigger: Hashable, Sendable {
  /// Each entry needs a box of one of its kinds.
  public var has: [[String]] = []
  /// No box may be of any of these kinds.
  public var lacks: [String] = []
  public var flows: [FlowCondition] = []
  public var noFlows: [FlowCondition] = []
  /// Each condition needs one of its phrases in its step's notes.
  public var words: [WordCondition] = []
  /// No condition may find any of its phrases in its step's notes.
  public var noWords: [WordCondition] = []
  /// The candidate has spent more than this many minutes on the follow-up's step. Only a timed
  /// session has a clock: without one this condition does not hold.
  public var overMinutes: Int?
  /// The problem is of one of these kinds (`ProblemKind`: as the board's framing notes state it,
  /// else the template's); holds too when neither states a kind.
  public var task: [ProblemKind] = []

  public init() {}

  public var isEmpty: Bool {
    has.isEmpty && lacks.isEmpty && flows.isEmpty && noFlows.isEmpty && words.isEmpty && noWords.isEmpty
      && overMinutes == nil && task.isEmpty
  }
}

public struct FollowUp: Hashable, Sendable, Identifiable {
  public var id: String
  public var step: Step
  /// The question as the interviewer says it.
  public var question: String
  public var trigger: FollowUpTrigger
  public var keyIdeas: [KeyIdea]
  /// How many key ideas the notes of the step must mention for the question to count as answered.
  public var needed: Int
  /// Whether it comes from the shared bank rather than the template itself.
  public var shared: Bool

  public init(
    id: String, step: Step, question: String, trigger: FollowUpTrigger = FollowUpTrigger(), keyIdeas: [KeyIdea],
    needed: Int? = nil, shared: Bool = false
  ) {
    self.id = id
    self.step = step
    self.question = question
    self.trigger = trigger
    self.keyIdeas = keyIdeas
    self.needed = needed ?? FollowUp.defaultNeeded(keyIdeas.count)
    self.shared = shared
  }

  /// The rule when a follow-up does not say: half of its key ideas, rounded up (one of one or
  /// two, two of three or four, three of five).
  public static func defaultNeeded(_ ideas: Int) -> Int { max(1, (ideas + 1) / 2) }
}
