// Merge conflicts settled one at a time: the state machine alone, then in the app with two
// writers' boards (both versions shown, per-conflict choices, one choice for the rest, going
// back, and undo after the merge).
import XCTest

@testable import MLSDCore

final class ConflictSettlementTests: XCTestCase {
  func testChoicesAdvanceOneAtATimeAndGoBack() {
    var settling = ConflictSettlement(count: 3)
    XCTAssertEqual(settling.current, 0)
    XCTAssertFalse(settling.isDone)
    settling.choose(.mine)
    XCTAssertEqual(settling.current, 1)
    settling.choose(.theirs)
    XCTAssertEqual(settling.choices, [.mine, .theirs])
    XCTAssertTrue(settling.back())
    XCTAssertEqual(settling.current, 1)
    XCTAssertEqual(settling.choices, [.mine])
    settling.chooseRest(.theirs)
    XCTAssertTrue(settling.isDone)
    XCTAssertNil(settling.current)
    XCTAssertEqual(settling.choices, [.mine, .theirs, .theirs])
    XCTAssertEqual(settling.summary, "1 yours, 2 theirs")
    settling.choose(.mine)
    XCTAssertEqual(settling.choices.count, 3, "nothing to choose once every conflict is settled")
  }

  func testBackAtTheStartIsRefusedAndNoConflictsIsDone() {
    var settling = ConflictSettlement(count: 2)
    XCTAssertFalse(settling.back())
    XCTAssertEqual(settling.current, 0)
    XCTAssertTrue(ConflictSettlement(count: 0).isDone)
  }

  // MARK: - The merge with per-conflict choices

  private func box(_ id: String, _ label: String, x: Int) -> Box {
    Box(id: id, label: label, frame: GridRect(x: x, y: 2, width: 14, height: 3))
  }

  private var base: Board {
    Board(title: "Shared", boxes: [box("api", "API", x: 2), box("db", "Database", x: 30), box("ml", "Model", x: 60)])
  }

  /// Both rename all three boxes differently.
  private func sides() -> (mine: Board, theirs: Board) {
    var mine = base
    var theirs = base
    for i in mine.boxes.indices {
      mine.boxes[i].label = "Mine \(i)"
      theirs.boxes[i].label = "Theirs \(i)"
    }
    return (mine, theirs)
  }

  func testEachConflictFollowsItsOwnChoice() {
    let (mine, theirs) = sides()
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    XCTAssertEqual(merge.conflicts.map(\.what), ["box api", "box db", "box ml"])
    let merged = merge.resolve(choices: [.mine, .theirs, .mine])
    XCTAssertEqual(merged.boxes.map(\.label), ["Mine 0", "Theirs 1", "Mine 2"])
    XCTAssertEqual(merge.resolve(choices: [.theirs, .theirs, .theirs]), merge.resolve(choosing: .theirs))
    XCTAssertEqual(merge.resolve(choices: []), merge.resolve(choosing: .mine))
  }

  func testADeletedBoxKeptByChoiceKeepsItsArrow() {
    var base = self.base
    base.arrows = [Arrow(from: "api", to: "db")]
    var mine = base
    mine.boxes.removeAll { $0.id == "db" }
    mine.arrows = []
    var theirs = base
    theirs.boxes[1].label = "Postgres"
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    XCTAssertEqual(merge.conflicts.map(\.what), ["box db"])
    XCTAssertEqual(merge.conflicts.first?.mine, "deleted")
    XCTAssertNil(merge.result(choices: [.mine]).board.box("db"))
    let kept = merge.result(choices: [.theirs]).board
    XCTAssertEqual(kept.box("db")?.label, "Postgres")
  }

  // MARK: - In the app

  private let path = "board.yaml"

  private func app(_ files: MemoryFiles, mine: Board) -> (AppHarness, EffectRunner) {
    try! files.saveBoard(base, to: path)
    var app = AppHarness(board: base, path: path)
    app.state = AppState(
      board: base, filePath: path, library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: files.stamp(path))
    app.state.edit { $0 = mine }
    return (app, EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }))
  }

  func testTheAppWalksTheConflictsAndUndoTakesTheMergeBack() throws {
    let files = MemoryFiles()
    let (mine, theirs) = sides()
    var (app, runner) = app(files, mine: mine)
    try files.saveBoard(theirs, to: path)
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    var screen = app.screen
    XCTAssert(screen.contains("Conflict 1 of 3: box api"), screen)
    XCTAssert(screen.contains("mine:   \"Mine 0\""), screen)
    XCTAssert(screen.contains("theirs: \"Theirs 0\""), screen)
    XCTAssert(screen.contains("2 more after this one"), screen)
    app.press(.char("m"))
    screen = app.screen
    XCTAssert(screen.contains("Conflict 2 of 3: box db"), screen)
    XCTAssert(screen.contains("box api: mine"), screen)
    // Backspace goes back to the first; then theirs for it, mine for the second.
    app.press(.backspace)
    XCTAssert(app.screen.contains("Conflict 1 of 3: box api"))
    app.press(.char("t"))
    app.press(.char("m"))
    XCTAssert(app.screen.contains("Conflict 3 of 3: box ml"))
    XCTAssertEqual(try files.loadBoard(path), theirs, "nothing is written before every conflict is settled")
    app.press(.char("t"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board.boxes.map(\.label), ["Theirs 0", "Mine 1", "Theirs 2"])
    XCTAssertEqual(try files.loadBoard(path).boxes.map(\.label), ["Theirs 0", "Mine 1", "Theirs 2"])
    XCTAssert(app.state.message?.text.contains("3 conflict(s) settled: 1 yours, 2 theirs") ?? false)
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, mine, "undo brings my version back")
    app.press(.ctrl("r"))
    XCTAssertEqual(app.state.board.boxes.map(\.label), ["Theirs 0", "Mine 1", "Theirs 2"])
  }

  func testOneChoiceForTheRest() throws {
    let files = MemoryFiles()
    let (mine, theirs) = sides()
    var (app, runner) = app(files, mine: mine)
    try files.saveBoard(theirs, to: path)
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    app.press(.char("t"))
    app.press(.char("M"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.board.boxes.map(\.label), ["Theirs 0", "Mine 1", "Mine 2"])
    // T at the first conflict takes theirs for all of them.
    var (other, otherRunner) = self.app(MemoryFiles(), mine: mine)
    try otherRunner.files.saveBoard(theirs, to: path)
    other.press(.ctrl("s"))
    other.runEffects(otherRunner)
    other.press(.char("m"))
    other.press(.char("T"))
    other.runEffects(otherRunner)
    XCTAssertEqual(other.state.board, theirs)
  }

  func testEscapeReturnsToTheChoices() throws {
    let files = MemoryFiles()
    let (mine, theirs) = sides()
    var (app, runner) = app(files, mine: mine)
    try files.saveBoard(theirs, to: path)
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    app.press(.char("m"))
    app.press(.escape)
    guard case .confirm(.fileChanged) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(app.state.board, mine)
  }
}
