// The unsaved work an earlier session left is offered in a window (what it holds, the three
// choices); "later" leaves it where it is, and it is offered again at the next open, where y
// takes it over and n discards it. Each session has its own recovery file: a live writer's is
// never offered to another, nor deleted by it.
import XCTest

@testable import MLSDCore

final class AppRecoveryOfferTests: XCTestCase {
  let files = MemoryFiles()
  /// The sessions whose lock says they still run.
  var live: Set<String> = []
  func runner(_ session: String) -> EffectRunner {
    EffectRunner(
      files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }, scratchSession: session,
      lockHolder: { [live] lock in
        // "<hash>.<session>.lock" is a session's; "<hash>.lock" is the board's ("board").
        let parts = lock.split(separator: "/").last!.dropLast(5).split(separator: ".")
        let holder = parts.count == 2 ? String(parts[1]) : "board"
        return live.contains(holder) ? BoardLock(pid: 1, host: "h", started: 0) : nil
      }, takeLock: { _ in true }, releaseLock: { _ in })
  }
  let board = Board(title: "Test board")
  var recovered: Board {
    var recovered = board
    recovered.boxes = [Box(id: "x", label: "Kafka", frame: GridRect(x: 2, y: 1, width: 9, height: 3))]
    return recovered
  }
  /// The recovery file session `session` writes for board.yaml.
  func recovery(_ session: String) -> String { runner(session).recoveryPath(for: "board.yaml")! }

  /// `mlsd open board.yaml` as Open starts it in session `session`: the offer looked up, then sent.
  func opening(_ session: String, width: Int = 80, height: Int = 24) -> AppHarness {
    var app = AppHarness(board: board, path: "board.yaml", width: width, height: height)
    if let offer = runner(session).recoveryOffer(for: "board.yaml", board: board) {
      app.send(.offerRecovery(offer.board, from: offer.from))
    }
    return app
  }

  func testTheOfferIsAWindowWithItsChoices() throws {
    try files.writeOwn(BoardEncoder.encode(recovered), to: recovery("1-1"))
    let app = opening("2-2")
    let screen = app.screen
    XCTAssert(screen.contains("Unsaved work from an earlier session"), screen)
    XCTAssert(screen.contains("An earlier session on this board"), screen)
    XCTAssert(screen.contains("add 'Kafka'"), screen)
    XCTAssert(screen.contains("y    restore it"), screen)
    XCTAssert(screen.contains("n    discard it"), screen)
    XCTAssert(screen.contains("Esc  decide later"), screen)
    XCTAssert(screen.contains("Restore it? y restore · n discard · Esc decide later"), screen)
  }

  func testSessionsHaveTheirOwnFiles() {
    XCTAssertNotEqual(recovery("1-1"), recovery("2-2"))
    XCTAssertEqual(recovery("1-1"), Recovery.path(for: "/cwd/board.yaml", dataFolder: "/data", session: "1-1"))
    // The board's lock is one for every session: it says who has the board open.
    XCTAssertEqual(runner("1-1").lockPath(for: "board.yaml"), runner("2-2").lockPath(for: "board.yaml"))
    XCTAssertNotEqual(runner("1-1").lockPath(for: "board.yaml"), runner("1-1").sessionLockPath(for: "board.yaml"))
    let shared = Recovery.boardPath(for: "/cwd/board.yaml", dataFolder: "/data")
    let name = String(recovery("12-34").split(separator: "/").last!)
    XCTAssertTrue(Recovery.isSessionFile(name, ofBoard: String(shared.split(separator: "/").last!)))
    XCTAssertFalse(Recovery.isSessionFile(name, ofBoard: "0000000000000000.yaml"))
    XCTAssertFalse(Recovery.isSessionFile(name.replacingOccurrences(of: ".yaml", with: ".kept-1.yaml"), ofBoard: name))
  }

  /// The tester's case: A has unsaved work; B opens the board while A runs. B is not offered
  /// A's work, B's n and B's own autosave leave A's file alone, and once A is gone (killed) the
  /// next open offers A's work.
  func testALiveWritersWorkIsNeverOfferedNorDeleted() throws {
    var a = AppHarness(board: board, path: "board.yaml")
    a.add("kafka")
    a.send(.tick(10))
    a.runEffects(runner("1-1"))
    let aFile = recovery("1-1")
    XCTAssertEqual(try files.loadBoard(aFile), a.state.board)
    live = ["1-1"]
    var b = opening("2-2")
    XCTAssertEqual(b.state.mode, .normal, "A's live work is not offered to B")
    b.add("redis")
    b.send(.tick(10))
    b.runEffects(runner("2-2"))
    XCTAssertEqual(try files.loadBoard(aFile), a.state.board, "B's autosave goes to B's own file")
    XCTAssertEqual(try files.loadBoard(recovery("2-2")), b.state.board)
    // A is killed: its file is an orphan now, offered to the next session, newest first.
    live = ["2-2"]
    var c = opening("3-3")
    XCTAssertEqual(c.state.mode, .confirm(.restoreRecovery(a.state.board, from: aFile)))
    c.press(.char("y"))
    c.runEffects(runner("3-3"))
    XCTAssertEqual(c.state.board, a.state.board)
    XCTAssertNil(files.texts[aFile], "taken over")
    XCTAssertEqual(try files.loadBoard(recovery("3-3")), a.state.board)
    XCTAssertEqual(try files.loadBoard(recovery("2-2")), b.state.board, "B's file untouched")
  }

  func testLaterLeavesItForTheNextOpenAndNDiscardsIt() throws {
    let earlier = recovery("1-1")
    try files.writeOwn(BoardEncoder.encode(recovered), to: earlier)
    var first = opening("2-2")
    first.press(.escape)
    first.runEffects(runner("2-2"))
    XCTAssertEqual(first.state.board, board)
    XCTAssertEqual(try files.loadBoard(earlier), recovered)
    // This session's own unsaved work goes to its own recovery file, beside the earlier one.
    first.add("redis")
    first.send(.tick(10))
    first.runEffects(runner("2-2"))
    XCTAssertEqual(try files.loadBoard(recovery("2-2")), first.state.board)
    XCTAssertEqual(try files.loadBoard(earlier), recovered)
    // The first session still runs: the next open offers the earlier work, and n deletes only it.
    live = ["2-2"]
    var second = opening("3-3")
    XCTAssertEqual(second.state.mode, .confirm(.restoreRecovery(recovered, from: earlier)))
    second.press(.char("n"))
    second.runEffects(runner("3-3"))
    XCTAssertNil(files.texts[earlier])
    XCTAssertEqual(try files.loadBoard(recovery("2-2")), first.state.board)
    XCTAssertEqual(opening("4-4").state.mode, .normal)
  }

  func testAnOlderVersionsSharedFileIsOfferedUnlessTheBoardIsOpen() throws {
    let shared = Recovery.boardPath(for: "/cwd/board.yaml", dataFolder: "/data")
    try files.writeOwn(BoardEncoder.encode(recovered), to: shared)
    live = ["board"]  // the board's own lock, <hash>.lock, held by a live mlsd
    XCTAssertEqual(opening("2-2").state.mode, .normal)
    live = []
    XCTAssertEqual(opening("2-2").state.mode, .confirm(.restoreRecovery(recovered, from: shared)))
  }

  func testSetAsideWorkIsOfferedAndWhenAlreadySavedIsRemoved() throws {
    let shared = Recovery.boardPath(for: "/cwd/board.yaml", dataFolder: "/data")
    let later = Recovery.laterPath(shared, number: 3)
    try files.writeOwn(BoardEncoder.encode(recovered), to: later)
    var app = opening("2-2")
    XCTAssert(app.screen.contains("set aside for later"), app.screen)
    app.press(.char("y"))
    app.runEffects(runner("2-2"))
    XCTAssertEqual(app.state.board, recovered)
    XCTAssertNil(files.texts[later])
    try files.writeOwn(BoardEncoder.encode(board), to: later)
    XCTAssertNil(runner("2-2").recoveryOffer(for: "board.yaml", board: board))
    XCTAssertNil(files.texts[later])
    XCTAssertFalse(Recovery.isScratchFile("scratch-1-2.later-1.yaml"))
  }
}
