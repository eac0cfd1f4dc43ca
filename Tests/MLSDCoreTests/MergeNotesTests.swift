// A notes conflict is not settled blind: each side is shown at the first line where the two
// differ (not their shared beginning), and "keep both" keeps mine and then what theirs added.
import XCTest

@testable import MLSDCore

final class MergeNotesTests: XCTestCase {
  let start = "ML objective: rank candidate videos by expected watch time.\nLabels: watched more than half."
  var base: Board {
    var board = Board(title: "Notes")
    board.notes[.framing] = start
    return board
  }

  func sides() -> (Board, Board) {
    var mine = base
    mine.notes[.framing] = start + "\nA: a bounce (2 s) is a negative."
    var theirs = base
    theirs.notes[.framing] = start + "\nB: dislikes are negatives too."
    return (mine, theirs)
  }

  func testEachSideIsShownWhereTheyDiffer() throws {
    let (mine, theirs) = sides()
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    let conflict = try XCTUnwrap(merge.conflicts.first)
    XCTAssertTrue(conflict.isText)
    XCTAssertEqual(conflict.mine, "line 3: \"A: a bounce (2 s) is a negative.\" (3 lines)")
    XCTAssertEqual(conflict.theirs, "line 3: \"B: dislikes are negatives too.\" (3 lines)")
    XCTAssertNotEqual(conflict.mine, conflict.theirs)
  }

  func testKeepBothKeepsMineThenWhatTheirsAdded() {
    let (mine, theirs) = sides()
    let merged = BoardMerge(base: base, mine: mine, theirs: theirs).resolve(choosing: .both)
    XCTAssertEqual(
      merged.notes[.framing],
      start + "\nA: a bounce (2 s) is a negative.\nB: dislikes are negatives too.")
    // Texts that did not both grow from the base: mine, then all of theirs.
    XCTAssertEqual(BoardMerge.both(base: "x", mine: "mine", theirs: "theirs"), "mine\ntheirs")
    XCTAssertEqual(BoardMerge.both(base: "x", mine: "", theirs: "theirs"), "theirs")
  }

  func testBothAnswersOnlyANotesConflict() throws {
    var (mine, theirs) = sides()
    mine.boxes = [Box(id: "k", label: "Kafka", frame: GridRect(x: 2, y: 2, width: 9, height: 3))]
    theirs.boxes = [Box(id: "k", label: "Pulsar", frame: GridRect(x: 2, y: 2, width: 9, height: 3))]
    let files = MemoryFiles()
    try files.saveBoard(base, to: "b.yaml")
    var app = AppHarness(board: base, path: "b.yaml")
    app.state = AppState(
      board: base, filePath: "b.yaml", library: Fixtures.library, theme: .monochrome, width: 80, height: 24,
      diskStamp: files.stamp("b.yaml"))
    app.state.board = mine
    try files.saveBoard(theirs, to: "b.yaml")
    let runner = EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 })
    app.press(.ctrl("s"))
    app.runEffects(runner)
    app.press(.char("m"))
    XCTAssert(app.screen.contains("Conflict 1 of 2: box k"), app.screen)
    app.press(.char("b"))
    XCTAssert(app.screen.contains("Conflict 1 of 2"), "b does not settle a box: \(app.screen)")
    app.press(.char("m"))
    XCTAssert(app.screen.contains("line 3:"), app.screen)
    XCTAssert(app.screen.contains("b    keep both"), app.screen)
    app.press(.char("b"))
    app.runEffects(runner)
    let saved = try files.loadBoard("b.yaml")
    XCTAssertEqual(saved.box("k")?.label, "Kafka")
    XCTAssert(saved.notes[.framing].hasSuffix("negative.\nB: dislikes are negatives too."), saved.notes[.framing])
    XCTAssert(app.state.message?.text.contains("1 yours, 1 both kept") == true, app.state.message?.text ?? "")
  }
}
