// Questions stay readable and answerable: at 80×24 the disk-change and merge windows and their
// status lines cut no line (a deleted file is called deleted, not saved by someone), and a
// window shrunk below the smallest size while a question or Save as waits still shows it and
// takes its keys; q in normal mode asks as always, and its n keeps a recovery file.
import XCTest

@testable import MLSDCore

final class AppQuestionScreenTests: XCTestCase {
  let path = "board.yaml"
  var files = MemoryFiles()
  var runner: EffectRunner { EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }) }

  func opened(width: Int = 80, height: Int = 24) -> AppHarness {
    files = MemoryFiles()
    let board = Board(
      title: "Shared", boxes: [Box(id: "api", label: "API", frame: GridRect(x: 2, y: 2, width: 9, height: 3))])
    try! files.saveBoard(board, to: path)
    var app = AppHarness(board: board, path: path)
    app.state = AppState(
      board: board, filePath: path, library: Fixtures.library, theme: .monochrome, width: width, height: height,
      diskStamp: files.stamp(path))
    return app
  }

  /// The screen's lines left of the side panel, and the status line: where a window and a
  /// question are drawn (the panel cuts its own long step titles).
  func windowAndStatus(_ app: AppHarness) -> [String] {
    let lines = app.screen.components(separatedBy: "\n")
    let canvas = app.state.screenWidth - app.state.panelWidth
    return lines.dropLast().map { String($0.prefix(canvas)) } + [lines.last ?? ""]
  }

  /// The "too small" screen's words as one line (it wraps them to the window).
  func words(_ app: AppHarness) -> String {
    app.screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  func assertNothingCut(_ app: AppHarness, file: StaticString = #filePath, line: UInt = #line) {
    for text in windowAndStatus(app) where text.contains("…") {
      XCTFail("cut: \(text)\n\(app.screen)", file: file, line: line)
    }
  }

  func testChangedDeletedAndConflictWindowsCutNoLineAt80x24() throws {
    var app = opened()
    app.rename("Gateway")
    var theirs = try files.loadBoard(path)
    theirs.boxes[0].label = "Edge API with a long name"
    try files.saveBoard(theirs, to: path)
    app.press(.ctrl("s"))
    app.runEffects(runner)
    XCTAssert(app.screen.contains("Someone saved this board"), app.screen)
    assertNothingCut(app)
    app.press(.char("m"))
    guard case .confirm(.mergeConflicts) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssert(app.screen.contains("t    take theirs"), app.screen)
    XCTAssert(app.screen.contains("Esc  back to the choices"), app.screen)
    assertNothingCut(app)
    app.press(.escape)
    // The file is deleted: the window says so, and no one "saved" it.
    files.remove(path)
    app.press(.escape)
    app.send(.tick(10))
    app.runEffects(runner)
    guard case .confirm(.fileChanged(nil, nil, _)) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssert(app.screen.contains("board.yaml was deleted"), app.screen)
    XCTAssertFalse(app.screen.contains("Someone saved"), app.screen)
    assertNothingCut(app)
  }

  func testTheQuitQuestionShowsAndIsAnsweredOnTheTooSmallScreen() throws {
    var app = opened()
    app.add("kafka")
    app.press(.char("q"))
    app.send(.resize(width: 40, height: 12))
    XCTAssert(words(app).contains("Terminal too small"), app.screen)
    XCTAssert(words(app).contains("Save before quitting?"), app.screen)
    XCTAssert(words(app).contains("y save"), app.screen)
    app.press(.char("y"))
    app.runEffects(runner)
    XCTAssertTrue(app.state.quitting, "\(app.state.message?.text ?? "") \(app.state.mode)")
    XCTAssertEqual(try files.loadBoard(path), app.state.board)
  }

  func testAQuestionOpenWhenTheWindowShrinksIsAnsweredThere() throws {
    var app = opened()
    app.add("kafka")
    files.remove(path)
    app.send(.tick(10))
    app.runEffects(runner)
    app.send(.resize(width: 40, height: 12))
    XCTAssert(words(app).contains("The file was deleted"), app.screen)
    // s asks for a name, typed and saved on the small screen too.
    app.press(.char("s"))
    XCTAssert(words(app).contains("Save as: _"), app.screen)
    app.type("copy")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssertEqual(try files.loadBoard("copy.yaml"), app.state.board)
  }

  func testQOnTheTooSmallScreenInNormalModeAsksAndNKeepsARecoveryFile() throws {
    var app = opened()
    app.press(.char("1"))
    app.type("latency under 50 ms")
    app.press(.escape)
    app.send(.resize(width: 40, height: 12))
    app.press(.char("x"))
    XCTAssertEqual(app.state.board.boxes.count, 1, "no key acts on the board blind")
    XCTAssert(words(app).contains("keys are held"), app.screen)
    app.press(.char("q"))
    XCTAssertFalse(app.state.quitting, "the notes made the board unsaved: asked first")
    XCTAssert(words(app).contains("n quit, keeping a recovery file"), app.screen)
    app.press(.char("n"))
    XCTAssertTrue(app.state.quitting)
    app.runEffects(runner)
    let recovery = try XCTUnwrap(runner.recoveryPath(for: path))
    XCTAssertEqual(try files.loadBoard(recovery).notes[.requirements], "latency under 50 ms")
  }
}
