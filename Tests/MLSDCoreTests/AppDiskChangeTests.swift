// Two writers on one board file: a save never replaces a change someone else made on disk
// without asking; the choices (reload, overwrite, save as, merge) each do what they say; idle
// checks reload a clean board and ask about a dirty one.
import XCTest

@testable import MLSDCore

final class AppDiskChangeTests: XCTestCase {
  let path = "board.yaml"
  var files = MemoryFiles()
  var runner: EffectRunner { EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }) }

  /// The app opened on a board already on disk, as `mlsd open` starts it.
  func opened() -> AppHarness {
    files = MemoryFiles()
    return AppHarness.openedOnDisk(files, path: path)
  }

  /// Someone else adds a box to the file.
  func theyAdd(_ id: String, _ label: String) {
    var theirs = try! files.loadBoard(path)
    theirs.boxes.append(Box(id: id, label: label, frame: GridRect(x: 40, y: 20, width: 16, height: 3)))
    try! files.saveBoard(theirs, to: path)
  }

  func testASaveOverAChangedFileAsksInsteadOfWriting() throws {
    var app = opened()
    let mine = app.add("kafka")
    theyAdd("registry", "Model registry")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    guard case .confirm(.fileChanged(let theirs?, _, _)) = app.state.mode else {
      return XCTFail("asks: \(app.state.mode)")
    }
    XCTAssertNotNil(theirs.box("registry"))
    XCTAssertNotNil(try files.loadBoard(path).box("registry"), "their box is still in the file")
    XCTAssertNil(try files.loadBoard(path).box(mine), "mine is not written yet")
    XCTAssert(app.screen.contains("changed on disk"))
    XCTAssert(app.screen.contains("m    merge"))
  }

  func testMergeKeepsBothBoxesAndSaves() throws {
    var app = opened()
    let mine = app.add("kafka")
    theyAdd("registry", "Model registry")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    app.runEffects(runner)
    let saved = try files.loadBoard(path)
    XCTAssertNotNil(saved.box("registry"))
    XCTAssertNotNil(saved.box(mine))
    XCTAssertFalse(app.state.isDirty)
    XCTAssertEqual(app.state.mode, .normal)
  }

  func testConflictsAreShownAndTheChosenSideKept() throws {
    var app = opened()
    app.rename("Gateway")
    var theirs = try files.loadBoard(path)
    theirs.boxes[0].label = "Edge API"
    try files.saveBoard(theirs, to: path)
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    guard case .confirm(.mergeConflicts) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    let screen = app.screen
    XCTAssert(screen.contains("Conflict 1 of 1: box api"), screen)
    XCTAssert(screen.contains("mine:   \"Gateway\""), screen)
    XCTAssert(screen.contains("theirs: \"Edge API\""), screen)
    app.press(.char("t"))
    app.runEffects(runner)
    XCTAssertEqual(try files.loadBoard(path).boxes[0].label, "Edge API")
    XCTAssertEqual(app.state.board.boxes[0].label, "Edge API")
  }

  func testOverwriteAndReloadDoWhatTheySay() throws {
    var app = opened()
    let mine = app.add("kafka")
    theyAdd("registry", "Model registry")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("r"))
    app.runEffects(runner)
    XCTAssertNotNil(app.state.board.box("registry"))
    XCTAssertFalse(app.state.isDirty)
    let kept = files.texts.keys.filter { $0.contains(".kept-") }
    XCTAssertEqual(kept.count, 1, "my version is kept")
    XCTAssert(files.texts[kept[0]]!.contains("id: \(mine)"))
    app.press(.char("u"))
    XCTAssertNotNil(app.state.board.box(mine), "u brings mine back")
    theyAdd("cache", "Cache")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("o"))
    app.runEffects(runner)
    XCTAssertNil(try files.loadBoard(path).box("cache"), "overwritten, as chosen")
  }

  func testIdleChecksReloadACleanBoardAndAskAboutADirtyOne() throws {
    var app = opened()
    theyAdd("registry", "Model registry")
    app.send(.tick(1))
    app.runEffects(runner)
    XCTAssertNotNil(app.state.board.box("registry"), "reloaded")
    XCTAssertEqual(app.state.message?.text, "Reloaded board.yaml: it changed on disk")
    app.add("kafka")
    theyAdd("cache", "Cache")
    app.send(.tick(2))
    app.runEffects(runner)
    guard case .confirm(.fileChanged) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    app.press(.escape)
    app.send(.tick(3))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal, "a declined change is not asked about again")
  }

  func testAnUnchangedFileIsNotReadAgain() {
    var app = opened()
    app.send(.tick(1))
    XCTAssertEqual(app.state.takeEffectsForTest(), [.checkDisk(path: path, stamp: files.stamp(path)!)])
    app.send(.tick(1.1))
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "at most one look per interval")
    XCTAssertNil(runner.run(.checkDisk(path: path, stamp: files.stamp(path)!), state: app.state))
  }

  func testNoReloadWhileAMouseDragWaitsForItsRelease() throws {
    var app = opened()
    let box = try XCTUnwrap(app.state.board.boxes.first)
    let area = app.state.canvasArea
    let x = box.frame.x + 2 - app.state.scroll.x + area.x
    let y = box.frame.y + 1 - app.state.scroll.y + area.y
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 0.2)))
    app.send(.mouse(MouseEvent(.drag, x: x + 6, y: y + 2, time: 0.3)))
    XCTAssertNotNil(app.state.drag, "the premise: a drag whose release has not come")
    theyAdd("registry", "Model registry")
    app.send(.tick(1))
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "no look at the disk while the drag is pending")
    // Its end puts back the board it started from: had the reload come first, it would be undone.
    app.press(.escape)
    XCTAssertNil(app.state.drag)
    app.send(.tick(2))
    app.runEffects(runner)
    XCTAssertNotNil(app.state.board.box("registry"), "reloaded once the drag is over")
    XCTAssertFalse(app.state.isDirty)
  }
}
