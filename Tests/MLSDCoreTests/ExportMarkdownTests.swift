import XCTest

// The Markdown export: title, fenced diagram, the seven steps' notes, the check report.
@testable import MLSDCore

final class ExportMarkdownTests: XCTestCase {
  func testSectionsInOrder() {
    let text = MarkdownExporter().export(ExportFixtures.small, context: ExportContext())
    XCTAssertTrue(text.hasPrefix("# Small feed ranker\n\n```text\n"), text)
    var position = text.startIndex
    for heading in ["## Notes"] + Step.allCases.map({ "### \($0.number). \($0.title)" }) + ["## Check"] {
      guard let range = text.range(of: "\n" + heading + "\n", range: position..<text.endIndex) else {
        return XCTFail("missing or out of order: \(heading)")
      }
      position = range.upperBound
    }
    XCTAssertTrue(text.contains("Rank 500 posts per request in under 100 ms."))
    XCTAssertTrue(text.contains("_No notes._"))
    XCTAssertTrue(text.contains("**Score:"))
  }

  func testNoteLinesKeepTheirBreaksWhenRendered() {
    // A renderer joins lines that end without two spaces; a blank line stays a paragraph break.
    XCTAssertEqual(
      MarkdownExporter.paragraphs("Goal: watch time\nLatency: p99 200 ms\n\nScale: 5k QPS"),
      "Goal: watch time  \nLatency: p99 200 ms\n\nScale: 5k QPS")
    XCTAssertEqual(MarkdownExporter.paragraphs("one line"), "one line")
    var board = ExportFixtures.small
    board.notes[.requirements] = "a\r\nb"
    let text = MarkdownExporter().export(board, context: ExportContext())
    XCTAssert(text.contains("\n\na  \nb\n\n### 2."), text)
  }

  func testFenceIsLongerThanAnyBacktickRunInside() {
    XCTAssertEqual(MarkdownExporter.fence(for: "plain"), "```")
    XCTAssertEqual(MarkdownExporter.fence(for: "a ``` b ```` c"), "`````")
    let board = Board(
      title: "Ticks",
      boxes: [Box(id: "a", label: "``````", frame: GridRect(x: 0, y: 0, width: 12, height: 3))])
    let text = MarkdownExporter().export(board, context: ExportContext())
    let lines = text.split(separator: "\n")
    let open = lines.first { $0.hasPrefix("`") && $0.hasSuffix("text") }
    XCTAssertEqual(open, "```````text")
    XCTAssertTrue(lines.contains("```````"))
  }

  func testHostileTextIsEscaped() {
    let text = MarkdownExporter().export(ExportFixtures.hostile, context: ExportContext())
    let prose = text.components(separatedBy: "## Notes")[1]
    XCTAssertFalse(prose.contains("<script>"))
    XCTAssertTrue(prose.contains("\\<script\\>"))
    XCTAssertTrue(text.hasPrefix("# Hostile \"title\" \\<b\\>␊--- \\# %%\n"), String(text.prefix(60)))
    XCTAssertFalse(ExportFixtures.hasRawControl(text))
  }
}
