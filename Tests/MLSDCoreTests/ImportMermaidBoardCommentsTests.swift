// The template and the steps' notes kept in a Mermaid file as `%% mlsd` comments: written by the
// export, read by the import, located when they are wrong, and other comments left alone.
import XCTest

@testable import MLSDCore

final class ImportMermaidBoardCommentsTests: XCTestCase {
  func read(_ text: String) throws -> MermaidImport {
    try MermaidImporter.read(text, name: "d.mmd", title: "d", catalogue: Catalogue(kinds: []))
  }

  func testCommentsGiveTheTemplateAndTheNotesLinesInFileOrder() throws {
    let text = """
      %% mlsd template: news-feed
      flowchart LR
        a[Events] --> b[Trainer]
      %% mlsd notes data: split by time: weeks 1-8 train, week 9 test
      %% a comment of the author's
      %% mlsd notes model:   GBDT baseline, then a two-tower model
      %% mlsd notes data: "  no user in both train and test, \\"strictly\\""
      """
    let result = try read(text)
    XCTAssertEqual(result.board.template, "news-feed")
    XCTAssertEqual(result.templateComment, MermaidTemplateComment(id: "news-feed", line: 1, column: 19))
    XCTAssertEqual(
      result.board.notes[.data],
      "split by time: weeks 1-8 train, week 9 test\n  no user in both train and test, \"strictly\"")
    XCTAssertEqual(result.board.notes[.model], "GBDT baseline, then a two-tower model")
    XCTAssertEqual(result.board.notes.filledSteps, [.data, .model])
    XCTAssertEqual(result.board.boxes.count, 2)
  }

  func testOtherCommentsStayComments() throws {
    let result = try read("flowchart LR\n%% mlsd is what drew this\n%%mlsd notes\n  a --> b %% mlsd notes data: x\n")
    XCTAssertNil(result.board.template)
    XCTAssertTrue(result.board.notes.isEmpty)
  }

  func testMistakesAreLocated() {
    let cases: [(String, String)] = [
      ("flowchart LR\n%% mlsd notes datta: x\n", "d.mmd:2:15: unknown step 'datta' (one of: requirements, framing"),
      ("flowchart LR\n%% mlsd notes data x\n", "d.mmd:2:15: write the step and a colon before the text"),
      (
        "flowchart LR\n%% mlsd notes data: \"open\n",
        "d.mmd:2:21: the note's text starts with '\"' but is not one string"
      ),
      ("flowchart LR\n%% mlsd template: news feed\n", "d.mmd:2:19: 'news feed' is not a template id"),
      (
        "%% mlsd template: a\nflowchart LR\n%% mlsd template: b\n",
        "d.mmd:3:19: a second template comment; the first is on line 1"
      ),
    ]
    for (text, start) in cases {
      XCTAssertThrowsError(try read(text), text) { error in
        XCTAssert("\(error)".hasPrefix(start), "\(error) for \(text)")
      }
    }
  }

  func testTheExportWritesPlainLinesAsTheyAreAndTheRestInJSONEscapes() {
    var board = Board(title: "t", template: "visual-search")
    board.notes[.serving] = "online, p99 < 200 ms\n\n  indented\n\"quoted\" start\ttab \u{1B} esc 🙂"
    let lines = MermaidBoardComments.lines(for: board)
    XCTAssertEqual(
      lines,
      [
        "%% mlsd template: visual-search",
        "%% mlsd notes serving: online, p99 < 200 ms",
        "%% mlsd notes serving: ",
        "%% mlsd notes serving: \"  indented\"",
        "%% mlsd notes serving: \"\\\"quoted\\\" start\\ttab \\u001b esc 🙂\"",
      ])
    let text = MermaidExporter().export(board, context: ExportContext())
    XCTAssertFalse(ExportFixtures.hasRawControl(text))
    XCTAssertEqual(try read(text).board.notes, board.notes)
  }

  func testAFrontMatterTitleDoesNotHideTheFlowchart() {
    XCTAssertTrue(MermaidSniff.isFlowchart("---\ntitle: \"Feed\"\n---\nflowchart LR\n  a --> b\n"))
    XCTAssertFalse(MermaidSniff.isFlowchart("---\ntitle: x\n---\nversion: 1\n"))
    XCTAssertFalse(MermaidSniff.isFlowchart("title: x\n---\nflowchart LR\n"))
  }
}
