// The label placer takes a place beside its own line where no other arrow's parallel line is on
// the label's far side (issue 13: a label between two lines reads as either's): the other side of
// a vertical run, the other side of a horizontal one. `LabelNeighbours` is the grid's answer to
// `LabelPinning`'s question, and errs strict on routed boards.
import XCTest

@testable import MLSDCore

final class RoutingLabelPinnedTests: XCTestCase {
  /// An empty grid (two small boxes far off at opposite corners give it its extent) with the
  /// given paths occupied.
  private func grid(_ paths: [[GridPoint]]) -> RouteGrid {
    var board = Board(title: "t")
    board.boxes = [
      Box(id: "nw", label: "NW", frame: GridRect(x: -20, y: -20, width: 3, height: 3)),
      Box(id: "se", label: "SE", frame: GridRect(x: 60, y: 40, width: 3, height: 3)),
    ]
    var grid = RouteGrid(board: board, frames: [])
    for (a, path) in paths.enumerated() { grid.occupy(ArrowRoute(points: path).cells, arrow: a) }
    return grid
  }

  func testBesideAVerticalRunTheLabelTakesTheSideAwayFromAParallelLine() throws {
    // Arrow 0 down column 10, arrow 1 down column 16: right of arrow 0 (columns 12-14) the label
    // would have arrow 1's line two columns past its end.
    let paths = [
      [GridPoint(x: 10, y: 3), GridPoint(x: 10, y: 20)], [GridPoint(x: 16, y: 3), GridPoint(x: 16, y: 20)],
    ]
    var g = grid(paths)
    let size = LabelSize(width: 3, height: 1)
    let origin = try XCTUnwrap(
      LabelPlacer.place(size: size, cells: ArrowRoute(points: paths[0]).cells, arrow: 0, grid: &g))
    XCTAssertEqual(origin.x, 10 - 1 - 3, "left of its own line, away from arrow 1")
    XCTAssertFalse(LabelNeighbours.isSqueezed(x: origin.x, y: origin.y, size: size, grid: g))
    XCTAssertTrue(LabelNeighbours.isSqueezed(x: 12, y: origin.y, size: size, grid: g))
  }

  func testBesideAHorizontalRunTheLabelTakesTheSideAwayFromAParallelLine() throws {
    // Arrow 0 along row 10, arrow 1 along row 8: the row between them has both lines beside it.
    let paths = [
      [GridPoint(x: 0, y: 10), GridPoint(x: 30, y: 10)], [GridPoint(x: 0, y: 8), GridPoint(x: 30, y: 8)],
    ]
    var g = grid(paths)
    let size = LabelSize(width: 6, height: 1)
    let origin = try XCTUnwrap(
      LabelPlacer.place(size: size, cells: ArrowRoute(points: paths[0]).cells, arrow: 0, grid: &g))
    XCTAssertEqual(origin.y, 11, "below its own line, away from arrow 1")
  }

  func testWithNoPinnedPlaceTheLabelIsStillPlaced() throws {
    // Lines two columns either side of arrow 0's run and one row above and below its ends: every
    // place beside it has another line on its far side, and the label is placed all the same.
    let paths = [
      [GridPoint(x: 10, y: 3), GridPoint(x: 10, y: 12)], [GridPoint(x: 15, y: 0), GridPoint(x: 15, y: 15)],
      [GridPoint(x: 5, y: 0), GridPoint(x: 5, y: 15)],
    ]
    var g = grid(paths)
    let size = LabelSize(width: 2, height: 1)
    XCTAssertNotNil(LabelPlacer.place(size: size, cells: ArrowRoute(points: paths[0]).cells, arrow: 0, grid: &g))
  }

  func testTheGridSeesEverySqueezeTheDrawingHas() {
    // On routed random boards, a label put at places all round the paths: wherever
    // `LabelPinning` finds it squeezed, the grid does too (the grid may see more: it takes an
    // arrow's end cells as running both ways).
    var squeezed = 0
    var compared = 0
    for seed in [5] as [UInt64] {
      let board = LayeredLayout.layout(RenderFixtures.random(seed: seed, count: 24, groups: 2))
      let routed = Diagram(board: board).routes
      let grid = KeptGrid.build(board: board, routes: routed).grid
      var bare = routed
      for i in bare.indices {
        bare[i].label = nil
        bare[i].labelOrigin = nil
      }
      let size = LabelSize(width: 5, height: 2)
      for a in routed.indices where a % 4 == 0 {
        for (k, cell) in routed[a].cells.enumerated() where k % 5 == 0 {
          for (dx, dy) in [(2, 0), (-6, 0), (-2, -2), (-2, 1)] {
            var routes = bare
            routes[a].label = LabelText(lines: ["abcde", "fgh"], isCut: false)
            routes[a].labelOrigin = GridPoint(x: cell.x + dx, y: cell.y + dy)
            let diagram = Diagram(board: board, routes: routes)
            compared += 1
            guard LabelPinning.squeezed(diagram) == [a] else { continue }
            squeezed += 1
            XCTAssertTrue(
              LabelNeighbours.isSqueezed(x: cell.x + dx, y: cell.y + dy, size: size, grid: grid),
              "seed \(seed), arrow \(a), at \(cell.x + dx), \(cell.y + dy)")
          }
        }
      }
    }
    print("squeezed \(squeezed) of \(compared) places")
    XCTAssertGreaterThan(squeezed, 10, "of \(compared) places")
  }
}
