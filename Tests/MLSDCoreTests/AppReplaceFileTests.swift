// Writing to a file other than the board's own never loses work silently: `:w FILE`, Save as
// and `:export` ask before replacing an existing file, refuse a board another mlsd has open
// (saying who), and an export never replaces the open board's own file. `L` that moves nothing
// says so and records no undo step.
import XCTest

@testable import MLSDCore

final class AppReplaceFileTests: XCTestCase {
  var files = MemoryFiles()
  /// Boards (as typed) that another live mlsd has open.
  var lockedByOthers: Set<String> = []

  var runner: EffectRunner {
    let locked = Set(
      lockedByOthers.map { Recovery.lockPath(for: "/cwd/" + $0, dataFolder: "/data") })
    return EffectRunner(
      files: files, dataFolder: "/data", absolute: { $0.hasPrefix("/") ? $0 : "/cwd/" + $0 },
      lockHolder: { locked.contains($0) ? BoardLock(pid: 4242, host: "otherhost", started: 0) : nil })
  }

  let theirs = Board(
    title: "Theirs", boxes: [Box(id: "feed", label: "Feed API", frame: GridRect(x: 2, y: 2, width: 12, height: 3))])

  /// The app on board.yaml, saved, with `other.yaml` on disk holding another board.
  func opened(path: String? = "board.yaml") -> AppHarness {
    files = MemoryFiles()
    let mine = Board(
      title: "Mine", boxes: [Box(id: "api", label: "API", frame: GridRect(x: 2, y: 2, width: 9, height: 3))])
    if let path { try! files.saveBoard(mine, to: path) }
    try! files.saveBoard(theirs, to: "other.yaml")
    var app = AppHarness(board: mine, path: path)
    app.state = AppState(
      board: mine, filePath: path, library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: path.flatMap { files.stamp($0) })
    return app
  }

  func command(_ app: inout AppHarness, _ text: String) {
    app.press(.char(":"))
    app.type(text)
    app.press(.enter)
    app.runEffects(runner)
  }

  func isAskingToReplace(_ app: AppHarness, _ path: String) -> Bool {
    if case .confirm(.replaceFile(path, _)) = app.state.mode { return true }
    return false
  }

  func testWritingOverAnotherExistingBoardAsksFirst() throws {
    var app = opened()
    command(&app, "w other.yaml")
    XCTAssert(isAskingToReplace(app, "other.yaml"), "\(app.state.mode)")
    XCTAssert(app.screen.contains("other.yaml exists: replace it? y replace"), app.screen)
    XCTAssertEqual(try files.loadBoard("other.yaml"), theirs, "nothing written before the answer")
    app.press(.char("n"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(try files.loadBoard("other.yaml"), theirs)
    XCTAssertEqual(app.state.filePath, "board.yaml")
    command(&app, "w other.yaml")
    app.press(.char("y"))
    app.runEffects(runner)
    XCTAssertEqual(try files.loadBoard("other.yaml").title, "Mine")
    XCTAssertEqual(app.state.filePath, "other.yaml")
  }

  func testWritingToANewFileOrTheOwnFileDoesNotAsk() throws {
    var app = opened()
    app.add("kafka")
    command(&app, "w fresh.yaml")
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(try files.loadBoard("fresh.yaml").boxes.count, 2)
    app.add("redis")
    command(&app, "w /cwd/fresh.yaml")
    XCTAssertEqual(app.state.mode, .normal, "the board's own file, named another way")
    // (Memory files are keyed by the path as written.)
    XCTAssertEqual(try files.loadBoard("/cwd/fresh.yaml").boxes.count, 3)
  }

  func testABoardAnotherMlsdHasOpenIsRefusedNamingTheHolder() throws {
    lockedByOthers = ["other.yaml"]
    var app = opened()
    command(&app, "w other.yaml")
    XCTAssertEqual(app.state.mode, .normal)
    let said = app.state.message?.text ?? ""
    XCTAssert(said.contains("Not saved: other.yaml is a board open in another mlsd (process 4242 on otherhost"), said)
    XCTAssertEqual(try files.loadBoard("other.yaml"), theirs)
    XCTAssertEqual(app.state.filePath, "board.yaml")
  }

  func testScratchSaveAsOverAnExistingFileAsks() throws {
    var app = opened(path: nil)
    app.add("kafka")
    app.press(.ctrl("s"))
    app.type("other.yaml")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssert(isAskingToReplace(app, "other.yaml"), "\(app.state.mode)")
    app.press(.escape)
    XCTAssertEqual(try files.loadBoard("other.yaml"), theirs)
    XCTAssertNil(app.state.filePath)
    XCTAssert(app.state.isDirty)
  }

  func testExportNeverReplacesTheOwnFile() throws {
    var app = opened()
    let before = files.texts["board.yaml"]
    command(&app, "export mermaid board.yaml")
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(files.texts["board.yaml"], before)
    let said = app.state.message?.text ?? ""
    XCTAssert(said.contains("Not exported: board.yaml is this board's own file"), said)
  }

  func testExportOverAnotherFileAsksAndALockedBoardIsRefused() throws {
    var app = opened()
    command(&app, "export svg other.yaml")
    XCTAssert(isAskingToReplace(app, "other.yaml"), "\(app.state.mode)")
    app.press(.char("n"))
    XCTAssertEqual(try files.loadBoard("other.yaml"), theirs)
    command(&app, "export svg other.yaml")
    app.press(.char("y"))
    app.runEffects(runner)
    XCTAssert(files.texts["other.yaml"]?.contains("<svg") == true)
    command(&app, "export svg new.svg")
    XCTAssertEqual(app.state.mode, .normal, "a new file is written without a question")
    XCTAssert(files.texts["new.svg"]?.contains("<svg") == true)

    try files.saveBoard(theirs, to: "held.yaml")
    lockedByOthers = ["held.yaml"]
    command(&app, "export mermaid held.yaml")
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(try files.loadBoard("held.yaml"), theirs)
    let said = app.state.message?.text ?? ""
    XCTAssert(said.contains("Not exported: held.yaml is a board open in another mlsd"), said)
  }

  func testLayoutThatMovesNothingSaysSoAndRecordsNothing() {
    var app = opened()
    app.add("kafka")
    app.add("redis")
    app.press(.char("L"))
    let steps = app.state.history.past.count
    app.press(.char("L"))
    XCTAssertEqual(app.state.history.past.count, steps, "no undo step")
    let said = app.state.message?.text ?? ""
    XCTAssert(said.contains("nothing moved"), said)
    XCTAssertFalse(said.contains("u undoes"), said)
  }
}
