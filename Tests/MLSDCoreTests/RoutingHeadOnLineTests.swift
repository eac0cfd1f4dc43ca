// An arrowhead is never drawn on another arrow's line in the drawing shown when a route exists
// without: the cell an arrow ends in (in front of its target's side) is the arrow's own, and `LayoutQuality` counts
// the heads that are not ("heads on lines" in Benchmarks/quality.sh).
import XCTest

@testable import MLSDCore

final class RoutingHeadOnLineTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: 8, height: 3))
  }

  /// P → Q runs straight along the row just above T (their middle rows are T's top row minus
  /// one); A, far above T, comes down into T's top, across that row. P → Q is the shorter arrow,
  /// so it is routed first.
  private func board() -> Board {
    Board(
      title: "heads",
      boxes: [box("p", 0, 8), box("q", 40, 8), box("t", 20, 10), box("a", 20, -40)],
      arrows: [Arrow(from: "p", to: "q"), Arrow(from: "a", to: "t")])
  }

  func testAnArrowheadIsNotDrawnOnAPassingLine() throws {
    // The layout's candidates may end on a line (walling them there moved the references'
    // layouts); the drawing shown (`clearOfCorners`, as `mlsd render` and the exports) does not.
    XCTAssertEqual(LayoutQuality(Diagram(board: board())).headsOnLines, 1)
    for diagram in [Diagram(board: board()).clearOfCorners()] {
      let routes = diagram.routes
      XCTAssertEqual(routes.count, 2)
      let head = try XCTUnwrap(routes[1].cells.last)
      XCTAssertFalse(routes[0].cells.contains { $0 == head }, "\(routes.map(\.points))")
      XCTAssertEqual(LayoutQuality(diagram).headsOnLines, 0, "\(routes.map(\.points))")
      XCTAssertEqual(LayoutQuality(diagram).throughBoxes, 0)
    }
  }

  func testALineThroughAnotherArrowsHeadIsCounted() {
    // A → T made to end on P → Q's line (the routing before heads were kept clear).
    let routes = [
      ArrowRoute(points: [GridPoint(x: 8, y: 9), GridPoint(x: 39, y: 9)]),
      ArrowRoute(points: [GridPoint(x: 24, y: -37), GridPoint(x: 24, y: 9)]),
    ]
    let quality = LayoutQuality(Diagram(board: board(), routes: routes))
    XCTAssertEqual(quality.headsOnLines, 1)
    XCTAssertEqual(quality.crossings, 0, "a head on a line is no crossing")
  }

  func testArrowsSharingOneHeadAreNotCountedAsOnALine() {
    // Two arrows into T ending in one cell: one head for both, counted by SharedArrowheads.
    var board = board()
    board.arrows.append(Arrow(from: "p", to: "t"))
    let routes = [
      ArrowRoute(points: [GridPoint(x: 8, y: 9), GridPoint(x: 39, y: 9)]),
      ArrowRoute(points: [
        GridPoint(x: 30, y: -37), GridPoint(x: 30, y: 3), GridPoint(x: 24, y: 3), GridPoint(x: 24, y: 8),
      ]),
      ArrowRoute(points: [GridPoint(x: 4, y: 7), GridPoint(x: 4, y: 3), GridPoint(x: 24, y: 3), GridPoint(x: 24, y: 8)]
      ),
    ]
    XCTAssertEqual(LayoutQuality(Diagram(board: board, routes: routes)).headsOnLines, 0)
  }
}
