// `mlsd new --help` teaches the file format by example; the example must be a board mlsd reads,
// with every part it names (boxes, kind, detail, place, an arrow with label and style, a group,
// notes) read as the comments say.
import XCTest

@testable import MLSDCore

final class BoardFormatExampleTests: XCTestCase {
  func testTheExampleIsABoardWithEveryPartItNames() throws {
    let (board, _) = try BoardDecoder.decode(BoardFormatExample.yaml, name: "example.yaml")
    XCTAssertEqual(board.template, "youtube-video-search")
    XCTAssertEqual(board.boxes.map(\.id), ["ingest", "features"])
    let ingest = try XCTUnwrap(board.boxes.first)
    XCTAssertEqual(ingest.kind, "stream-ingestion")
    XCTAssertEqual(ingest.detail, "Kafka")
    XCTAssertEqual(board.arrows.first?.label, "events")
    XCTAssertEqual(board.groups.first?.boxIDs, ["ingest", "features"])
    XCTAssertEqual(board.notes[.requirements].isEmpty, false)
  }

  func testItFitsTheHelpWithoutWrapping() {
    for line in BoardFormatExample.yaml.split(separator: "\n") {
      XCTAssertLessThanOrEqual(line.count + 2, 78, "wraps in `mlsd new --help`: \(line)")
    }
  }

  func testTheNotesCommentNamesEveryStepKey() {
    let comment = BoardFormatExample.yaml.split(separator: "\n").first { $0.hasPrefix("notes:") } ?? ""
    for step in Step.allCases { XCTAssertTrue(comment.contains(step.rawValue), "notes comment lacks \(step.rawValue)") }
  }
}
