// Scratch boards each keep their own recovery file: two open at once never write over each
// other's work, and what an ended session left is offered to the next scratch board.
import XCTest

@testable import MLSDCore

final class AppScratchRecoveryTests: XCTestCase {
  private func runner(_ files: MemoryFiles, session: String) -> EffectRunner {
    EffectRunner(files: files, dataFolder: "/data", absolute: { $0 }, scratchSession: session)
  }

  /// A scratch board with one box added and the recovery file written (edits paused).
  private func scratchSession(_ label: String, files: MemoryFiles, session: String) -> (AppHarness, EffectRunner) {
    let runner = runner(files, session: session)
    var app = AppHarness(path: nil)
    app.add(label)
    app.send(.tick(5))
    app.runEffects(runner)
    return (app, runner)
  }

  func testTwoScratchSessionsKeepSeparateRecoveryFiles() throws {
    let files = MemoryFiles()
    let (first, one) = scratchSession("kafka", files: files, session: "100-1000")
    let (second, two) = scratchSession("model registry", files: files, session: "200-2000")
    let firstPath = try XCTUnwrap(one.recoveryPath(for: nil))
    let secondPath = try XCTUnwrap(two.recoveryPath(for: nil))
    XCTAssertNotEqual(firstPath, secondPath)
    XCTAssertEqual(try files.loadBoard(firstPath), first.state.board)
    XCTAssertEqual(try files.loadBoard(secondPath), second.state.board)
    XCTAssertEqual(files.list("/data/recovery").filter(Recovery.isScratchFile).count, 2)
    // While both run, neither is offered to a third session.
    let third = runner(files, session: "300-3000")
    XCTAssertEqual(third.orphanedScratchRecoveries(isLive: { _ in true }), [])
    // Both ended without saving: the newest is offered first.
    let offers = third.orphanedScratchRecoveries(isLive: { _ in false })
    XCTAssertEqual(offers.map(\.path), [secondPath, firstPath])
    XCTAssertEqual(offers.map(\.board), [second.state.board, first.state.board])
    // Only one of them ended: only its work is offered.
    XCTAssertEqual(third.orphanedScratchRecoveries(isLive: { $0 == secondPath }).map(\.path), [firstPath])
  }

  func testACleanQuitOrASaveRemovesOnlyItsOwnFile() throws {
    let files = MemoryFiles()
    var (first, one) = scratchSession("kafka", files: files, session: "100-1000")
    var (second, two) = scratchSession("model registry", files: files, session: "200-2000")
    let secondPath = try XCTUnwrap(two.recoveryPath(for: nil))
    // The first saves under a name: its scratch recovery file goes, the second's stays.
    first.press(.ctrl("s"))
    first.type("mine.yaml")
    first.press(.enter)
    first.runEffects(one)
    XCTAssertEqual(first.state.filePath, "mine.yaml")
    XCTAssertNil(files.texts[try XCTUnwrap(one.recoveryPath(for: nil))])
    XCTAssertNotNil(files.texts[secondPath])
    // The second discards its work on quitting: its own file goes.
    second.press(.char("q"))
    second.press(.char("n"))
    second.runEffects(two)
    XCTAssertTrue(second.state.quitting)
    XCTAssertNil(files.texts[secondPath])
    XCTAssertEqual(files.list("/data/recovery").filter(Recovery.isScratchFile), [])
  }

  func testOffersAreTakenOneAtATime() throws {
    let files = MemoryFiles()
    let (first, one) = scratchSession("kafka", files: files, session: "100-1000")
    let (second, two) = scratchSession("model registry", files: files, session: "200-2000")
    let firstPath = try XCTUnwrap(one.recoveryPath(for: nil))
    let secondPath = try XCTUnwrap(two.recoveryPath(for: nil))
    // A lock left by a killed session is removed with its file.
    files.texts[BoardLock.path(forRecovery: secondPath)] = "pid: 200\nhost: h\nstarted: 2000\n"
    let runner = runner(files, session: "300-3000")
    var app = AppHarness(path: nil)
    app.send(.offerScratchRecoveries(runner.orphanedScratchRecoveries(isLive: { _ in false })))
    XCTAssertTrue(app.screen.contains("Restore the unsaved scratch board of an ended session"), app.screen)
    XCTAssertTrue(app.screen.contains("1 more after it"))
    // n discards the newest and asks about the next.
    app.press(.char("n"))
    app.runEffects(runner)
    XCTAssertNil(files.texts[secondPath])
    XCTAssertNil(files.texts[BoardLock.path(forRecovery: secondPath)])
    XCTAssertEqual(
      app.state.mode, .confirm(.restoreScratch([ScratchRecovery(path: firstPath, board: first.state.board)])))
    // y restores it and makes it this session's recovery file at once.
    app.press(.char("y"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board, first.state.board)
    XCTAssertNil(files.texts[firstPath])
    let own = try XCTUnwrap(runner.recoveryPath(for: nil))
    XCTAssertEqual(try files.loadBoard(own), first.state.board)
    XCTAssertEqual(second.state.board.boxes.count, 1)
    // Undo takes the restored board back.
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.boxes, [])
  }

  func testEscapeKeepsEveryOfferForNextTime() throws {
    let files = MemoryFiles()
    _ = scratchSession("kafka", files: files, session: "100-1000")
    let runner = runner(files, session: "300-3000")
    var app = AppHarness(path: nil)
    let offers = runner.orphanedScratchRecoveries(isLive: { _ in false })
    XCTAssertEqual(offers.count, 1)
    app.send(.offerScratchRecoveries(offers))
    app.press(.escape)
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board.boxes, [])
    XCTAssertEqual(runner.orphanedScratchRecoveries(isLive: { _ in false }), offers)
  }

  func testTheOldSharedScratchFileIsOfferedLast() throws {
    let files = MemoryFiles()
    let (first, one) = scratchSession("kafka", files: files, session: "100-1000")
    var old = Board(title: "Old scratch")
    old.boxes = [Box(id: "x", label: "Feature store", frame: GridRect(x: 2, y: 1, width: 17, height: 3))]
    files.texts["/data/recovery/scratch.yaml"] = BoardEncoder.encode(old)
    files.texts["/data/recovery/scratch-100-1000.kept-1.yaml"] = BoardEncoder.encode(old)
    files.texts["/data/recovery/scratch-9-9.yaml"] = "not: [a board"
    let offers = runner(files, session: "300-3000").orphanedScratchRecoveries(isLive: { _ in false })
    XCTAssertEqual(offers.map(\.path), [try XCTUnwrap(one.recoveryPath(for: nil)), "/data/recovery/scratch.yaml"])
    XCTAssertEqual(offers.map(\.board), [first.state.board, old])
  }
}
