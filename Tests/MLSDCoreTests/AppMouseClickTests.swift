// A click never moves anything: a press and a release at one cell, or with no motion report
// between them, only selects, whatever the view did; a press does not scroll the view; a drag
// whose release never came ends with the next press, key or paste, or when the window loses the
// focus, and what it moved goes back.
import XCTest

@testable import MLSDCore

final class AppMouseClickTests: XCTestCase {
  /// A group (Offline) of two boxes 50 rows apart, taller than an 80x24 window, and a box alone.
  static let board = Board(
    title: "Tall group",
    boxes: [
      Box(id: "lake", label: "Data lake", frame: GridRect(x: 4, y: 20, width: 12, height: 3)),
      Box(id: "store", label: "Feature store", frame: GridRect(x: 4, y: 70, width: 16, height: 3)),
      Box(id: "api", label: "API", frame: GridRect(x: 40, y: 4, width: 9, height: 3)),
    ],
    groups: [Group(id: "offline", title: "Offline", boxIDs: ["lake", "store"])])

  /// The app at 80x24 scrolled so that the group's title is on the tenth row of the canvas.
  func tallGroupApp() throws -> (AppHarness, x: Int, y: Int) {
    var app = AppHarness(board: Self.board, width: 80, height: 24)
    app.state.selection = nil
    let frame = try XCTUnwrap(GroupFrame.frames(of: app.state.board).first)
    app.state.scroll = GridPoint(x: 0, y: frame.rect.y - 9)
    let area = app.state.canvasArea
    let x = area.x + frame.titleColumns.lowerBound + 2 - app.state.scroll.x
    let y = area.y + frame.rect.y - app.state.scroll.y
    return (app, x, y)
  }

