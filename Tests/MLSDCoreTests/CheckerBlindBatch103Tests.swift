// Readings grown from the blind batch 103-108: a monitor drawn on the index a nearest-neighbour
// query reads, or on the service that acts on each prediction, watches the serving path. Each
// rule has the cases it must not fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch103Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func monitored(_ board: Board) -> Bool {
    let graph = BoardGraph(board: board, catalogue: catalogue)
    return PitfallRules.checks(graph).first(where: { $0.rule == RuleID.pitfallNoMonitoring.rawValue })?.passed ?? false
  }

  func testAMonitorOnTheIndexServingQueriesWatchesServing() {
    let boxes: [(String, String)] = [
      ("ann", "FAISS index"), ("rank", "Re-ranker"), ("mon", "Monitoring"), ("train", "Training pipeline"),
    ]
    XCTAssertTrue(monitored(Fixtures.flow(boxes, [("ann", "rank"), ("mon", "ann"), ("train", "ann")])))
    // An index that serving does not read is no part of its path.
    XCTAssertFalse(monitored(Fixtures.flow(boxes, [("train", "ann"), ("mon", "ann"), ("train", "rank")])))
    // Nor is the trainer, next to the index serving reads.
    XCTAssertFalse(monitored(Fixtures.flow(boxes, [("ann", "rank"), ("mon", "train"), ("train", "ann")])))
  }

  func testAMonitorOnTheServiceActingOnEachPredictionWatchesServing() {
    let boxes: [(String, String)] = [
      ("model", "Toxicity classifier service"), ("act", "Enforcement service"), ("dash", "Dashboards"),
    ]
    XCTAssertTrue(monitored(Fixtures.flow(boxes, [("model", "act"), ("dash", "act")])))
    // Acting on nothing the model sends, it watches no serving.
    XCTAssertFalse(monitored(Fixtures.flow(boxes, [("dash", "act")])))
  }
}
