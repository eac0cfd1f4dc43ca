// What a follow-up's trigger and answer are judged against: the board as the checker sees it
// (each box's recognised kinds, the paths along arrows), the notes of each step, and in a timed
// session the minutes spent per step.

public struct FollowUpContext {
  let graph: BoardGraph
  let notes: StepNotes
  /// Seconds spent per step; nil without a clock (headless reviews, `:ask` on a whiteboard).
  let spent: [Step: Double]?
  private var matchers: [Step: PhraseMatcher] = [:]

  public init(board: Board, catalogue: Catalogue, spent: [Step: Double]? = nil) {
    self.init(graph: BoardGraph(board: board, catalogue: catalogue), spent: spent)
  }

  init(graph: BoardGraph, spent: [Step: Double]?) {
    self.graph = graph
    notes = graph.board.notes
    self.spent = spent
    for step in Step.allCases { matchers[step] = PhraseMatcher(notes[step]) }
  }

  func matcher(_ step: Step) -> PhraseMatcher { matchers[step] ?? PhraseMatcher("") }

  /// Whether every condition of the follow-up's trigger holds.
  public func triggers(_ followUp: FollowUp) -> Bool {
    let trigger = followUp.trigger
    for kinds in trigger.has where !graph.has(anyOf: kinds) { return false }
    if graph.has(anyOf: trigger.lacks) { return false }
    for flow in trigger.flows where !graph.flows(from: flow.from, to: flow.to) { return false }
    for flow in trigger.noFlows where graph.flows(from: flow.from, to: flow.to) { return false }
    for condition in trigger.words where !matcher(condition.step ?? followUp.step).mentions(anyOf: condition.anyOf) {
      return false
    }
    for condition in trigger.noWords where matcher(condition.step ?? followUp.step).mentions(anyOf: condition.anyOf) {
      return false
    }
    if let minutes = trigger.overMinutes {
      guard let seconds = spent?[followUp.step], seconds > Double(minutes * 60) else { return false }
    }
    return true
  }

  /// What the notes of the follow-up's step say to it.
  public func answer(_ followUp: FollowUp) -> FollowUpAnswer {
    FollowUpAnswer(followUp, notes: matcher(followUp.step))
  }

  /// The weighted share of passed checks per step, as the checker reports it.
  public static func stepScores(_ report: CheckReport) -> [Step: Double] {
    Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0, report.score(for: $0)) })
  }
}

/// How the notes answer one follow-up: the key ideas found, each with the sentence it is in.
public struct FollowUpAnswer: Hashable, Sendable {
  public struct Evidence: Hashable, Sendable {
    /// The key idea, by its first phrasing.
    public var idea: String
    /// The phrasing found.
    public var phrase: String
    /// The sentence it was found in (a long one cut around the phrase).
    public var sentence: String

    /// "cache", "cache (as “precomput…”)" or, for parts found apart in one sentence,
    /// "negative weights for hide and block (as “penalis… & hide”)".
    public var label: String {
      let stem = phrase.hasSuffix("*") ? String(phrase.dropLast()) : phrase
      if !phrase.contains("&"), idea.lowercased().hasPrefix(stem.lowercased()) { return idea }
      return "\(idea) (as “\(phrase.replacingOccurrences(of: "*", with: "…"))”)"
    }
  }

  public var followUp: FollowUp
  public var found: [Evidence]

  /// The key ideas the notes of the follow-up's step mention, each with its first sentence.
  public init(_ followUp: FollowUp, notes: PhraseMatcher) {
    self.followUp = followUp
    found = followUp.keyIdeas.compactMap { idea in
      notes.find(idea.phrasings).map {
        Evidence(
          idea: idea.name, phrase: $0.phrase, sentence: PhraseMatcher.excerpt($0.sentence, around: $0.phrase))
      }
    }
  }

  /// Answered once the notes of the step mention `needed` of the key ideas.
  public var isAnswered: Bool { found.count >= followUp.needed }

  /// The key ideas not found yet.
  public var missing: [String] {
    let seen = Set(found.map(\.idea))
    return followUp.keyIdeas.map(\.name).filter { !seen.contains($0) }
  }
}
