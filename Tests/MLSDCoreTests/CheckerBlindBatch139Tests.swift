// Readings grown from the blind batch 139-144: a condition on an offline metric drawn as a box
// before the registry is the model evaluation; a training library the registry feeds and that
// answers on is the model served; an unread step between the request and the ranker that reads the
// items' store picks the candidates; "post-ranking" is re-ranking; a step the client calls that
// takes the index's nearest items is the retrieval, and a placeless box after it the filters; a
// monitor on the lookup of a batch design's precomputed results watches serving. Each rule has
// the cases it must not fire on beside it. The words are not the corpus designs'.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch139Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func read(_ boxes: [(String, String)], _ arrows: [(String, String)], expected: Set<String> = [])
    -> BoardReading
  {
    BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
  }

  func kinds(_ reading: BoardReading, _ id: String) -> Set<String> {
    reading.boxes.first { $0.boxID == id }?.kinds ?? []
  }

  // MARK: a gate drawn as a box

  func gateReading(_ gate: String, into target: String = "reg") -> Set<String> {
    let boxes = [
      ("fit", "PyTorch trainer"), ("gate", gate), ("reg", "Model registry"), ("srv", "TorchServe endpoint"),
      ("pager", "Alert pager"),
    ]
    return kinds(read(boxes, [("fit", "gate"), ("gate", target), ("reg", "srv")]), "gate")
  }

  func testAConditionOnAnOfflineMetricBeforeTheRegistryIsTheEvaluation() {
    XCTAssertTrue(gateReading("Precision > 0.9 on each market, NDCG not worse").contains("model-evaluation"))
    XCTAssertTrue(gateReading("F1 ≥ 0.8 per language").contains("model-evaluation"))
    // A metric with no condition, a condition with no metric, or a condition that goes elsewhere
    // is no gate.
    XCTAssertFalse(gateReading("Precision per market").contains("model-evaluation"))
    XCTAssertFalse(gateReading("Cost > 10 dollars").contains("model-evaluation"))
    XCTAssertFalse(gateReading("Precision > 0.9 on each market", into: "pager").contains("model-evaluation"))
  }

  // MARK: a training library served

  func servedReading(_ label: String, registry: Bool = true) -> Set<String> {
    var arrows = [("cands", "lib"), ("lib", "rules"), ("rules", "page")]
    if registry { arrows.append(("reg", "lib")) }
    let boxes = [
      ("page", "Mobile app"), ("cands", "Candidate generation"), ("lib", label), ("rules", "Re-ranking"),
      ("reg", "Model registry"),
    ]
    return kinds(read(boxes, arrows), "lib")
  }

  func testATrainingLibraryTheRegistryFeedsAndThatAnswersOnIsTheModelServed() {
    let served = servedReading("LightGBM pBuy, pointwise")
    XCTAssertTrue(served.contains("ranking"), "\(served)")
    XCTAssertFalse(served.contains("training-pipeline"), "\(served)")
    // Not fed by the registry, or whose words say it trains: still training.
    XCTAssertTrue(servedReading("LightGBM pBuy, pointwise", registry: false).contains("training-pipeline"))
    XCTAssertTrue(servedReading("LightGBM training").contains("training-pipeline"))
    XCTAssertTrue(servedReading("LightGBM trainer").contains("training-pipeline"))
  }

  func testAServedLibraryWithNoRankerAroundItIsTheInferenceService() {
    let boxes = [
      ("page", "Mobile app"), ("door", "API gateway"), ("lib", "XGBoost pDefault"), ("reg", "Model registry"),
      ("fit", "Training job"), ("lake", "Data lake"),
    ]
    let arrows = [
      ("page", "door"), ("door", "lib"), ("lib", "door"), ("door", "page"), ("reg", "lib"), ("lake", "fit"),
      ("fit", "reg"),
    ]
    XCTAssertEqual(kinds(read(boxes, arrows), "lib"), ["inference-service"])
    // The registry not feeding it: the library trains.
    let unfed = arrows.filter { $0 != ("reg", "lib") }
    XCTAssertTrue(kinds(read(boxes, unfed), "lib").contains("training-pipeline"))
  }

  // MARK: the step that picks the ranker's candidates

  func testAnUnreadStepBetweenTheRequestAndTheRankerThatReadsTheItemsIsTheCandidates() {
    let boxes = [
      ("page", "Mobile app"), ("door", "API gateway"), ("pick", "Concerts within 10 miles, this weekend"),
      ("db", "Venues DB - MySQL"), ("rank", "Ranking service"),
    ]
    let arrows = [("page", "door"), ("door", "pick"), ("db", "pick"), ("pick", "rank"), ("rank", "page")]
    XCTAssertTrue(kinds(read(boxes, arrows), "pick").contains("candidate-generation"))
    // With no store of items read, or not handing the ranker its output, it is no such step.
    let noStore = arrows.filter { $0 != ("db", "pick") }
    XCTAssertFalse(kinds(read(boxes, noStore), "pick").contains("candidate-generation"))
    let toPage = arrows.filter { $0 != ("pick", "rank") } + [("pick", "page")]
    XCTAssertFalse(kinds(read(boxes, toPage), "pick").contains("candidate-generation"))
  }

  // MARK: post-ranking

  func testPostRankingIsReRanking() {
    XCTAssertTrue(Fixtures.kinds("Post-ranking: at most 3 per seller").contains("re-ranking"))
    XCTAssertTrue(Fixtures.kinds("Post-rank rules").contains("re-ranking"))
    XCTAssertFalse(Fixtures.kinds("Post-rank rules").contains("ranking"))
    // A ranker is still a ranker.
    XCTAssertTrue(Fixtures.kinds("Heavy ranker").contains("ranking"))
  }

  // MARK: the retrieval the client calls, and the filters after it

  func retrieval(indexFeeds: Bool, label: String = "Closest songs to the one playing") -> BoardReading {
    var arrows = [("page", "near"), ("near", "after"), ("after", "page")]
    if indexFeeds { arrows.append(("ann", "near")) }
    let boxes = [
      ("page", "Listener on a track page"), ("near", label), ("ann", "Song vector index"),
      ("after", "Same genre, licensed in the country"),
    ]
    return read(boxes, arrows)
  }

  func testAStepTheClientCallsThatTakesTheIndexsNearestItemsIsTheRetrieval() {
    let reading = retrieval(indexFeeds: true)
    let near = kinds(reading, "near")
    XCTAssertTrue(near.contains("candidate-generation"), "\(near)")
    XCTAssertFalse(near.contains("api-gateway"), "\(near)")
    XCTAssertEqual(kinds(reading, "after"), ["re-ranking"])
    // Not fed by the index: the front door still.
    let door = retrieval(indexFeeds: false)
    XCTAssertFalse(kinds(door, "near").contains("candidate-generation"), "\(kinds(door, "near"))")
    XCTAssertFalse(kinds(door, "after").contains("re-ranking"))
  }

  // MARK: monitoring the lookup of precomputed results

  func monitored(_ watched: String) -> Bool {
    let boxes = [
      ("page", "Mobile app"), ("front", "Suggestions API"), ("kv", "Redis"), ("job", "Batch scoring job"),
      ("lake", "Data lake"), ("mon", "Grafana"), ("other", "Data quality report"),
    ]
    let arrows = [
      ("page", "front"), ("front", "page"), ("kv", "front"), ("lake", "job"), ("job", "kv"), ("mon", watched),
    ]
    let graph = BoardGraph(board: Fixtures.flow(boxes, arrows), catalogue: catalogue)
    return PitfallRules.checks(graph).first { $0.rule == RuleID.pitfallNoMonitoring.rawValue }?.passed ?? false
  }

  func testAMonitorOnTheLookupOfPrecomputedResultsWatchesServing() {
    XCTAssertTrue(monitored("front"))
    XCTAssertTrue(monitored("kv"))
    // A monitor on the data side does not.
    XCTAssertFalse(monitored("lake"))
    XCTAssertFalse(monitored("other"))
  }
}
