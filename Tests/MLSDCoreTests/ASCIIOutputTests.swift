// ASCII means 7-bit: every template's reference design through every ASCII output (render and
// export, the whiteboard drawn with --ascii, the practice review's page), truncation marks included.

import XCTest

@testable import MLSDCore

final class ASCIIOutputTests: XCTestCase {
  private func assertSevenBit(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    let bad = text.unicodeScalars.filter { $0.value >= 0x80 }
    XCTAssertTrue(
      bad.isEmpty,
      "\(what): \(bad.count) characters beyond 7-bit, first \(bad.first.map { "U+\(String($0.value, radix: 16))" } ?? "")",
      file: file, line: line)
  }

  func testEveryReferenceIsSevenBitInEveryASCIIOutput() {
    let library = Fixtures.library
    for template in library.templates {
      let board = template.referenceBoard()
      assertSevenBit(TextRenderer.render(board, charset: .ascii), "\(template.id) render --ascii")
      assertSevenBit(ExportFormat.ascii.exporter.export(board, context: ExportContext()), "\(template.id) export ascii")
      var state = AppState(
        board: board, filePath: nil, library: library, theme: .monochrome, ascii: true, width: 160, height: 45)
      state.apply(.key(.char("L")))
      assertSevenBit(AppView.render(state).text(), "\(template.id) whiteboard --ascii")
      let review = PracticeReview(session: nil, board: board, template: template, catalogue: library.catalogue)
      assertSevenBit(review.page(width: 160, charset: .ascii).text(), "\(template.id) review page --ascii")
    }
  }

  func testCutTextEndsInThreeDotsInTheSameColumns() {
    let cut = DisplayWidth.truncate("Text indexing pipeline", to: 12)
    let ascii = ASCIIText.of(cut)
    XCTAssertEqual(ascii, "Text inde...")
    XCTAssertEqual(DisplayWidth.of(ascii), DisplayWidth.of(cut))
    XCTAssertEqual(ASCIIText.of("推荐 café — “A/B”"), "???? cafe - \"A/B\"")
    XCTAssertEqual(ASCIIText.of("ab…"), "...")
    XCTAssertEqual(ASCIIText.of("plain"), "plain")
  }

  func testGroupTitleCutInAnASCIIDrawingKeepsTheFrame() {
    let boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 6, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 10, y: 0, width: 6, height: 3)),
    ]
    let board = Board(
      title: "t", boxes: boxes, arrows: [Arrow(from: "a", to: "b")],
      groups: [Group(id: "g", title: "A very long group title indeed", boxIDs: ["a", "b"])])
    let text = TextRenderer.render(board, charset: .ascii)
    assertSevenBit(text, "group title")
    XCTAssertTrue(text.contains("..."), text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).filter { !$0.isEmpty }
    XCTAssertEqual(Set(lines.map(\.count)).count, 1, "every row of the frame is as wide:\n\(text)")
  }
}
