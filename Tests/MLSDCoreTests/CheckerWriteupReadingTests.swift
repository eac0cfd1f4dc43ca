// How boxes drawn from production write-ups read (docs/CHECKER.md, "How boxes are read"):
// records are logs, a fan-out gathers candidates, an index engine is an index, work named after
// the data it is done to is that work, and places: the stream of what serving sent, the model
// server of a ranking model, images nothing feeds, a step on stored data, the store the ranker
// fills and the step that reads it, a service after the final rules, and the extraction on the
// request's path. Each with the case
// it must not read so.
import XCTest

@testable import MLSDCore

final class CheckerWriteupReadingTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func board(_ boxes: [(String, String, String?)], _ arrows: [(String, String, String?)]) -> Board {
    var board = Board(title: "T")
    board.boxes = boxes.map {
      Box(id: $0.0, label: $0.1, detail: $0.2, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1, label: $0.2) }
    return board
  }

  func testRecordsAreLogsButRecordingsAreMedia() {
    for label in ["Home feed engagement records", "Detection records"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("prediction-logging"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("data-source"), "'\(label)': \(kinds)")
    }
    let recordings = catalogue.kinds(inText: "Raw recordings")
    XCTAssertFalse(recordings.contains("prediction-logging"), "\(recordings)")
    XCTAssertTrue(recordings.contains("object-storage"), "\(recordings)")
  }

  func testAFanOutGathersCandidates() {
    XCTAssertTrue(catalogue.kinds(inText: "Following fan-out").contains("candidate-generation"))
    XCTAssertFalse(catalogue.kinds(inText: "Fan speed").contains("candidate-generation"))
  }

  func testAMachineNounAfterAStoreNounLeavesTheHeadToTheStore() {
    let engine = board(
      [("e", "Query encoder", nil), ("x", "Binary index engine", nil), ("r", "Re-ranking", nil)],
      [("e", "x", nil), ("x", "r", nil)])
    let reading = BoardReader.read(engine, catalogue: catalogue, expected: ["vector-index", "re-ranking"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("vector-index"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
    // Not after a noun that keeps nothing: a page service is no page.
    XCTAssertFalse(catalogue.kinds(inText: "Listing page service").contains("client"))
    XCTAssertTrue(catalogue.kinds(inText: "Rules engine").contains("re-ranking"))
  }

  func testWorkNamedAfterItsDataIsTheWork() {
    let mining = catalogue.kinds(inText: "Training data mining")
    XCTAssertTrue(mining.contains("batch-etl"), "\(mining)")
    XCTAssertFalse(mining.contains("data-lake"), "\(mining)")
    let frames = catalogue.kinds(inText: "Frame extraction")
    XCTAssertFalse(frames.contains("object-storage"), "\(frames)")
    // The data alone, or a store named by its head word, stays the data.
    XCTAssertTrue(catalogue.kinds(inText: "Training data").contains("data-lake"))
    XCTAssertTrue(catalogue.kinds(inText: "Prediction log stream").contains("prediction-logging"))
    XCTAssertEqual(WordForms.stem("mining"), "mining")
  }

  func testAStreamOfWhatServingSentIntoAStreamJoinIsLogging() {
    let loop = board(
      [
        ("s", "Model servers", nil), ("q", "Feature queue", "Kafka"), ("j", "Online joiner on Flink", nil),
        ("a", "Mobile app", nil), ("e", "Event queue", "Kafka"), ("k", "Online joiner on Flink 2", nil),
      ],
      [("a", "s", nil), ("s", "q", nil), ("q", "j", nil), ("a", "e", nil), ("e", "k", nil)])
    let reading = BoardReader.read(loop, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("prediction-logging"), "\(reading.boxes[1])")
    // What the app sends into the stream is its events, not what was served.
    XCTAssertFalse(reading.boxes[4].kinds.contains("prediction-logging"), "\(reading.boxes[4])")
  }

  func testAModelServerOfARankingModelIsTheRankingStage() {
    let serving = board(
      [
        ("a", "Short-video app", nil),
        ("s", "Model servers", "score candidate videos with the deep ranking model"),
        ("t", "Model servers 2", "score each request"),
      ],
      [("a", "s", nil), ("s", "a", nil), ("a", "t", nil), ("t", "a", nil)])
    let asked = BoardReader.read(serving, catalogue: catalogue, expected: ["ranking", "candidate-generation"])
    XCTAssertTrue(asked.boxes[1].kinds.contains("ranking"), "\(asked.boxes[1])")
    XCTAssertTrue(asked.boxes[1].kinds.contains("inference-service"), "\(asked.boxes[1])")
    XCTAssertFalse(asked.boxes[2].kinds.contains("ranking"), "\(asked.boxes[2])")
    let generic = BoardReader.read(serving, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(generic.boxes[1].kinds.contains("ranking"), "\(generic.boxes[1])")
  }

  func testImagesNothingFeedsAreTheSourceAndWorkOnThemIsBatchETL() {
    let offline = board(
      [
        ("p", "Product images", nil), ("s", "Image selection", nil), ("i", "Spark job", nil),
        ("b", "GCS bucket", nil), ("j", "Spark job 2", nil),
      ],
      [("p", "s", nil), ("s", "i", nil), ("b", "j", nil)])
    let reading = BoardReader.read(
      offline, catalogue: catalogue, expected: ["data-source", "object-storage", "batch-etl"])
    XCTAssertTrue(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
    XCTAssertTrue(reading.boxes[0].kinds.contains("object-storage"), "\(reading.boxes[0])")
    XCTAssertTrue(reading.boxes[1].kinds.contains("batch-etl"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("object-storage"), "\(reading.boxes[1])")
    // A bucket's name says nothing of where its contents came from.
    XCTAssertFalse(reading.boxes[3].kinds.contains("data-source"), "\(reading.boxes[3])")
    // A selection on the request's way is no batch work: the ad auction stays re-ranking.
    let auction = board(
      [("u", "Shopper opens the app", nil), ("r", "CTR ranking", nil), ("s", "Ad selection", nil)],
      [("u", "r", nil), ("r", "s", nil), ("s", "u", nil)])
    let ads = BoardReader.read(auction, catalogue: catalogue, expected: ["ranking", "re-ranking", "batch-etl"])
    XCTAssertFalse(ads.boxes[2].kinds.contains("batch-etl"), "\(ads.boxes[2])")
  }

  func testTheStoreTheRankerFillsIsTheCacheAndWhatReadsItOnToTheUserReRanks() {
    let feed = board(
      [
        ("c", "Following fan-out", nil), ("w", "Smart feed worker", nil), ("p", "Pin pools in HBase", nil),
        ("g", "Smart feed content generator", nil), ("u", "Pinner opens the home feed", nil),
      ],
      [("c", "w", nil), ("w", "p", nil), ("p", "g", nil), ("g", "u", nil)])
    let reading = BoardReader.read(
      feed, catalogue: catalogue, expected: ["candidate-generation", "ranking", "re-ranking"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("ranking"), "\(reading.boxes[1])")
    XCTAssertTrue(reading.boxes[2].kinds.contains("cache"), "\(reading.boxes[2])")
    XCTAssertTrue(reading.boxes[3].kinds.contains("re-ranking"), "\(reading.boxes[3])")
    XCTAssertFalse(reading.boxes[3].kinds.contains("candidate-generation"), "\(reading.boxes[3])")
    // A box the client calls and the cache answers is the front door, not a re-ranker.
    var called = feed
    called.arrows.append(Arrow(from: "u", to: "g"))
    let api = BoardReader.read(
      called, catalogue: catalogue, expected: ["candidate-generation", "ranking", "re-ranking"])
    XCTAssertFalse(api.boxes[3].kinds.contains("re-ranking"), "\(api.boxes[3])")
  }

  func testAServiceAfterTheFinalRulesIsTheFrontDoor() {
    let feed = board(
      [
        ("c", "Candidate retrieval", nil), ("r", "Feed ranker", nil), ("x", "Re-ranking", nil),
        ("s", "Smart feed service", nil), ("u", "Pinner opens the home feed", nil),
      ],
      [("c", "r", nil), ("r", "x", nil), ("x", "s", nil), ("s", "u", nil)])
    let expected: Set<String> = ["candidate-generation", "ranking", "re-ranking", "api-gateway"]
    let reading = BoardReader.read(feed, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[3].kinds.contains("api-gateway"), "\(reading.boxes[3])")
    XCTAssertFalse(reading.boxes[3].kinds.contains("re-ranking"), "\(reading.boxes[3])")
    // Straight after the ranker, the unread step before the user still applies the final rules.
    var direct = feed
    direct.arrows = [Arrow(from: "c", to: "r"), Arrow(from: "r", to: "s"), Arrow(from: "s", to: "u")]
    let rules = BoardReader.read(direct, catalogue: catalogue, expected: expected)
    XCTAssertTrue(rules.boxes[3].kinds.contains("re-ranking"), "\(rules.boxes[3])")
    XCTAssertFalse(rules.boxes[3].kinds.contains("api-gateway"), "\(rules.boxes[3])")
  }

  func testAnExtractionOnTheRequestsPathEmbedsTheQuery() {
    let query = board(
      [
        ("u", "Shopper takes a photo", nil), ("c", "Category prediction", nil),
        ("x", "Subject detection and feature extraction", nil), ("i", "FAISS index", nil),
        ("d", "Click events", nil), ("f", "Feature extraction", nil), ("t", "Model training", nil),
      ],
      [("u", "c", nil), ("c", "x", nil), ("x", "i", nil), ("d", "f", nil), ("f", "t", nil)])
    let reading = BoardReader.read(query, catalogue: catalogue, expected: ["embedding-service", "vector-index"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("embedding-service"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("batch-etl"), "\(reading.boxes[2])")
    // Off the request's path, feature extraction prepares training data.
    XCTAssertTrue(reading.boxes[5].kinds.contains("batch-etl"), "\(reading.boxes[5])")
  }

  func testWhatNothingFeedsAndFeedsABatchJobIsNoClient() {
    let data = board(
      [
        ("d", "Pins, boards, Pinners and follows", nil), ("c", "Candidate retrieval", nil),
        ("f", "Feature extraction", nil), ("r", "Ranker", nil),
      ],
      [("d", "c", nil), ("d", "f", nil), ("c", "r", nil), ("f", "r", nil)])
    let reading = BoardReader.read(data, catalogue: catalogue, expected: ["candidate-generation", "ranking"])
    XCTAssertFalse(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    XCTAssertTrue(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
  }
}
