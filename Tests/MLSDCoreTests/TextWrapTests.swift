// Wrapping labels into box lines: every input ends, and no line is wider than asked unless a
// single character is wider than the line.
import XCTest

@testable import MLSDCore

final class TextWrapTests: XCTestCase {
  func testACharacterWiderThanTheLineTakesALineOfItsOwn() {
    XCTAssertEqual(DisplayWidth.wrap("中", to: 1), ["中"])
    XCTAssertEqual(DisplayWidth.wrap("中文", to: 1), ["中", "文"])
    XCTAssertEqual(DisplayWidth.wrap("a中b", to: 1), ["a", "中", "b"])
    XCTAssertEqual(DisplayWidth.wrap("🚀🚀 x", to: 1), ["🚀", "🚀", "x"])
  }

  func testLinesFitWhenEveryCharacterFits() {
    let text = "Online feature store (Redis) 中文 ranking 🚀 service"
    for columns in 2...30 {
      for line in DisplayWidth.wrap(text, to: columns) {
        XCTAssertLessThanOrEqual(DisplayWidth.of(line), columns, "\(columns): \(line)")
      }
    }
  }

  func testANarrowBoxWithAWideLabelRenders() {
    // This used to hang: a 5-column box leaves one column for a two-column character.
    let box = Box(id: "a", label: "中", frame: GridRect(x: 0, y: 0, width: 5, height: 3))
    let board = Board(title: "narrow", boxes: [box])
    let text = TextRenderer.render(board, charset: .unicode)
    XCTAssertTrue(text.contains("┌"), text)
  }
}
