// What the screen shows: the top line, panel tabs, status line, help overlay, the too-small
// message and its recovery, ASCII drawing; and the mouse gestures.
import XCTest

@testable import MLSDCore

final class AppScreenTests: XCTestCase {
  func testTopLinePanelAndStatusAt80x24() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.send(.resize(width: 80, height: 24))
    assertScreen(
      app,
      """
       mlsd │ Generic production ML pipeline │ board.yaml            score 0% │ 00:00
                                                        │ Steps   Checklist   Palette
        Empty board: press a to add a component, ? for  │
        help                                            │ 1 · Clarify requirements 0%
                                                        │ 2 · Frame as an ML task  0%
                                                        │ 3 · Data preparation     0%
                                                        │ 4 · Model development    0%
                                                        │ 5 · Evaluation           0%
                                                        │ 6 · Deployment and serv… 0%
                                                        │ 7 · Monitoring and infr… 0%
                                                        │
                                                        │ 1. Requirements (~5 min)
                                                        │ No notes: press 1 to write
                                                        │ ? Who calls the score, and
                                                        │   does it sit inside a
                                                        │   user-facing request
                                                        │   (fraud) or feed a daily
                                                        │   campaign (churn)?
                                                        │ ? What latency and
                                                        │   throughput must the
                                                        │   service meet at peak, and
                                                        │   how many entities are
                                                        │ … 18 more lines (PgDn)
       NORMAL  a add  hjkl select  1-7 notes  : command  Ctrl-S save  q quit  ? help
      """)
  }

  func testTooSmallSaysHowLargeAndRecovers() {
    var app = AppHarness()
    app.send(.resize(width: 30, height: 10))
    let small = app.screen
    XCTAssertTrue(small.contains("Terminal too small"), small)
    XCTAssertTrue(small.contains("60×16"), small)
    app.press(.char("a"))
    XCTAssertEqual(app.state.mode, .normal, "keys other than quit wait for a usable size")
    app.send(.resize(width: 80, height: 24))
    XCTAssertFalse(app.screen.contains("Terminal too small"))
    XCTAssertTrue(app.screen.contains("NORMAL"))
  }

  func testHelpListsEveryEntryOfTheKeyTableAndScrollsAndCloses() {
    var app = AppHarness(width: 100, height: 60)
    app.press(.char("?"))
    XCTAssertTrue(app.state.showHelp)
    let rows = HelpView.lines().map(\.0)
    for entry in KeyMap.table.entries {
      XCTAssertTrue(
        rows.contains { $0.hasPrefix("  " + entry.keys + " ") && $0.hasSuffix(" " + entry.help) }, entry.keys)
    }
    XCTAssertEqual(rows.filter { !$0.isEmpty && !$0.hasPrefix(" ") }, KeyMap.table.sections)
    XCTAssertTrue(app.screen.contains("┌─ Keys — ↑↓ scroll, any other key closes ─"))
    app.press(.down)
    XCTAssertEqual(app.state.helpScroll, 1)
    XCTAssertTrue(app.state.showHelp)
    app.press(.escape)
    XCTAssertFalse(app.state.showHelp)
    XCTAssertEqual(app.state.board.boxes.count, 0, "the key that closes help does nothing else")
  }

  func testLabelIsEditedInPlaceOnTheCanvas() {
    var app = AppHarness()
    app.add("kafka")
    app.press(.enter, .ctrl("u"))
    app.type("Event bus")
    XCTAssertTrue(app.state.mode.name == "LABEL")
    XCTAssertTrue(app.screen.contains("Event bus"))
    XCTAssertTrue(app.screen.contains("LABEL"))
  }

  func testASCIIModeDrawsNoBoxDrawingCharacters() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.state = AppState(
      board: app.state.board, filePath: nil, library: Fixtures.library, theme: .monochrome, ascii: true, width: 100,
      height: 30)
    app.add("kafka")
    app.add("registry")
    app.press(.char("c"), .enter)
    let screen = app.screen
    XCTAssertTrue(screen.contains("Stream ingestion"))
    XCTAssertFalse(screen.unicodeScalars.contains { $0.value >= 0x2500 && $0.value <= 0x257F }, screen)
  }

  func testMoveModeShowsPositionSizeAndOverlaps() {
    var board = Board(title: "two")
    board.boxes = [
      Box(id: "a", label: "Alpha", frame: GridRect(x: 2, y: 1, width: 9, height: 3)),
      Box(id: "b", label: "Omega", frame: GridRect(x: 14, y: 1, width: 9, height: 3)),
    ]
    var app = AppHarness(board: board)
    app.press(.char("m"))
    XCTAssertTrue(app.screen.contains("Alpha at 2,1 size 9×3"), app.screen)
    XCTAssertFalse(app.screen.contains("overlaps"))
    app.press(.shiftRight)
    XCTAssertTrue(app.screen.contains("overlaps Omega!"), app.screen)
  }

  func testClickingAPaletteResultAddsItAndPresentKindsAreMarked() {
    var app = AppHarness()
    app.add("kafka")
    app.press(.char("a"))
    app.type("stream")
    let lines = app.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertTrue(lines.contains { $0.contains("Stream ingestion") && $0.contains("✓ on the board") }, app.screen)
    let row = lines.firstIndex { $0.contains("Stream processing") }!
    app.send(.mouse(MouseEvent(.press, x: 10, y: row, time: 1)))
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board.boxes.map(\.kind), ["stream-ingestion", "stream-processing"])
  }

  func testPaletteOverlayShowsTheMatchingAlias() {
    var app = AppHarness()
    app.press(.char("a"))
    app.type("kafk")
    let screen = app.screen
    XCTAssertTrue(screen.contains("Add a box"))
    XCTAssertTrue(screen.contains("Stream ingestion ← Kafka"), screen)
    let kind = Fixtures.library.catalogue.kind("stream-ingestion")!
    XCTAssertTrue(screen.contains("Step 3 · " + kind.description.prefix(20)), screen)
  }

  func testAPaletteRowTooWideForTheWindowEndsInAnEllipsis() {
    // At 80 columns the window is narrow: a row listing a long alias and its category is cut,
    // and the cut shows.
    var app = AppHarness(width: 80, height: 24)
    app.press(.char("a"))
    app.type("streaming feature pipe")
    let row = app.screen.split(separator: "\n").first { $0.contains("Stream processing ←") }
    XCTAssertNotNil(row, app.screen)
    XCTAssertTrue(row?.contains("…") ?? false, app.screen)
  }

  // MARK: - Mouse

  func testClickSelectsDragMovesBorderDragConnectsDoubleClickEdits() {
    var app = AppHarness()
    let a = app.add("data source")
    let b = app.add("kafka")
    let fa = app.box(a)!.frame
    let fb = app.box(b)!.frame
    let area = app.state.canvasArea
    func screen(_ p: GridPoint) -> (Int, Int) { (p.x - app.state.scroll.x + area.x, p.y - app.state.scroll.y + area.y) }
    // Click inside a.
    var (x, y) = screen(GridPoint(x: fa.x + 2, y: fa.y + 1))
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.release, x: x, y: y, time: 1.1)))
    XCTAssertEqual(app.state.selectedBoxID, a)
    XCTAssertEqual(app.box(a)!.frame, fa, "a click moves nothing")
    // Drag from inside a moves it down by 3 rows.
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 3)))
    app.send(.mouse(MouseEvent(.drag, x: x, y: y + 2, time: 3.1)))
    app.send(.mouse(MouseEvent(.release, x: x, y: y + 3, time: 3.2)))
    XCTAssertEqual(app.box(a)!.frame.y, fa.y + 3)
    XCTAssertEqual(app.state.message?.text, "Moved \(app.box(a)!.label) (u undoes)", "the status line names the box")
    app.press(.char("u"))
    XCTAssertEqual(app.box(a)!.frame, fa, "the drag is one undo step")
    // Drag from a's right border to b connects.
    (x, y) = screen(GridPoint(x: fa.maxX, y: fa.y + 1))
    let (tx, ty) = screen(GridPoint(x: fb.x + 2, y: fb.y + 1))
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 5)))
    app.send(.mouse(MouseEvent(.drag, x: tx, y: ty, time: 5.1)))
    app.send(.mouse(MouseEvent(.release, x: tx, y: ty, time: 5.2)))
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: a, to: b)])
    // Double-click on b edits its label.
    app.send(.mouse(MouseEvent(.press, x: tx, y: ty, time: 7)))
    app.send(.mouse(MouseEvent(.release, x: tx, y: ty, time: 7.05)))
    app.send(.mouse(MouseEvent(.press, x: tx, y: ty, time: 7.2)))
    guard case .label(.boxLabel(b), _) = app.state.mode else { return XCTFail("double-click edits the label") }
  }

  func testClickingAnArrowSelectsIt() {
    var app = AppHarness()
    let a = app.add("kafka")
    app.add("registry")
    app.press(.char("h"), .char("c"), .enter, .escape)
    XCTAssertEqual(app.state.selectedBoxID, a)
    let cell = app.state.layer.routes[0].cells[1]
    let area = app.state.canvasArea
    app.send(
      .mouse(MouseEvent(.press, x: cell.x - app.state.scroll.x + area.x, y: cell.y - app.state.scroll.y + area.y)))
    XCTAssertEqual(app.state.selectedArrowIndex, 0)
  }

  func testWheelAndEmptyDragPan() {
    var app = AppHarness()
    app.send(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
    XCTAssertEqual(app.state.scroll.y, 3)
    app.send(.mouse(MouseEvent(.wheelUp, x: 5, y: 5)))
    XCTAssertEqual(app.state.scroll.y, 0)
    app.send(.mouse(MouseEvent(.press, x: 20, y: 10, time: 1)))
    app.send(.mouse(MouseEvent(.drag, x: 10, y: 6, time: 1.1)))
    app.send(.mouse(MouseEvent(.release, x: 10, y: 6, time: 1.2)))
    XCTAssertEqual(app.state.scroll, GridPoint(x: 10, y: 4))
  }

  func testClickingAPanelTabSwitchesIt() {
    var app = AppHarness(width: 120, height: 40)
    let x0 = app.state.screenWidth - app.state.panelWidth
    let line = app.screen.split(separator: "\n", omittingEmptySubsequences: false)[1]
    let column = DisplayWidth.of(String(line.prefix(upTo: line.range(of: "Checklist")!.lowerBound)))
    XCTAssertGreaterThan(column, x0)
    app.send(.mouse(MouseEvent(.press, x: column + 1, y: 1, time: 1)))
    XCTAssertEqual(app.state.panelTab, .checklist)
  }

  func testPanelScrollsWithPageKeysAndTheWheel() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.send(.resize(width: 80, height: 24))
    app.press(.char("t"))
    XCTAssertTrue(app.screen.contains("more lines (PgDn)"))
    XCTAssertFalse(app.screen.contains("✗ Monitoring"))
    for _ in 0..<10 { app.press(.pageDown) }
    XCTAssertTrue(app.screen.contains("✗ Monitoring"), app.screen)
    XCTAssertFalse(app.screen.contains("more lines (PgDn)"))
    app.send(.mouse(MouseEvent(.wheelUp, x: 70, y: 10)))
    XCTAssertTrue(app.screen.contains("more lines (PgDn)"))
    app.press(.char("t"))
    XCTAssertEqual(app.state.panelScroll, 0, "a new tab starts at the top")
  }

  func testClickingInThePanelOpensNotesAndAddsComponents() {
    var app = AppHarness(width: 120, height: 40)
    let lines = app.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let row = lines.firstIndex { $0.contains("4 · Model development") }!
    app.send(.mouse(MouseEvent(.press, x: 110, y: row, time: 1)))
    XCTAssertEqual(app.state.mode, .notes(.model, TextArea("")))
    app.press(.escape, .char("t"), .char("t"))
    let palette = app.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let kafka = palette.firstIndex { $0.contains("Stream ingestion (Kafka") }!
    app.send(.mouse(MouseEvent(.press, x: 110, y: kafka, time: 3)))
    XCTAssertEqual(app.state.board.boxes.map(\.kind), ["stream-ingestion"])
  }

  func testClickingAMissingComponentOpensThePaletteOnIt() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.press(.char("t"))
    let lines = app.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let row = lines.firstIndex { $0.contains("✗ Model registry") }!
    app.send(.mouse(MouseEvent(.press, x: 110, y: row, time: 1)))
    XCTAssertEqual(app.state.mode, .palette(query: TextField("Model registry"), index: 0))
    XCTAssertTrue(app.state.message?.text.contains("→") ?? false)
    app.press(.enter)
    XCTAssertEqual(app.state.board.boxes.map(\.kind), ["model-registry"])
    XCTAssertTrue(app.screen.contains("✓ Model registry"))
  }

  func testFCyclesThroughWhatTheChecklistMisses() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.press(.char("f"))
    XCTAssertEqual(app.state.panelTab, .checklist)
    XCTAssertTrue(app.state.message?.text.hasPrefix("1/") ?? false)
    XCTAssertTrue(app.state.message?.text.contains("no notes for step 1") ?? false, app.state.message?.text ?? "")
    app.press(.char("f"))
    XCTAssertTrue(app.state.message?.text.hasPrefix("2/") ?? false)
    app.send(.resize(width: 80, height: 24))
    let lines = AppView.render(app.state).lines()
    XCTAssertTrue(lines[22].hasPrefix("         "), "the long hint continues above the status line")
    XCTAssertTrue(
      lines[21].contains("2/") || lines[20].contains("2/") || lines[19].contains("2/"), lines.joined(separator: "\n"))
    var missing = AppHarness(template: "generic-ml-pipeline")
    for _ in 0..<40 where missing.state.suggestedComponent == nil { missing.press(.char("f")) }
    let suggested = missing.state.suggestedComponent
    XCTAssertNotNil(suggested)
    XCTAssertTrue(missing.state.message?.text.hasSuffix("(a adds it)") ?? false)
    missing.press(.char("a"))
    XCTAssertEqual(missing.state.mode, .palette(query: TextField(suggested ?? ""), index: 0))
    missing.press(.escape, .char("a"))
    XCTAssertEqual(missing.state.mode, .palette(query: TextField(), index: 0), "only right after f")
    var isolated = AppHarness(template: "blank")
    let a = isolated.add("kafka")
    isolated.add("registry")
    isolated.press(.char("c"), .enter, .escape, .char("l"))
    let lonely = isolated.add("monitoring")
    isolated.press(.char("h"))
    XCTAssertNotEqual(isolated.state.selectedBoxID, lonely)
    for _ in 0..<20 where isolated.state.selectedBoxID != lonely { isolated.press(.char("f")) }
    XCTAssertEqual(isolated.state.selectedBoxID, lonely, "the isolated-box finding selects the box")
    XCTAssertNotEqual(a, lonely)
    var blank = AppHarness(template: "blank")
    for n in 1...7 {
      blank.press(.char(Character("\(n)")))
      blank.type(String(repeating: "word ", count: 25) + "temporal split AUC CTR")
      blank.press(.escape)
    }
    blank.press(.char("f"))
    XCTAssertEqual(blank.state.message?.text, "The checklist is complete: nothing is missing")
  }

  func testHomeGoesBackToTheTopLeft() {
    var board = Board(title: "wide")
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 1, y: 1, width: 6, height: 3)),
      Box(id: "far", label: "Far", frame: GridRect(x: 300, y: 100, width: 8, height: 3)),
    ]
    var app = AppHarness(board: board, width: 80, height: 24)
    app.press(.right)
    XCTAssertGreaterThan(app.state.scroll.x, 0)
    app.press(.char("g"))
    XCTAssertEqual(app.state.scroll, GridPoint(x: 0, y: 0))
    XCTAssertEqual(app.state.selectedBoxID, "a")
  }

  func testPanningAwayFromTheSelectionStaysPanned() {
    var app = AppHarness(width: 80, height: 24)
    app.add("kafka")
    app.press(.shiftRight, .shiftRight, .shiftRight, .shiftRight, .shiftDown)
    XCTAssertEqual(app.state.scroll, GridPoint(x: 32, y: 4))
    app.send(.tick(10))
    app.send(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
    XCTAssertEqual(app.state.scroll, GridPoint(x: 32, y: 7), "ticks and the wheel do not snap back")
    app.press(.char("m"), .right, .enter)
    XCTAssertEqual(app.state.scroll, GridPoint(x: 1, y: 0), "an edit of the selected box brings it back into view")
  }

  func testPanningHidingThePanelAndRedraw() {
    var app = AppHarness(width: 100, height: 30)
    let canvasWidth = app.state.canvasArea.width
    app.press(.shiftRight, .shiftDown)
    XCTAssertEqual(app.state.scroll, GridPoint(x: 8, y: 4))
    app.press(.char("H"), .shiftUp)
    XCTAssertEqual(app.state.scroll, GridPoint(x: 0, y: 0))
    app.press(.char("P"))
    XCTAssertFalse(app.state.showPanel)
    XCTAssertEqual(app.state.canvasArea.width, 100)
    XCTAssertGreaterThan(app.state.canvasArea.width, canvasWidth)
    XCTAssertFalse(app.screen.contains("Checklist"))
    app.press(.char("P"), .ctrl("l"))
    XCTAssertTrue(app.state.showPanel)
    XCTAssertEqual(app.state.takeEffectsForTest(), [.redraw])
  }

  func testStatusHintsFollowTheSelection() {
    var app = AppHarness()
    XCTAssertTrue(app.screen.contains("hjkl select"))
    app.add("kafka")
    app.add("registry")
    app.press(.char("c"), .enter)
    app.press(.char("x"), .char("u"))
    app.send(.key(.escape))
    app.press(.tab)
    XCTAssertTrue(app.screen.contains("R reverse"), app.screen)
  }

  func testTheViewFollowsTheSelection() {
    var board = Board(title: "wide")
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 6, height: 3)),
      Box(id: "far", label: "Far", frame: GridRect(x: 300, y: 100, width: 8, height: 3)),
    ]
    var app = AppHarness(board: board, width: 80, height: 24)
    app.press(.right)
    XCTAssertEqual(app.state.selectedBoxID, "far")
    let area = app.state.canvasArea
    XCTAssertGreaterThanOrEqual(300, app.state.scroll.x)
    XCTAssertLessThan(307, app.state.scroll.x + area.width)
    XCTAssertTrue(app.screen.contains("Far"))
  }
}
