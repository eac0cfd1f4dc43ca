// The one-line and multi-line text editors.
import XCTest

@testable import MLSDCore

final class AppTextEditingTests: XCTestCase {
  func testTextFieldKeys() {
    var field = TextField("hello world")
    field.handle(.ctrl("w"))
    XCTAssertEqual(field.text, "hello ")
    field.handle(.home)
    field.handle(.char("¡"))
    XCTAssertEqual(field.text, "¡hello ")
    field.handle(.right)
    field.handle(.delete)
    XCTAssertEqual(field.text, "¡hllo ")
    field.handle(.ctrl("k"))
    XCTAssertEqual(field.text, "¡h")
    field.handle(.end)
    field.handle(.char("\n"))
    XCTAssertEqual(field.text, "¡h ", "no line breaks in one line")
    field.handle(.ctrl("u"))
    XCTAssertEqual(field.text, "")
    XCTAssertFalse(field.handle(.enter))
  }

  func testTextFieldWindowKeepsTheCursorVisibleWithWideCharacters() {
    let field = TextField("日本語のラベルです")
    let window = field.window(width: 8)
    XCTAssertLessThanOrEqual(DisplayWidth.of(window.text), 8)
    XCTAssertEqual(window.cursorColumn, 6)
    XCTAssertTrue(window.text.hasSuffix("です"))
  }

  func testTextAreaJoinsAndSplitsLines() {
    var area = TextArea("ab\ncd")
    area.handle(.home)
    area.handle(.backspace)
    XCTAssertEqual(area.text, "abcd")
    area.handle(.enter)
    XCTAssertEqual(area.text, "ab\ncd")
    area.handle(.up)
    area.handle(.end)
    area.handle(.delete)
    XCTAssertEqual(area.text, "abcd")
    area.handle(.left)
    area.handle(.char("é"))
    XCTAssertEqual(area.text, "aébcd")
    area.handle(.ctrl("k"))
    XCTAssertEqual(area.text, "aé")
    XCTAssertEqual(area.cursorDisplayColumn, 2)
  }
}
