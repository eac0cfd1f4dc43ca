// Follow-up answers as people write them, read as answers: choices joined by a slash
// ("early/mid"), a formula's weights ("w_j"), a plural in an idea's name beside its singular in
// the notes, and the other words of labels, error costs, re-indexing, resampling, a model catalog,
// offline metrics, exposure caps and popularity; the sentence quoted is the one that says an idea
// plainest; "rather than" alone is no answer about proxies; a regression beside a multi-task
// model's classifiers is not the problem's kind.
import XCTest

@testable import MLSDCore

final class FollowUpPlainAnswersTests: XCTestCase, FollowUpAnswering {

  private func found(_ template: String?, _ id: String, _ texts: [Step: String]) throws -> Set<String> {
    Set(try answer(template, id, texts).found.map(\.idea))
  }

  func testTheWordsOfAnAndPhrasingDoNotVouchForAOneWordPhrasing() throws {
    XCTAssertFalse(
      try answer(
        nil, "where-labels-come-from",
        [.data: "Labels are purchases from the order log. Purchase counts over a window of 30 days."]
      ).isAnswered)
    XCTAssertFalse(
      try answer(
        nil, "safe-rollout",
        [.serving: "A canary takes 10 percent of the traffic first. The ranker scores the whole catalog."]
      ).isAnswered)
    XCTAssertFalse(
      try found(nil, "feedback-loop", [.monitoring: "New members see the most popular items until they click."])
        .contains("position or popularity bias"))
  }

  func testChoicesJoinedByASlashAreEachRead() throws {
    try assertAnswered(
      "harmful-content-detection", "harm-fusion", [.framing: "Early/mid fusion of the modality vectors, not late."])
  }

  func testAFormulasWeightsAreWeights() throws {
    try assertAnswered(
      "news-feed", "feed-engagement-score",
      [.framing: "final = sum over heads of w_j * p_j, with a negative w on hide and block."])
    XCTAssertEqual(NoteShorthand.expanded("w/o retries, w_{k} fixed"), "w/o retries, weight fixed")
    XCTAssertEqual(NoteShorthand.expanded("3 w of logs, w/ care"), "3 w of logs, w/ care")
  }

  func testAnIdeasPluralNameVouchesForItsSingular() {
    let matcher = PhraseMatcher("The natural label arrives with the order.")
    XCTAssertNotNil(matcher.find(idea: ["human or natural labels", "human", "natural"]))
  }

  func testTheSentenceQuotedSaysTheIdeaPlainest() throws {
    let found = try answer(
      "people-you-may-know", "pymk-negatives",
      [
        .model:
          "Start from a heuristic: friends of friends ranked by common contacts. We sample hard negatives among"
          + " people shown but ignored, because random pairs are trivially easy."
      ])
    let hard = try XCTUnwrap(found.found.first { $0.idea == "hard negatives" })
    XCTAssertTrue(hard.sentence.hasPrefix("We sample hard negatives"), hard.sentence)
  }

  func testRatherThanAloneSaysNothingOfAProxy() throws {
    XCTAssertFalse(
      try found(
        nil, "objective-versus-proxy", [.framing: "One ranker rather than a cascade of three, so it is cheaper."]
      )
      .contains("not a mere proxy"))
    XCTAssertTrue(
      try found(nil, "objective-versus-proxy", [.framing: "We optimise 30-day retention rather than raw clicks."])
        .contains("not a mere proxy"))
  }

  func testALabelsSourceAndDelayInOtherWords() throws {
    try assertAnswered(
      nil, "where-labels-come-from",
      [.data: "Target is the realised travel time from the trips table, available about an hour after arrival."])
  }

  func testLatenessCostsAndPredictedQuantilesAnswerTheErrorCosts() throws {
    try assertAnswered(
      nil, "regression-error-costs",
      [.model: "A late pickup hurts far more than an early one; we train on a pinball loss."]
    )
    // Another step's sentence holding two key ideas: predicted quantiles and a range shown.
    try assertAnswered(
      nil, "regression-error-costs", [.framing: "Predict p50 and p90 so riders see a range instead of one number."])
  }

  func testAFullReindexBeforeANewEncoderGoesLive() throws {
    try assertAnswered(
      "visual-search", "visual-same-version",
      [.serving: "A new encoder only goes live after a full re-index of the catalogue."])
  }

  func testReweightingAndAugmentingKeepARareClassLearning() throws {
    try assertAnswered(
      "harmful-content-detection", "harm-rare-classes",
      [.model: "Loss is reweighted per class; rare harms also get augmented copies."])
  }

  func testAModelCatalogHoldsTheVersionsToRollBackTo() throws {
    try assertAnswered(
      nil, "safe-rollout", [.serving: "Models live in a catalog; a bad one is rolled back to the last entry."])
  }

  func testNamedOfflineMetricsExposureCapsAndPopularity() throws {
    XCTAssertTrue(
      try found(nil, "offline-online-gap", [.evaluation: "Offline we track PR-AUC and recall at k on last week."])
        .contains("offline metric"))
    XCTAssertTrue(
      try found(
        "people-you-may-know", "pymk-popular-members",
        [.monitoring: "A frequency cap limits how many times one person is recommended daily."]
      ).contains("exposure spread"))
    XCTAssertTrue(
      try found(
        nil, "feedback-loop", [.monitoring: "Well-connected members grow ever more popular because they are shown."]
      ).contains("position or popularity bias"))
  }

  func testARegressionBesideAMultiTaskModelsClassifiersIsNotTheKind() {
    let kinds = ProblemKind.named(
      in: "Multi-task binary classifier for clicks and shares, plus a watch-time regression.")
    XCTAssertFalse(kinds?.contains(.regression) ?? false, "\(String(describing: kinds))")
    XCTAssertEqual(ProblemKind.named(in: "Regression: minutes from order to door."), [.regression])
  }
}
