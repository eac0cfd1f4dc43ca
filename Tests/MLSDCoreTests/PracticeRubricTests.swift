// The rubric of a review: how each dimension's points follow from the checker, the notes and the
// follow-ups; the history lines that carry it (old lines without it still load) and the stats.
import Foundation
import XCTest

@testable import MLSDCore

final class PracticeRubricTests: XCTestCase {
  let library = Fixtures.library

  func review(_ board: Board, _ template: Template, asked: [AskedFollowUp] = []) -> PracticeReview {
    PracticeReview(
      session: nil, board: board, template: template, catalogue: library.catalogue,
      bank: library.followUps(for: template), asked: asked)
  }

  func testEmptyBoardScoresNothingAndTheReferenceScoresHigh() throws {
    let template = try XCTUnwrap(library.template("news-feed"))
    let empty = review(template.newBoard(), template)
    XCTAssertEqual(empty.rubric.scores.map(\.points), Array(repeating: 0, count: 7))
    let full = review(template.referenceBoard(), template)
    XCTAssertEqual(full.rubric.scores.map(\.dimension), RubricDimension.allCases)
    for score in full.rubric.scores where score.dimension != .tradeoffs {
      XCTAssertTrue(score.criteria[0].met, "\(score.dimension): the reference passes the checker")
      XCTAssertTrue(score.criteria[1].met, "\(score.dimension): the reference notes have substance")
    }
    XCTAssertGreaterThanOrEqual(full.rubric.scores.reduce(0) { $0 + $1.points }, 15)
  }

  func testEachPointShowsItsEvidence() throws {
    let template = try XCTUnwrap(library.template("ad-click-prediction"))
    var board = template.referenceBoard()
    // Only these notes: another step's sentence holding two key ideas would answer a follow-up.
    board.notes = StepNotes([.monitoring: "Watch it."])
    let scored = review(board, template).rubric.scores.first { $0.dimension == .monitoring }
    let monitoring = try XCTUnwrap(scored)
    XCTAssertEqual(monitoring.criteria[1].evidence, "notes: monitoring 2 words (needs 50)")
    XCTAssertFalse(monitoring.criteria[1].met)
    XCTAssertTrue(monitoring.criteria[0].evidence.hasPrefix("checker: "), monitoring.criteria[0].evidence)
    XCTAssertTrue(monitoring.criteria[2].evidence.hasPrefix("follow-ups: 0 of "), monitoring.criteria[2].evidence)
  }

  func testTradeoffsNeedReasonsAlternativesAndAnsweredFollowUps() {
    var notes = StepNotes()
    notes[.requirements] = "Latency matters because ads sit in the feed."
    notes[.data] = "Counts come from Flink so that new ads have fresh numbers."
    notes[.model] = "GBDT rather than a deep net, since data is small."
    notes[.serving] = "Online scoring instead of batch."
    let followUp = FollowUp(id: "f", step: .model, question: "Why?", keyIdeas: [KeyIdea(["gbdt"])])
    let answered = FollowUpResult(origin: .asked, answer: FollowUpAnswer(followUp, notes: PhraseMatcher(notes[.model])))
    let rubric = Rubric(report: CheckReport(checks: []), notes: notes, followUps: [answered])
    let tradeoffs = rubric.scores.last
    XCTAssertEqual(tradeoffs?.dimension, .tradeoffs)
    XCTAssertEqual(tradeoffs?.points, 3)
    XCTAssertEqual(
      tradeoffs?.criteria[0].evidence,
      "reasons given in 3 steps (needs 3), e.g. Requirements: “Latency matters because ads sit in the feed.”")
    let none = Rubric(report: CheckReport(checks: []), notes: StepNotes(), followUps: [])
    XCTAssertEqual(none.points(.tradeoffs), 0)
    // No follow-up on a step and no reason in its notes: the notes do not stand in.
    XCTAssertFalse(none.scores[0].criteria[2].met)
    XCTAssertEqual(
      none.scores[0].criteria[2].evidence,
      "follow-ups: none asked on these steps, so the notes stand in: no sentence here says why or weighs an option")
    // The requirements notes above give a reason: they stand in for the framing dimension.
    XCTAssertTrue(rubric.scores[0].criteria[2].met)
    XCTAssertEqual(
      rubric.scores[0].criteria[2].evidence,
      "follow-ups: none asked on these steps, so the notes stand in: Requirements says why: "
        + "“Latency matters because ads sit in the feed.”")
  }

