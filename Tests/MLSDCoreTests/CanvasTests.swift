// The canvas stores compact slots and writes text from bytes; these tests hold it to the plain
// cell-by-cell canvas it replaced (CanvasReference) and check the frame diff the terminal uses.
import XCTest

@testable import MLSDCore

final class CanvasTests: XCTestCase {
  /// Characters that exercise every path: ASCII, box drawing, wide, emoji with and without a
  /// variation selector, ZWJ sequences, combining marks alone and attached, a prepended mark
  /// (joins the space after it), controls and bidi overrides.
  private let characters: [Character] = [
    "a", "Z", " ", "─", "│", "┼", "▶", "…", "中", "한", "😀", "❤️", "☺", "👨‍👩‍👧", "🇫🇷", "e\u{301}", "\u{301}",
    "\u{0D4E}", "\u{0600}", "\u{1B}", "\u{7F}", "\u{202E}", "\u{200D}", "\t", "\u{AD}", "é",
  ]
  /// Texts set straight into cells, which nothing sanitizes: empty (a continuation), several
  /// characters, text ending in spaces, only spaces, NUL.
  private let rawTexts = ["", "ab", "a ", "  ", "\u{0}", "中", "x\u{0D4E}", "👨‍👩‍👧", " \u{301}"]
  private let styles = [CellStyle.plain, CellStyle(.box), CellStyle(.arrow, bold: true)]

  private func assertSame(
    _ canvas: Canvas, _ reference: CanvasReference, _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(canvas.width, reference.width, what, file: file, line: line)
    XCTAssertEqual(canvas.height, reference.height, what, file: file, line: line)
    for (index, (cell, expected)) in zip(canvas.cells, reference.cells).enumerated() {
      // Scalar for scalar: String equality would let canonically equivalent text through.
      guard Array(cell.text.unicodeScalars) == Array(expected.text.unicodeScalars), cell.style == expected.style
      else {
        XCTFail("\(what): cell \(index) is \(cell), expected \(expected)", file: file, line: line)
        return
      }
    }
    XCTAssertEqual(
      canvas.lines().map { Array($0.utf8) }, reference.lines().map { Array($0.utf8) }, what, file: file, line: line)
    XCTAssertEqual(Array(canvas.text().utf8), Array(reference.text().utf8), what, file: file, line: line)
  }

  /// Applies one random drawing operation to both canvases.
  private func step(_ canvas: inout Canvas, _ reference: inout CanvasReference, _ random: inout SeededRandom) {
    let x = random.int(-2..<(canvas.width + 2))
    let y = random.int(-1..<(canvas.height + 1))
    let style = styles[random.int(0..<styles.count)]
    switch random.int(0..<6) {
    case 0, 1:
      let character = characters[random.int(0..<characters.count)]
      XCTAssertEqual(
        canvas.put(character, x: x, y: y, style: style), reference.put(character, x: x, y: y, style: style))
    case 2:
      let text = String((0..<random.int(0..<6)).map { _ in characters[random.int(0..<characters.count)] })
      let limit = random.chance(50) ? random.int(0..<8) : nil
      XCTAssertEqual(
        canvas.put(text: text, x: x, y: y, style: style, maxWidth: limit),
        reference.put(text: text, x: x, y: y, style: style, maxWidth: limit))
    case 3:
      let cell = Cell(rawTexts[random.int(0..<rawTexts.count)], style: style)
      canvas[x, y] = cell
      reference[x, y] = cell
    case 4:
      let rect = GridRect(x: x, y: y, width: random.int(0..<5), height: random.int(0..<3))
      let cell = Cell(random.chance(50) ? " " : rawTexts[random.int(0..<rawTexts.count)], style: style)
      canvas.fill(rect, with: cell)
      reference.fill(rect, with: cell)
    default:
      var small = Canvas(width: random.int(0..<6), height: random.int(0..<4))
      var smallReference = CanvasReference(width: small.width, height: small.height)
      for _ in 0..<8 where small.width > 0 && small.height > 0 { step(&small, &smallReference, &random) }
      canvas.blit(small, x: x - 2, y: y - 1)
      reference.blit(smallReference, x: x - 2, y: y - 1)
    }
  }

  func testRandomDrawingMatchesTheCellByCellCanvas() {
    for seed in 0..<300 {
      var random = SeededRandom(seed: UInt64(seed))
      var canvas = Canvas(width: random.int(1..<14), height: random.int(1..<5))
      var reference = CanvasReference(width: canvas.width, height: canvas.height)
      for move in 0..<40 {
        step(&canvas, &reference, &random)
        assertSame(canvas, reference, "seed \(seed), step \(move)")
        if testRun?.failureCount ?? 0 > 0 { return }
      }
    }
  }

  func testLinesSkipContinuationsAndDropTrailingSpaces() {
    var canvas = Canvas(width: 12, height: 4)
    canvas.put(text: "中文 ab", x: 1, y: 0, style: .plain)
    canvas.put(text: "😀", x: 10, y: 1, style: CellStyle(.box))
    canvas.put("│", x: 3, y: 2, style: .plain)
    XCTAssertTrue(canvas[2, 0].isContinuation)
    XCTAssertEqual(canvas.lines(), [" 中文 ab", "          😀", "   │", ""])
    XCTAssertEqual(canvas.text(), " 中文 ab\n          😀\n   │")
  }

