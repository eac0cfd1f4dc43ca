// An arrow whose label names a role counts as it: an offline check of the model on the arrow out
// of training is the model evaluation, an experiment on the arrow into what serves is the A/B
// test, and so is a canary, a shadow or an interleaving (testing in production); a plain rollout
// counts for nothing.
import XCTest

@testable import MLSDCore

final class CheckerArrowRolesTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  /// Training → registry → serving, with the labels given on the two arrows.
  func arrowKinds(handOff: String?, rollout: String?, from: String = "Two-tower training") -> [String: String] {
    var board = Fixtures.flow(
      [("t", from), ("r", "Model registry"), ("s", "Ranking service")], [("t", "r"), ("r", "s")])
    board.arrows[0].label = handOff
    board.arrows[1].label = rollout
    let reading = BoardReader.read(
      board, catalogue: catalogue, expected: ["ranking", "model-evaluation", "ab-testing"])
    var found: [String: String] = [:]
    for arrow in reading.arrows { found[arrow.kind] = arrow.phrase }
    return found
  }

  func testAnOfflineCheckOutOfTrainingIsTheEvaluation() {
    XCTAssertNotNil(arrowKinds(handOff: "promote if log loss drops", rollout: nil)["model-evaluation"])
    XCTAssertNotNil(arrowKinds(handOff: "if nDCG@20 beats prod", rollout: nil)["model-evaluation"])
    XCTAssertNotNil(arrowKinds(handOff: "holdout check passed", rollout: nil)["model-evaluation"])
  }

  func testOtherLabelsOrPlacesAreNoEvaluation() {
    XCTAssertNil(arrowKinds(handOff: "new weights", rollout: nil)["model-evaluation"])
    // Not out of training: the metric on the registry's arrow says nothing of a check.
    XCTAssertNil(arrowKinds(handOff: nil, rollout: "nDCG@20")["model-evaluation"])
    // Into a drawn evaluation box: the box is the evaluation, the arrow only carries.
    var board = Fixtures.flow(
      [("t", "Two-tower training"), ("e", "Offline evaluation job"), ("r", "Model registry")], [("t", "e"), ("e", "r")])
    board.arrows[0].label = "AUC on last week"
    XCTAssertEqual(BoardReader.read(board, catalogue: catalogue).arrows.map(\.kind), [])
  }

  func testAnExperimentIntoServingIsTheABTest() {
    XCTAssertNotNil(arrowKinds(handOff: nil, rollout: "A/B on 10% of users")["ab-testing"])
    XCTAssertNotNil(arrowKinds(handOff: nil, rollout: "online experiment")["ab-testing"])
  }

  func testACanaryAShadowOrAnInterleavingIsATestInProduction() {
    XCTAssertEqual(arrowKinds(handOff: nil, rollout: "canary on 2% of hosts")["ab-testing"], "canary")
    XCTAssertNotNil(arrowKinds(handOff: nil, rollout: "shadow traffic first")["ab-testing"])
    XCTAssertNotNil(arrowKinds(handOff: nil, rollout: "interleaving vs prod")["ab-testing"])
  }

  func testAPlainRolloutIsNoExperiment() {
    XCTAssertNil(arrowKinds(handOff: nil, rollout: "staged rollout")["ab-testing"])
    XCTAssertNil(arrowKinds(handOff: nil, rollout: "new weights")["ab-testing"])
    // An experiment named on an arrow that brings no version to serving is none.
    var board = Fixtures.flow([("app", "Mobile app"), ("lake", "BigQuery")], [("app", "lake")])
    board.arrows[0].label = "A/B test assignments"
    XCTAssertEqual(BoardReader.read(board, catalogue: catalogue).arrows.map(\.kind), [])
  }
}
