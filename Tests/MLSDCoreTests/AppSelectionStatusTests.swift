// The status line says what is selected and what undo and redo did: g names the top-left box,
// o on a box in no group says the box stays selected, undo and redo name the edit, zoom names
// its level once, and a board opens with its selected box on screen.
import XCTest

@testable import MLSDCore

final class AppSelectionStatusTests: XCTestCase {
  func testGSaysItSelectedTheTopLeftBox() {
    var app = AppHarness()
    app.add("data source")
    app.add("kafka")
    app.press(.char("g"))
    XCTAssertEqual(app.state.selectedBox?.label, "Data source")
    XCTAssertTrue(app.screen.contains("Top-left of the board: 'Data source' selected"), app.screen)
  }

  func testOOnABoxInNoGroupSaysTheBoxStaysSelected() {
    var board = AppGroupTests.board
    board.groups = [Group(id: "offline", title: "Offline", boxIDs: ["events"])]
    var app = AppHarness(board: board)
    app.state.selection = .box("serving")
    app.press(.char("o"))
    XCTAssertEqual(app.state.selectedBoxID, "serving")
    XCTAssertTrue(app.screen.contains("No group: the box Serving stays selected"), app.screen)
    app = AppHarness(board: AppGroupTests.board)
    app.press(.char("o"))
    XCTAssertEqual(app.state.selectedBoxID, "events")
    XCTAssertTrue(app.screen.contains("The board has no group (the box Events stays selected)"), app.screen)
  }

  func testUndoAndRedoNameTheEdit() {
    var app = AppHarness()
    let a = app.add("data source")
    app.add("kafka")
    app.rename("Event bus")
    app.press(.char("u"))
    XCTAssertEqual(app.state.message?.text, "Undone: rename 'Stream ingestion' to 'Event bus' (2 more)")
    app.press(.ctrl("r"))
    XCTAssertEqual(app.state.message?.text, "Redone: rename 'Stream ingestion' to 'Event bus'")
    app.state.selection = .box(a)
    app.press(.char("c"), .enter)
    app.press(.char("u"))
    XCTAssertEqual(app.state.message?.text, "Undone: connect 'Data source' → 'Event bus' (3 more)")
    app.press(.char("u"), .char("u"))
    XCTAssertEqual(app.state.message?.text, "Undone: add 'Stream ingestion' (1 more)")
    app.press(.char("u"))
    XCTAssertEqual(app.state.message?.text, "Undone: add 'Data source' (nothing more to undo)")
    app.press(.char("u"))
    XCTAssertEqual(app.state.message?.text, "Nothing to undo")
  }

  func testEditSummaryNamesMovesGroupsNotesAndLayouts() {
    let board = AppGroupTests.board
    var moved = board
    moved.boxes[0].frame.x += 3
    XCTAssertEqual(EditSummary.describe(from: board, to: moved), "move 'Events'")
    moved.boxes[0].frame.width += 3
    XCTAssertEqual(EditSummary.describe(from: board, to: moved), "resize 'Events'")
    var all = board
    for i in all.boxes.indices { all.boxes[i].frame.y += 5 }
    XCTAssertEqual(EditSummary.describe(from: board, to: all), "layout")
    var grouped = board
    grouped.groups = [Group(id: "g", title: "Online", boxIDs: ["events"])]
    XCTAssertEqual(EditSummary.describe(from: board, to: grouped), "group 'Online'")
    XCTAssertEqual(EditSummary.describe(from: grouped, to: board), "delete group 'Online'")
    var noted = board
    noted.notes[.evaluation] = "AUC"
    XCTAssertEqual(EditSummary.describe(from: board, to: noted), "notes of step 5")
  }

  func testZoomNamesItsLevelOnce() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.add("kafka")
    app.press(.char("z"))
    let status = app.screen.split(separator: "\n").last.map(String.init) ?? ""
    XCTAssertEqual(status.components(separatedBy: "ompact").count - 1, 1, "compact once: \(status)")
    XCTAssertFalse(status.contains("Zoom:"), status)
  }

  func testABoardOpensWithItsSelectedBoxOnScreenBesideThePanel() {
    let board = Board(
      title: "Wide",
      boxes: [
        Box(id: "far", label: "Far right box", frame: GridRect(x: 130, y: 2, width: 17, height: 3)),
        // Below the far box: the topmost box is the one selected on opening.
        Box(id: "near", label: "Near", frame: GridRect(x: 2, y: 12, width: 8, height: 3)),
      ])
    let app = AppHarness(board: board, width: 160, height: 45)
    XCTAssertEqual(app.state.selectedBoxID, "far")
    let area = app.state.canvasArea
    let frame = board.boxes[0].frame
    XCTAssertGreaterThanOrEqual(frame.x - app.state.scroll.x, 0)
    XCTAssertLessThan(frame.maxX - app.state.scroll.x, area.width, "the box is left of the side panel")
    let rows = app.screen.split(separator: "\n").map { String($0.prefix(area.width)) }
    XCTAssertTrue(rows.contains { $0.contains("Far right box") }, app.screen)
  }
}