  func testASpaceThatJoinsTheCharacterBeforeItIsKeptAsBefore() {
    // U+0D4E (a prepended mark) and the space after it are one character, so trimming by
    // characters stops there; a cell of text ending in spaces is trimmed into.
    var canvas = Canvas(width: 6, height: 3)
    canvas[1, 0] = Cell("\u{0D4E}")
    canvas[0, 1] = Cell("a  ")
    canvas[0, 2] = Cell("  ")
    XCTAssertEqual(canvas.lines(), [" \u{0D4E} ", "a", ""])
    XCTAssertEqual(canvas.text(), " \u{0D4E} \na")
  }

  func testAnEmptyCanvasHasNoText() {
    XCTAssertEqual(Canvas(width: 0, height: 3).text(), "")
    XCTAssertEqual(Canvas(width: 5, height: 0).lines(), [])
    XCTAssertEqual(Canvas(width: 5, height: 2).text(), "")
  }

  func testFastWidthsAgreeWithSanitizerAndDisplayWidth() {
    for value in UInt32(0)...0x3_0000 {
      guard let width = Canvas.plainWidth(value), let scalar = Unicode.Scalar(value) else { continue }
      XCTAssertTrue(Sanitizer.isPlain(scalar), "U+\(String(value, radix: 16))")
      XCTAssertEqual(DisplayWidth.of(scalar), width, "U+\(String(value, radix: 16))")
      XCTAssertEqual(DisplayWidth.of(Character(scalar)), width, "U+\(String(value, radix: 16))")
    }
  }

  func testCanvasesWithTheSameCellsAreEqualWhateverOrderTheirTextsCameIn() {
    var a = Canvas(width: 4, height: 1)
    var b = Canvas(width: 4, height: 1)
    a.put("👨‍👩‍👧", x: 0, y: 0, style: .plain)
    a.put("e\u{301}", x: 2, y: 0, style: .plain)
    b.put("e\u{301}", x: 2, y: 0, style: .plain)
    b.put("👨‍👩‍👧", x: 0, y: 0, style: .plain)
    XCTAssertEqual(a, b)
    XCTAssertEqual(a.hashValue, b.hashValue)
    b.put("é", x: 2, y: 0, style: .plain)
    XCTAssertNotEqual(a, b, "different scalars are a different cell, even when canonically equivalent")
    b.put("e\u{301}", x: 2, y: 0, style: CellStyle(.box))
    XCTAssertNotEqual(a, b)
  }

  func testTheFirstFrameRedrawsEveryCellButContinuations() {
    var canvas = Canvas(width: 5, height: 2)
    canvas.put("中", x: 1, y: 0, style: .plain)
    let all = canvas.changedCells(since: nil, columns: 5, rows: 2)
    XCTAssertEqual(all.count, 9)
    XCTAssertFalse(all.contains(GridPoint(x: 2, y: 0)))
    XCTAssertEqual(canvas.changedCells(since: Canvas(width: 4, height: 2), columns: 5, rows: 2), all)
    XCTAssertEqual(
      canvas.changedCells(since: nil, columns: 2, rows: 1), [GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 0)])
  }

  func testOnlyTheCellsThatChangedAreRedrawn() {
    var before = Canvas(width: 6, height: 3)
    before.put(text: "ab中", x: 0, y: 0, style: .plain)
    before.put("👨‍👩‍👧", x: 0, y: 2, style: .plain)
    XCTAssertEqual(before.changedCells(since: before, columns: 6, rows: 3), [])
    var after = before
    after.put("x", x: 1, y: 0, style: .plain)
    after.put("y", x: 5, y: 1, style: CellStyle(.box))
    after[0, 0] = Cell("a", style: CellStyle(.box))
    XCTAssertEqual(
      after.changedCells(since: before, columns: 6, rows: 3),
      [GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 0), GridPoint(x: 5, y: 1)])
    // A restyled continuation redraws its wide character; the screen size clips.
    var restyled = before
    restyled[3, 0] = Cell("", style: CellStyle(.box))
    XCTAssertEqual(restyled.changedCells(since: before, columns: 6, rows: 3), [GridPoint(x: 2, y: 0)])
    XCTAssertEqual(
      after.changedCells(since: before, columns: 5, rows: 3), [GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 0)])
    // Text of several scalars is compared by its scalars, whichever table index it has.
    var other = Canvas(width: 6, height: 3)
    other.put("e\u{301}", x: 4, y: 1, style: .plain)
    other.blit(before, x: 0, y: 0)
    var again = before
    again.put("e\u{301}", x: 4, y: 1, style: .plain)
    XCTAssertEqual(again.changedCells(since: other, columns: 6, rows: 3), [GridPoint(x: 4, y: 1)])
  }

  func testABoxLabelThatFitsWrapsAsDisplayWidthWrapsIt() {
    var random = SeededRandom(seed: 7)
    let pieces = ["a", "bc", " ", "  ", "Kafka", "中", "-", "\u{301}"]
    var texts = ["", " ", "a", "a ", " a", "a  b", "exactly ten", "Feature store (Redis) 12"]
    for _ in 0..<2000 {
      texts.append((0..<random.int(0..<8)).map { _ in pieces[random.int(0..<pieces.count)] }.joined())
    }
    for text in texts {
      for columns in [0, 2, 3, 10, 24] {
        XCTAssertEqual(
          BoxPainter.wrap(text, to: columns), DisplayWidth.wrap(text, to: columns), "'\(text)' in \(columns)")
      }
    }
  }
}
