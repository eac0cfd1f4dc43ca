// A missing flow names what is drawn: the boxes, or the arrow, read as each end, so that a
// finding about a kind nobody drew as a box says which box or arrow the checker took for it; and a
// flow whose end has no box at all is one finding with that component's, not a second one (the
// user tester's ad board and feed board, ux16).
import XCTest

@testable import MLSDCore

final class CheckerFlowNamesTests: XCTestCase {
  let library = Fixtures.library

  func board(_ template: String, _ boxes: [(String, String, String?)], _ arrows: [(String, String, String?)]) -> Board {
    var board = Board(title: "T", template: template)
    for (id, label, detail) in boxes {
      board.boxes.append(Box(id: id, label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1, label: $0.2) }
    return board
  }

  func findings(_ board: Board) -> [Finding] {
    Checker.check(board, template: library.template(board.template ?? ""), catalogue: library.catalogue).findings
  }

  /// An ad board whose scorer never reaches a log, the log of clicks the app writes standing in.
  func adBoard(scorer: Bool) -> Board {
    var boxes: [(String, String, String?)] = [
      ("app", "Phone app", nil), ("srv", "Ad server", nil), ("cand", "Ad candidates", nil),
      ("logs", "Impression and click logs", "event logs"), ("kafka", "Event stream", "Kafka"),
      ("wh", "Ad warehouse", "Hive"), ("etl", "Daily feature ETL", "Spark"), ("off", "Offline feature store", nil),
      ("on", "Online features", "Redis"), ("train", "CTR trainer", "DCN v2"), ("reg", "Model registry", "MLflow"),
    ]
    var arrows: [(String, String, String?)] = [
      ("app", "srv", nil), ("srv", "cand", nil), ("app", "logs", "impressions, clicks, hides"), ("logs", "kafka", nil),
      ("kafka", "wh", nil), ("wh", "etl", nil), ("etl", "off", nil), ("etl", "on", nil), ("off", "train", nil),
      ("train", "reg", nil),
    ]
    if scorer {
      boxes.append(("rank", "CTR ranker", nil))
      arrows += [("cand", "rank", nil), ("on", "rank", nil), ("reg", "rank", nil), ("rank", "srv", "top ads")]
    }
    return board("ad-click-prediction", boxes, arrows)
  }

  func testAFlowBetweenTwoDrawnKindsNamesTheBoxesReadAsEachEnd() throws {
    let all = findings(adBoard(scorer: true))
    let flow = try XCTUnwrap(
      all.first { $0.message.hasPrefix("no flow from Ranking to Prediction and feature logging") })
    XCTAssertTrue(flow.message.contains("'CTR ranker' is read as Ranking"), flow.message)
    // The log is a box the reader took for the kind: the message says which.
    let logging = try XCTUnwrap(
      Checker.graph(
        adBoard(scorer: true), template: library.template("ad-click-prediction"), catalogue: library.catalogue
      )
      .boxes(ofAny: ["prediction-logging"]).first)
    let label = try XCTUnwrap(adBoard(scorer: true).boxes.first { $0.id == logging }?.label)
    XCTAssertTrue(flow.message.contains("'\(label)' is read as Prediction and feature logging"), flow.message)
  }

  func testAFlowFromAKindNoBoxIsReadAsIsOneFindingWithItsComponent() {
    let all = findings(adBoard(scorer: false))
    let messages = all.map(\.message)
    XCTAssertFalse(messages.contains { $0.hasPrefix("no flow from Ranking") }, "\(messages)")
    XCTAssertFalse(messages.contains { $0.hasPrefix("no flow") && $0.hasSuffix("Ranking") }, "\(messages)")
    let ranking = all.filter { $0.message.hasPrefix("missing component: Ranking") }
    XCTAssertEqual(ranking.count, 1, "\(messages)")
    XCTAssertTrue(ranking[0].hint.contains("Ranking → Prediction and feature logging"), ranking[0].hint)
  }

  func testAnArrowReadAsAComponentIsNamedAsTheArrow() throws {
    let feed = board(
      "news-feed",
      [
        ("app", "Phone app", nil), ("bus", "Event bus", "Kafka"), ("off", "Offline feature store", nil),
        ("on", "Online feature store", nil), ("rank", "Ranker", nil),
      ],
      [("app", "bus", "likes, comments"), ("bus", "off", nil), ("on", "rank", nil), ("rank", "app", nil)])
    let flow = try XCTUnwrap(
      findings(feed).first { $0.message.hasPrefix("no flow from Stream processing to Online feature store") })
    XCTAssertTrue(
      flow.message.contains("the arrow 'Event bus → Offline feature store' is read as Stream processing"), flow.message)
    XCTAssertTrue(flow.message.contains("'Online feature store' is read as Online feature store"), flow.message)
    XCTAssertEqual(flow.hint.hasSuffix("Connect them with arrows (through other boxes is fine)."), true)
  }

  func testEachEndNamesAtMostTwoBoxesAndCountsTheRest() {
    var sources = board("news-feed", [("a", "Clicks", nil), ("b", "Views", nil), ("c", "Likes", nil)], [])
    for i in sources.boxes.indices { sources.boxes[i].kind = "data-source" }
    let graph = Checker.graph(sources, template: library.template("news-feed"), catalogue: library.catalogue)
    XCTAssertEqual(FlowRules.drawn(["data-source"], graph), "'Clicks', 'Views' and 1 more are read as Data source")
    sources.boxes.removeLast()
    let two = Checker.graph(sources, template: library.template("news-feed"), catalogue: library.catalogue)
    XCTAssertEqual(FlowRules.drawn(["data-source"], two), "'Clicks' and 'Views' are read as Data source")
  }
}
