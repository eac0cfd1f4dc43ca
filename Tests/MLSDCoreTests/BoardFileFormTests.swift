// The form a save writes: the one `mlsd new --help` shows people who write a board by hand, so
// that the first save of a hand-written file changes only what the board changed (fresh21: one box
// and two arrows added gave 205 changed lines), and what happens to a hand file's comments.
import XCTest

@testable import MLSDCore

final class BoardFileFormTests: XCTestCase {
  /// A board as a person writes it after `mlsd new --help`: lists indented under their key, a box
  /// as a block (id, label, detail, kind, at, size), arrows and groups one a line in braces, text
  /// with a comma in double quotes where braces need them, notes as blocks of text.
  static let handWritten = """
    # mlsd board: boxes, arrows, groups and notes for the seven steps.
    mlsd: 1
    title: Personalised news feed
    template: news-feed
    boxes:
      - id: app
        label: Feed client
        detail: iOS / Android / web
        at: [4, 2]
        size: [23, 4]
      - id: fetch
        label: Unseen-post fetcher
        detail: friends, groups, pages, 48h
        kind: candidate-generation
        at: [30, 2]
        size: [28, 5]
      - id: events
        label: Interaction events
        detail: Kafka
        at: [4, 12]
        size: [22, 4]
    arrows:
      - {from: app, to: fetch, label: feed request}
      - {from: app, to: events, label: "taps, dwell, hides", style: dashed}
    groups:
      - {id: online, title: Online, boxes: [app, fetch]}
    notes:
      requirements: |
        Goal: more meaningful engagement.
        ~2B DAU, p99 < 200ms.

    """

  func testAHandWrittenBoardInTheDocumentedFormIsWrittenBackByteForByte() throws {
    let (board, _) = try BoardDecoder.decode(Self.handWritten, name: "b.yaml")
    XCTAssertEqual(BoardEncoder.encode(board), Self.handWritten)
  }

  func testAnEditChangesOnlyItsOwnLines() throws {
    var (board, _) = try BoardDecoder.decode(Self.handWritten, name: "b.yaml")
    board.boxes.append(Box(id: "lake", label: "Event warehouse", frame: GridRect(x: 30, y: 12, width: 19, height: 3)))
    board.arrows.append(Arrow(from: "events", to: "lake"))
    let before = Self.handWritten.split(separator: "\n", omittingEmptySubsequences: false)
    let after = BoardEncoder.encode(board).split(separator: "\n", omittingEmptySubsequences: false)
    // Every old line is still there, in order; the new ones are the box's four and the arrow's one.
    var rest = after[...]
    for line in before {
      guard let at = rest.firstIndex(of: line) else { return XCTFail("line lost: \(line)") }
      rest = rest[(at + 1)...]
    }
    XCTAssertEqual(after.count - before.count, 5)
    XCTAssertTrue(after.contains("  - {from: events, to: lake}"))
  }

  func testTextIsQuotedOnlyWhereItMustBeAndThenInDoubleQuotes() throws {
    var board = Board(title: "yes")
    board.boxes = [
      Box(id: "a", label: "a, b", detail: "x: y", frame: GridRect(x: 0, y: 0, width: 8, height: 3)),
      Box(id: "b", label: "Member's app", detail: "say \"hi\"", frame: GridRect(x: 10, y: 0, width: 8, height: 3)),
    ]
    board.arrows = [Arrow(from: "a", to: "b", label: "a, b"), Arrow(from: "b", to: "a", label: "it's {x}")]
    let text = BoardEncoder.encode(board)
    XCTAssertTrue(text.contains("title: \"yes\"\n"), text)
    XCTAssertTrue(text.contains("    label: a, b\n"), "a comma is plain text outside braces: \(text)")
    XCTAssertTrue(text.contains("    detail: \"x: y\"\n"), text)
    XCTAssertTrue(text.contains("    label: Member's app\n"), text)
    XCTAssertTrue(text.contains("  - {from: a, to: b, label: \"a, b\"}\n"), text)
    XCTAssertTrue(text.contains("label: \"it's {x}\"}"), text)
    let (decoded, _) = try BoardDecoder.decode(text, name: "b.yaml")
    XCTAssertEqual(decoded, board)
  }

  func testTheFormatExampleIsTheFormASaveWrites() throws {
    // The example with its comments and spacing taken out is what a save of it writes.
    let (board, _) = try BoardDecoder.decode(BoardFormatExample.yaml, name: "example.yaml")
    let written = BoardEncoder.encode(board)
    for line in [
      "  - id: ingest", "    detail: Kafka", "    kind: stream-ingestion", "    at: [4, 2]",
      "  - {from: ingest, to: features, label: events, style: dashed}",
      "  - {id: offline, title: Offline, boxes: [ingest, features]}",
    ] {
      XCTAssertTrue(written.contains(line + "\n"), "\(line) not in:\n\(written)")
    }
  }

  // MARK: - Comments

  func testCommentsAreCountedOutsideTextAndQuotes() {
    XCTAssertEqual(YAMLComments.count(in: Self.handWritten), 0, "mlsd's own first line is no comment of the person's")
    let text = """
      # my board
      mlsd: 1
      title: T  # the title
      boxes:
        - id: a
          label: "A # not a comment"
          detail: it's #1
        # a box for later
      arrows: []
      notes:
        data: |
          # a heading in the notes, not a comment
          split by time
      # the end
      """
    // Five: "#1" after a space is a comment to YAML too (the detail reads "it's"); the apostrophe
    // opens no quoted string.
    XCTAssertEqual(YAMLComments.count(in: text), 5)
  }

  func testTheFirstSaveOfAFileWithCommentsSaysTheyAreNotKept() throws {
    let files = MemoryFiles()
    files.texts["b.yaml"] = "# my notes on this board\n" + Self.handWritten
    let board = try files.loadBoard("b.yaml")
    var app = AppHarness(board: board, path: "b.yaml")
    app.state = AppState(
      board: board, filePath: "b.yaml", library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: files.stamp("b.yaml"))
    let runner = EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 })
    app.press(.ctrl("s"))
    app.runEffects(runner)
    XCTAssertEqual(
      app.state.message?.text,
      "Saved b.yaml. The file's comments (2 lines) are not kept; b.yaml.bak has them until the next save")
    XCTAssertEqual(app.state.message?.tone, .warning)
    app.press(.ctrl("s"))
    app.runEffects(runner)
    XCTAssertEqual(app.state.message?.text, "Saved b.yaml", "once: the saved file has no comment left")
  }

  func testASaveToAnotherSpellingOfTheFilesPathSaysItToo() throws {
    let files = MemoryFiles()
    files.texts["b.yaml"] = "# my notes on this board\n" + Self.handWritten
    let board = try files.loadBoard("b.yaml")
    var app = AppHarness(board: board, path: "b.yaml")
    app.state = AppState(
      board: board, filePath: "b.yaml", library: Fixtures.library, theme: .monochrome, width: 120, height: 40,
      diskStamp: files.stamp("b.yaml"))
    let runner = EffectRunner(
      files: files, dataFolder: "/data", absolute: { URL(fileURLWithPath: "/cwd/" + $0).standardized.path })
    app.press(.char(":"))
    app.type("w ./b.yaml")
    app.press(.enter)
    app.runEffects(runner)
    XCTAssertEqual(
      app.state.message?.text.contains("The file's comments (2 lines) are not kept"), true,
      app.state.message?.text ?? "")
  }
}
