// The escape sequences a terminal sends that its TERM entry may not name: known ones become keys,
// unknown ones are taken whole and dropped.
import XCTest

@testable import MLSDCore

final class EscapeSequenceTests: XCTestCase {
  func testHomeEndDeleteAndPagesInTheirXtermAndTmuxForms() {
    for body in ["[1~", "[7~", "[H", "OH", "[1;2H"] { XCTAssertEqual(EscapeSequence.key(body), .home, body) }
    for body in ["[4~", "[8~", "[F", "OF"] { XCTAssertEqual(EscapeSequence.key(body), .end, body) }
    XCTAssertEqual(EscapeSequence.key("[3~"), .delete)
    XCTAssertEqual(EscapeSequence.key("[5~"), .pageUp)
    XCTAssertEqual(EscapeSequence.key("[6~"), .pageDown)
  }

  func testArrowsShiftArrowsBackTabAndFunctionKeys() {
    XCTAssertEqual(EscapeSequence.key("[A"), .up)
    XCTAssertEqual(EscapeSequence.key("OD"), .left)
    XCTAssertEqual(EscapeSequence.key("[1;2C"), .shiftRight)
    XCTAssertEqual(EscapeSequence.key("[1;5B"), .down, "Ctrl is read as the plain arrow")
    XCTAssertEqual(EscapeSequence.key("[Z"), .backTab)
    XCTAssertEqual(EscapeSequence.key("OP"), .function(1))
    XCTAssertEqual(EscapeSequence.key("[15~"), .function(5))
    XCTAssertEqual(EscapeSequence.key("[24~"), .function(12))
  }

  func testUnknownSequencesGiveNoKey() {
    for body in ["[2~", "[99~", "[I", "[O", "[?1;2c", "[200~", "[[A", "Ox", "[1;2;3A", "[x;1~"] {
      XCTAssertTrue(EscapeSequence.isComplete(body), body)
      XCTAssertNil(EscapeSequence.key(body), body)
    }
  }

  func testASequenceIsCompleteAtItsFinalCharacterOnly() {
    XCTAssertTrue(EscapeSequence.starts("["))
    XCTAssertTrue(EscapeSequence.starts("O"))
    XCTAssertFalse(EscapeSequence.starts("j"), "ESC and a letter are two keys")
    for body in ["[", "[4", "[1;2", "O", "[["] {
      XCTAssertFalse(EscapeSequence.isComplete(body), body)
      XCTAssertNil(EscapeSequence.key(body), body)
    }
    // Reading ESC [ 4 ~ X one character at a time stops at "~": the X is a key of its own.
    var body = ""
    for character in "[4~X" {
      body.append(character)
      if EscapeSequence.isComplete(body) { break }
    }
    XCTAssertEqual(body, "[4~")
  }
}
