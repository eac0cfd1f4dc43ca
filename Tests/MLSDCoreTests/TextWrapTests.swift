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

  func testALongWordIsCutIntoFullLinesAndItsRestJoinsTheNextWords() {
    XCTAssertEqual(DisplayWidth.wrap("abcdefghij kl mn", to: 4), ["abcd", "efgh", "ij", "kl", "mn"])
    XCTAssertEqual(DisplayWidth.wrap("ab abcdefgh c", to: 4), ["ab", "abcd", "efgh", "c"])
    XCTAssertEqual(DisplayWidth.wrap("abcdef g", to: 4), ["abcd", "ef g"])
    XCTAssertEqual(DisplayWidth.wrap("ab中文字", to: 3), ["ab", "中", "文", "字"])
  }

  func testAVeryLongWordIsCutIntoPiecesOfTheLineWidth() {
    // 200,000 characters without a space: an import of such a label once took two minutes,
    // since each piece cut off measured the rest of the word again.
    let word = String(repeating: "x", count: 200_000)
    let lines = DisplayWidth.wrap(word + " tail", to: 24)
    XCTAssertEqual(lines.count, 200_000 / 24 + 1)
    XCTAssertTrue(lines.dropLast().allSatisfy { $0.count == 24 })
    XCTAssertEqual(lines.last, String(repeating: "x", count: 200_000 % 24) + " tail")
    let shown = DisplayWidth.wrap(word, to: 24, maxLines: 5)
    XCTAssertEqual(shown.count, 5)
    XCTAssertEqual(shown.last, String(repeating: "x", count: 23) + "…")
  }

  func testWrappingAgreesWithCuttingOnePrefixAtATime() {
    // The way words were cut before they were cut in one pass, kept here as the reference.
    var generator = SeededRandom(seed: 13)
    let pieces = ["a", "bb", "中", "🚀", "é", " ", " ", "  ", "\n", "xyz", "Feature", "文字"]
    for _ in 0..<400 {
      let count = Int.random(in: 0..<30, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      for columns in 1...9 {
        XCTAssertEqual(DisplayWidth.wrap(text, to: columns), Self.prefixWrap(text, to: columns), "\(columns): \(text)")
      }
    }
  }

  /// Words wrapped by cutting the longest prefix that fits off a long word, again and again.
  static func prefixWrap(_ text: String, to columns: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      let first = lines.count
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        while wordWidth > columns {
          if !line.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          var head = DisplayWidth.prefix(word, fitting: columns)
          if head.isEmpty, let first = word.first { head = String(first) }
          lines.append(head)
          word = String(word.dropFirst(head.count))
          wordWidth = DisplayWidth.of(word)
        }
        if word.isEmpty { continue }
        if lineWidth == 0 {
          line = word
          lineWidth = wordWidth
        } else if lineWidth + 1 + wordWidth <= columns {
          line += " " + word
          lineWidth += 1 + wordWidth
        } else {
          lines.append(line)
          line = word
          lineWidth = wordWidth
        }
      }
      if !line.isEmpty || lines.count == first { lines.append(line) }
    }
    return lines
  }
}