  /// ux18 finding 3: a missing Client box cost two framing points where no follow-up was asked
  /// (the checker's share and again as "the design stands in"); the framing notes were not read.
  /// A missing part counts once, in the checker's point; the third point reads the notes.
  func testAMissingComponentCountsOnceAndTheFramingNotesStandIn() {
    let client = Check(
      rule: .componentRequired, step: .requirements, title: "Client", passed: false, severity: .error,
      message: "missing component: Client")
    let framed = Check(rule: .notesThin, step: .framing, title: "n", passed: true, severity: .warning)
    var notes = StepNotes()
    notes[.framing] = "Per-policy calibrated scores rather than one harm score. Thresholds map scores to actions."
    let rubric = Rubric(report: CheckReport(checks: [client, framed]), notes: notes, followUps: [])
    let framing = rubric.scores[0]
    XCTAssertEqual(framing.dimension, .framing)
    XCTAssertFalse(framing.criteria[0].met, "the checker's point counts the missing Client box")
    XCTAssertTrue(framing.criteria[2].met, framing.criteria[2].evidence)
    XCTAssertEqual(
      framing.criteria[2].evidence,
      "follow-ups: none asked on these steps, so the notes stand in: Framing says why: "
        + "“Per-policy calibrated scores rather than one harm score.”")
    // Without the reason the point is lost for the notes, not for the box.
    notes[.framing] = "Per-policy calibrated scores. Thresholds map scores to actions."
    let plain = Rubric(report: CheckReport(checks: [framed]), notes: notes, followUps: [])
    XCTAssertFalse(plain.scores[0].criteria[2].met)
    XCTAssertTrue(plain.scores[0].criteria[0].met)
  }

  /// ux12 kept a warning from costing the follow-up point where no follow-up was asked; since
  /// ux18 an error does not either: the design is judged once, by the checker's point.
  func testWithoutFollowUpsNoCheckCostsTheThirdPoint() {
    func check(_ severity: Severity) -> Check {
      Check(rule: .componentRequired, step: .serving, title: "t", passed: false, severity: severity, message: "m")
    }
    var notes = StepNotes()
    notes[.serving] = "Scores are cached so that repeat requests stay under 10 ms."
    let serving = RubricDimension.allCases.firstIndex { $0 == .serving }!
    for severity in [Severity.warning, .error] {
      let rubric = Rubric(report: CheckReport(checks: [check(severity)]), notes: notes, followUps: [])
      XCTAssertFalse(rubric.scores[serving].criteria[0].met)
      XCTAssertTrue(rubric.scores[serving].criteria[2].met, rubric.scores[serving].criteria[2].evidence)
    }
  }

