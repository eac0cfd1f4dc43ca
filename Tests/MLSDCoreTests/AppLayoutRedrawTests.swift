// Right after `L` the app draws the board as the same board opened afresh draws it: the same
// routes, labels and loose labels. `L` moves every box, so no route of the drawing before it can
// stand; a routing after an edit makes one pass (no room made for labels), and the board drawn so
// cut a label ("approve / block" as "app…") and routed arrows otherwise than reopening the saved
// file did (`Diagram.keepsNoRoute`: such an edit is routed as a board opened is).
import XCTest

@testable import MLSDCore

final class AppLayoutRedrawTests: XCTestCase {
  /// The references with their boxes where a plain left-to-right layout puts them: boards `L`
  /// lays out again.
  private func boards() -> [Board] {
    ["generic-ml-pipeline", "video-recommendation", "harmful-content-detection"].compactMap { id in
      Fixtures.library.template(id).map { LayeredLayout.layout($0.referenceBoard(), direction: .leftToRight) }
    }
  }

  func testTheBoardAfterLDrawsAsTheSameBoardReopened() {
    for board in boards() {
      var app = AppHarness(board: board, width: 120, height: 40)
      app.send(.tick(1))
      app.press(.char("L"))
      XCTAssertNotEqual(app.state.board, board, "\(board.title): L moved the boxes")
      app.send(.tick(2))
      var reopened = AppHarness(board: app.state.board, width: 120, height: 40)
      reopened.send(.tick(1))
      let (shown, fresh) = (app.state.layer.diagram, reopened.state.layer.diagram)
      XCTAssertEqual(shown.routes, fresh.routes, board.title)
      XCTAssertEqual(shown.drawnRoutes, fresh.drawnRoutes, board.title)
      XCTAssertEqual(shown.labelNotes, fresh.labelNotes, board.title)
      XCTAssertTrue(app.state.layer.cornersSettled, board.title)
    }
  }

  /// Only an edit that moves an end of every arrow routes afresh: moving one box keeps the
  /// other routes.
  func testAnEditKeepingSomeRouteIsRoutedByDifference() throws {
    let board = try XCTUnwrap(boards().first)
    var moved = board
    moved.boxes[0].frame.x += 2
    XCTAssertFalse(Diagram.keepsNoRoute(moved, previous: board))
    var all = board
    for i in all.boxes.indices { all.boxes[i].frame.y += 1 }
    XCTAssertTrue(Diagram.keepsNoRoute(all, previous: board))
  }
}
