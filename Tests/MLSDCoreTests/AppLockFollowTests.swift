// The lock follows the board: after `:w OTHER.yaml` or a scratch board's Save as, the board lives
// at the new file, so its lock is taken there (a second mlsd opening it is warned) and the old
// file's is released; the recovery file is keyed by the new path too. The runtime moves the lock
// after every action as `follow` does here.
import XCTest

@testable import MLSDCore

final class AppLockFollowTests: XCTestCase {
  let files = MemoryFiles()
  /// Lock files on "disk": lock path → holder.
  var locks: [String: BoardLock] = [:]
  let me = BoardLock(pid: 100, host: "here", started: 0)
  let other = BoardLock(pid: 4242, host: "otherhost", started: 0)
  /// The lock this session holds.
  var held: String?

  var runner: EffectRunner {
    EffectRunner(
      files: files, dataFolder: "/data", absolute: { $0.hasPrefix("/") ? $0 : "/cwd/" + $0 },
      scratchSession: "100-1000",
      lockHolder: { [locks, me] in locks[$0].flatMap { $0 == me ? nil : $0 } },
      takeLock: { [unowned self] in
        self.locks[$0] = self.me
        return true
      },
      releaseLock: { [unowned self] in if self.locks[$0] == self.me { self.locks[$0] = nil } })
  }

  func lock(of path: String?) -> String { runner.lockPath(for: path)! }

  /// What the runtime does after each action: the lock goes where the board lives now.
  func follow(_ app: inout AppHarness) {
    let moved = runner.moveLock(held: held, to: app.state.filePath)
    held = moved.held
    if let note = moved.note { app.send(.failed(note)) }
  }

  func opened(_ path: String?) -> AppHarness {
    var app = AppHarness(path: path)
    if let path { try! files.saveBoard(app.state.board, to: path) }
    follow(&app)
    return app
  }

  func testSavingUnderAnotherNameMovesTheLockAndTheRecoveryFile() throws {
    var app = opened("board.yaml")
    XCTAssertEqual(locks, [lock(of: "board.yaml"): me])
    app.add("kafka")
    app.send(.tick(5))
    app.runEffects(runner)
    let oldRecovery = try XCTUnwrap(runner.recoveryPath(for: "board.yaml"))
    XCTAssertNotNil(files.texts[oldRecovery], "unsaved work kept under the old path")
    app.press(.char(":"))
    app.type("w other.yaml")
    app.press(.enter)
    app.runEffects(runner)
    follow(&app)
    XCTAssertEqual(app.state.filePath, "other.yaml")
    XCTAssertEqual(locks, [lock(of: "other.yaml"): me], "the old file is free, the new one locked")
    XCTAssertNil(files.texts[oldRecovery])
    // Later unsaved work goes to the new path's recovery file.
    app.add("redis")
    app.send(.tick(10))
    app.runEffects(runner)
    XCTAssertEqual(try files.loadBoard(try XCTUnwrap(runner.recoveryPath(for: "other.yaml"))), app.state.board)
    XCTAssertNil(files.texts[oldRecovery])
  }

  func testScratchSaveAsTradesTheScratchLockForTheFilesLock() throws {
    var app = opened(nil)
    XCTAssertEqual(locks, [lock(of: nil): me])
    app.add("kafka")
    app.press(.ctrl("s"))
    app.type("scratch1")
    app.press(.enter)
    app.runEffects(runner)
    follow(&app)
    XCTAssertEqual(app.state.filePath, "scratch1.yaml")
    XCTAssertEqual(locks, [lock(of: "scratch1.yaml"): me])
  }

  func testALockAnotherMlsdHoldsIsNotTakenOver() throws {
    var app = opened("board.yaml")
    try files.saveBoard(Board(title: "Theirs"), to: "theirs.yaml")
    locks[lock(of: "theirs.yaml")] = other
    // `:e` opens it (the save refuses such a file; opening does not ask).
    app.press(.char(":"))
    app.type("e theirs.yaml")
    app.press(.enter)
    app.runEffects(runner)
    follow(&app)
    XCTAssertEqual(app.state.filePath, "theirs.yaml")
    XCTAssertEqual(locks, [lock(of: "theirs.yaml"): other], "theirs kept, board.yaml released")
    XCTAssertNil(held)
    XCTAssert(app.state.message?.text.contains("also open in another mlsd (process 4242 on otherhost") ?? false)
  }

  func testAFailedSaveKeepsTheLockWhereItIs() throws {
    var app = opened("board.yaml")
    files.missingFolders = ["gone"]
    app.press(.char(":"))
    app.type("w gone/x.yaml")
    app.press(.enter)
    app.runEffects(runner)
    follow(&app)
    XCTAssertEqual(app.state.filePath, "board.yaml")
    XCTAssertEqual(locks, [lock(of: "board.yaml"): me])
  }
}
