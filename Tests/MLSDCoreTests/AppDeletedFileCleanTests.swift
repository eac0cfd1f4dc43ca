// The board's file deleted, or made unloadable, under a session with no unsaved edits: the status
// line says which ("was deleted" or "no longer loads: FILE:LINE:COLUMN: …"), and the session keeps
// following the file, so that when it is written again (or loads again) it is reloaded quietly as
// any other outside change is. The user tester (ux16, finding 8) saw a clean session keep the old
// title and the same message forever after the file was deleted and written back.
import XCTest

@testable import MLSDCore

final class AppDeletedFileCleanTests: XCTestCase {
  var files = MemoryFiles()
  var runner: EffectRunner { EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }) }
  let path = "board.yaml"

  /// The app opened on the file, with no edits.
  func opened() -> AppHarness {
    files = MemoryFiles()
    return AppHarness.openedOnDisk(files, path: path)
  }

  func idle(_ app: inout AppHarness, from start: Double, ticks: Int = 1) {
    for i in 0..<ticks {
      app.send(.tick(start + Double(i) * 0.5))
      app.runEffects(runner)
    }
  }

  func testADeletedFileWrittenBackIsReloaded() throws {
    var app = opened()
    files.remove(path)
    idle(&app, from: 1)
    XCTAssertEqual(app.state.mode, .normal, "nothing to ask: no unsaved edits")
    XCTAssertEqual(app.state.message?.text, "board.yaml was deleted; Ctrl-S writes the board again")
    idle(&app, from: 2, ticks: 4)
    XCTAssertEqual(app.state.board.title, "Shared")
    // Another session writes the file again, with its own title.
    var theirs = app.state.board
    theirs.title = "Title by B"
    try files.saveBoard(theirs, to: path)
    idle(&app, from: 5)
    XCTAssertEqual(app.state.board.title, "Title by B", "reloaded")
    XCTAssertFalse(app.state.isDirty)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.message?.text, "Reloaded board.yaml: it changed on disk")
    // And it goes on following the file.
    theirs.title = "Third title"
    try files.saveBoard(theirs, to: path)
    idle(&app, from: 7)
    XCTAssertEqual(app.state.board.title, "Third title")
  }

  func testADeletedFileWrittenBackUnchangedIsSaidToBeBack() throws {
    var app = opened()
    let bytes = try XCTUnwrap(files.texts[path])
    files.remove(path)
    idle(&app, from: 1, ticks: 3)
    XCTAssertEqual(app.state.message?.text, "board.yaml was deleted; Ctrl-S writes the board again")
    try files.write(bytes, to: path)
    idle(&app, from: 3)
    XCTAssertEqual(app.state.message?.text, "board.yaml is back on disk as it was last loaded or saved")
    XCTAssertFalse(app.state.isDirty)
    // Someone then changes it: reloaded as usual.
    var theirs = app.state.board
    theirs.title = "Later"
    try files.saveBoard(theirs, to: path)
    idle(&app, from: 4)
    XCTAssertEqual(app.state.board.title, "Later")
  }

  func testAFileThatNoLongerLoadsSaysWhereAndIsReloadedOnceItLoads() throws {
    var app = opened()
    try files.write("title: Shared\nboxes: [\n", to: path)
    idle(&app, from: 1)
    XCTAssertEqual(app.state.mode, .normal)
    let text = try XCTUnwrap(app.state.message?.text)
    XCTAssert(text.hasPrefix("board.yaml no longer loads: board.yaml:"), text)
    XCTAssert(text.hasSuffix("; Ctrl-S asks before writing over it"), text)
    let location = text.dropFirst("board.yaml no longer loads: board.yaml:".count).prefix { $0 != " " }
    XCTAssertEqual(location.split(separator: ":").count, 2, "LINE:COLUMN: in \(text)")
    XCTAssertFalse(text.contains("deleted"), text)
    // Fixed by whoever broke it: the session follows.
    var fixed = app.state.board
    fixed.title = "Fixed"
    try files.saveBoard(fixed, to: path)
    idle(&app, from: 2)
    XCTAssertEqual(app.state.board.title, "Fixed")
    XCTAssertEqual(app.state.message?.text, "Reloaded board.yaml: it changed on disk")
  }

  /// ux16: a clean session's Ctrl-S wrote over a file someone else had left unloadable (a
  /// half-done edit, a merge's conflict markers) without asking. It asks, and keeps theirs until
  /// the answer is to overwrite.
  func testCtrlSAsksBeforeWritingOverAFileThatNoLongerLoads() throws {
    var app = opened()
    let broken = "title: Shared\n<<<<<<< HEAD\nboxes: [\n"
    try files.write(broken, to: path)
    idle(&app, from: 1, ticks: 3)
    XCTAssertEqual(app.state.mode, .normal, "told once in the status line, not asked while nothing is saved")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    guard case .confirm(.fileChanged(nil, _?, _)) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(files.texts[path], broken, "theirs is kept while the question is open")
    app.press(.escape)
    XCTAssertEqual(files.texts[path], broken, "Esc keeps theirs")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    guard case .confirm(.fileChanged(nil, _?, _)) = app.state.mode else {
      return XCTFail("asked again: \(app.state.mode)")
    }
    app.press(.char("o"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(try files.loadBoard(path).title, "Shared", "o writes the board over it")
  }

  func testTheWindowUnderUnsavedEditsSaysWhyTheFileDoesNotLoad() throws {
    var app = opened()
    app.add("kafka")
    try files.write("title: Shared\nboxes: [\n", to: path)
    idle(&app, from: 1)
    guard case .confirm(.fileChanged(nil, _?, _)) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    let screen = app.screen
    XCTAssert(screen.contains("no longer loads as a"), screen)
    let problem = try XCTUnwrap(app.state.diskProblem)
    XCTAssert(problem.hasPrefix("board.yaml:"), problem)
    let location = problem.prefix { $0 != " " }
    XCTAssertEqual(location.split(separator: ":").count, 3, "FILE:LINE:COLUMN: in \(problem)")
    XCTAssert(screen.contains(location + " "), "the window shows \(problem)\n\(screen)")
  }
}
