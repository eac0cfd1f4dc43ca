// The serving funnel read from its places (docs/CHECKER.md, "How boxes are read" 4): a check on
// the items' way to the ranker filters them, a model before the ranker narrows them, a model the
// registry and the online features feed serves whatever its architecture's name, and a model
// between the ranker and the final rules is a stage of the ranking. An event stream drawn straight
// into a feature store is its stream processing (rule 6).
import XCTest

@testable import MLSDCore

final class CheckerFunnelTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }
  let funnel: Set<String> = ["candidate-generation", "ranking", "re-ranking"]

  /// A feed funnel: the store of the items, a safety check, a cheap model, a heavy model
  /// named by its architecture, a model that blends its heads, and the final rules.
  private var feed: Board {
    Fixtures.flow(
      [
        ("app", "Reader app"), ("items", "Posts database"), ("check", "Safety checks"),
        ("light", "Cheap model"), ("heavy", "Deep neural nets"), ("blend", "Heads combiner model"),
        ("rules", "Diversity rules"), ("online", "Online feature store"), ("registry", "Model registry"),
      ],
      [
        ("app", "items"), ("items", "check"), ("check", "light"), ("light", "heavy"), ("heavy", "blend"),
        ("blend", "rules"), ("rules", "app"), ("online", "light"), ("online", "heavy"), ("registry", "heavy"),
      ])
  }

  func testACheckOnTheItemsWayToTheRankerIsAFilter() {
    let reading = BoardReader.read(feed, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[2].kinds.contains("re-ranking"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("model-evaluation"), "\(reading.boxes[2])")
    // Only where the template asks for re-ranking.
    let generic = BoardReader.read(feed, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(generic.boxes[2].kinds.contains("re-ranking"), "\(generic.boxes[2])")
  }

  func testACheckThatHandsTheModelToTheRegistryStaysItsEvaluation() {
    let gate = Fixtures.flow(
      [("events", "Click events"), ("check", "Offline checks"), ("registry", "Model registry"), ("s", "Scorer")],
      [("events", "check"), ("check", "registry"), ("registry", "s")])
    let reading = BoardReader.read(gate, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[1].kinds.contains("model-evaluation"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("re-ranking"), "\(reading.boxes[1])")
  }

  func testAModelBeforeTheRankerNarrowsTheItems() {
    let reading = BoardReader.read(feed, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[3].kinds.contains("candidate-generation"), "\(reading.boxes[3])")
    // Not where candidate generation already comes before it: then it is a ranking stage.
    var retrieved = feed
    retrieved.boxes.append(
      Box(id: "ret", label: "Candidate retrieval", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    retrieved.arrows.removeAll { $0.from == "check" }
    retrieved.arrows += [Arrow(from: "check", to: "ret"), Arrow(from: "ret", to: "light")]
    let after = BoardReader.read(retrieved, catalogue: catalogue, expected: funnel)
    XCTAssertFalse(after.boxes[3].kinds.contains("candidate-generation"), "\(after.boxes[3])")
    XCTAssertTrue(after.boxes[3].kinds.contains("ranking"), "\(after.boxes[3])")
  }

  func testAModelTheRegistryAndTheOnlineFeaturesFeedServesWhateverItsArchitecture() {
    let reading = BoardReader.read(feed, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[4].kinds.contains("ranking"), "\(reading.boxes[4])")
    XCTAssertFalse(reading.boxes[4].kinds.contains("training-pipeline"), "\(reading.boxes[4])")
    // A trainer warm-started from the registry hands its model on: it stays training.
    let warm = Fixtures.flow(
      [
        ("registry", "Model registry"), ("online", "Online feature store"), ("t", "Deep neural nets"),
        ("e", "Offline evaluation"),
      ],
      [("registry", "t"), ("online", "t"), ("t", "e"), ("e", "registry")])
    let trainer = BoardReader.read(warm, catalogue: catalogue).boxes[2]
    XCTAssertTrue(trainer.kinds.contains("training-pipeline"), "\(trainer)")
    XCTAssertFalse(trainer.kinds.contains("inference-service"), "\(trainer)")
  }

  func testAModelBetweenTheRankerAndTheFinalRulesIsARankingStage() {
    let reading = BoardReader.read(feed, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[5].kinds.contains("ranking"), "\(reading.boxes[5])")
    XCTAssertTrue(reading.boxes[6].kinds.contains("re-ranking"), "\(reading.boxes[6])")
  }

  func testTheFunnelPassesItsComponentsInTheNewsFeedTemplate() throws {
    let template = try XCTUnwrap(library.template("news-feed"))
    var drawn = feed
    drawn.template = template.id
    let report = Checker.check(drawn, template: template, catalogue: catalogue)
    let missing = report.findings.filter { $0.rule == RuleID.componentRequired.rawValue }.map(\.message)
    for name in ["Candidate generation", "Ranking", "Re-ranking"] {
      XCTAssertFalse(missing.contains { $0.hasPrefix("missing component: \(name)") }, "\(missing)")
    }
  }

  func testAStreamDrawnStraightIntoAFeatureStoreIsItsStreamProcessing() {
    let straight = Fixtures.flow(
      [("events", "Click events"), ("kafka", "Kafka"), ("online", "Online feature store"), ("s", "Scorer")],
      [("events", "kafka"), ("kafka", "online"), ("online", "s")])
    let reading = BoardReader.read(straight, catalogue: catalogue)
    XCTAssertEqual(reading.arrows.map(\.kind), ["stream-processing"])
    XCTAssertEqual(reading.arrows.first?.arrow, 1)
    // A processing box drawn between them is the processing; the arrows are only arrows.
    let processed = Fixtures.flow(
      [("kafka", "Kafka"), ("flink", "Flink"), ("online", "Online feature store")],
      [("kafka", "flink"), ("flink", "online")])
    XCTAssertEqual(BoardReader.read(processed, catalogue: catalogue).arrows.map(\.kind), [])
    // Removing that box leaves nothing that computes features, so it is still missed.
    var removed = processed
    removed.removeBox("flink")
    XCTAssertFalse(BoardReader.read(removed, catalogue: catalogue).allKinds.contains("stream-processing"))
  }

  func testAFilterBeforeTheModelNarrowsTheItems() {
    // FACTS: ads are first selected by their targeting criteria, events by location; the model
    // then scores what is left. A filter fed by the request and the items, feeding the model, is
    // candidate generation, and the model after it the ranker.
    let ads = Fixtures.flow(
      [
        ("app", "Mobile app"), ("server", "Ad request handler"), ("db", "Campaigns database"),
        ("filter", "Targeting filter"), ("model", "SageMaker endpoint"), ("auction", "Auction"),
      ],
      [("app", "server"), ("server", "filter"), ("db", "filter"), ("filter", "model"), ("model", "auction")])
    let reading = BoardReader.read(ads, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[3].kinds.contains("candidate-generation"), "\(reading.boxes[3])")
    XCTAssertFalse(reading.boxes[3].kinds.contains("re-ranking"), "\(reading.boxes[3])")
    XCTAssertTrue(reading.boxes[4].kinds.contains("ranking"), "\(reading.boxes[4])")
    // Rules after the ranker stay the final rules; a filter fed by nothing is no such step.
    let after = Fixtures.flow(
      [("ranker", "Ranking service"), ("rules", "Result rules"), ("api", "Prediction service")],
      [("ranker", "rules"), ("rules", "api")])
    XCTAssertTrue(BoardReader.read(after, catalogue: catalogue, expected: funnel).boxes[1].kinds.contains("re-ranking"))
    let alone = Fixtures.flow([("rules", "Result rules"), ("api", "Prediction service")], [("rules", "api")])
    XCTAssertFalse(
      BoardReader.read(alone, catalogue: catalogue, expected: funnel).boxes[0].kinds.contains("candidate-generation"))
  }

  func testAStepAfterTheFusionOnItsWayToTheUserIsReRanking() {
    let search = Fixtures.flow(
      [
        ("app", "Mobile app"), ("front", "Search front end"), ("ann", "FAISS"), ("blend", "Blender"),
        ("last", "Final pass"),
      ],
      [("app", "front"), ("front", "ann"), ("ann", "blend"), ("blend", "last"), ("last", "app")])
    let reading = BoardReader.read(search, catalogue: catalogue, expected: funnel)
    XCTAssertTrue(reading.boxes[4].kinds.contains("re-ranking"), "\(reading.boxes[4])")
  }
}