  /// fresh16/fresh17: reasons written in shorthand count, descriptions and flows do not.
  func testReasonsInShorthandCountAndFlowsDoNot() {
    for sentence in [
      "Daily retrain, so the model sees last week's menu changes.",
      "GPU inference is 3x slower - so cache the top queries.",
      "Quantile heads so we can quote a window to the rider.",
      "Train on hashed ids since raw ones change every release.",
      "Drop the last 2 days to avoid labels that are not final.",
      "Features logged at request time -> no skew between training and serving.",
      "Precompute nightly → fewer calls to the GPU pool.",
      "XGBoost (handles sparse counts, cheap to serve).",
      "No deep model yet (too little labelled data).",
      "Per-region models, hence three training jobs.",
    ] {
      XCTAssertTrue(ReasonReading.givesReason(sentence), sentence)
    }
    for sentence in [
      "Kafka -> Flink -> Redis.",
      "Drift alert -> page the on-call.",
      "FAISS index (sharded, 4 replicas).",
      "About 30 or so features so far.",
      "Events, clicks and so on.",
      "Accuracy is so misleading here.",
      "Two towers: user and item.",
    ] {
      XCTAssertFalse(ReasonReading.givesReason(sentence), sentence)
    }
    var notes = StepNotes()
    notes[.framing] = "Regression, not classes (needs the minutes, not just late or on time)."
    notes[.data] = "Hold out the newest week, so nothing from the test days trains."
    notes[.serving] = "Cache per store -> fewer model calls at dinner peak."
    let rubric = Rubric(report: CheckReport(checks: []), notes: notes, followUps: [])
    XCTAssertEqual(rubric.scores.last?.criteria[0].met, true, rubric.scores.last?.criteria[0].evidence ?? "")
    XCTAssertEqual(
      Rubric(report: CheckReport(checks: []), notes: StepNotes(), followUps: []).scores.last?.criteria[0].met, false)
  }

  func testVersusWithAShorthandReasonWeighsAlternatives() {
    let sentence = "Wide & deep vs plain GBDT, so start with GBDT and add the deep part later."
    XCTAssertTrue(Rubric.weighsAlternatives(PhraseMatcher.words(sentence), text: sentence))
    let side = "p50 vs p99 (ms) on one chart."
    XCTAssertFalse(Rubric.weighsAlternatives(PhraseMatcher.words(side), text: side))
  }

  /// ux9 item 6: "vs" that only sets two measures side by side weighs no alternatives.
  func testVersusWeighsAlternativesOnlyWithAChoiceOrAReason() {
    func weighs(_ sentence: String) -> Bool { Rubric.weighsAlternatives(PhraseMatcher.words(sentence)) }
    XCTAssertFalse(weighs("Plot expected vs observed CTR per decile."))
    XCTAssertFalse(weighs("Latency p99 vs p50 on the dashboard."))
    XCTAssertFalse(weighs("Compare a 7-day window versus a 30-day window."))
    XCTAssertFalse(weighs("CTR vs last week since launch."))
    XCTAssertTrue(weighs("GBDT vs a deep net: GBDT is faster to train on small data."))
    XCTAssertTrue(weighs("Two-tower vs matrix factorisation; we pick two-tower because it uses content features."))
    XCTAssertTrue(weighs("Online versus batch scoring, and we chose online."))
    // The other markers weigh without a choice word.
    XCTAssertTrue(weighs("Online scoring instead of batch."))
    XCTAssertTrue(weighs("Fresh features at the cost of a streaming job."))

    var notes = StepNotes()
    notes[.evaluation] = "Plot expected vs observed CTR per decile."
    notes[.monitoring] = "Latency p99 vs p50 on the dashboard."
    let measures = Rubric(report: CheckReport(checks: []), notes: notes, followUps: [])
    XCTAssertEqual(
      measures.scores.last?.criteria[1].evidence, "alternatives weighed in 0 steps (needs 2)")
    XCTAssertEqual(measures.scores.last?.criteria[1].met, false)
    notes[.model] = "GBDT vs DNN: the GBDT is simpler to serve."
    notes[.serving] = "Plot p99 vs p50. Online versus batch: online wins for fresh ads."
    let weighed = Rubric(report: CheckReport(checks: []), notes: notes, followUps: [])
    XCTAssertEqual(weighed.scores.last?.criteria[1].met, true)
    XCTAssertEqual(
      weighed.scores.last?.criteria[1].evidence,
      "alternatives weighed in 2 steps (needs 2), e.g. Model: “GBDT vs DNN: the GBDT is simpler to serve.”")
  }

