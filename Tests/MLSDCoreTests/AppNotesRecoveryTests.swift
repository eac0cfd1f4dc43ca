// Text typed in the open notes editor is unsaved work before the editor closes: the recovery file
// follows it (once typing pauses), and what a signal writes holds it, so closing the terminal in
// the middle of a note loses nothing.
import XCTest

@testable import MLSDCore

final class AppNotesRecoveryTests: XCTestCase {
  func testTypedNotesAreUnsavedWorkBeforeTheEditorCloses() {
    var app = AppHarness(path: "b.yaml")
    app.press(.char("3"))
    app.type("Split by time")
    XCTAssertFalse(app.state.isDirty, "the board itself is unchanged until Esc")
    XCTAssertTrue(app.state.hasUnsavedWork)
    XCTAssertEqual(app.state.unsavedBoard.notes[.data], "Split by time")
    XCTAssertEqual(app.state.unsavedBoard.boxes, app.state.board.boxes)
  }

  func testTheRecoveryFileFollowsTypingOncePaused() {
    var app = AppHarness(path: "b.yaml")
    app.send(.tick(10))
    app.press(.char("3"))
    _ = app.state.takeEffectsForTest()
    app.type("Split by time")
    app.send(.tick(10.5))
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "nothing while typing goes on")
    app.send(.tick(12))
    let effects = app.state.takeEffectsForTest()
    guard case .writeRecovery(let kept, _) = effects.first else {
      return XCTFail("expected a recovery write, got \(effects)")
    }
    XCTAssertEqual(kept.notes[.data], "Split by time")
    app.send(.tick(20))
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "written once until more is typed")
    app.type(", last week held out")
    app.send(.tick(25))
    guard case .writeRecovery(let later, _) = app.state.takeEffectsForTest().first else {
      return XCTFail("expected a second recovery write")
    }
    XCTAssertEqual(later.notes[.data], "Split by time, last week held out")
  }

  func testOpeningAndLeavingNotesWithoutTypingWritesNothing() {
    var app = AppHarness(path: "b.yaml")
    app.send(.tick(10))
    app.press(.char("3"))
    app.press(.escape)
    app.send(.tick(20))
    XCTAssertEqual(app.state.takeEffectsForTest(), [])
    XCTAssertFalse(app.state.hasUnsavedWork)
  }

  func testTypingBackToTheSavedTextRemovesTheRecoveryFile() {
    var app = AppHarness(path: "b.yaml")
    app.send(.tick(10))
    app.press(.char("3"))
    app.type("x")
    app.send(.tick(12))
    _ = app.state.takeEffectsForTest()
    app.press(.backspace)
    app.send(.tick(14))
    XCTAssertEqual(app.state.takeEffectsForTest(), [.removeRecovery])
  }
}