  func click(_ app: inout AppHarness, _ x: Int, _ y: Int, at time: Double) {
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: time)))
    app.send(.mouse(MouseEvent(.release, x: x, y: y, time: time + 0.05)))
  }

  /// The screen cell of a board cell.
  func screen(_ app: AppHarness, _ point: GridPoint) -> (x: Int, y: Int) {
    let area = app.state.canvasArea
    return (point.x - app.state.scroll.x + area.x, point.y - app.state.scroll.y + area.y)
  }

  func testAClickOnATallGroupsTitleSelectsItWithoutScrollingOrMovingIt() throws {
    var (app, x, y) = try tallGroupApp()
    let scroll = app.state.scroll
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    XCTAssertEqual(app.state.selection, .group("offline", anchor: nil))
    XCTAssertEqual(app.state.scroll, scroll, "the press does not scroll the view")
    app.send(.mouse(MouseEvent(.release, x: x, y: y, time: 1.05)))
    XCTAssertEqual(app.state.board, Self.board, "a click moves nothing")
    XCTAssertEqual(app.state.history.past.count, 0)
    XCTAssertFalse(app.state.isDirty)
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1.2)))
    XCTAssertEqual(app.state.mode, .label(.groupTitle("offline"), TextField("Offline")), "a double-click renames")
    XCTAssertEqual(app.state.board, Self.board)
  }

  func testAReleaseAtThePressCellIsAClickEvenWhenTheViewScrolledBetween() throws {
    var (app, x, y) = try tallGroupApp()
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.drag, x: x + 2, y: y + 1, time: 1.1)))
    XCTAssertNotEqual(app.state.board, Self.board, "the premise: the drag moves the group live")
    app.state.scroll.y += 16
    app.send(.mouse(MouseEvent(.release, x: x, y: y, time: 1.2)))
    XCTAssertEqual(app.state.board, Self.board, "back at the press cell: a click, the group goes back")
    XCTAssertEqual(app.state.history.past.count, 0)
    XCTAssertNil(app.state.drag)
  }

  func testAReleaseWithNoMotionBeforeItMovesNothing() {
    var app = AppHarness(board: Self.board)
    let api = Self.board.boxes[2].frame
    let (x, y) = screen(app, GridPoint(x: api.x + 2, y: api.y + 1))
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.release, x: x + 6, y: y + 3, time: 1.1)))
    XCTAssertEqual(app.state.selectedBoxID, "api")
    XCTAssertEqual(app.state.board, Self.board, "no motion report: not a drag")
    // The same with a motion report in between moves the box.
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 3)))
    app.send(.mouse(MouseEvent(.drag, x: x + 3, y: y + 1, time: 3.1)))
    app.send(.mouse(MouseEvent(.release, x: x + 6, y: y + 3, time: 3.2)))
    XCTAssertEqual(app.state.board.box("api")?.frame.x, api.x + 6)
    XCTAssertEqual(app.state.board.box("api")?.frame.y, api.y + 3)
    XCTAssertEqual(app.state.history.past.count, 1)
  }

  func testAClickOnABoxAtTheBottomEdgeNeitherScrollsNorNudgesIt() {
    var app = AppHarness(board: Self.board, width: 80, height: 24)
    let lake = Self.board.boxes[0].frame
    // Only the box's top row shows, on the canvas's last row.
    app.state.scroll = GridPoint(x: 0, y: lake.y - app.state.canvasArea.height + 1)
    let scroll = app.state.scroll
    let (x, y) = screen(app, GridPoint(x: lake.x + 3, y: lake.y))
    XCTAssertEqual(y, app.state.canvasArea.y + app.state.canvasArea.height - 1, "the premise: the canvas's last row")
    click(&app, x, y, at: 1)
    XCTAssertEqual(app.state.selectedBoxID, "lake")
    XCTAssertEqual(app.state.scroll, scroll)
    XCTAssertEqual(app.state.board, Self.board)
    XCTAssertFalse(app.state.isDirty)
    // A key that selects still brings the box into view.
    app.press(.char("k"), .char("j"))
    XCTAssertEqual(app.state.selectedBoxID, "lake")
    XCTAssertNotEqual(app.state.scroll, scroll, "keys follow the selection as before")
  }

  func testDraggingATallGroupMovesItWithThePointerWithoutScrolling() throws {
    var (app, x, y) = try tallGroupApp()
    let scroll = app.state.scroll
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.drag, x: x, y: y + 1, time: 1.1)))
    app.send(.mouse(MouseEvent(.drag, x: x, y: y + 2, time: 1.2)))
    app.send(.mouse(MouseEvent(.release, x: x, y: y + 2, time: 1.3)))
    XCTAssertEqual(app.state.scroll, scroll)
    XCTAssertEqual(app.state.board.box("lake")?.frame.y, 22, "two rows, as the pointer went")
    XCTAssertEqual(app.state.board.box("store")?.frame.y, 72)
    XCTAssertEqual(app.state.message?.text, "Moved the group Offline (u undoes)")
  }

  /// A press on API and two motion reports, with no release: the drag is armed and API has moved.
  func armedDrag() -> AppHarness {
    var app = AppHarness(board: Self.board)
    let api = Self.board.boxes[2].frame
    let (x, y) = screen(app, GridPoint(x: api.x + 2, y: api.y + 1))
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.drag, x: x + 4, y: y + 1, time: 1.1)))
    app.send(.mouse(MouseEvent(.drag, x: x + 8, y: y + 2, time: 1.2)))
    XCTAssertNotEqual(app.state.board.box("api")?.frame, api, "the premise: the box moves live")
    return app
  }

  func testEscAfterALostReleasePutsTheBoxBackAndTheNextClickMovesNothing() {
    var app = armedDrag()
    app.press(.escape)
    XCTAssertNil(app.state.drag)
    XCTAssertEqual(app.state.board, Self.board, "Esc ends the drag; the box goes back")
    app.press(.char("j"))
    let empty = screen(app, GridPoint(x: 60, y: 30))
    click(&app, empty.x, empty.y, at: 60)
    XCTAssertEqual(app.state.board, Self.board, "a later click moves nothing")
    XCTAssertEqual(app.state.history.past.count, 0)
    XCTAssertFalse(app.state.isDirty)
  }

  func testAnyKeyEndsAPendingDragAndSaysSo() {
    var app = armedDrag()
    app.press(.char("j"))
    XCTAssertNil(app.state.drag)
    XCTAssertEqual(app.state.board.box("api")?.frame, Self.board.boxes[2].frame)
    XCTAssertEqual(app.state.history.past.count, 0)
  }

  func testAPasteEndsAPendingDrag() {
    var app = armedDrag()
    app.send(.paste("Kafka"))
    XCTAssertEqual(app.state.board.box("api")?.frame, Self.board.boxes[2].frame)
  }

  func testTheWindowLosingFocusEndsAPendingDragAndSaysSo() {
    var app = armedDrag()
    app.send(.focusLost)
    XCTAssertNil(app.state.drag)
    XCTAssertEqual(app.state.board, Self.board, "the box goes back")
    XCTAssertEqual(app.state.history.past.count, 0)
    XCTAssertEqual(app.state.message?.text, "The mouse drag had no release: what it moved went back")
    // The release let go in the other window never comes; a later click moves nothing.
    let empty = screen(app, GridPoint(x: 60, y: 30))
    click(&app, empty.x, empty.y, at: 60)
    XCTAssertEqual(app.state.board, Self.board)
    XCTAssertFalse(app.state.isDirty)
  }

  func testTheWindowLosingFocusWithNoDragChangesNothing() {
    var app = AppHarness(board: Self.board)
    let message = app.state.message
    app.send(.focusLost)
    XCTAssertEqual(app.state.message, message)
    XCTAssertEqual(app.state.board, Self.board)
  }

  func testAPressWithoutAReleaseEndsTheEarlierDragWithoutMovingAnything() {
    var app = armedDrag()
    let empty = screen(app, GridPoint(x: 60, y: 30))
    app.send(.mouse(MouseEvent(.press, x: empty.x, y: empty.y, time: 5)))
    XCTAssertEqual(app.state.board, Self.board, "the new press ends the old drag; the box goes back")
    app.send(.mouse(MouseEvent(.release, x: empty.x, y: empty.y, time: 5.1)))
    XCTAssertEqual(app.state.board, Self.board)
    XCTAssertEqual(app.state.history.past.count, 0)
    XCTAssertNil(app.state.selection, "the click on empty canvas selects nothing")
  }

  func testAPendingConnectDragEndsWithoutAnArrow() {
    var app = AppHarness(board: Self.board)
    let api = Self.board.boxes[2].frame
    let lake = Self.board.boxes[0].frame
    let border = screen(app, GridPoint(x: api.x, y: api.y + 1))
    let target = screen(app, GridPoint(x: lake.x + 2, y: lake.y + 1))
    app.send(.mouse(MouseEvent(.press, x: border.x, y: border.y, time: 1)))
    app.send(.mouse(MouseEvent(.drag, x: target.x, y: target.y, time: 1.1)))
    app.press(.escape)
    app.send(.mouse(MouseEvent(.release, x: target.x, y: target.y, time: 2)))
    XCTAssertEqual(app.state.board.arrows, [], "the release after Esc belongs to no drag")
  }
}
