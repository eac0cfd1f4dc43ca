// `mlsd open --read-only`: keys that would edit are taken back with a note, nothing is written,
// and the board follows the file on disk. And the lock file another open reads.
import Foundation
import XCTest

@testable import MLSDCore

final class AppReadOnlyTests: XCTestCase {
  func follower(_ files: MemoryFiles) -> AppHarness {
    let board = Board(
      title: "Watched", boxes: [Box(id: "api", label: "API", frame: GridRect(x: 2, y: 2, width: 9, height: 3))])
    try! files.saveBoard(board, to: "board.yaml")
    var app = AppHarness(board: board)
    app.state = AppState(
      board: board, filePath: "board.yaml", library: Fixtures.library, theme: .monochrome, width: 120,
      height: 40, diskStamp: files.stamp("board.yaml"), readOnly: true)
    return app
  }

  func testEditingKeysSaySoAndChangeNothing() {
    var app = follower(MemoryFiles())
    let before = app.state.board
    for keys in [[Key.char("a")], [.char("x")], [.enter], [.char("m")], [.ctrl("s")]] {
      for key in keys { app.press(key) }
      XCTAssertEqual(app.state.board, before, "\(keys)")
      XCTAssertEqual(app.state.mode, .normal, "\(keys)")
      XCTAssertEqual(app.state.message?.text, AppState.readOnlyNote, "\(keys)")
      XCTAssertEqual(app.state.takeEffectsForTest().filter { if case .save = $0 { true } else { false } }, [])
    }
    XCTAssert(app.screen.contains("READ-ONLY"))
  }

  func testTheFollowerReloadsEverySave() throws {
    let files = MemoryFiles()
    var app = follower(files)
    app.press(.char("l"))  // panning and selecting still work
    var theirs = try files.loadBoard("board.yaml")
    theirs.boxes.append(Box(id: "kafka", label: "Kafka", frame: GridRect(x: 30, y: 2, width: 9, height: 3)))
    try files.saveBoard(theirs, to: "board.yaml")
    app.send(.tick(1))
    let runner = EffectRunner(files: files, dataFolder: nil, absolute: { $0 })
    for effect in app.state.takeEffectsForTest() {
      if let reply = runner.run(effect, state: app.state) { app.send(reply) }
    }
    XCTAssertNotNil(app.state.board.box("kafka"))
    XCTAssertFalse(app.state.isDirty)
  }

  func testLockFilesRoundTripAndAGoneProcessIsStale() throws {
    let folder = NSTemporaryDirectory() + "/mlsd-lock-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = BoardLock.path(forRecovery: folder + "/recovery/abc.yaml")
    XCTAssertEqual(path, folder + "/recovery/abc.lock")
    let mine = BoardLock.current()
    try mine.write(to: path)
    XCTAssertEqual(BoardLock.read(path), mine)
    XCTAssertTrue(mine.isMine)
    XCTAssertFalse(mine.isStale)
    // A process id far above any pid_max is certainly not running.
    var gone = mine
    gone.pid = 999_999_999
    XCTAssertTrue(gone.isStale)
    gone.host = "another-host"
    XCTAssertFalse(gone.isStale, "a lock from another host is never taken for stale")
    BoardLock.release(path)
    XCTAssertNil(BoardLock.read(path))
  }
}
