// The review's rubric: a score from 0 to 3 per dimension, one point per criterion met, each
// criterion with the evidence it was judged on, built from the checker's findings, the notes and
// the follow-up questions.
//
// A dimension tied to steps (framing: requirements and framing; data; modelling; evaluation;
// serving; monitoring) earns a point for each of:
//   1. the design: the checker passes at least 80% of the weighted checks of its steps;
//   2. the notes: its steps hold at least 50 words about the design each on average, and none is
//      thin (under the checker's 20): framing's 48 words beside 81 of requirements pass, a step
//      left nearly empty does not (the checker's count: sentences that name no part of an ML
//      system, such as filler, count none);
//   3. the follow-ups: at least half of the follow-ups listed for its steps are answered (at least
//      one listed); when none is listed there, the notes stand in: a sentence in the notes of its
//      steps says why or weighs one option against another (the markers of the trade-offs below).
//      The design is not judged again here: a missing part counts once, in the checker's point of
//      the step it is filed under (a missing Client box once, not a second time as an error).
// Communication of trade-offs earns a point for each of:
//   1. reasons: the notes of at least 3 steps say why ("because", "so that", "since", "to
//      avoid"...), or in the shorthand of `ReasonReading` (a plain "so" joining a consequence,
//      an arrow to an effect, a parenthesis that argues for a choice);
//   2. alternatives: the notes of at least 2 steps weigh one option against another ("instead
//      of", "rather than", "trade-off", ...); "vs" or "versus" only sets two things side by side
//      ("Plot expected vs observed CTR"), so it counts only in a sentence that also says which
//      wins or why ("GBDT vs DNN: GBDT is cheaper to serve", "... because ...", "..., so ...");
//   3. defending the design: at least half of all listed follow-ups are answered (at least one).

public struct Rubric: Hashable, Sendable {
  public static let checkerShare = 0.8
  public static let notesWords = 50
  public static let reasonSteps = 3
  public static let alternativeSteps = 2
  static let reasonMarkers = ReasonReading.markers
  static let alternativeMarkers = [
    "trade-off", "tradeoff", "instead of", "rather than", "alternative*", "at the cost of", "cheaper", "whereas",
    "downside", "but",
  ]
  /// Words that set two things side by side without saying one is chosen.
  static let comparisonMarkers = ["versus", "vs"]
  /// Words that say which of two options wins, or why: with a comparison marker they weigh.
  /// "Since" is left out: "CTR vs last week since launch" tells a time, not a reason.
  static let choiceMarkers =
    [
      "better", "worse", "faster", "slower", "simpler", "easier", "harder", "costlier", "lower", "higher",
      "fresher", "stronger", "weaker", "prefer*", "choose", "chose", "chosen", "pick*", "go with", "went with",
      "opt for", "win", "won", "beat*",
    ] + reasonMarkers.filter { $0 != "since" }

  public struct Criterion: Hashable, Sendable {
    public var met: Bool
    public var evidence: String
  }

  public struct Score: Hashable, Sendable {
    public var dimension: RubricDimension
    public var criteria: [Criterion]
    /// 0...3: the criteria met.
    public var points: Int { criteria.filter(\.met).count }
  }

  public let scores: [Score]

  public init(report: CheckReport, notes: StepNotes, followUps: [FollowUpResult]) {
    scores = RubricDimension.allCases.map { dimension in
      let criteria =
        dimension == .tradeoffs
        ? Self.tradeoffCriteria(notes: notes, followUps: followUps)
        : Self.stepCriteria(dimension.steps, report: report, notes: notes, followUps: followUps)
      return Score(dimension: dimension, criteria: criteria)
    }
  }

  /// Points over every dimension, out of `maximum`.
  public var total: Int { scores.reduce(0) { $0 + $1.points } }
  public var maximum: Int { scores.count * 3 }

  public func points(_ dimension: RubricDimension) -> Int {
    scores.first { $0.dimension == dimension }?.points ?? 0
  }

  /// The scores by dimension, as the history keeps them.
  public var byDimension: [RubricDimension: Int] {
    Dictionary(uniqueKeysWithValues: scores.map { ($0.dimension, $0.points) })
  }

