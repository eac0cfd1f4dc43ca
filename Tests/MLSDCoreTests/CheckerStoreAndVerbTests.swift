// How people write stores and steps: a table that the batch scoring fills and the request side
// reads is the cache of precomputed results (and the API in front of it the gateway), events "in"
// a technology are the events and the stream they live in, and an order that starts with a verb
// of making data ("Build ... pairs"), or a builder of data ("Pair builder"), is the job that
// prepares it.
import XCTest

@testable import MLSDCore

final class CheckerStoreAndVerbTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testATableTheBatchScoringFillsAndTheRequestSideReadsIsTheCache() {
    let served = Fixtures.flow(
      [
        ("cand", "Candidate generation"), ("rank", "Nightly ranker"), ("t", "Recommendations table"),
        ("api", "Recs API"), ("app", "Mobile app"),
      ],
      [("cand", "rank"), ("rank", "t"), ("t", "api"), ("app", "api"), ("api", "app")])
    let reading = BoardReader.read(served, catalogue: catalogue, expected: ["ranking", "cache"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("cache"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("client"), "\(reading.boxes[2])")
    XCTAssertTrue(reading.boxes[3].kinds.contains("api-gateway"), "\(reading.boxes[3])")
    // A table the scores go into on their way to training is no cache.
    var logged = served
    logged.boxes.append(Box(id: "train", label: "Train the ranker", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    logged.arrows = [Arrow(from: "cand", to: "rank"), Arrow(from: "rank", to: "t"), Arrow(from: "t", to: "train")]
    XCTAssertFalse(
      BoardReader.read(logged, catalogue: catalogue, expected: ["ranking"]).boxes[2].kinds.contains("cache"))
    // Nor is a box whose head word names no store.
    var named = served
    named.boxes[2].label = "Recommendations"
    XCTAssertFalse(
      BoardReader.read(named, catalogue: catalogue, expected: ["ranking"]).boxes[2].kinds.contains("cache"))
  }

  func testEventsInATechnologyAreTheEventsAndTheirStream() {
    for label in ["Purchase events in Kinesis", "Click and like events in Kafka"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("data-source"), "'\(label)': \(kinds)")
      XCTAssertTrue(kinds.contains("stream-ingestion"), "'\(label)': \(kinds)")
    }
    // After a store's name, the technology stays a qualifier: the feature store, not a cache.
    XCTAssertFalse(catalogue.kinds(inText: "Feast online store on Redis").contains("cache"))
    // "in" before words as written in a sentence is no place: the box is in the app.
    XCTAssertEqual(
      KindRecognizer.headIndex(of: "Search box in the app", words: AliasMatcher.words("Search box in the app")), 4)
    XCTAssertEqual(KindRecognizer.headIndex(of: "Events in Kafka", words: AliasMatcher.words("Events in Kafka")), 0)
  }

  func testAnOrderToBuildDataIsTheJobThatPreparesIt() {
    for label in ["Build positive and negative pairs", "Make training examples", "Prepare labelled data"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("batch-etl"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("data-lake"), "'\(label)': \(kinds)")
    }
    // Building an index is not preparing data; a builder is no order.
    XCTAssertFalse(catalogue.kinds(inText: "Build FAISS index").contains("batch-etl"))
    XCTAssertFalse(catalogue.kinds(inText: "Query builder").contains("batch-etl"))
    // "training" inside the name "training pairs" is no verb of another kind's work.
    XCTAssertEqual(catalogue.kinds(inText: "Make training pairs"), ["batch-etl"])
  }

  func testABuilderOfDataIsTheJobThatPreparesIt() {
    for label in ["Pair builder", "Training data builder", "Training set generator", "Training example builder"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("batch-etl"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("data-lake"), "'\(label)': \(kinds)")
    }
    // A builder of anything but data, or of nothing named, is not that job.
    for label in ["Query builder", "Model builder", "Index builder", "Candidate generator"] {
      XCTAssertFalse(catalogue.kinds(inText: label).contains("batch-etl"), label)
    }
  }
}
