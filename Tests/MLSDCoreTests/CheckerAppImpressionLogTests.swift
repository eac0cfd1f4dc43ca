// The app's own log of what it showed: a stream, a source or the lake that the client writes its
// impressions into and that reaches training through data preparation is also prediction logging,
// when no other box or arrow logs (docs/CHECKER.md, "Second roles"; FACTS.md: "impressions and
// clicks logged back as training data").
import XCTest

@testable import MLSDCore

final class CheckerAppImpressionLogTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  /// A concert-recommendation design whose only log is the stream the app writes into.
  func design(appSays: String = "impressions, taps, ticket buys", extra: [(String, String)] = []) -> Board {
    var board = Board(title: "Concerts", template: "event-recommendation")
    for (id, label, detail) in [
      ("app", "Phone app", "concerts near you"), ("api", "Recs API", nil), ("pick", "Concert filter", "city, dates"),
      ("rank", "Ranker", "GBDT, P(buy)"), ("feats", "Online feature store", "Redis"),
      ("bus", "Activity stream", "Kinesis"), ("wh", "Warehouse", "Snowflake"),
      ("prep", "Training set builder", "Spark, as-of joins"), ("train", "Trainer", "GBDT"),
      ("reg", "Model registry", nil), ("mon", "Monitoring", "Grafana"), ("cat", "Concerts DB", "MySQL"),
    ] as [(String, String, String?)] {
      board.boxes.append(Box(id: id, label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    }
    for (id, label) in extra {
      board.boxes.append(Box(id: id, label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    }
    board.arrows = [
      Arrow(from: "app", to: "api"), Arrow(from: "api", to: "pick"), Arrow(from: "cat", to: "pick"),
      Arrow(from: "pick", to: "rank"), Arrow(from: "feats", to: "rank"), Arrow(from: "rank", to: "app"),
      Arrow(from: "app", to: "bus", label: appSays), Arrow(from: "bus", to: "wh"), Arrow(from: "cat", to: "wh"),
      Arrow(from: "wh", to: "prep"), Arrow(from: "prep", to: "train"), Arrow(from: "train", to: "reg"),
      Arrow(from: "reg", to: "rank"), Arrow(from: "rank", to: "mon"),
    ]
    return board
  }

  func kinds(_ board: Board, _ id: String) -> Set<String> {
    let graph = Checker.graph(board, template: library.template("event-recommendation"), catalogue: catalogue)
    let i = board.boxes.firstIndex { $0.id == id }!
    return graph.kinds(ofBoxAt: i)
  }

  func findings(_ board: Board) -> [String] {
    Checker.check(board, template: library.template("event-recommendation"), catalogue: catalogue).findings.map {
      $0.message
    }
  }

  func testTheStreamTheAppWritesItsImpressionsIntoClosesTheLoop() {
    let board = design()
    XCTAssertEqual(kinds(board, "bus"), ["stream-ingestion", "prediction-logging"])
    let report = Checker.check(board, template: library.template("event-recommendation"), catalogue: catalogue)
    let messages = report.findings.map(\.message)
    XCTAssertFalse(messages.contains { $0.contains("never reach training") }, "\(messages)")
    XCTAssertFalse(messages.contains { $0.hasPrefix("no flow") && $0.contains("Prediction") }, "\(messages)")
    // It has no features of what served, so the log of them is still asked for, as a warning
    // that names the stream standing in.
    let named = report.findings.filter { $0.message.hasPrefix("missing component: Prediction and feature logging") }
    XCTAssertEqual(named.map(\.severity), [.warning])
    XCTAssert(named.first?.message.contains("'Activity stream' stands in") == true, "\(messages)")
  }

  func testNothingShownIsNoLogOfIt() {
    // Taps and purchases alone are what users did, not what the app showed them.
    let board = design(appSays: "taps, ticket buys")
    XCTAssertFalse(kinds(board, "bus").contains("prediction-logging"))
    XCTAssert(findings(board).contains { $0.contains("never reach training") })
  }

  func testADrawnLogKeepsTheRole() {
    var board = design(extra: [("log", "Impression log")])
    board.arrows += [Arrow(from: "rank", to: "log"), Arrow(from: "log", to: "wh")]
    XCTAssertEqual(kinds(board, "bus"), ["stream-ingestion"])
    XCTAssert(kinds(board, "log").contains("prediction-logging"))
  }

  func testAStreamThatNeverReachesTrainingLogsNothingForIt() {
    var board = design()
    board.arrows.removeAll { $0.from == "bus" && $0.to == "wh" }
    board.arrows.append(Arrow(from: "bus", to: "mon"))
    XCTAssertFalse(kinds(board, "bus").contains("prediction-logging"))
  }
}
