// A stream named as such ("Kafka") that a source's events and the ranker's logged predictions both
// go into carries them: the arrow whose label says it logs the predictions is the log, and the
// stream stays the stream. A stream only serving writes into, or one the ranker's unlabelled
// arrow enters, is still read as the log.
import XCTest

@testable import MLSDCore

final class CheckerSharedStreamTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }
  let expected: Set<String> = ["stream-ingestion", "prediction-logging", "ranking", "data-source"]

  func board(sourceFeedsIt: Bool, label: String?) -> Board {
    var board = Fixtures.flow(
      [
        ("app", "App events"), ("rank", "Ranking service"), ("kafka", "Kafka"), ("lake", "Delta Lake"),
        ("train", "Nightly training"),
      ],
      [("kafka", "lake"), ("lake", "train")])
    board.arrows.append(Arrow(from: "rank", to: "kafka", label: label))
    if sourceFeedsIt { board.arrows.append(Arrow(from: "app", to: "kafka")) }
    return board
  }

  func testTheLoggedArrowIsTheLogAndTheSharedStreamStaysTheStream() {
    let reading = BoardReader.read(
      board(sourceFeedsIt: true, label: "impressions, scores"), catalogue: catalogue, expected: expected)
    let kafka = reading.boxes[2]
    XCTAssertTrue(kafka.kinds.contains("stream-ingestion"), "\(kafka)")
    XCTAssertFalse(kafka.kinds.contains("prediction-logging"), "\(kafka)")
    XCTAssertTrue(reading.arrows.contains { $0.kind == "prediction-logging" }, "\(reading.arrows)")
  }

  func testAStreamOnlyServingWritesIntoOrAnUnlabelledArrowLeavesTheLogOnTheStream() {
    // Only the ranker writes into it: the stream is its prediction log.
    let only = BoardReader.read(
      board(sourceFeedsIt: false, label: "impressions, scores"), catalogue: catalogue, expected: expected)
    XCTAssertTrue(only.boxes[2].kinds.contains("prediction-logging"), "\(only.boxes[2])")
    // No label says what the ranker writes: the stream is where the log is.
    let unlabelled = BoardReader.read(board(sourceFeedsIt: true, label: nil), catalogue: catalogue, expected: expected)
    XCTAssertTrue(unlabelled.boxes[2].kinds.contains("prediction-logging"), "\(unlabelled.boxes[2])")
  }
}
