// The app draws what `mlsd render` draws: its board at full boxes, its compact boxes and its fit
// to window all go through the corner pass (`Diagram.clearOfCorners`) the command gives the
// drawing it prints. The first frame is the routing alone (it appears at once); the pass comes
// after, off the main loop in the terminal (`pendingCorners`), on a tick without one.
import XCTest

@testable import MLSDCore

final class AppCornerPassTests: XCTestCase {
  /// The references whose routing touches a corner and whose corner pass takes the walled routing.
  static let cleared: [Board] = Fixtures.library.templates.map { $0.referenceBoard() }.filter {
    Diagram(board: $0).clearOfCorners().routes != Diagram(board: $0).routes
  }

  static func touches(_ diagram: Diagram) -> Int {
    Diagram.cornerTouches(diagram.routes, frames: GroupFrame.frames(of: diagram.board))
  }

  static func touchesAndTitles(_ diagram: Diagram) -> Int {
    touches(diagram) + Diagram.titleTouches(diagram.routes, frames: GroupFrame.frames(of: diagram.board))
  }

  func testSomeReferencesAreClearedByThePass() {
    XCTAssertFalse(Self.cleared.isEmpty, "a reference whose drawing the pass changes")
  }

  func testTheBoardAtFullBoxesIsRenderedDrawingAfterATick() throws {
    for board in Self.cleared {
      var app = AppHarness(board: board, width: 160, height: 45)
      let rendered = Diagram(board: board).clearOfCorners()
      XCTAssertEqual(app.state.layer.routes, Diagram(board: board).routes, "the first frame: the routing alone")
      XCTAssertFalse(app.state.layer.cornersSettled, board.title)
      XCTAssertNil(app.state.pendingCorners, "no runner: the tick makes the pass")
      app.send(.tick(1))
      XCTAssertEqual(app.state.layer.routes, rendered.routes, "\(board.title): what mlsd render draws")
      XCTAssertTrue(app.state.layer.cornersSettled)
      // The pass clears corners (or, `Diagram.clearOfTitles`, as many and fewer title cells), or
      // keeps apart arrows that shared a head or takes heads off other lines (`SharedArrowheads`).
      let shown = app.state.layer.diagram
      let before = Diagram(board: board)
      XCTAssertTrue(
        Self.touchesAndTitles(shown) < Self.touchesAndTitles(before)
          || SharedArrowheads.sharing(shown).count < SharedArrowheads.sharing(before).count
          || SharedArrowheads.onLines(shown) < SharedArrowheads.onLines(before), board.title)
      // The next tick routes nothing again.
      let routes = app.state.layer.routes
      app.send(.tick(2))
      XCTAssertEqual(app.state.layer.routes, routes)
    }
  }

  func testTheRunnerMakesThePassOffTheMainLoopAndAStaleOneIsDropped() throws {
    let board = try XCTUnwrap(Self.cleared.first)
    var app = AppHarness(board: board, width: 160, height: 45)
    app.state.fitsInBackground = true
    app.send(.tick(1))
    XCTAssertEqual(app.state.layer.routes, Diagram(board: board).routes, "a tick leaves it to the runner")
    let request = try XCTUnwrap(app.state.pendingCorners)
    let done = request.make()
    // The board changes while the pass is made: its answer is for another drawing.
    app.state.edit { $0.boxes[0].frame.x += 40 }
    let routesAfterEdit = app.state.layer.routes
    XCTAssertFalse(app.state.receiveCorners(done), "made for the board before the edit")
    XCTAssertEqual(app.state.layer.routes, routesAfterEdit)
    // Undone: the drawing the pass was made for is shown again, and its answer is taken.
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, board)
    XCTAssertTrue(app.state.receiveCorners(done))
    XCTAssertEqual(app.state.layer.routes, Diagram(board: board).clearOfCorners().routes)
    XCTAssertNil(app.state.pendingCorners, "settled")
  }

  func testAnEditThatRoutesNothingNearACornerAsksForNoPass() throws {
    let board = try XCTUnwrap(Self.cleared.first)
    var app = AppHarness(board: board, width: 160, height: 45)
    app.send(.tick(1))
    XCTAssertTrue(app.state.layer.cornersSettled)
    let routes = app.state.layer.routes
    // Renaming a box to a shorter label moves nothing and re-routes nothing.
    app.rename("Renamed")
    XCTAssertEqual(app.state.layer.routes, routes)
    XCTAssertTrue(app.state.layer.cornersSettled)
  }

  func testCompactBoxesAreDrawnAfterThePass() throws {
    var changed = 0
    for template in Fixtures.library.templates {
      let board = template.referenceBoard()
      var app = AppHarness(board: board, width: 160, height: 45)
      app.send(.tick(1))
      app.press(.char("z"))
      XCTAssertEqual(app.state.zoom, .compact)
      let routed = Diagram(board: ZoomDrawing.compactInPlace(board))
      XCTAssertEqual(app.state.zoomDrawing?.diagram.routes, routed.routes, "z shows the routing at once")
      app.send(.tick(2))
      let drawing = try XCTUnwrap(app.state.zoomDrawing)
      XCTAssertEqual(drawing.diagram.routes, routed.clearOfCorners().routes, "\(board.title): after a tick")
      if drawing.diagram.routes != routed.routes {
        changed += 1
        XCTAssertTrue(
          Self.touches(drawing.diagram) < Self.touches(routed)
            || SharedArrowheads.sharing(drawing.diagram).count < SharedArrowheads.sharing(routed).count, board.title)
      }
    }
    XCTAssertGreaterThan(changed, 0, "the pass changes some reference's compact drawing")
  }

  func testTheRunnerMakesTheCompactDrawingsPassFirst() throws {
    // A reference whose compact drawing the pass changes.
    let board = try XCTUnwrap(
      Fixtures.library.templates.map { $0.referenceBoard() }.first {
        let compact = Diagram(board: ZoomDrawing.compactInPlace($0))
        return compact.clearOfCorners().routes != compact.routes
      })
    var app = AppHarness(board: board, width: 160, height: 45)
    app.state.fitsInBackground = true
    app.press(.char("z"))
    let compact = try XCTUnwrap(app.state.zoomDrawing).diagram
    let request = try XCTUnwrap(app.state.pendingCorners)
    XCTAssertEqual(request.diagram.board, compact.board, "the drawing shown first")
    app.state.receiveCorners(request.make())
    XCTAssertEqual(app.state.zoomDrawing?.diagram.routes, compact.clearOfCorners().routes)
    XCTAssertNil(app.state.pendingCorners, "the board's waits for a pause in the input")
    app.send(.tick(AppState.cornerPassPause))
    XCTAssertEqual(app.state.pendingCorners?.diagram.board, app.state.board, "then the board's")
  }

  func testTheFitToWindowIsDrawnAfterThePass() throws {
    let board = try XCTUnwrap(Fixtures.library.template("news-feed")).referenceBoard()
    let chosen = ScreenFit.choose(board, columns: 116, rows: 43)
    let fitted = ScreenFit.fit(board, columns: 116, rows: 43)
    XCTAssertEqual(fitted.diagram.routes, chosen.diagram.clearOfCorners().routes)
    XCTAssertEqual(fitted.fits, chosen.fits)
    XCTAssertEqual(fitted.layout, chosen.layout)
  }
}
