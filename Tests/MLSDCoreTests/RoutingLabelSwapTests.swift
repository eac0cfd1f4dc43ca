// A label of several lines whose only room beside its line is taken by another arrow's label
// gets that room when the other label finds a place beside its own line.
import XCTest

@testable import MLSDCore

final class RoutingLabelSwapTests: XCTestCase {
  /// Two horizontal arrows one above the other; the lower arrow's label was written right
  /// under the upper arrow's line, where the upper arrow's two-line label must go.
  private func setUp(otherLabel: String) -> (Board, [ArrowRoute]) {
    func box(_ id: String, _ x: Int, _ y: Int) -> Box {
      Box(id: id, label: id, frame: GridRect(x: x, y: y, width: 10, height: 3))
    }
    let board = Board(
      title: "swap", boxes: [box("a", 0, 0), box("b", 40, 0), box("c", 0, 6), box("d", 40, 6)],
      arrows: [
        Arrow(from: "a", to: "b", label: "served scores joined with clicks"),
        Arrow(from: "c", to: "d", label: otherLabel),
      ])
    let routes = [
      ArrowRoute(points: [GridPoint(x: 10, y: 1), GridPoint(x: 39, y: 1)]),
      ArrowRoute(points: [GridPoint(x: 10, y: 7), GridPoint(x: 39, y: 7)], labelOrigin: GridPoint(x: 12, y: 3)),
    ]
    return (board, routes)
  }

  func testTheOtherLabelMovesBesideItsOwnLine() throws {
    let (board, start) = setUp(otherLabel: "twenty-four columns long")
    var routes = start
    var grid = KeptGrid.build(board: board, routes: routes).grid
    let size = try XCTUnwrap(LabelPlacer.text(board.arrows[0].label)).size
    XCTAssertEqual(size, LabelSize(width: 20, height: 2))
    XCTAssertTrue(
      Router.displace(
        size: size, arrow: 0, labelSizes: board.arrows.map { LabelPlacer.text($0.label)?.size }, routes: &routes,
        grid: &grid, within: nil))
    let mine = size.rect(at: try XCTUnwrap(routes[0].labelOrigin))
    let theirs = LabelSize(width: 24, height: 1).rect(at: try XCTUnwrap(routes[1].labelOrigin))
    // Both beside their own lines (the row right under or over it), apart from each other.
    XCTAssertEqual(mine.minY, 2)
    XCTAssertTrue([6, 8].contains(theirs.minY), "\(theirs)")
    XCTAssertFalse(mine.insetBy(dx: -1, dy: 0).intersects(theirs))
    // The grid holds the labels where they now are.
    XCTAssertTrue(grid.isLabelled(x: mine.minX, y: mine.maxY))
    XCTAssertFalse(grid.isLabelled(x: 12, y: 3) && !mine.contains(GridPoint(x: 12, y: 3)))
  }

  func testNothingMovesWhenTheOtherLabelFindsNoPlace() throws {
    // The drawing may not grow past row 5: the lower arrow's label has no place left beside its line.
    let (board, start) = setUp(otherLabel: "twenty-four columns long")
    var routes = start
    var grid = KeptGrid.build(board: board, routes: routes).grid
    let before = grid
    let size = try XCTUnwrap(LabelPlacer.text(board.arrows[0].label)).size
    let within = GridRect(x: -5, y: -5, width: 60, height: 11)
    XCTAssertFalse(
      Router.displace(
        size: size, arrow: 0, labelSizes: board.arrows.map { LabelPlacer.text($0.label)?.size }, routes: &routes,
        grid: &grid, within: within))
    XCTAssertEqual(routes, start)
    XCTAssertEqual(grid.labels, before.labels)
  }
}
