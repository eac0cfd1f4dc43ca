// Undo back past another writer's board taken in (r after a change on disk, a quiet reload, a
// merge) gives a board without their work while the file holds it: the next Ctrl-S must not
// write it away unseen. It asks, and its merge keeps both sides (base: the file the board was made from).
import XCTest

@testable import MLSDCore

final class AppReloadUndoTests: XCTestCase {
  let path = "nb.yaml"
  var files = MemoryFiles()
  var runner: EffectRunner {
    EffectRunner(
      files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }, lockHolder: { _ in nil }, takeLock: { _ in true },
      releaseLock: { _ in })
  }

  func opened() -> AppHarness {
    let board = Board(
      title: "Shared",
      boxes: [
        Box(id: "mon", label: "Monitoring", frame: GridRect(x: 2, y: 2, width: 14, height: 3)),
        Box(id: "etl", label: "Daily ETL", frame: GridRect(x: 30, y: 2, width: 14, height: 3)),
      ])
    return AppHarness.openedOnDisk(files, path: path, board: board)
  }

  /// The other writer renames Monitoring and saves.
  func theyRename() {
    var theirs = try! files.loadBoard(path)
    theirs.boxes[0].label = "Monitoring A"
    try! files.saveBoard(theirs, to: path)
  }

  func testUndoPastReloadThenSaveAsksAndMergeKeepsBoth() throws {
    var app = opened()
    app.state.selection = .box("etl")
    app.rename("Daily ETL B")
    theyRename()
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("r"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.board.box("mon")?.label, "Monitoring A")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.box("mon")?.label, "Monitoring", "u brings mine back")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    guard case .confirm(.fileChanged(let theirs?, _, _)) = app.state.mode else {
      return XCTFail("Ctrl-S asks: \(app.state.mode)")
    }
    XCTAssertEqual(theirs.box("mon")?.label, "Monitoring A")
    XCTAssertEqual(try files.loadBoard(path).box("mon")?.label, "Monitoring A", "nothing written yet")
    XCTAssert(app.screen.contains("Undo took the board back"), app.screen)
    XCTAssert(app.screen.contains("no conflicts"), "base is the file the board was made from: \(app.screen)")
    app.press(.char("m"))
    app.runEffects(runner)
    let saved = try files.loadBoard(path)
    XCTAssertEqual(saved.box("mon")?.label, "Monitoring A")
    XCTAssertEqual(saved.box("etl")?.label, "Daily ETL B")
    XCTAssertFalse(app.state.isDirty)
    // Saved and merged: a plain Ctrl-S again is a plain save.
    app.press(.ctrl("s"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
  }

  func testUndoPastAQuietReloadAsksToo() throws {
    var app = opened()
    theyRename()
    app.send(.tick(1))
    app.runEffects(runner)
    XCTAssertEqual(app.state.board.box("mon")?.label, "Monitoring A", "clean board reloaded")
    app.press(.char("u"))
    app.press(.ctrl("s"))
    app.runEffects(runner)
    guard case .confirm(.fileChanged) = app.state.mode else { return XCTFail("asks: \(app.state.mode)") }
    XCTAssertEqual(try files.loadBoard(path).box("mon")?.label, "Monitoring A")
    // Redo comes back to their board: nothing to ask.
    app.press(.escape, .ctrl("r"))
    XCTAssertEqual(app.state.board.box("mon")?.label, "Monitoring A")
    XCTAssertNil(app.state.document.mergeBase)
  }

  func testUndoPastOwnSaveIsAPlainSave() throws {
    var app = opened()
    app.state.selection = .box("etl")
    app.rename("Daily ETL B")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("u"))
    app.press(.ctrl("s"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(try files.loadBoard(path).box("etl")?.label, "Daily ETL")
  }
}
