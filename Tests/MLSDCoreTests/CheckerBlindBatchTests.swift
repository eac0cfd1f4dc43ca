// Readings grown from the blind batch 85-90 and the fresh designs of December: a label's later
// orders ("..., eval mAP"), a detail line that says what the box does ("XGBoost scores each
// pair"), a feature job on a stream engine, the store named after what it keeps, a participle
// phrase after the head noun, and the reply to the client that the gateway passes on. Each rule
// has the cases it must not fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatchTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func kinds(_ label: String, detail: String? = nil) -> Set<String> {
    Fixtures.kinds(label, detail: detail)
  }

  func testALaterOrderOfAJobNamesThatWorkToo() {
    for label in [
      "Train detector in PyTorch, eval mAP / IoU", "Daily training on logged impressions, eval ROC-AUC per head",
      "Airflow: build time-split dataset, train XGBoost, eval PR-AUC",
    ] {
      let read = kinds(label)
      XCTAssertTrue(read.contains("model-evaluation"), "'\(label)': \(read)")
      XCTAssertTrue(read.contains("training-pipeline"), "'\(label)': \(read)")
    }
    // A dashboard lists what it shows, not steps: "score dist" and "report rate" are no orders.
    for label in [
      "Grafana: p99 latency, CTR, feature drift, score dist", "Grafana: recall on holdout, report rate, job backlog",
    ] {
      let read = kinds(label)
      XCTAssertEqual(read, ["monitoring"], "'\(label)'")
    }
    // A job's later clause that is a noun phrase of another kind is no order either.
    XCTAssertFalse(kinds("Nightly training, report rate").contains("labelling"))
    // One word after the comma is no order with an object.
    XCTAssertFalse(kinds("Training job, evaluate").contains("model-evaluation"))
  }

  func testADetailSentenceSaysWhatTheBoxDoes() {
    let read = kinds("PYMK service", detail: "XGBoost scores each candidate pair at request time")
    XCTAssertTrue(read.contains("inference-service") || read.contains("ranking"), "\(read)")
    XCTAssertFalse(read.contains("training-pipeline"), "\(read)")
    XCTAssertFalse(read.contains("candidate-generation"), "\(read)")
    // Not a sentence: the technology under a silent label is still what the box is.
    XCTAssertTrue(kinds("Radar", detail: "XGBoost on SageMaker").contains("training-pipeline"))
    // Not under a label that already speaks: the detail's names only hint there.
    XCTAssertEqual(kinds("Model training", detail: "XGBoost scores each pair offline"), ["training-pipeline"])
  }

  func testAFeatureJobOnAStreamEngineIsStreamProcessing() {
    XCTAssertEqual(kinds("Feature computation", detail: "Flink, sliding windows"), ["stream-processing"])
    XCTAssertEqual(kinds("Feature pipeline on Kafka Streams"), ["stream-processing"])
    // Spark is a batch engine: the same label over it stays batch ETL.
    XCTAssertEqual(kinds("Feature computation", detail: "Spark, nightly"), ["batch-etl"])
    // A label that says batch keeps it, whatever engine the detail names.
    XCTAssertTrue(kinds("Nightly feature computation", detail: "Flink").contains("batch-etl"))
  }

  func testAStoreNamedAfterWhatItKeepsIsTheStore() {
    let read = kinds("Candidate store, Cassandra")
    XCTAssertTrue(read.contains("online-feature-store"), "\(read)")
    XCTAssertFalse(read.contains("candidate-generation"), "\(read)")
    // The work itself, with no keeping noun, stays what it is.
    XCTAssertTrue(kinds("Candidate retrieval").contains("candidate-generation"))
    XCTAssertTrue(kinds("Candidate generator").contains("candidate-generation"))
  }

  func testWordsOfTheBlindBatch() {
    XCTAssertTrue(kinds("Human-judged image pairs").contains("labelling"))
    XCTAssertTrue(kinds("Label Studio").contains("labelling"))
    XCTAssertTrue(kinds("Duplicate removal and aggregation").contains("re-ranking"))
    XCTAssertTrue(kinds("Lexical matching").contains("text-search-index"))
    XCTAssertTrue(kinds("Event transport").contains("stream-ingestion"))
    XCTAssertFalse(kinds("Event transport").contains("data-source"))
    XCTAssertTrue(kinds("Product catalogue").contains("data-source"))
    XCTAssertTrue(kinds("GraphSAGE on the snapshot").contains("training-pipeline"))
    XCTAssertTrue(kinds("Alarms").contains("monitoring"))
    // "panos" are panoramas: a bucket of them is object storage, not the lake.
    XCTAssertEqual(kinds("S3 raw-panos"), ["object-storage"])
    XCTAssertTrue(kinds("S3 event archive").contains("data-lake"))
    XCTAssertTrue(kinds("Shadow / challenger test on live traffic").contains("ab-testing"))
    // A rental listing is no list of results, and a list is no listing.
    XCTAssertNotEqual(WordForms.stem("listing"), WordForms.stem("list"))
    XCTAssertFalse(kinds("Tidy the list").contains("data-source"))
    XCTAssertTrue(kinds("Listings DB").contains("data-source"))
  }

  func testAParticipleAfterTheHeadNounLeavesTheNoun() {
    let words = AliasMatcher.words("Web images found by the Bing crawler")
    XCTAssertEqual(KindRecognizer.headIndex(of: "Web images found by the Bing crawler", words: words), 1)
    let built = AliasMatcher.words("Vectors computed by the encoder")
    XCTAssertEqual(KindRecognizer.headIndex(of: "Vectors computed by the encoder", words: built), 0)
    // "by" after a noun that is no participle changes nothing: "Clicks by user" keeps "user" as
    // the head word it had.
    let plain = AliasMatcher.words("Clicks by user")
    XCTAssertEqual(KindRecognizer.headIndex(of: "Clicks by user", words: plain), 2)
    // A thing that hints at the client is no person: no sentence about it.
    XCTAssertFalse(kinds("Web images found by the Bing crawler").contains("client"))
    XCTAssertTrue(kinds("Viewer types a query").contains("client"))
  }

  func testTheGatewayPassesTheReplyOfWhatItCalls() {
    let board = Fixtures.flow(
      [("app", "Mobile app"), ("gw", "API gateway"), ("svc", "Prediction service"), ("log", "Prediction log")],
      [("app", "gw"), ("gw", "svc"), ("svc", "log")])
    let graph = BoardGraph(board: board, catalogue: catalogue)
    XCTAssertTrue(graph.flows(from: ["inference-service"], to: ["client"]))
    // A service that answers the gateway along a drawn arrow is answered by that arrow only: the
    // log it writes into does not reach the client.
    XCTAssertFalse(graph.flows(from: ["prediction-logging"], to: ["client"]))
    // Without a request from the client's side, nothing answers it.
    let cut = Fixtures.flow(
      [("app", "Mobile app"), ("gw", "API gateway"), ("svc", "Prediction service")], [("app", "gw")])
    XCTAssertFalse(BoardGraph(board: cut, catalogue: catalogue).flows(from: ["inference-service"], to: ["client"]))
  }

  func testASearchIndexBetweenTheQueryAndTheRulesRanks() {
    var board = Fixtures.flow(
      [
        ("app", "Attendee on the home page"), ("api", "Recommendations endpoint"), ("qb", "Query builder"),
        ("es", "Elasticsearch"), ("rules", "Result rules"),
      ],
      [("app", "api"), ("api", "qb"), ("qb", "es"), ("es", "rules"), ("rules", "api")])
    let expected: Set<String> = ["ranking", "candidate-generation", "re-ranking", "text-search-index"]
    var reading = BoardReader.read(board, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[3].kinds.isSuperset(of: ["ranking", "text-search-index"]), "\(reading.boxes[3])")
    // With a ranker after it, the index only finds the candidates.
    board.boxes.append(Box(id: "rk", label: "Ranking service", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    board.arrows.removeAll { $0.from == "es" }
    board.arrows += [Arrow(from: "es", to: "rk"), Arrow(from: "rk", to: "rules")]
    reading = BoardReader.read(board, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[3].kinds.contains("ranking"), "\(reading.boxes[3])")
  }

  func testTheBuildingOfAnIndexIsTheJobThatFillsIt() {
    for label in ["Index building", "Vector index build"] {
      let read = kinds(label)
      XCTAssertTrue(read.contains("batch-etl"), "'\(label)': \(read)")
      XCTAssertFalse(read.contains("vector-index"), "'\(label)': \(read)")
    }
    // A technology stays what it is beside the job.
    XCTAssertTrue(kinds("FAISS index build").isSuperset(of: ["batch-etl", "vector-index"]))
    // The index itself, and building something else, are no such job.
    XCTAssertEqual(kinds("Vector index"), ["vector-index"])
    XCTAssertFalse(kinds("Model build").contains("batch-etl"))
  }

  func testASentenceAboutAPersonIsTheClientInAnyTemplate() {
    let board = Fixtures.flow(
      [("v", "Viewer watching a video"), ("page", "Watch page")], [("v", "page")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["data-source", "ranking"])
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    XCTAssertFalse(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
    // "User profiles" is no sentence: a plural noun is no verb in -ing nor a verb of the app.
    let profiles = Box(id: "p", label: "User profiles + ad metadata", frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    let reasons = catalogue.evidence(of: profiles).flatMap(\.reasons)
    XCTAssertFalse(reasons.contains { $0.hasSuffix("something: a person") }, "\(reasons)")
    let viewer = Box(id: "v", label: "Viewer watching a video", frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    XCTAssertTrue(catalogue.evidence(of: viewer).flatMap(\.reasons).contains { $0.hasSuffix("something: a person") })
  }

  func testALogTheClientWritesActionsIntoIsWhereTheyAreBorn() {
    var board = Board(title: "T")
    for (id, label) in [("page", "Watch page"), ("logs", "Served recommendations and feedback"), ("lake", "Warehouse")]
    {
      board.boxes.append(Box(id: id, label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    }
    board.arrows = [
      Arrow(from: "page", to: "logs", label: "impressions, clicks, watch time"), Arrow(from: "logs", to: "lake"),
    ]
    var reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.isSuperset(of: ["prediction-logging", "data-source"]), "\(reading.boxes[1])")
    // What serving writes there, or an arrow that names no users' actions, is only the log.
    board.arrows[0].label = "recommendations shown"
    reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
  }

  func testABareShareTriedOnIsAnExperiment() {
    XCTAssertEqual(KindRecognizer.trafficShare(in: "Try on 1% first"), "on 1%")
    XCTAssertEqual(KindRecognizer.trafficShare(in: "Roll out to 5%"), "to 5%")
    XCTAssertNil(KindRecognizer.trafficShare(in: "Sample 10% of frames"))
    XCTAssertNil(KindRecognizer.trafficShare(in: "Drop rate up to 5% per hour"))
    XCTAssertTrue(kinds("Offline measurement").contains("model-evaluation"))
  }

  func testTheCombinationOfTheRankersScoresIsAStageOfTheRanking() {
    let board = Fixtures.flow(
      [("c", "Co-watch candidates"), ("r", "Multitask ranker"), ("s", "Score combination"), ("p", "Watch page")],
      [("p", "c"), ("c", "r"), ("r", "s"), ("s", "p")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "candidate-generation"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("ranking"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("inference-service"), "\(reading.boxes[2])")
    // Not where the template asks for no ranking, nor when the registry feeds it (a model server).
    let plain = BoardReader.read(board, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(plain.boxes[2].kinds.contains("ranking") && !plain.boxes[2].kinds.contains("inference-service"))
  }

  func testAFeatureStoreIsTheOneItsTechnologyOrItsArrowsSay() {
    XCTAssertEqual(
      kinds("Feature store, Redis").intersection(["online-feature-store", "offline-feature-store"]),
      [
        "online-feature-store"
      ])
    // The name alone stays both stores.
    XCTAssertEqual(
      kinds("Feature store").intersection(["online-feature-store", "offline-feature-store"]),
      ["online-feature-store", "offline-feature-store"])
    // Its arrows decide: into the ranker only, the online store; into training only, the offline.
    let served = Fixtures.flow(
      [("fs", "Feature store"), ("rk", "Ranking service")], [("fs", "rk")])
    let online = BoardReader.read(served, catalogue: catalogue).boxes[0].kinds
    XCTAssertTrue(online.contains("online-feature-store") && !online.contains("offline-feature-store"), "\(online)")
    let trained = Fixtures.flow([("fs", "Feature store"), ("tr", "Model training")], [("fs", "tr")])
    let offline = BoardReader.read(trained, catalogue: catalogue).boxes[0].kinds
    XCTAssertTrue(offline.contains("offline-feature-store") && !offline.contains("online-feature-store"), "\(offline)")
    // Feeding both, it stays both.
    let both = Fixtures.flow(
      [("fs", "Feature store"), ("rk", "Ranking service"), ("tr", "Model training")], [("fs", "rk"), ("fs", "tr")])
    XCTAssertTrue(
      BoardReader.read(both, catalogue: catalogue).boxes[0].kinds.isSuperset(of: [
        "online-feature-store", "offline-feature-store",
      ]))
  }

  func testAJobThatRunsAModelIsBatchPrediction() {
    for label in [
      "Nightly embedding job", "Video encoder batch job", "Nightly embedding export", "Embedding job on GPUs",
    ] {
      let read = kinds(label)
      XCTAssertTrue(read.contains("batch-prediction"), "'\(label)': \(read)")
      XCTAssertFalse(read.contains("training-pipeline"), "'\(label)': \(read)")
    }
    // A job with no model's work in its words is no such job.
    for label in ["Training job", "Spark job", "Nightly feature jobs", "Blur job"] {
      let box = Box(id: "j", label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
      let reasons = catalogue.evidence(of: box).flatMap(\.reasons)
      XCTAssertFalse(reasons.contains { $0.contains("over the items") }, "'\(label)': \(reasons)")
    }
    XCTAssertFalse(kinds("Spark job").contains("batch-prediction"))
    // An online encoder, and a detector job (read by its place, where the template asks), are not.
    XCTAssertFalse(kinds("Online embedding job").contains("batch-prediction"))
    XCTAssertFalse(kinds("Detector job on GPUs").contains("batch-prediction"))
  }
}