  static func stepCriteria(_ steps: [Step], report: CheckReport, notes: StepNotes, followUps: [FollowUpResult])
    -> [Criterion]
  {
    let checks = report.checks.filter { steps.contains($0.step) }
    let share = CheckReport.score(of: checks)
    var design =
      "checker: \(CheckReport.percent(share))% of the weighted checks pass (needs \(Int(checkerShare * 100))%)"
    if let failed = checks.first(where: { !$0.passed && $0.severity == .error }) ?? checks.first(where: { !$0.passed })
    {
      design += "; e.g. \(failed.message)"
    }
    // The checker's count of words about the design; a hand-made report has none, so all words.
    let counts = steps.map { (step: $0, words: report.notesWords[$0] ?? NotesRules.wordCount(notes[$0])) }
    // The dimension's steps are judged together, as the checker's share is: a word count is a
    // rough measure of a step's substance, so one step a few words short is made up by another,
    // while every step must still say something (at least the checker's thin-notes count).
    let together = counts.reduce(0) { $0 + $1.words }
    let needed = notesWords * steps.count
    let notesMet = together >= needed && counts.allSatisfy { $0.words >= NotesRules.minimumWords }
    var notesText =
      "notes: " + counts.map { "\($0.step.shortTitle.lowercased()) \($0.words) words" }.joined(separator: ", ")
    notesText +=
      steps.count == 1
      ? " (needs \(notesWords))"
      : ", \(together) together (needs \(needed) together, \(NotesRules.minimumWords) in each)"
    let mine = followUps.filter { steps.contains($0.followUp.step) }
    let answered = mine.filter(\.isAnswered).count
    let followUpCriterion: Criterion
    if mine.isEmpty {
      let defended = defendingSentence(in: steps, notes: notes)
      var evidence = "follow-ups: none asked on these steps, so the notes stand in: "
      if let defended {
        evidence += "\(defended.step.shortTitle) says why: “\(Self.clip(defended.sentence))”"
      } else {
        evidence += "no sentence here says why or weighs an option"
      }
      followUpCriterion = Criterion(met: defended != nil, evidence: evidence)
    } else {
      followUpCriterion = Criterion(
        met: answered * 2 >= mine.count,
        evidence: "follow-ups: \(answered) of \(mine.count) answered (needs half)")
    }
    return [
      Criterion(met: share >= checkerShare, evidence: design),
      Criterion(met: notesMet, evidence: notesText),
      followUpCriterion,
    ]
  }

  /// The first sentence in the notes of `steps` that gives a reason or weighs an alternative: what
  /// an answered follow-up would show, written without being asked.
  static func defendingSentence(in steps: [Step], notes: StepNotes) -> (step: Step, sentence: String)? {
    for step in steps {
      for sentence in PhraseMatcher(notes[step]).sentences {
        // One reading of "says why" with the trade-offs' criterion: ReasonReading's markers and
        // shorthand, and the same weighing of alternatives.
        if ReasonReading.givesReason(sentence.text) || weighsAlternatives(sentence.words, text: sentence.text) {
          return (step, sentence.text)
        }
      }
    }
    return nil
  }

  static func tradeoffCriteria(notes: StepNotes, followUps: [FollowUpResult]) -> [Criterion] {
    func stepsWeighing() -> [(step: Step, sentence: String)] {
      Step.allCases.compactMap { step in
        PhraseMatcher(notes[step]).sentences.first { weighsAlternatives($0.words, text: $0.text) }.map {
          (step, $0.text)
        }
      }
    }
    func stepsGivingReasons() -> [(step: Step, sentence: String)] {
      Step.allCases.compactMap { step in ReasonReading.firstReason(in: notes[step]).map { (step, $0) } }
    }
    func evidence(_ what: String, _ found: [(step: Step, sentence: String)], needs: Int) -> String {
      var text = "\(what) in \(Counted.of(found.count, "step")) (needs \(needs))"
      if let first = found.first { text += ", e.g. \(first.step.shortTitle): “\(Self.clip(first.sentence))”" }
      return text
    }
    let reasons = stepsGivingReasons()
    let alternatives = stepsWeighing()
    let answered = followUps.filter(\.isAnswered).count
    return [
      Criterion(met: reasons.count >= reasonSteps, evidence: evidence("reasons given", reasons, needs: reasonSteps)),
      Criterion(
        met: alternatives.count >= alternativeSteps,
        evidence: evidence("alternatives weighed", alternatives, needs: alternativeSteps)),
      Criterion(
        met: !followUps.isEmpty && answered * 2 >= followUps.count,
        evidence: "follow-ups: \(answered) of \(followUps.count) answered in all (needs half, at least one listed)"),
    ]
  }

  /// Whether a sentence (as `PhraseMatcher` words, and as written when known) weighs one option
  /// against another: a comparison counts with a word of choice or a reason, shorthand included.
  static func weighsAlternatives(_ words: [String], text: String? = nil) -> Bool {
    func holds(_ phrases: [String]) -> Bool {
      phrases.contains { PhraseMatcher.occurs(PhraseMatcher.words($0), in: words) }
    }
    if holds(alternativeMarkers) { return true }
    guard holds(comparisonMarkers) else { return false }
    return holds(choiceMarkers) || (text.map(ReasonReading.givesShorthandReason) ?? false)
  }

  /// A sentence cut to a length that fits a table cell.
  static func clip(_ sentence: String, to limit: Int = 90) -> String {
    guard sentence.count > limit else { return sentence }
    return String(sentence.prefix(limit - 1)) + "…"
  }
}
