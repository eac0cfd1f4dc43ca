// A file name typed without an extension (Save as, `:w FILE`) gets ".yaml", as board files
// have, and the status line says so; replacing an existing file is still asked about.
import XCTest

@testable import MLSDCore

final class AppSaveAsNameTests: XCTestCase {
  let files = MemoryFiles()
  var runner: EffectRunner { EffectRunner(files: files, dataFolder: "/data", absolute: { $0 }) }

  func testBoardFileNames() {
    XCTAssertEqual(AppState.boardFileName("scratch1"), "scratch1.yaml")
    XCTAssertEqual(AppState.boardFileName("boards/feed"), "boards/feed.yaml")
    XCTAssertEqual(AppState.boardFileName("feed.yml"), "feed.yml")
    XCTAssertEqual(AppState.boardFileName("notes.txt"), "notes.txt")
    XCTAssertEqual(AppState.boardFileName("../v1.2/feed"), "../v1.2/feed.yaml", "a dot in a folder is no extension")
    XCTAssertEqual(AppState.boardFileName("boards/"), "boards/", "a folder is left to fail as typed")
  }

  func testScratchSaveAsAddsYamlAndSaysSo() throws {
    var app = AppHarness(path: nil)
    app.add("kafka")
    app.press(.ctrl("s"))
    app.type("scratch1")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssertEqual(app.state.filePath, "scratch1.yaml")
    XCTAssertNil(files.texts["scratch1"])
    XCTAssertEqual(try files.loadBoard("scratch1.yaml"), app.state.board)
    XCTAssertEqual(app.state.message?.text, "Saved scratch1.yaml. The name had no extension, so .yaml was added")
  }

  func testAnExistingFileIsStillAskedAboutAndTheNoteWaitsForTheAnswer() throws {
    try files.saveBoard(Board(title: "Theirs"), to: "feed.yaml")
    var app = AppHarness(path: nil)
    app.add("kafka")
    app.press(.char(":"))
    app.type("w feed")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssert(app.screen.contains("feed.yaml exists: replace it?"), app.screen)
    app.press(.char("n"))
    app.runEffects(runner)
    XCTAssertEqual(try files.loadBoard("feed.yaml").title, "Theirs")
    // A later save to a name with an extension carries no stale note.
    app.press(.char(":"))
    app.type("w fresh.yaml")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssertEqual(app.state.message?.text, "Saved fresh.yaml")
    app.press(.char(":"))
    app.type("w feed")
    app.press(.enter)
    app.runEffects(runner)
    app.press(.char("y"))
    app.runEffects(runner)
    XCTAssertEqual(try files.loadBoard("feed.yaml"), app.state.board)
    XCTAssertEqual(app.state.message?.text, "Saved feed.yaml. The name had no extension, so .yaml was added")
  }

  func testTheBoardsOwnFileKeepsItsName() throws {
    var app = AppHarness(path: "noext")
    app.add("kafka")
    app.press(.char(":"))
    app.type("w noext")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssertEqual(app.state.filePath, "noext")
    XCTAssertNotNil(files.texts["noext"])
  }
}
