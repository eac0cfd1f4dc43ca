// A paste is one action, never keys: in a one-line prompt its line breaks become spaces, in the
// notes it is text, on the board it becomes a box, and nowhere does it run as commands.
import XCTest

@testable import MLSDCore

final class AppPasteTests: XCTestCase {
  func board() -> AppHarness {
    var app = AppHarness()
    app.add("data source")
    app.add("kafka")
    app.add("feature store")
    return app
  }

  /// The tester's case: Enter on a box, then a paste of two lines whose second is "xxdd u".
  func testAPasteIntoALabelNeverRunsItsSecondLineAsKeys() {
    var app = board()
    let boxes = app.state.board.boxes.count
    let selected = app.state.selectedBoxID!
    app.press(.enter, .ctrl("u"))
    app.send(.paste("Search logs\rxxdd u\r"))
    guard case .label(.boxLabel(selected), let field) = app.state.mode else {
      return XCTFail("the label editor stays open: \(app.state.mode)")
    }
    XCTAssertEqual(field.text, "Search logs xxdd u")
    XCTAssertEqual(app.state.board.boxes.count, boxes, "no box deleted")
    app.press(.enter)
    XCTAssertEqual(app.selectedBox?.label, "Search logs xxdd u")
    XCTAssertEqual(app.state.board.boxes.count, boxes)
  }

  func testAPasteOfOneLineEndingInABreakLeavesNoSpace() {
    var app = board()
    app.press(.char(":"))
    app.send(.paste("template news-feed\r\n"))
    XCTAssertEqual(app.state.mode, .command(TextField("template news-feed")))
    XCTAssertNil(app.state.message, "one line needs no word about line breaks")
  }

  func testSeveralLinesInAFieldSaySo() {
    var app = board()
    app.press(.char("/"))
    app.send(.paste("kaf\nka"))
    guard case .find(let field, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(field.text, "kaf ka")
    XCTAssertEqual(app.state.message?.text, "No box matches 'kaf ka'", "the search ran on the whole paste")
    app.press(.ctrl("u"))
    app.send(.paste("feature\r\rstore"))
    guard case .find(let again, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(again.text, "feature store")
    XCTAssert(app.state.selectedBox?.label.lowercased().hasSuffix("feature store") == true, "the search found it")
    XCTAssertEqual(app.state.message?.text, "Pasted 2 lines as one: a line break would end the prompt")
  }

  func testThePaletteFiltersOnThePaste() {
    var app = board()
    app.press(.char("a"))
    app.send(.paste("vector"))
    guard case .palette(let query, let index) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(query.text, "vector")
    XCTAssertEqual(index, 0)
    let first = app.state.paletteResults("vector").first
    XCTAssertNotNil(first)
    app.press(.enter)
    XCTAssertEqual(app.state.selectedBox?.label, first?.name)
  }

  func testTheNotesEditorTakesThePasteAsTextInOneUndoStep() {
    var app = board()
    app.press(.char("1"))
    guard case .notes = app.state.mode else { return XCTFail("1 opens the notes: \(app.state.mode)") }
    app.type("Users: ")
    app.send(.paste("creators\r\nviewers\tand ads\rend"))
    guard case .notes(_, var area) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(area.text, "Users: creators\nviewers and ads\nend")
    XCTAssertEqual(area.row, 2)
    XCTAssertEqual(area.column, 3)
    area.handle(.ctrl("z"))
    XCTAssertEqual(area.text, "Users: ", "one undo takes the whole paste back")
  }

  func testAPasteIntoTheMiddleOfANoteKeepsTheRestOfTheLine() {
    var area = TextArea("ab")
    area.handle(.left)
    area.paste("1\n2")
    XCTAssertEqual(area.text, "a1\n2b")
    XCTAssertEqual(area.row, 1)
    XCTAssertEqual(area.column, 1)
  }

  func testOnTheBoardAPasteBecomesOneBoxAndOneUndo() {
    var app = board()
    let before = app.state.board
    app.send(.paste("Search logs\r  xxdd u  \r\r"))
    XCTAssertEqual(app.state.board.boxes.count, before.boxes.count + 1, "one box, nothing deleted")
    XCTAssertEqual(app.state.selectedBox?.label, "Search logs")
    XCTAssertEqual(app.state.selectedBox?.detail, "xxdd u")
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.message?.text, "Pasted as a new box 'Search logs' (u undoes)")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, before)
  }

  func testATooLongPasteOnTheBoardIsRefusedWithAWord() {
    var app = board()
    let before = app.state.board
    app.send(.paste(String(repeating: "word ", count: 60)))
    XCTAssertEqual(app.state.board, before)
    XCTAssertEqual(app.state.message?.tone, .warning)
    XCTAssert(app.state.message?.text.hasPrefix("Paste ignored: 299 characters") == true, "\(app.state.message!)")
  }

  func testModesWithoutTextIgnoreAPaste() {
    var app = board()
    let before = app.state.board
    app.press(.char("m"))
    app.send(.paste("x"))
    XCTAssertEqual(app.state.message?.text, "Paste ignored: MOVE takes no text (Esc first)")
    app.press(.escape)
    XCTAssertEqual(app.state.board, before)
    app.send(.paste("\r\n\u{1B}\u{7}"))
    XCTAssertEqual(app.state.board, before, "a paste of nothing printable does nothing")
    XCTAssertNil(app.state.message)
  }

  func testControlCharactersAreDroppedAndLineBreaksNormalised() {
    XCTAssertEqual(AppState.pastedText("a\r\nb\rc\nd\u{1B}[31me\u{7}\tf"), "a\nb\nc\nd[31me\tf")
    XCTAssertEqual(AppState.pastedLines(" a \n\n\t\n b"), ["a", "b"])
  }

  func testReadOnlyRefusesAPasteOnTheBoard() {
    var app = AppHarness()
    app.state = AppState(
      board: Board(title: "Watched"), filePath: "board.yaml", library: Fixtures.library, theme: .monochrome,
      width: 120, height: 40, readOnly: true)
    app.send(.paste("Kafka"))
    XCTAssert(app.state.board.boxes.isEmpty)
    XCTAssertEqual(app.state.message?.text, AppState.readOnlyNote)
  }
}
