// RouteMemo: a fresh routing is kept by what it reads (the boxes' ids and frames, the arrows,
// the groups and the routing's settings), so the same board is not routed twice, and a board
// that differs in any of those is routed afresh.

import XCTest

@testable import MLSDCore

final class RoutingMemoTests: XCTestCase {
  private func board(targetX: Int = 40, label: String? = nil) -> Board {
    Board(
      title: "memo",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: 0, y: 10, width: 8, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: targetX, y: 10, width: 8, height: 3)),
        Box(id: "c", label: "C", frame: GridRect(x: 20, y: 0, width: 8, height: 3)),
        Box(id: "d", label: "D", frame: GridRect(x: 20, y: 20, width: 8, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b", label: label), Arrow(from: "c", to: "d")])
  }

  private func key(_ board: Board, budget: Int = Router.workBudget, remembering: Bool = true) -> RouteMemo.Key {
    RouteMemo.Key(board, budget: budget, rerouting: true, remembering: remembering)
  }

  func testTheSameKeyIsRoutedOnceAndADifferentOneAgain() {
    let memo = ProcessMemo<RouteMemo.Key, Router.Result>(capacity: 32)
    var made = 0
    func route(_ key: RouteMemo.Key) -> Router.Result {
      memo.value(key) {
        made += 1
        return Router.Result(routes: [], rerouted: [])
      }
    }
    _ = route(key(board()))
    _ = route(key(board()))
    XCTAssertEqual(made, 1, "the same board and settings were routed twice")
    var retitled = board()
    retitled.title = "another title"
    retitled.boxes[0].label = "Another label"
    _ = route(key(retitled))
    XCTAssertEqual(made, 1, "the title and box labels are not read by the router")
    _ = route(key(board(targetX: 44)))
    XCTAssertEqual(made, 2, "a moved box must be routed afresh")
    _ = route(key(board(label: "events")))
    XCTAssertEqual(made, 3, "an arrow with another label must be routed afresh")
    _ = route(key(board(), budget: 100))
    XCTAssertEqual(made, 4, "another budget must be routed afresh")
    _ = route(key(board(), remembering: false))
    XCTAssertEqual(made, 5, "other settings must be routed afresh")
  }

  func testAKeptRoutingIsTheOneARoutingAfreshFinds() {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    guard let template = library.template("news-feed") else { return XCTFail("no news-feed template") }
    let board = LayeredLayout.layout(template.reference)
    let first = Router.route(board)
    let kept = Router.route(board)
    RouteMemo.forget()
    let fresh = Router.route(board)
    XCTAssertEqual(kept.routes, first.routes)
    XCTAssertEqual(fresh.routes, first.routes)
    XCTAssertEqual(fresh.reusedSearches, first.reusedSearches)
    var moved = board
    moved.boxes[0].frame.x += 3
    XCTAssertNotEqual(Router.route(moved).routes, first.routes, "a moved box got the routing kept for the old board")
  }
}
