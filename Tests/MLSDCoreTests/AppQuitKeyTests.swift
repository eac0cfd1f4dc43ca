// Ctrl-C (and Ctrl-Q) pressed in the notes editor, a palette, a prompt or a question closes it as
// Esc does and says that pressing it again quits; the notes typed are kept, a question is never
// answered yes, and from the board the key quits as before.
import XCTest

@testable import MLSDCore

final class AppQuitKeyTests: XCTestCase {
  func testCtrlCInTheNotesEditorKeepsTheNotesAndTheNextOneQuits() {
    var app = AppHarness()
    app.press(.char("1"))
    app.type("p99 under 80 ms")
    app.press(.ctrl("c"))
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board.notes[.requirements], "p99 under 80 ms")
    XCTAssertEqual(
      app.state.message?.text, "Notes of step 1 saved in the board (Ctrl-S writes the file); Ctrl-C again quits")
    XCTAssertFalse(app.state.quitting)
    app.press(.ctrl("c"))
    XCTAssertEqual(app.state.mode, .confirm(.quitUnsaved), "the notes are unsaved: asked first")
    app.press(.ctrl("c"))
    XCTAssertEqual(app.state.mode, .normal, "a second Ctrl-C never discards")
    XCTAssertFalse(app.state.quitting)
  }

  func testCtrlCClosesPalettesAndPromptsAsEscDoes() {
    let opens: [(String, [Key])] = [
      ("add palette", [.char("a")]), ("command line", [.char(":")]), ("find", [.char("/")]),
      ("label", [.enter]), ("kind palette", [.char("K")]), ("move", [.char("m"), .right]),
      ("resize", [.char("r"), .right]), ("connect", [.char("c")]),
    ]
    for (what, keys) in opens {
      var app = AppHarness()
      app.add("kafka")
      app.add("redis")
      let board = app.state.board
      app.press(.ctrl("s"))
      _ = app.state.takeEffectsForTest()
      for key in keys { app.press(key) }
      XCTAssertNotEqual(app.state.mode, .normal, what)
      app.type("zz")
      app.press(.ctrl("c"))
      XCTAssertEqual(app.state.mode, .normal, what)
      XCTAssertEqual(app.state.board, board, "\(what): cancelled, nothing changed")
      XCTAssert(
        app.state.message?.text.hasSuffix("Ctrl-C again quits") ?? false, "\(what): \(app.state.message?.text ?? "")")
      XCTAssertFalse(app.state.quitting, what)
    }
  }

  func testCtrlQAndSaveAs() {
    var app = AppHarness(path: nil)
    app.add("kafka")
    app.press(.ctrl("s"))
    app.type("name")
    app.press(.ctrl("q"))
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.message?.text, "Not saved; Ctrl-Q again quits")
    XCTAssertEqual(app.state.takeEffectsForTest(), [])
  }

  func testCtrlCOnTheRecoveryOfferKeepsTheWorkForLater() {
    var recovered = Board(title: "Test board")
    recovered.boxes = [Box(id: "x", label: "Kafka", frame: GridRect(x: 2, y: 1, width: 9, height: 3))]
    var app = AppHarness()
    app.send(.offerRecovery(recovered, from: "/data/recovery/0123456789abcdef.1-1.yaml"))
    app.press(.ctrl("c"))
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "left where it is for the next open, not discarded")
  }

  func testCtrlCInAMergeGoesBackToTheChoicesAndThenAsksToQuit() throws {
    let files = MemoryFiles()
    let runner = EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 })
    let board = Board(
      title: "Shared", boxes: [Box(id: "api", label: "API", frame: GridRect(x: 2, y: 2, width: 9, height: 3))])
    try files.saveBoard(board, to: "board.yaml")
    var app = AppHarness(board: board)
    app.state = AppState(
      board: board, filePath: "board.yaml", library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: files.stamp("board.yaml"))
    app.rename("Gateway")
    var theirs = board
    theirs.boxes[0].label = "Edge API"
    try files.saveBoard(theirs, to: "board.yaml")
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    guard case .confirm(.mergeConflicts) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    app.press(.ctrl("c"))
    guard case .confirm(.fileChanged) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(app.state.message?.text, "Closed, as Esc does; Ctrl-C again quits")
    app.press(.ctrl("c"))
    XCTAssertEqual(app.state.mode, .confirm(.quitUnsaved))
    XCTAssertEqual(try files.loadBoard("board.yaml"), theirs, "nothing written")
  }

  func testCtrlCOnThePracticeBriefingQuitsInsteadOfStartingTheClock() {
    let template = Fixtures.library.template("ad-click-prediction")!
    var app = AppHarness(board: template.newBoard(), path: nil)
    let date = Date(timeIntervalSince1970: 1_800_000_000)
    app.state.startPractice(PracticeMode(template: template, minutes: 45, hints: false, now: 0, date: date), date: date)
    XCTAssertEqual(app.state.practicePhase, .briefing)
    app.press(.ctrl("c"))
    XCTAssertTrue(app.state.quitting)
  }
}
