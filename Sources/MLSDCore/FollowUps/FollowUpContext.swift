// What a follow-up's trigger and answer are judged against: the board as the checker sees it
// (each box's recognised kinds, the paths along arrows), the notes of each step, and in a timed
// session the minutes spent per step.

public struct FollowUpContext {
  let graph: BoardGraph
  let notes: StepNotes
  /// Seconds spent per step; nil without a clock (headless reviews, `:ask` on a whiteboard).
  let spent: [Step: Double]?
  /// The kinds of problem the board solves (`ProblemKind.of`), nil when nothing says.
  let problemKinds: Set<ProblemKind>?
  private var matchers: [Step: PhraseMatcher] = [:]

  /// `templateKinds`: the kinds the template's framing states (`ProblemKind.stated(by:)`), for
  /// boards whose notes name none. `report`: the checker's report of this board against its
  /// template, whose reading the triggers then use, so that a question asks about the design the
  /// checker sees (a detector run over stored images is batch prediction against a batch
  /// template, not an online service with requests and a latency budget); without one the boxes
  /// are read with no template.
  public init(
    board: Board, catalogue: Catalogue, spent: [Step: Double]? = nil, templateKinds: Set<ProblemKind>? = nil,
    report: CheckReport? = nil
  ) {
    // A report of another board (made before the last edit, or by hand) is not used.
    let reading = report.map(\.reading).flatMap { reading in
      reading.boxes.map(\.boxID) == board.boxes.map(\.id)
        && reading.arrows.allSatisfy { $0.arrow < board.arrows.count } ? reading : nil
    }
    self.init(
      graph: BoardGraph(board: board, catalogue: catalogue, reading: reading), spent: spent,
      templateKinds: templateKinds)
  }

  init(graph: BoardGraph, spent: [Step: Double]?, templateKinds: Set<ProblemKind>? = nil) {
    self.graph = graph
    notes = graph.board.notes
    self.spent = spent
    problemKinds = ProblemKind.of(graph.board.notes, template: templateKinds)
    matchers = FollowUpAnswer.matchers(notes)
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
    if !trigger.task.isEmpty, let kinds = problemKinds, kinds.isDisjoint(with: trigger.task) { return false }
    if let minutes = trigger.overMinutes {
      guard let seconds = spent?[followUp.step], seconds > Double(minutes * 60) else { return false }
    }
    return true
  }

  /// What the notes say to it: its step's, and a passage of another step (`FollowUpAnswer(_:allNotes:)`).
  public func answer(_ followUp: FollowUp) -> FollowUpAnswer { FollowUpAnswer(followUp, matchers: matchers) }

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
      notes.find(idea: idea.phrasings, companions: Self.companions(of: idea, in: followUp), names: idea.names).map {
        Evidence(
          idea: idea.name, phrase: $0.phrase, sentence: PhraseMatcher.excerpt($0.sentence, around: $0.phrase))
      }
    }
  }

  /// The key ideas the notes of the follow-up's step mention, and those that a sentence of another
  /// step's notes holds together with a second key idea. A candidate says a thing once, where it
  /// came up ("Negatives downsampled to 10%, then recalibrate." in the data notes answers the
  /// modelling question on calibration), and an interviewer who heard it does not ask again; a
  /// single word of another step ("rather than" in a model choice) is met by chance and counts
  /// for nothing.
  public init(_ followUp: FollowUp, allNotes notes: StepNotes) {
    self.init(followUp, matchers: Self.matchers(notes))
  }

  /// The same, from the steps' notes read once (`matchers(_:)`) for several follow-ups.
  public init(_ followUp: FollowUp, matchers: [Step: PhraseMatcher]) {
    self.init(followUp, notes: matchers[followUp.step] ?? PhraseMatcher(""))
    guard found.count < followUp.keyIdeas.count else { return }
    let companions = followUp.keyIdeas.map { Self.companions(of: $0, in: followUp) }
    for step in Step.allCases where step != followUp.step {
      for sentence in matchers[step]?.sentences ?? [] {
        let one = PhraseMatcher(sentences: [sentence])
        let held = zip(followUp.keyIdeas, companions).compactMap { idea, others in
          one.find(idea: idea.phrasings, companions: others, names: idea.names).map { (idea, $0) }
        }
        guard held.count >= 2 else { continue }
        for (idea, hit) in held where !found.contains(where: { $0.idea == idea.name }) {
          found.append(
            Evidence(
              idea: idea.name, phrase: hit.phrase,
              sentence: PhraseMatcher.excerpt(hit.sentence, around: hit.phrase)))
        }
      }
    }
    let order = followUp.keyIdeas.map(\.name)
    found.sort { (order.firstIndex(of: $0.idea) ?? 0) < (order.firstIndex(of: $1.idea) ?? 0) }
  }

  /// Each step's notes read for phrases, shorthand spelled out: what the answers look in.
  public static func matchers(_ notes: StepNotes) -> [Step: PhraseMatcher] {
    Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0, PhraseMatcher(readingShorthandIn: notes[$0])) })
  }

  /// The phrasings of the follow-up's other key ideas that name their idea alone (any phrasing of
  /// an idea named in one word, "retrain*" of retraining; a phrasing of several words, "search
  /// logs"): a sentence holding one of them speaks of the question. A bare word of an idea named
  /// in several ("offline" of "offline metric") needs a companion itself and vouches for none, nor
  /// does its `&` phrasing ("offline & log loss" names an offline metric, not the question's topic).
  static func companions(of idea: KeyIdea, in followUp: FollowUp) -> [String] {
    followUp.keyIdeas.filter { $0 != idea }.flatMap { other in
      PhraseMatcher.contentWords(other.phrasings.first ?? "").count <= 1
        ? other.phrasings
        : other.phrasings.filter { PhraseMatcher.contentWords($0).count > 1 && !$0.contains("&") }
    }
  }

  /// Answered once the notes mention `needed` of the key ideas.
  public var isAnswered: Bool { found.count >= followUp.needed }

  /// The key ideas not found yet.
  public var missing: [String] {
    let seen = Set(found.map(\.idea))
    return followUp.keyIdeas.map(\.name).filter { !seen.contains($0) }
  }
}
