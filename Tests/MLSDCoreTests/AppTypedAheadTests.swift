// A window the app opens by itself (the lock question, an earlier session's work, a change found
// on disk while idle) is not answered by typing carried on into it: a key less than half a second
// after the one before is dropped until a pause; the lock question is a window of single keys.
import XCTest

@testable import MLSDCore

final class AppTypedAheadTests: XCTestCase {
  var recovered: Board {
    var board = Board(title: "Test board")
    board.boxes = [Box(id: "x", label: "Kafka", frame: GridRect(x: 2, y: 1, width: 9, height: 3))]
    return board
  }

  /// The tester typed a note; the recovery window opened and took its "n" as discard.
  func testTypingCarriedOnDoesNotAnswerTheRecoveryWindow() {
    var app = AppHarness()
    app.send(.tick(10))
    app.press(.char("j"))
    app.send(.tick(10.1))
    app.send(.offerRecovery(recovered, from: "/data/recovery/abc.1-1.yaml"))
    app.press(.char("n"))
    app.send(.tick(10.5))
    app.press(.char("o"))
    XCTAssertEqual(app.state.mode, .confirm(.restoreRecovery(recovered, from: "/data/recovery/abc.1-1.yaml")))
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "nothing discarded")
    XCTAssert(app.screen.contains("Keys typed on ignored · Restore it?"), app.screen)
    app.send(.tick(11.2))
    app.press(.char("n"))
    XCTAssertEqual(app.state.mode, .normal, "after a pause the key answers")
    XCTAssertEqual(app.state.takeEffectsForTest(), [.discardRecovery(path: "/data/recovery/abc.1-1.yaml")])
  }

  func testAWindowOpenedAfterAPauseTakesTheFirstKey() {
    var app = AppHarness()
    app.send(.tick(5))
    app.press(.char("j"))
    app.send(.tick(9))
    app.send(.offerRecovery(recovered, from: "/r/a.1-1.yaml"))
    app.send(.tick(9.05))
    app.press(.char("y"))
    XCTAssertEqual(app.state.board, recovered)
  }

  func testAWindowAskedForByAKeyIsNotHeldBack() throws {
    var app = AppHarness()
    app.add("kafka")
    app.press(.ctrl("q"))
    app.press(.char("n"))
    XCTAssertTrue(app.state.quitting, "quit-unsaved, opened by Ctrl-Q, takes n at once")
  }

  func testTheLockQuestionIsAWindowOfSingleKeys() {
    var app = AppHarness(width: 80, height: 24)
    app.send(.askLock(holder: "process 42 on h, since 2026-12-07 08:00"))
    let screen = app.screen
    XCTAssert(screen.contains("Already open in another mlsd"), screen)
    XCTAssert(screen.contains("board.yaml is already open in"), screen)
    XCTAssert(screen.contains("(process"), screen)
    XCTAssert(screen.contains("r    read-only"), screen)
    XCTAssert(screen.contains("o    open anyway"), screen)
    XCTAssert(screen.contains("q    quit"), screen)
    var open = app
    open.press(.char("o"))
    XCTAssertEqual(open.state.mode, .normal)
    XCTAssertEqual(open.state.takeEffectsForTest(), [.openAnyway])
    // What came typed after the o ("acache") does not answer the recovery window that follows.
    open.send(.offerRecovery(recovered, from: "/r/a.1-1.yaml"))
    open.type("acache n")
    XCTAssertEqual(open.state.mode, .confirm(.restoreRecovery(recovered, from: "/r/a.1-1.yaml")))
    var watch = app
    watch.press(.char("r"))
    XCTAssertTrue(watch.state.isReadOnly)
    XCTAssertEqual(watch.state.takeEffectsForTest(), [])
    var quit = app
    quit.press(.char("q"))
    XCTAssertTrue(quit.state.quitting)
  }

  func testAChangeFoundWhileTypingIsNotAnsweredByTheTyping() throws {
    let files = MemoryFiles()
    let board = Board(title: "Shared")
    try files.saveBoard(board, to: "board.yaml")
    var app = AppHarness(board: board)
    app.state = AppState(
      board: board, filePath: "board.yaml", library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: files.stamp("board.yaml"))
    app.add("kafka")
    var theirs = board
    theirs.title = "Theirs"
    try files.saveBoard(theirs, to: "board.yaml")
    let runner = EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 })
    app.send(.tick(0.4))
    app.press(.char("j"))
    app.send(.tick(0.5))
    app.runEffects(runner)
    guard case .confirm(.fileChanged) = app.state.mode else { return XCTFail("asks: \(app.state.mode)") }
    app.press(.char("r"))
    guard case .confirm(.fileChanged) = app.state.mode else { return XCTFail("r typed on is dropped") }
  }
}
