// The board's file (or its folder) deleted under unsaved edits: the app asks once, says the file
// was deleted, and leaves the person free: Esc keeps editing without asking again until the file
// changes, Save as is not taken over, a write into a gone folder says so, and quitting works.
import XCTest

@testable import MLSDCore

final class AppDeletedFileTests: XCTestCase {
  var files = MemoryFiles()
  var runner: EffectRunner { EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }) }

  /// The app opened on `path`, already on disk, with one unsaved box added.
  func openedWithAnEdit(_ path: String) -> AppHarness {
    files = MemoryFiles()
    var app = AppHarness.openedOnDisk(files, path: path)
    app.add("kafka")
    XCTAssert(app.state.isDirty)
    return app
  }

  /// Idle ticks from `start`, each half a second apart, with their disk checks carried out.
  func idle(_ app: inout AppHarness, from start: Double, ticks: Int = 4) {
    for i in 0..<ticks {
      app.send(.tick(start + Double(i) * 0.5))
      app.runEffects(runner)
    }
  }

  func isAskingAboutTheFile(_ app: AppHarness) -> Bool {
    if case .confirm(.fileChanged) = app.state.mode { return true }
    return false
  }

  func testADeletedFileIsAskedAboutOnceWithItsReasonAndEscSticks() throws {
    var app = openedWithAnEdit("board.yaml")
    files.remove("board.yaml")
    idle(&app, from: 1, ticks: 1)
    XCTAssert(isAskingAboutTheFile(app), "\(app.state.mode)")
    let screen = app.screen
    XCTAssert(screen.contains("board.yaml was deleted"), screen)
    XCTAssert(screen.contains("deleted or moved away"), screen)
    XCTAssertFalse(screen.contains("Someone saved"), screen)
    app.press(.escape)
    XCTAssertEqual(app.state.mode, .normal)
    idle(&app, from: 2, ticks: 6)
    XCTAssertEqual(app.state.mode, .normal, "not asked again while the file stays deleted")
    XCTAssertEqual(app.state.board.boxes.count, 2, "the edit is kept")
    // Someone writes the file again: that is a new change, asked about.
    try files.saveBoard(Board(title: "Theirs"), to: "board.yaml")
    idle(&app, from: 6, ticks: 1)
    guard case .confirm(.fileChanged(let theirs?, _, _)) = app.state.mode else {
      return XCTFail("asks about the new file: \(app.state.mode)")
    }
    XCTAssertEqual(theirs.title, "Theirs")
  }

  func testSaveAsIsNotTakenOverByTheDiskCheck() throws {
    var app = openedWithAnEdit("board.yaml")
    files.remove("board.yaml")
    idle(&app, from: 1, ticks: 1)
    app.press(.char("s"))
    idle(&app, from: 2, ticks: 4)
    guard case .saveAs = app.state.mode else { return XCTFail("still typing a name: \(app.state.mode)") }
    app.type("kept.yaml")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssertEqual(app.state.filePath, "kept.yaml")
    XCTAssertFalse(app.state.isDirty)
    XCTAssertEqual(try files.loadBoard("kept.yaml").boxes.count, 2)
    idle(&app, from: 5)
    XCTAssertEqual(app.state.mode, .normal)
  }

  func testOverwritingIntoAGoneFolderSaysSoOnceAndQuittingWorks() {
    var app = openedWithAnEdit("gone/board.yaml")
    files.remove("gone/board.yaml")
    files.missingFolders = ["gone"]
    idle(&app, from: 1, ticks: 1)
    XCTAssert(isAskingAboutTheFile(app))
    app.press(.char("o"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    let said = app.state.message?.text ?? ""
    XCTAssert(said.contains("the folder gone no longer exists"), said)
    idle(&app, from: 2)
    XCTAssertEqual(app.state.mode, .normal, "the failed write is not followed by the question again")
    app.press(.char("q"))
    XCTAssertEqual(app.state.mode, .confirm(.quitUnsaved))
    app.press(.char("n"))
    XCTAssert(app.state.takeEffectsForTest().contains(.quit))
  }

  func testQuitFromTheQuestionAsksAboutTheUnsavedWork() {
    var app = openedWithAnEdit("board.yaml")
    files.remove("board.yaml")
    idle(&app, from: 1, ticks: 1)
    XCTAssert(app.screen.contains("q    quit"), app.screen)
    app.press(.ctrl("c"))
    XCTAssertEqual(app.state.mode, .confirm(.quitUnsaved))
    // y saves first: the file is written again (its folder is still there), then the app quits.
    app.press(.char("y"))
    app.runEffects(runner)
    XCTAssert(app.state.quitting)
    XCTAssertEqual(try files.loadBoard("board.yaml").boxes.count, 2)
  }

  func testAFileThatNoLongerLoadsIsNotCalledSomeoneElsesSave() {
    var app = openedWithAnEdit("board.yaml")
    try! files.write("not: [a board", to: "board.yaml")
    idle(&app, from: 1, ticks: 1)
    XCTAssert(isAskingAboutTheFile(app))
    let screen = app.screen
    XCTAssert(screen.contains("no longer loads as a"), screen)
    XCTAssertFalse(screen.contains("Someone saved"), screen)
  }

  func testTheChoicesAreWrappedNotCut() throws {
    var app = openedWithAnEdit("board.yaml")
    var theirs = try files.loadBoard("board.yaml")
    theirs.title = "Theirs"
    try files.saveBoard(theirs, to: "board.yaml")
    idle(&app, from: 1, ticks: 1)
    XCTAssert(isAskingAboutTheFile(app))
    let screen = app.screen
    // The side panel leaves the window 80 columns: the long choice goes on under its words.
    XCTAssert(screen.contains("u brings it"), screen)
    XCTAssert(screen.contains("│      back)"), screen)
  }
}
