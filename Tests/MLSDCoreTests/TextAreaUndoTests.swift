// The notes editor's own undo and redo: a run of typing is one step, Ctrl-K and Enter are steps,
// redo gives back what undo took, and a new edit after undo drops the redo.
import XCTest

@testable import MLSDCore

final class TextAreaUndoTests: XCTestCase {
  func type(_ text: String, into area: inout TextArea) {
    for c in text { area.handle(c == "\n" ? .enter : .char(c)) }
  }

  func testUndoAndRedoStepThroughTheEdits() {
    var area = TextArea("p99 under 100 ms")
    type(" always", into: &area)
    area.handle(.home)
    area.handle(.ctrl("k"))
    XCTAssertEqual(area.text, "")
    area.handle(.ctrl("z"))
    XCTAssertEqual(area.text, "p99 under 100 ms always", "Ctrl-K undone")
    area.handle(.ctrl("z"))
    XCTAssertEqual(area.text, "p99 under 100 ms", "the typed run is one step")
    XCTAssertFalse(area.canUndo)
    area.handle(.ctrl("z"))
    XCTAssertEqual(area.text, "p99 under 100 ms", "nothing more to undo")
    area.handle(.ctrl("y"))
    XCTAssertEqual(area.text, "p99 under 100 ms always")
    area.handle(.ctrl("r"))
    XCTAssertEqual(area.text, "")
    area.handle(.ctrl("z"))
    type("!", into: &area)
    XCTAssertFalse(area.canRedo, "a new edit drops the redo")
    XCTAssertEqual(area.text, "!p99 under 100 ms always", "typed where the cursor was before Ctrl-K")
  }

  func testTheNotesEditorInTheAppUndoesItsOwnEdits() {
    var app = AppHarness()
    app.press(.char("1"))
    app.type("Latency")
    app.press(.enter)
    app.type("Cost")
    app.press(.ctrl("z"))
    guard case .notes(_, let area) = app.state.mode else { return XCTFail("still in the notes editor") }
    XCTAssertEqual(area.text, "Latency\n")
    app.press(.escape)
    XCTAssertEqual(app.state.board.notes[.requirements], "Latency\n")
  }
}
