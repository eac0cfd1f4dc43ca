// A follow-up is answered by its step's notes, by a sentence of another step that holds two of its
// key ideas together, and by shorthand: clipped words ("ML obj", "biz goal") and a one-word
// phrasing beside another key idea of the same question ("Retrain weekly").
import XCTest

@testable import MLSDCore

final class FollowUpAcrossStepsTests: XCTestCase {
  let library = Fixtures.library

  private func answer(_ id: String, _ texts: [Step: String]) throws -> FollowUpAnswer {
    let followUp = try XCTUnwrap(library.followUps(for: nil).followUp(id))
    let board = Board(title: "T", notes: StepNotes(texts))
    return FollowUpContext(board: board, catalogue: library.catalogue).answer(followUp)
  }

  func testASentenceOfAnotherStepWithTwoIdeasAnswers() throws {
    // class-imbalance is a modelling question; the data notes say how it is dealt with.
    let found = try answer(
      "class-imbalance",
      [.model: "GBDT on the tabular features.", .data: "Fraud is rare, so negatives are downsampled to 5%."])
    XCTAssertTrue(found.isAnswered, "\(found.found.map(\.idea))")
    XCTAssertTrue(found.found.contains { $0.sentence.contains("downsampled to 5%") })
  }

  func testASingleWordOfAnotherStepAnswersNothing() throws {
    // "rather than" in a model choice is one idea of objective-versus-proxy met by chance.
    let found = try answer(
      "objective-versus-proxy",
      [.framing: "Predict the probability of a click.", .model: "GBDT rather than a deep model, for latency."])
    XCTAssertFalse(found.found.map(\.idea).contains("not a mere proxy"), "\(found.found.map(\.idea))")
    XCTAssertFalse(found.isAnswered)
  }

  func testClippedWordsReadAsTheWordsTheyStandFor() throws {
    let found = try answer(
      "objective-versus-proxy",
      [.framing: "ML obj: rank videos by relevance. Biz goal: more watch time, not just clicks."])
    XCTAssertEqual(found.found.map(\.idea).prefix(2), ["objective", "business goal"])
    XCTAssertTrue(found.isAnswered)
    XCTAssertEqual(
      NoteShorthand.unclipped(["ml", "obj", "feats", "txns"]), ["ml", "objective", "features", "transactions"])
  }

  func testAOneWordPhrasingBesideAnotherIdeaOfTheQuestionCounts() throws {
    let found = try answer("retraining-policy", [.monitoring: "Retrain weekly on the latest logs."])
    XCTAssertEqual(found.found.map(\.idea), ["retraining", "a schedule or trigger"])
    XCTAssertTrue(found.isAnswered)
    // Without a word of retraining, "weekly" alone is no schedule of it.
    let alone = try answer("retraining-policy", [.monitoring: "Dashboards are reviewed weekly."])
    XCTAssertFalse(alone.found.map(\.idea).contains("a schedule or trigger"), "\(alone.found.map(\.idea))")
  }

  func testABareWordOfASeveralWordIdeaVouchesForNone() throws {
    // "offline" names "offline metric" only with a companion: it does not vouch for "slice".
    let found = try answer("offline-online-gap", [.evaluation: "Offline: log loss per slice."])
    XCTAssertFalse(found.isAnswered, "\(found.found.map(\.idea))")
  }
}
