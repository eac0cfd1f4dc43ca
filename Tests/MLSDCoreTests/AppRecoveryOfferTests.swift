// The unsaved work an earlier session left is offered in a window (what it holds, the three
// choices); "later" sets it aside so that this session's own recovery file does not replace it,
// and it is offered again at the next open, where y takes it over and n discards it.
import XCTest

@testable import MLSDCore

final class AppRecoveryOfferTests: XCTestCase {
  let files = MemoryFiles()
  var runner: EffectRunner { EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }) }
  let board = Board(title: "Test board")
  var recovered: Board {
    var recovered = board
    recovered.boxes = [Box(id: "x", label: "Kafka", frame: GridRect(x: 2, y: 1, width: 9, height: 3))]
    return recovered
  }

  /// `mlsd open board.yaml` as Open starts it: the offer looked up, then sent.
  func opening(width: Int = 80, height: Int = 24) -> AppHarness {
    var app = AppHarness(board: board, path: "board.yaml", width: width, height: height)
    if let offer = runner.recoveryOffer(for: "board.yaml", board: board) {
      app.send(.offerRecovery(offer.board, from: offer.from))
    }
    return app
  }

  func testTheOfferIsAWindowWithItsChoices() throws {
    try files.writeOwn(BoardEncoder.encode(recovered), to: runner.recoveryPath(for: "board.yaml")!)
    let app = opening()
    let screen = app.screen
    XCTAssert(screen.contains("Unsaved work from an earlier session"), screen)
    XCTAssert(screen.contains("add 'Kafka'"), screen)
    XCTAssert(screen.contains("y    restore it"), screen)
    XCTAssert(screen.contains("n    discard it"), screen)
    XCTAssert(screen.contains("Esc  decide later"), screen)
    XCTAssert(screen.contains("Restore it? y restore · n discard · Esc decide later"), screen)
  }

  func testLaterSetsItAsideAndTheNextOpenOffersIt() throws {
    let recovery = runner.recoveryPath(for: "board.yaml")!
    try files.writeOwn(BoardEncoder.encode(recovered), to: recovery)
    var first = opening()
    first.press(.escape)
    first.runEffects(runner)
    XCTAssertEqual(first.state.board, board)
    XCTAssertNil(files.texts[recovery])
    XCTAssertEqual(try files.loadBoard(Recovery.laterPath(recovery, number: 1)), recovered)
    // This session's own unsaved work goes to the recovery file, beside the work set aside.
    first.add("redis")
    first.send(.tick(10))
    first.runEffects(runner)
    XCTAssertEqual(try files.loadBoard(recovery), first.state.board)
    XCTAssertEqual(try files.loadBoard(Recovery.laterPath(recovery, number: 1)), recovered)
    // The next open offers the recovery file first, then (after n) the work set aside.
    var second = opening()
    XCTAssertEqual(second.state.mode, .confirm(.restoreRecovery(first.state.board, from: nil)))
    second.press(.char("n"))
    second.runEffects(runner)
    XCTAssertNil(files.texts[recovery])
    var third = opening()
    XCTAssertEqual(
      third.state.mode, .confirm(.restoreRecovery(recovered, from: Recovery.laterPath(recovery, number: 1))))
    XCTAssert(third.screen.contains("set aside for later"), third.screen)
    third.press(.char("y"))
    third.runEffects(runner)
    XCTAssertEqual(third.state.board, recovered)
    XCTAssertEqual(try files.loadBoard(recovery), recovered, "taken over as this session's recovery file")
    XCTAssertNil(files.texts[Recovery.laterPath(recovery, number: 1)])
  }

  func testSetAsideWorkAlreadySavedIsNotOfferedAndIsRemoved() throws {
    let recovery = runner.recoveryPath(for: "board.yaml")!
    let later = Recovery.laterPath(recovery, number: 3)
    try files.writeOwn(BoardEncoder.encode(board), to: later)
    XCTAssertNil(runner.recoveryOffer(for: "board.yaml", board: board))
    XCTAssertNil(files.texts[later])
    XCTAssertFalse(Recovery.isScratchFile("scratch-1-2.later-1.yaml"))
  }
}
