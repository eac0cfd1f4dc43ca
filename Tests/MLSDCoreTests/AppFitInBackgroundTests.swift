import XCTest

@testable import MLSDCore

/// The fitted zoom made off the main loop (as the terminal runner does): the tick leaves it to the
/// runner, keys go on meanwhile, and a drawing made for another board or window is dropped.
final class AppFitInBackgroundTests: XCTestCase {
  private func fittingApp() -> AppHarness {
    var app = AppHarness(board: AppZoomTests.wideBoard(), width: 120, height: 40)
    app.state.fitsInBackground = true
    app.press(.char("z"), .char("z"))
    return app
  }

  func testTheTickLeavesTheFitToTheRunnerAndTheStatusLineSaysItIsBeingMade() {
    var app = fittingApp()
    XCTAssertFalse(app.state.hasSlowTickWork, "the runner draws no extra frame: nothing slow happens on the tick")
    app.send(.tick(1))
    XCTAssertNotNil(app.state.pendingFit, "still wanted after a tick")
    XCTAssertEqual(app.state.zoomDrawing?.zoom, .compact, "the compact view stays until the fit is made")
    app.press(.char("t"))
    XCTAssertTrue(
      app.screen.contains("zoom: fitting…"), "a key's message does not hide that a fit is on its way:\n\(app.screen)")
  }

  func testTheFitMadeForTheBoardAndWindowIsShown() throws {
    var app = fittingApp()
    let request = try XCTUnwrap(app.state.pendingFit)
    app.state.receiveFit(request.make())
    XCTAssertNil(app.state.pendingFit)
    XCTAssertEqual(app.state.zoomDrawing?.zoom, .fit)
    XCTAssertEqual(app.state.zoomDrawing?.fits, true)
    let screen = app.screen
    XCTAssertTrue(screen.contains("zoom: fit"), screen)
    XCTAssertFalse(screen.contains("fitting…"), screen)
    for box in AppZoomTests.wideBoard().boxes { XCTAssertTrue(screen.contains(box.label), box.label) }
  }

  func testAFitThatArrivesAfterZoomingInIsDropped() throws {
    var app = fittingApp()
    let request = try XCTUnwrap(app.state.pendingFit)
    app.press(.char("z"))
    XCTAssertEqual(app.state.zoom, .full)
    XCTAssertNil(app.state.pendingFit)
    app.state.receiveFit(request.make())
    XCTAssertEqual(app.state.zoom, .full)
    XCTAssertNil(app.state.zoomDrawing, "full boxes draw the board itself")
  }

  func testAFitForAnotherWindowSizeIsDroppedAndTheNewSizeIsAskedFor() throws {
    var app = fittingApp()
    let old = try XCTUnwrap(app.state.pendingFit)
    app.send(.resize(width: 160, height: 45))
    let new = try XCTUnwrap(app.state.pendingFit)
    XCTAssertNotEqual(old, new)
    app.state.receiveFit(old.make())
    XCTAssertEqual(app.state.pendingFit, new, "the stale drawing is not shown; the current size is still wanted")
    app.state.receiveFit(new.make())
    XCTAssertNil(app.state.pendingFit)
    XCTAssertEqual(app.state.zoomDrawing?.columns, app.state.canvasArea.width)
  }

  func testAResizeOnceFittedAsksForANewFitInsteadOfMakingIt() throws {
    var app = fittingApp()
    app.state.receiveFit(try XCTUnwrap(app.state.pendingFit).make())
    let shown = app.state.zoomDrawing
    app.send(.resize(width: 100, height: 30))
    XCTAssertNotNil(app.state.pendingFit, "the new window's fit is made off the main loop too")
    XCTAssertEqual(app.state.zoomDrawing?.columns, shown?.columns, "the old drawing stays until then")
    XCTAssertTrue(app.screen.contains("zoom: fitting…"), app.screen)
  }
}
