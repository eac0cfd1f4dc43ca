// Two arrows into the same box end at cells of their own in the drawing shown when the side has
// room (issue 13: one arrowhead drawn for two arrows reads as one arrow arriving), and
// `SharedArrowheads` counts the arrows whose paths end in the same cell.
import XCTest

@testable import MLSDCore

final class RoutingSharedHeadTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int, _ width: Int = 10, _ height: Int = 3) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: width, height: height))
  }

  /// A above C, B left of the gap between them: B's arrow meets A's line on its way into C's top
  /// side (the places of generic-ml-pipeline's sources, event bus and data lake).
  private func board() -> Board {
    var board = Board(title: "t")
    board.boxes = [box("a", 3, 1, 26, 4), box("b", 2, 9, 16, 4), box("c", 22, 19, 14, 4)]
    board.arrows = [Arrow(from: "a", to: "c"), Arrow(from: "b", to: "c")]
    return board
  }

  func testTwoArrowsIntoOneSideEndInCellsOfTheirOwnInTheDrawingShown() {
    // The drawing shown (`clearOfCorners`, as `mlsd render` and the exports): the layout's
    // candidates still share heads, the shown routing keeps them apart.
    XCTAssertEqual(SharedArrowheads.sharing(Diagram(board: board())), [0, 1])
    let diagram = Diagram(board: board()).clearOfCorners()
    let heads = diagram.routes.compactMap(\.cells.last)
    XCTAssertEqual(heads.count, 2)
    XCTAssertNotEqual(heads.first, heads.last, "\(diagram.routes.map(\.points))")
    XCTAssertEqual(SharedArrowheads.sharing(diagram), [])
  }

  func testArrowsEndingInOneCellAreCounted() {
    // Three arrows into C: A's and B's made to end in the same cell, D's elsewhere.
    var board = board()
    board.boxes.append(box("d", 50, 19))
    board.arrows.append(Arrow(from: "d", to: "c"))
    let routes = [
      ArrowRoute(points: [GridPoint(x: 23, y: 5), GridPoint(x: 23, y: 18)]),
      ArrowRoute(points: [GridPoint(x: 18, y: 11), GridPoint(x: 23, y: 11), GridPoint(x: 23, y: 18)]),
      ArrowRoute(points: [GridPoint(x: 49, y: 21), GridPoint(x: 36, y: 21)]),
    ]
    XCTAssertEqual(SharedArrowheads.sharing(Diagram(board: board, routes: routes)), [0, 1])
  }
}
