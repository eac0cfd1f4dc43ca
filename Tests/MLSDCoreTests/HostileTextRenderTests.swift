// Hostile text drawn into the Canvas (directly, through Diagram.paint, TextRenderer and the app's
// whole screen): no cell ever holds a control character, an escape, a bidi control or an invisible
// format character, and wide characters keep the grid consistent.
import XCTest

@testable import MLSDCore

final class HostileTextRenderTests: XCTestCase {
  /// Fails on the first cell that holds a forbidden scalar or breaks the wide-character rules.
  private func assertSafe(_ canvas: Canvas, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    for y in 0..<canvas.height {
      for x in 0..<canvas.width {
        let cell = canvas[x, y]
        if let bad = HostileCorpus.firstForbidden(in: cell.text) {
          XCTFail("\(what): cell (\(x), \(y)) holds \(bad)", file: file, line: line)
          return
        }
        if cell.isContinuation {
          let left = x > 0 ? canvas[x - 1, y] : Cell.blank
          guard !left.isContinuation, let character = left.text.first, DisplayWidth.of(character) == 2 else {
            XCTFail(
              "\(what): continuation cell (\(x), \(y)) without a wide character before it", file: file, line: line)
            return
          }
          continue
        }
        guard cell.text.count == 1, let character = cell.text.first else {
          XCTFail("\(what): cell (\(x), \(y)) holds \(cell.text.count) characters", file: file, line: line)
          return
        }
        let width = DisplayWidth.of(character)
        if width == 0 {
          XCTFail("\(what): cell (\(x), \(y)) holds a zero-width character", file: file, line: line)
          return
        }
        if width == 2 && (x + 1 >= canvas.width || !canvas[x + 1, y].isContinuation) {
          XCTFail("\(what): wide character at (\(x), \(y)) without its continuation cell", file: file, line: line)
          return
        }
      }
    }
    for (row, text) in canvas.lines().enumerated() where DisplayWidth.of(text) > canvas.width {
      XCTFail("\(what): row \(row) is \(DisplayWidth.of(text)) columns on a \(canvas.width)-column canvas")
      return
    }
  }

  func testCanvasPutOfEveryEntryAtEveryPlace() {
    for entry in HostileCorpus.entries {
      for width in [1, 2, 7, 40] {
        for x in [-3, 0, width - 1] {
          var canvas = Canvas(width: width, height: 3)
          canvas.put(text: entry.text, x: x, y: 1, style: .plain)
          canvas.put(text: entry.text, x: x + 1, y: 1, style: .plain, maxWidth: 5)
          for character in entry.text.prefix(64) { canvas.put(character, x: x, y: 2, style: .plain) }
          assertSafe(canvas, "\(entry.name) put at x=\(x) on a \(width)-wide canvas")
        }
      }
    }
  }

  func testEveryScalarAloneIsDrawnSafely() {
    // Every scalar of the first planes, a cell at a time: the sanitizer and the canvas agree on all.
    var canvas = Canvas(width: 8, height: 1)
    var scalars: [Unicode.Scalar] = []
    for v in UInt32(0)...0x3_0000 {
      if let scalar = Unicode.Scalar(v) { scalars.append(scalar) }
    }
    scalars += (0xE_0000...0xE_01EF).compactMap(Unicode.Scalar.init)
    for scalar in scalars {
      canvas.fill(GridRect(x: 0, y: 0, width: 8, height: 1), with: .blank)
      canvas.put(Character(scalar), x: 1, y: 0, style: .plain)
      if let bad = (0..<8).compactMap({ HostileCorpus.firstForbidden(in: canvas[$0, 0].text) }).first {
        XCTFail("U+\(String(scalar.value, radix: 16, uppercase: true)) leaves \(bad) in a cell")
        return
      }
    }
  }

