// ux22's smaller mouse and panel findings: a clicked arrow is named on the status line as Tab
// names it; the wheel scrolls what is on top (the help, an open palette's list), not the board
// behind it; the Palette tab has one heading per category; `:practice` says how to practise.
import XCTest

@testable import MLSDCore

final class AppMouseOnTopTests: XCTestCase {
  static let board = Board(
    title: "Two boxes",
    boxes: [
      Box(id: "events", label: "Event stream", frame: GridRect(x: 2, y: 2, width: 16, height: 3)),
      Box(id: "store", label: "Feature store", frame: GridRect(x: 40, y: 2, width: 16, height: 3)),
    ],
    arrows: [Arrow(from: "events", to: "store", label: "clicks")])

  func wheel(_ app: inout AppHarness, down: Bool, x: Int = 10, y: Int = 10) {
    app.send(.mouse(MouseEvent(down ? .wheelDown : .wheelUp, x: x, y: y, time: 1)))
  }

  func testAClickedArrowIsNamedOnTheStatusLine() throws {
    var app = AppHarness(board: Self.board)
    let area = app.state.canvasArea
    // A cell of the arrow's line that no box covers.
    let cell = try XCTUnwrap(
      (0..<area.height).lazy.flatMap { y in (0..<area.width).lazy.map { GridPoint(x: $0, y: y) } }
        .first { app.state.arrowIndex(at: $0) == 0 && app.state.box(at: $0) == nil })
    let x = cell.x - app.state.scroll.x + area.x
    let y = cell.y - app.state.scroll.y + area.y
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.release, x: x, y: y, time: 1.05)))
    XCTAssertEqual(app.state.selection, .arrow(0, anchor: "events"))
    XCTAssertEqual(
      app.state.message?.text, "Arrow Event stream → Feature store: Enter labels, R reverses, x deletes, Esc back")
  }

  func testTheWheelScrollsTheHelpAndAClickClosesIt() {
    var app = AppHarness(board: Self.board)
    app.press(.char("?"))
    XCTAssertTrue(app.state.showHelp)
    let scroll = app.state.scroll
    wheel(&app, down: true)
    wheel(&app, down: true)
    XCTAssertEqual(app.state.helpScroll, 6, "three lines a notch")
    XCTAssertEqual(app.state.scroll, scroll, "the board behind does not move")
    wheel(&app, down: false)
    XCTAssertEqual(app.state.helpScroll, 3)
    // Past the end the wheel stops; one notch up then moves at once.
    let last = HelpView.lastScroll(screenWidth: app.state.screenWidth, screenHeight: app.state.screenHeight)
    XCTAssertGreaterThan(last, 6)
    for _ in 0..<(last / 3 + 5) { wheel(&app, down: true) }
    XCTAssertEqual(app.state.helpScroll, last)
    wheel(&app, down: false)
    XCTAssertEqual(app.state.helpScroll, last - 3)
    app.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
    XCTAssertEqual(app.state.helpScroll, last, "keys stop at the end too")
    XCTAssertTrue(app.state.showHelp)
    app.send(.mouse(MouseEvent(.press, x: 10, y: 10, time: 2)))
    XCTAssertFalse(app.state.showHelp)
    XCTAssertEqual(app.state.selection, Selection.start(of: Self.board), "the closing click selects nothing")
  }

  func testTheWheelOverTheAddPaletteMovesItsListNotTheBoard() {
    var app = AppHarness(board: Self.board)
    app.press(.char("a"))
    let scroll = app.state.scroll
    wheel(&app, down: true)
    wheel(&app, down: true)
    XCTAssertEqual(app.state.mode, .palette(query: TextField(), index: 2))
    wheel(&app, down: false)
    XCTAssertEqual(app.state.mode, .palette(query: TextField(), index: 1))
    XCTAssertEqual(app.state.scroll, scroll)
  }

  func testTheWheelOverTheKindPaletteMovesItsList() {
    var app = AppHarness(board: Self.board)
    app.state.selection = .box("events")
    app.press(.char("K"))
    guard case .kind(_, _, let start) = app.state.mode else { return XCTFail("K opens the kind palette") }
    wheel(&app, down: true)
    guard case .kind(_, _, let index) = app.state.mode else { return XCTFail("still the kind palette") }
    XCTAssertEqual(index, start + 1)
  }

  func testThePaletteTabHasOneHeadingPerCategory() {
    let app = AppHarness(board: Self.board)
    let lines = PanelView.paletteLines(app.state, width: 40)
    let headings = lines.filter { $0.style == CellStyle(.panelTitle) }.map(\.text)
    var categories: [String] = []
    for kind in app.state.library.catalogue.kinds where !categories.contains(kind.category) {
      categories.append(kind.category)
    }
    XCTAssertEqual(headings, categories)
    XCTAssertEqual(headings.filter { $0 == "training" }.count, 1)
    // Every kind is listed once, under its own category.
    XCTAssertEqual(lines.compactMap(\.kind).sorted(), app.state.library.catalogue.kinds.map(\.id).sorted())
    var heading = ""
    for line in lines {
      if line.style == CellStyle(.panelTitle) { heading = line.text }
      if let id = line.kind { XCTAssertEqual(app.state.library.catalogue.kind(id)?.category, heading, id) }
    }
  }

  func testPracticeSaysWhatToRunForThisBoard() {
    var board = Self.board
    board.template = "news-feed"
    var app = AppHarness(board: board, path: "feed.yaml")
    app.press(.char(":"))
    app.type("practice")
    app.press(.enter)
    XCTAssertEqual(
      app.state.message?.text,
      "A practice session is timed from the start, so it opens from the shell: quit and run "
        + "mlsd practice -t news-feed feed.yaml")
    var scratch = AppHarness(board: Self.board, path: nil)
    scratch.press(.char(":"))
    scratch.type("practice")
    scratch.press(.enter)
    XCTAssertEqual(
      scratch.state.message?.text,
      "A practice session is timed from the start, so it opens from the shell: save the board (:w FILE) to "
        + "practise on it, or run mlsd practice -t TEMPLATE (mlsd templates lists the case studies)")
    var spaced = AppHarness(board: board, path: "my boards/it's.yaml")
    spaced.press(.char(":"))
    spaced.type("practice")
    spaced.press(.enter)
    XCTAssertEqual(
      spaced.state.message?.text.hasSuffix("mlsd practice -t news-feed 'my boards/it'\\''s.yaml'"), true,
      spaced.state.message?.text ?? "")
  }
}