  func testAReviewListsTheAskedQuestionsOrElseTheTriggeredOnes() throws {
    let template = try XCTUnwrap(library.template("ad-click-prediction"))
    let board = template.newBoard()
    let headless = review(board, template)
    XCTAssertFalse(headless.followUps.isEmpty)
    XCTAssertTrue(headless.followUps.allSatisfy { $0.origin == .triggered })
    let asked = review(
      board, template,
      asked: [AskedFollowUp(id: "ads-nce", askedAt: 5), AskedFollowUp(id: "baseline-first", askedAt: 9, skipped: true)])
    XCTAssertEqual(asked.followUps.map(\.followUp.id), ["ads-nce", "baseline-first"])
    XCTAssertEqual(asked.followUps.map(\.origin), [.asked, .skipped])
    let text = asked.markdown()
    XCTAssertTrue(
      text.contains(
        "## Rubric\n\nThe follow-up points count the 2 questions asked in this session (0 answered).\n\n"
          + "| Dimension | Score | Evidence |"), text)
    XCTAssertTrue(text.contains("Asked during the session: 2, 0 answered."), text)
    XCTAssertTrue(text.contains("2. **skipped, not answered** · 4. Model development — "), text)
  }

  func testHistoryLinesCarryTheRubricAndOldLinesStillLoad() throws {
    let old =
      "{\"budget\":{\"data\":480},\"date\":\"2026-11-23T19:05:00Z\",\"score\":72,\"scores\":{\"data\":60},"
      + "\"spent\":{\"data\":570},\"template\":\"ad-click-prediction\",\"version\":1}"
    let record = try PracticeRecord.parse(old)
    XCTAssertEqual(record.rubric, [:])
    XCTAssertNil(record.followUps)
    XCTAssertEqual(record.jsonLine(), old, "an old record is written back as it was")

    var scored = record
    scored.rubric = [.framing: 2, .monitoring: 0]
    scored.followUps = (asked: 3, answered: 1)
    let line = scored.jsonLine()
    XCTAssertTrue(line.contains("\"followups\":{\"answered\":1,\"asked\":3}"), line)
    XCTAssertTrue(line.contains("\"rubric\":{\"framing\":2,\"monitoring\":0}"), line)
    XCTAssertEqual(try PracticeRecord.parse(line), scored)
    let newer = line.replacingOccurrences(of: "\"framing\":2", with: "\"framing\":2,\"creativity\":3")
    XCTAssertEqual(try PracticeRecord.parse(newer).rubric, scored.rubric, "an unknown dimension is left out")
    XCTAssertThrowsError(
      try PracticeRecord.parse(line.replacingOccurrences(of: "\"framing\":2", with: "\"framing\":7")))
  }

  func testStatsShowTheDimensionsOverTimeAndTheWeakest() {
    var first = PracticeHistoryTests.record(0, "news-feed", 40)
    first.rubric = Dictionary(uniqueKeysWithValues: RubricDimension.allCases.map { ($0, 1) })
    first.rubric[.monitoring] = 0
    first.followUps = (asked: 3, answered: 1)
    var second = PracticeHistoryTests.record(1, "news-feed", 60)
    second.rubric = Dictionary(uniqueKeysWithValues: RubricDimension.allCases.map { ($0, 2) })
    second.rubric[.monitoring] = 1
    second.followUps = (asked: 2, answered: 2)
    let old = PracticeHistoryTests.record(2, "news-feed", 70)
    let text = StatsReport(records: [first, second, old]).text()
    XCTAssertTrue(
      text.contains("By rubric dimension (2 sessions with a rubric: average points of 3, first → last)"), text)
    XCTAssertTrue(text.contains("  Problem framing              1.5 / 3   1 → 2"), text)
    XCTAssertTrue(text.contains("  Monitoring                   0.5 / 3   0 → 1"), text)
    XCTAssertTrue(text.contains("  Weakest: Monitoring (0.5 of 3 on average)"), text)
    XCTAssertTrue(text.contains("  Follow-up questions answered: 3 of 5"), text)
    XCTAssertFalse(StatsReport(records: [old]).text().contains("rubric"), "no rubric section without data")
  }
}
