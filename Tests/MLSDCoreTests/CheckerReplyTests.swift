// The answer goes back along the request: a client that calls a service with no arrow drawn back
// still gets its answer, and what it does next ("suggestions shown, accepts" into a log that the
// dashboards read) follows from what serving sent, so the dashboards watch serving.
import XCTest

@testable import MLSDCore

final class CheckerReplyTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func monitored(_ board: Board) -> Bool {
    let graph = BoardGraph(board: board, catalogue: catalogue)
    return PitfallRules.checks(graph).first(where: { $0.rule == RuleID.pitfallNoMonitoring.rawValue })?.passed ?? false
  }

  private let drawn: [(String, String)] = [
    ("app", "Mobile app"), ("api", "Suggestions API"), ("kv", "Redis cache"), ("job", "Nightly scoring job"),
    ("log", "Impressions and outcomes log"), ("lake", "Data lake"), ("dash", "Dashboards"),
  ]

  func testTheReplyGoesBackAlongTheRequest() {
    let board = Fixtures.flow(
      drawn, [("app", "api"), ("api", "kv"), ("job", "kv"), ("app", "log"), ("log", "lake"), ("lake", "dash")])
    XCTAssertTrue(monitored(board))
    let graph = BoardGraph(board: board, catalogue: catalogue)
    XCTAssertEqual(
      graph.ids(of: graph.reachableWithReply(from: ["job"])), ["job", "kv", "api", "app", "log", "lake", "dash"])
    // A flow between drawn boxes still needs its arrows: the reply is no arrow of the board.
    XCTAssertFalse(graph.flows(from: ["batch-prediction"], to: ["prediction-logging"]))
  }

  func testNoReplyWithoutAServiceTheClientCalls() {
    // The app only writes to its log: nothing it calls answers it, so nothing serving sends
    // reaches the dashboards.
    let board = Fixtures.flow(
      drawn, [("api", "kv"), ("job", "kv"), ("app", "log"), ("log", "lake"), ("lake", "dash")])
    XCTAssertFalse(monitored(board))
    // Nor does the reply invent an arrow into a store the client writes to.
    let graph = BoardGraph(board: board, catalogue: catalogue)
    XCTAssertFalse(graph.flows(from: ["prediction-logging"], to: ["client"]))
  }
}
