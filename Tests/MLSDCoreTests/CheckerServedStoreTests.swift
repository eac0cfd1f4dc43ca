// A store that only serving writes into keeps what was served: "Score history" after the fraud
// scorer and "Search history" after the search front end are the prediction logs that training
// and monitoring read, whatever their head word says of history. A lake that the data also
// fills stays the lake.
import XCTest

@testable import MLSDCore

final class CheckerServedStoreTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testAHintAtServingBeforeAStoreSaysWhatIsKept() {
    for label in ["Score history", "Scores history", "Prediction archive"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertFalse(kinds.contains("inference-service"), "'\(label)': \(kinds)")
    }
    // Not before a head word that does work.
    XCTAssertTrue(catalogue.kinds(inText: "Scoring service").contains("inference-service"))
    XCTAssertTrue(catalogue.kinds(inText: "Fraud scorer").contains("inference-service"))
  }

  func testAStoreOnlyServingWritesIntoIsThePredictionLog() {
    let fraud = Fixtures.flow(
      [
        ("reg", "Model registry"), ("app", "Checkout"), ("s", "Fraud scorer"), ("h", "Score history"),
        ("mon", "Dashboards"), ("lake", "S3 lake"),
      ],
      [("reg", "s"), ("app", "s"), ("s", "app"), ("s", "h"), ("h", "mon"), ("h", "lake")])
    let reading = BoardReader.read(fraud, catalogue: catalogue, expected: ["inference-service", "prediction-logging"])
    XCTAssertEqual(reading.boxes[3].kinds, ["prediction-logging"], "\(reading.boxes[3])")
    // With the scorer gone, its history is not taken for the scorer.
    var removed = fraud
    removed.boxes.remove(at: 2)
    removed.arrows.removeAll { $0.from == "s" || $0.to == "s" }
    let read = BoardReader.read(removed, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(read.boxes[2].kinds.contains("inference-service"), "\(read.boxes[2])")
  }

  func testWhatTheFrontEndLogsFeedsTheJobThatBuildsPairs() {
    let search = Fixtures.flow(
      [
        ("app", "Search page"), ("fe", "Search front end"), ("h", "Search history"), ("p", "Pair builder"),
        ("t", "Train both towers"),
      ],
      [("app", "fe"), ("fe", "h"), ("h", "p"), ("p", "t")])
    let reading = BoardReader.read(search, catalogue: catalogue, expected: ["prediction-logging", "batch-etl"])
    XCTAssertEqual(reading.boxes[2].kinds, ["prediction-logging"], "\(reading.boxes[2])")
    XCTAssertEqual(reading.boxes[3].kinds, ["batch-etl"], "\(reading.boxes[3])")
  }

  func testWhatTheFrontDoorLogsIsThePredictionLog() {
    let board = Fixtures.flow(
      [
        ("app", "Mobile app"), ("api", "Recs API"), ("r", "Ranker"), ("log", "Event log"), ("k", "Kafka"),
        ("lake", "Hive"),
      ],
      [("app", "api"), ("api", "r"), ("r", "api"), ("api", "log"), ("log", "k"), ("k", "lake")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertEqual(reading.boxes[3].kinds, ["prediction-logging"], "\(reading.boxes[3])")
    // A stream named by its technology stays the stream.
    XCTAssertFalse(reading.boxes[4].kinds.contains("prediction-logging"), "\(reading.boxes[4])")
    // The same log that nothing feeds is where events are born, a data source.
    let born = Fixtures.flow([("log", "Event log"), ("k", "Kafka")], [("log", "k")])
    let read = BoardReader.read(born, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertTrue(read.boxes[0].kinds.contains("data-source"), "\(read.boxes[0])")
  }

  func testALakeTheDataAlsoFillsStaysTheLake() {
    let lake = Fixtures.flow(
      [("k", "Kafka"), ("j", "Nightly scoring job"), ("h", "Hive history"), ("t", "Training job")],
      [("k", "h"), ("j", "h"), ("h", "t")])
    let reading = BoardReader.read(lake, catalogue: catalogue, expected: ["prediction-logging", "batch-prediction"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("data-lake"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("prediction-logging"), "\(reading.boxes[2])")
  }
}
