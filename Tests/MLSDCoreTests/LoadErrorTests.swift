// Every kind of mistake in a board file gives FILE:LINE:COLUMN: a message naming the field.
import XCTest

@testable import MLSDCore

final class LoadErrorTests: XCTestCase {
  private func message(_ text: String) -> String {
    do {
      _ = try BoardDecoder.decode(text, name: "b.yaml")
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  private let head = "mlsd: 1\ntitle: T\n"

  func testUnknownKeySuggestsTheNearestKnownOne() {
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    lable: A\n"),
      "b.yaml:5:5: boxes[0]: unknown key 'lable' in a box (did you mean 'label'?)")
    XCTAssertEqual(message(head + "titel: x\n"), "b.yaml:3:1: unknown key 'titel' in board (did you mean 'title'?)")
  }

  /// A comma inside `{ }` ends the value; the rest reads as a key with no value. The message says
  /// to quote the text; a block mapping's unknown key keeps its suggestion.
  func testCommaInAnUnquotedFlowValueSaysToQuote() {
    let boxes = "boxes:\n  - {id: a, label: A}\n  - {id: b, label: B}\n"
    XCTAssertEqual(
      message(head + boxes + "arrows:\n  - {from: a, to: b, label: clicks, views}\n"),
      "b.yaml:7:37: arrows[0]: unknown key 'views' in an arrow"
        + " (inside { } a comma ends the value: quote the text, as in label: \"clicks, views\")")
    XCTAssertEqual(
      message(head + boxes + "arrows:\n  - {from: a, to: b, lable: x}\n"),
      "b.yaml:7:22: arrows[0]: unknown key 'lable' in an arrow (did you mean 'label'?)")
  }

  func testDuplicateBoxID() {
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    label: A\n  - id: a\n    label: B\n"),
      "b.yaml:6:9: boxes[1].id: duplicate box id 'a' (first used on line 4)")
  }

  func testArrowToAMissingBox() {
    XCTAssertEqual(
      message(head + "boxes:\n  - id: kafka\n    label: A\narrows:\n  - from: kafka\n    to: kafak\n"),
      "b.yaml:8:9: arrows[0].to: no box with id 'kafak' (did you mean 'kafka'?)")
  }

  func testWrongTypes() {
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    label: A\n    at: [1, x]\n"),
      "b.yaml:6:13: boxes[0].at[1]: expected a whole number, found 'x'")
    XCTAssertEqual(message(head + "boxes: {a: 1}\n"), "b.yaml:3:8: boxes: expected a list, found a mapping")
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    label: [A, B]\n"),
      "b.yaml:5:12: boxes[0].label: expected text, found a list")
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    label: A\n    at: 3\n"),
      "b.yaml:6:9: boxes[0].at: expected [x, y], found '3'")
  }

  func testNumbersOutOfRange() {
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    label: A\n    size: [2, 3]\n"),
      "b.yaml:6:12: boxes[0].size[0]: 2 is out of range (5...500)")
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a\n    label: A\n    at: [-1, 0]\n"),
      "b.yaml:6:10: boxes[0].at[0]: -1 is out of range (0...100000)")
  }

  func testMissingRequiredFields() {
    XCTAssertEqual(message("mlsd: 1\n"), "b.yaml:1:1: board needs 'title'")
    XCTAssertEqual(message(head + "boxes:\n  - id: a\n"), "b.yaml:4:5: boxes[0]: a box needs 'label'")
    XCTAssertEqual(message("title: T\n"), "b.yaml:1:1: not an mlsd board: the 'mlsd: 1' format line is missing")
  }

  func testNewerFormatAndBadIDs() {
    XCTAssertEqual(
      message("mlsd: 7\ntitle: T\n"),
      "b.yaml:1:7: mlsd: this board uses format 7, newer than this mlsd reads (1); update mlsd")
    XCTAssertEqual(
      message(head + "boxes:\n  - id: a b\n    label: A\n"),
      "b.yaml:4:9: boxes[0].id: box id 'a b' may only hold letters, digits, '-', '_' and '.'")
  }

  func testGroupsAndNotes() {
    XCTAssertEqual(
      message(head + "boxes:\n  - {id: a, label: A}\ngroups:\n  - {id: g, title: G, boxes: [a, z]}\n"),
      "b.yaml:6:34: groups[0].boxes[1]: no box with id 'z'")
    XCTAssertEqual(
      message(
        head + "boxes:\n  - {id: a, label: A}\ngroups:\n  - {id: g, title: G, boxes: [a]}\n"
          + "  - {id: h, title: H, boxes: [a]}\n"),
      "b.yaml:7:31: groups[1].boxes[0]: box 'a' is already in group 'g'")
    XCTAssertEqual(
      message(head + "notes:\n  modle: x\n"),
      "b.yaml:4:3: notes: unknown key 'modle' in notes (the keys are the seven steps) (did you mean 'model'?)")
    XCTAssertEqual(
      message(head + "boxes:\n  - {id: a, label: A}\narrows:\n  - {from: a, to: a, style: dotted}\n"),
      "b.yaml:6:29: arrows[0].style: unknown arrow style 'dotted' (one of: solid, dashed, thick)")
  }

  func testDuplicateKeysAndSyntaxErrors() {
    XCTAssertEqual(
      message(head + "title: U\n"), "b.yaml:2:1: duplicate key 'title' in one mapping (its first use is here)")
    XCTAssertEqual(
      message("mlsd: 1\ntitle: [T\n"),
      "b.yaml:3:1: not valid YAML: while parsing a flow sequence did not find expected ',' or ']'")
  }

  func testCommentsAreTolerated() throws {
    let (board, _) = try BoardDecoder.decode(
      "# a board\nmlsd: 1 # version\ntitle: T  # the title\nboxes:\n  # none yet\n", name: "b.yaml")
    XCTAssertEqual(board.title, "T")
  }

  func testAliasBombIsRefusedQuickly() {
    var lines = [
      "mlsd: 1", "title: T", "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]",
    ]
    for i in 1...8 {
      let name = String(UnicodeScalar(UInt8(97 + i)))
      let previous = String(UnicodeScalar(UInt8(96 + i)))
      lines.append("\(name): &\(name) [\(Array(repeating: "*" + previous, count: 9).joined(separator: ", "))]")
    }
    XCTAssertTrue(message(lines.joined(separator: "\n")).contains("aliases that expand too far are refused"))
  }

  func testDeepNestingIsRefused() {
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    XCTAssertTrue(message(head + "boxes: " + deep + "\n").contains("nesting is deeper than 64 levels"))
  }
}
