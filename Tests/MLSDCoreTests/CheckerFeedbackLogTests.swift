// A log of what was shown and what users did with it, written by the client or by serving, is the
// feedback log, not a data source: a source has nothing feeding it (docs/CHECKER.md, the
// feedback-log paragraph of "How boxes are read").
import XCTest

@testable import MLSDCore

final class CheckerFeedbackLogTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testALogOfWhatWasShownThatTheClientWritesIsTheFeedbackLog() {
    let board = Fixtures.flow(
      [("app", "Mobile app"), ("log", "Log impressions, likes, purchases from the widget"), ("k", "Kafka")],
      [("app", "log"), ("log", "k")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("prediction-logging"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
  }

  func testWhatNothingFeedsStaysTheSource() {
    // "Clickstream" with nothing feeding it is where the events are born.
    let board = Fixtures.flow([("c", "Clickstream"), ("k", "Kafka")], [("c", "k")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertTrue(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
    XCTAssertFalse(reading.boxes[0].kinds.contains("prediction-logging"), "\(reading.boxes[0])")
    // Nor is a box of users' actions that names nothing shown a log of it, fed by the app or not.
    let fed = Fixtures.flow(
      [("app", "Mobile app"), ("c", "Click events"), ("k", "Kafka")], [("app", "c"), ("c", "k")])
    let events = BoardReader.read(fed, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertFalse(events.boxes[1].kinds.contains("prediction-logging"), "\(events.boxes[1])")
    // A log noun alone names nothing shown: "Interaction logs" the app writes into keep their kind.
    var logs = Fixtures.flow(
      [("app", "Mobile app"), ("c", "Interaction logs"), ("k", "Kafka")], [("app", "c"), ("c", "k")])
    logs.boxes[1].kind = "data-source"
    let declared = BoardReader.read(logs, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertEqual(declared.boxes[1].kinds, ["data-source"], "\(declared.boxes[1])")
  }

  func testALogServingWritesIntoIsNotTheSourceOfTheClientsActions() {
    var board = Board(title: "T")
    for (id, label) in [
      ("page", "Watch page"), ("r", "Ranking service"), ("logs", "Served recommendations and feedback"),
      ("lake", "Warehouse"),
    ] {
      board.boxes.append(Box(id: id, label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    }
    board.arrows = [
      Arrow(from: "page", to: "logs", label: "impressions, clicks, watch time"), Arrow(from: "r", to: "logs"),
      Arrow(from: "logs", to: "lake"), Arrow(from: "page", to: "r"), Arrow(from: "r", to: "page"),
    ]
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[2].kinds.contains("prediction-logging"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("data-source"), "\(reading.boxes[2])")
  }
}
