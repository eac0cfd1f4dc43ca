// Issue 13 (user tester): after `L` a label was drawn left of column 0 ("/10/10 split ▼"), where
// the app cannot scroll to it. A label stays on the board: from column 0 and row 0 on, or from
// the boxes' own top left where the board itself starts further out.
import XCTest

@testable import MLSDCore

final class LabelOnBoardTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int, _ w: Int, _ h: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: w, height: h))
  }

  /// A vertical arrow at the board's left edge whose right side is taken by a box: the only
  /// place beside its run is left of it, off the board.
  private func edgeBoard(dx: Int = 0) -> Board {
    var board = Board(title: "t")
    board.boxes = [box("a", dx, 0, 9, 3), box("b", dx, 12, 9, 3), box("c", dx + 9, 0, 20, 15)]
    board.arrows = [Arrow(from: "a", to: "b", label: "split")]
    return board
  }

  func testLabelBesideARunAtTheLeftEdgeStaysOnTheBoard() throws {
    let diagram = Diagram(board: edgeBoard())
    let route = diagram.drawnRoutes[0]
    let origin = try XCTUnwrap(route.labelOrigin, "drawn somewhere")
    XCTAssertGreaterThanOrEqual(origin.x, 0)
    XCTAssertGreaterThanOrEqual(origin.y, 0)
    XCTAssertGreaterThanOrEqual(try XCTUnwrap(diagram.bounds).minX, 0)
    XCTAssertTrue(TextRenderer.render(diagram, charset: .unicode).contains("split"))
  }

  func testBoardStartingRightOfColumnZeroStillLetsTheLabelGoLeft() throws {
    // The same arrow 10 columns in: left of its run is on the board, and the label may go there.
    let diagram = Diagram(board: edgeBoard(dx: 10))
    let origin = try XCTUnwrap(diagram.routes[0].labelOrigin)
    XCTAssertLessThan(origin.x, 10, "beside its run, left of it")
    XCTAssertGreaterThanOrEqual(origin.x, 0)
  }
}
