// Incremental re-routing: after an edit, Diagram.update(to:) re-routes only the arrows of the
// boxes that changed and those whose old path the edit now blocks.

import XCTest

@testable import MLSDCore

final class RoutingIncrementalTests: XCTestCase {
  let board = LayeredLayout.layout(RenderFixtures.pipeline())

  func testFreshDiagramRoutesEverything() {
    let diagram = Diagram(board: board)
    XCTAssertEqual(diagram.reroutedArrows, Array(board.arrows.indices))
  }

  func testUnchangedBoardReroutesNothing() {
    var diagram = Diagram(board: board)
    let before = diagram.routes
    diagram.update(to: board)
    XCTAssertEqual(diagram.reroutedArrows, [])
    XCTAssertEqual(diagram.routes, before)
  }

  func testMovingABoxReroutesOnlyItsArrows() throws {
    var diagram = Diagram(board: board)
    var moved = board
    let index = try XCTUnwrap(moved.boxIndex("monitor"))
    let bottom = try XCTUnwrap(board.bounds).maxY
    moved.boxes[index].frame.y = bottom + 10
    diagram.update(to: moved)
    XCTAssertEqual(Set(diagram.reroutedArrows), Set(board.arrowIndices(touching: "monitor")))
    RoutingPropertyTests.check(moved)
  }

  func testMovingABoxOntoAnArrowReroutesThatArrowToo() throws {
    var diagram = Diagram(board: board)
    // The arrow from the registry to inference; drop the client box onto the middle of its path.
    let victim = try XCTUnwrap(board.arrows.firstIndex { $0.from == "registry" && $0.to == "inference" })
    let cells = diagram.routes[victim].cells
    let middle = cells[cells.count / 2]
    var moved = board
    let client = try XCTUnwrap(moved.boxIndex("client"))
    moved.boxes[client].frame.x = middle.x - 1
    moved.boxes[client].frame.y = middle.y - 1
    diagram.update(to: moved)
    let expected = Set(board.arrowIndices(touching: "client")).union([victim])
    XCTAssertTrue(expected.isSubset(of: Set(diagram.reroutedArrows)))
    // Others whose path ran under the new spot are re-routed as well, but nothing else.
    let frame = moved.boxes[client].frame
    for i in diagram.reroutedArrows where !expected.contains(i) {
      let old = Diagram(board: board).routes[i].cells
      XCTAssertTrue(old.contains { frame.contains($0) }, "arrow \(i) re-routed without cause")
    }
    XCTAssertFalse(diagram.routes[victim].cells.contains { frame.contains($0) })
  }

  func testDeletingABoxKeepsTheOtherRoutes() {
    var diagram = Diagram(board: board)
    var edited = board
    edited.removeBox("monitor")
    let kept = board.arrows.indices.filter { board.arrows[$0].from != "monitor" && board.arrows[$0].to != "monitor" }
    let before = kept.map { Diagram(board: board).routes[$0].points }
    diagram.update(to: edited)
    XCTAssertEqual(diagram.reroutedArrows, [])
    XCTAssertEqual(diagram.routes.map(\.points), before)
  }

  func testAddingAnArrowRoutesOnlyIt() {
    var diagram = Diagram(board: board)
    var edited = board
    edited.arrows.append(Arrow(from: "db", to: "monitor", label: "audit"))
    diagram.update(to: edited)
    XCTAssertEqual(diagram.reroutedArrows, [edited.arrows.count - 1])
  }
}