  func testSanitizerShowsEveryEscapeSequenceVisibly() {
    for entry in HostileCorpus.entries {
      let visible = Sanitizer.visible(entry.text)
      XCTAssertNil(HostileCorpus.firstForbidden(in: visible), entry.name)
      // Nothing is silently dropped: every unsafe scalar has a stand-in.
      XCTAssertGreaterThanOrEqual(visible.unicodeScalars.count, entry.text.unicodeScalars.count, entry.name)
    }
    XCTAssertEqual(Sanitizer.visible("\u{1B}[2J"), "␛[2J")
    XCTAssertEqual(Sanitizer.visible("\u{1B}]0;pwned\u{07}"), "␛]0;pwned␇")
    XCTAssertEqual(Sanitizer.visible("\u{9B}31m"), "⟨U+009B⟩31m")
    XCTAssertEqual(Sanitizer.visible("a\u{202E}b"), "a⟨U+202E⟩b")
    XCTAssertEqual(Sanitizer.visible("\u{FEFF}\u{200B}"), "⟨U+FEFF⟩⟨U+200B⟩")
    XCTAssertEqual(Sanitizer.visible("x\u{7F}"), "x␡")
    XCTAssertEqual(Sanitizer.visible("👩🏽‍💻"), "👩🏽‍💻", "emoji joiners stay")
  }

  func testDiagramPaintAndTextRendererKeepEveryCellSafe() {
    for entry in HostileCorpus.entries {
      let board = HostileCorpus.board(with: entry.text)
      let diagram = Diagram(board: board)
      guard let bounds = diagram.bounds else {
        XCTFail("\(entry.name): the board has no bounds")
        continue
      }
      for charset in [Charset.unicode, .ascii] {
        var canvas = Canvas(width: bounds.width, height: bounds.height)
        diagram.paint(into: &canvas, offset: GridPoint(x: bounds.x, y: bounds.y), charset: charset)
        assertSafe(canvas, "\(entry.name) painted (\(charset))")
        // A window onto part of the diagram, as the screen shows it when scrolled.
        var window = Canvas(width: 17, height: 9)
        diagram.paint(into: &window, offset: GridPoint(x: bounds.x + 3, y: bounds.y + 1), charset: charset)
        assertSafe(window, "\(entry.name) painted into a scrolled window (\(charset))")

        let text = TextRenderer.render(diagram, charset: charset)
        XCTAssertNil(HostileCorpus.firstForbidden(in: HostileCorpus.withoutNewlines(text)), entry.name)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // In ASCII the visible title is also made 7-bit, column for column.
        XCTAssertEqual(
          lines.first, charset.text(Sanitizer.visible(entry.text)), "\(entry.name): the title is one visible line")
        if charset == .ascii { XCTAssertTrue(text.unicodeScalars.allSatisfy { $0.value < 0x80 }, entry.name) }
        lines.removeFirst()
        for (row, line) in lines.enumerated() {
          XCTAssertLessThanOrEqual(
            DisplayWidth.of(line), bounds.width, "\(entry.name): diagram row \(row) is wider than the canvas")
        }
      }
    }
  }

  func testEveryEntryOnOneBoardRendersSafely() {
    let diagram = Diagram(board: HostileCorpus.everything)
    guard let bounds = diagram.bounds else { return XCTFail("no bounds") }
    var canvas = Canvas(width: bounds.width, height: bounds.height)
    diagram.paint(into: &canvas, offset: GridPoint(x: bounds.x, y: bounds.y), charset: .unicode)
    assertSafe(canvas, "everything")
    let text = TextRenderer.render(diagram, charset: .ascii)
    XCTAssertFalse(text.unicodeScalars.contains("\u{1B}"))
  }

  func testTheAppScreenShowsHostileTitlesLabelsAndNotesSafely() {
    for entry in HostileCorpus.entries {
      for (width, height) in [(120, 40), (60, 16), (20, 8)] {
        let state = AppState(
          board: HostileCorpus.board(with: entry.text), filePath: "b\u{1B}[2J.yaml", library: Fixtures.library,
          theme: .monochrome, width: width, height: height)
        let screen = AppView.render(state)
        XCTAssertEqual(screen.width, width)
        XCTAssertEqual(screen.height, height)
        assertSafe(screen, "\(entry.name) on the app screen at \(width)×\(height)")
      }
    }
  }
}
