// Opening a board whose file lists a box from the middle of the drawing first: the selection
// starts at the topmost, leftmost box, so the canvas (which follows the selection) shows the
// drawing's top-left corner and no box cut in half.
import XCTest

@testable import MLSDCore

final class AppStartSelectionTests: XCTestCase {
  /// Listed first: a box far down and right; the drawing's top-left box is listed last.
  static func board() -> Board {
    var board = Board(title: "Listed out of order")
    board.boxes = [
      Box(id: "middle", label: "Ranking model", frame: GridRect(x: 150, y: 60, width: 18, height: 3)),
      Box(id: "right", label: "Feature cache", frame: GridRect(x: 90, y: 1, width: 18, height: 3)),
      Box(id: "corner", label: "Event stream", frame: GridRect(x: 4, y: 1, width: 16, height: 3)),
    ]
    return board
  }

  func testTheTopmostLeftmostBoxIsSelectedAndTheCanvasStartsAtTheTopLeft() {
    var app = AppHarness(board: Self.board(), width: 120, height: 40)
    app.send(.resize(width: 120, height: 40))
    XCTAssertEqual(app.state.selection, .box("corner"))
    XCTAssertEqual(app.state.scroll, GridPoint(x: 0, y: 0))
    let screen = app.screen
    XCTAssertTrue(screen.contains("Event stream"), screen)
    XCTAssertFalse(screen.contains("Ranking model"), "the box listed first is off screen, not scrolled to")
  }

  func testALoadedBoardStartsAtItsTopLeftToo() {
    var app = AppHarness(width: 120, height: 40)
    app.send(.loaded(Self.board(), path: "b.yaml", stamp: nil))
    XCTAssertEqual(app.state.selection, .box("corner"))
    XCTAssertTrue(app.screen.contains("Event stream"))
  }

  func testTiesInTheTopRowGoToTheLeftmost() {
    XCTAssertEqual(Selection.start(of: Self.board()), .box("corner"))
    XCTAssertNil(Selection.start(of: Board(title: "empty")))
  }
}
