// A group frame's title is not for arrows: the router never crosses its cells, nor the frame
// line's dash between the corner and it, so that a title reads "┌┄ Title" and never "┌│ Title".

import XCTest

@testable import MLSDCore

final class RoutingTitleTests: XCTestCase {
  /// A box in a titled group, another outside it.
  private func board() -> Board {
    Board(
      title: "Titled",
      boxes: [
        Box(id: "a", label: "Outside", frame: GridRect(x: 0, y: 0, width: 11, height: 3)),
        Box(id: "b", label: "Ranking service", frame: GridRect(x: 4, y: 10, width: 30, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b")],
      groups: [Group(id: "g", title: "Prediction pipeline", boxIDs: ["b"])])
  }

  /// For the drawing shown (corners walled), the title's columns and the dash before them are
  /// walls, the line past them a frame line like any; the searches' grid walls the title's
  /// columns only, as before (their drawings, and so the layouts they choose, are unchanged).
  func testTheDashBeforeATitleIsWalledForTheDrawingShown() throws {
    let board = board()
    let frame = try XCTUnwrap(GroupFrame.frames(of: board).first)
    let r = frame.rect
    XCTAssertEqual(frame.titleCells, (r.minX + 1)..<frame.titleColumns.upperBound)
    XCTAssertLessThan(frame.titleCells.upperBound, r.maxX, "the frame is wider than its title")
    let walled = RouteGrid(board: board, frames: [frame], cornerWalls: true)
    let open = RouteGrid(board: board, frames: [frame])
    func kind(_ grid: RouteGrid, _ x: Int) -> CellKind? { grid.index(x: x, y: r.minY).map { grid.kind[$0] } }
    for x in frame.titleCells { XCTAssertEqual(kind(walled, x), .title, "column \(x)") }
    XCTAssertEqual(kind(walled, frame.titleCells.upperBound), .frame)
    XCTAssertEqual(kind(open, r.minX + 1), .frame)
    for x in frame.titleColumns { XCTAssertEqual(kind(open, x), .title, "column \(x)") }
    XCTAssertTrue(
      GroupFrame.frames(of: Board(title: "x", boxes: board.boxes, groups: [Group(id: "g", title: "", boxIDs: ["b"])]))[
        0
      ].titleCells.isEmpty)
  }

  /// Routed with the walls, an arrow from a box above the frame's left end enters the frame
  /// past its title.
  func testAnArrowFromAboveTheTitleEntersPastIt() throws {
    let board = board()
    let result = Router.route(board, cornerWalls: true)
    let frame = try XCTUnwrap(GroupFrame.frames(of: board).first)
    XCTAssertEqual(Self.onTitles(result.routes, frames: [frame]), [])
    XCTAssertFalse(result.routes[0].cells.isEmpty)
  }

  /// The references as drawn (`mlsd render`, corners cleared): the walled routing, which never
  /// crosses a title's dash, is taken for a title however many bends it adds (visual-search's
  /// "┌│ Indexing pipeline" is gone); where it crosses more arrows or loses a label the touch
  /// stays (measured: 4 cells in people-you-may-know, similar-listings, video-recommendation;
  /// 5 with visual-search's before).
  func testReferencesDrawFewArrowsOnATitle() {
    var titled = 0
    var touched: [String] = []
    for template in Fixtures.library.templates {
      let diagram = Diagram(board: template.referenceBoard()).clearOfCorners()
      let frames = GroupFrame.frames(of: diagram.board)
      titled += frames.filter { !$0.title.isEmpty }.count
      touched += Self.onTitles(diagram.routes, frames: frames).map { "\(template.id) \($0)" }
      if template.id == "visual-search" { XCTAssertEqual(Self.onTitles(diagram.routes, frames: frames), []) }
    }
    XCTAssertGreaterThan(titled, 10)
    XCTAssertLessThanOrEqual(touched.count, 4, "\(touched)")
  }

  /// Route cells (of routes found by a search) on a frame's title cells, as "x,y".
  static func onTitles(_ routes: [ArrowRoute], frames: [GroupFrame]) -> [String] {
    var out: [String] = []
    for route in routes where !route.isSimple {
      for cell in route.cells {
        for frame in frames where cell.y == frame.rect.minY && frame.titleCells.contains(cell.x) {
          out.append("\(cell.x),\(cell.y)")
        }
      }
    }
    return out
  }
}
