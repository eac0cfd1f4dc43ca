// A Mermaid flowchart handed to the board loader is named as such, with the command that imports it.
import XCTest

@testable import MLSDCore

final class ImportMermaidSniffTests: XCTestCase {
  func testFlowchartsAreRecognisedAfterCommentsAndBlankLines() {
    XCTAssertTrue(MermaidSniff.isFlowchart("flowchart LR\n  a --> b\n"))
    XCTAssertTrue(MermaidSniff.isFlowchart("%% my design\n\n  graph TD\n  a --> b\n"))
    XCTAssertFalse(MermaidSniff.isFlowchart("version: 1\ntitle: flowchart\n"))
    XCTAssertFalse(MermaidSniff.isFlowchart("graphs: []\n"))
    XCTAssertFalse(MermaidSniff.isFlowchart(""))
  }

  func testTheLoaderSaysToImportAMermaidFile() throws {
    let path = NSTemporaryDirectory() + "sniff-\(UUID().uuidString).mmd"
    try "flowchart LR\n  pay[Payment events] --> bus[Kafka]\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertThrowsError(try BoardStore.load(path)) { error in
      XCTAssertEqual((error as? LoadError)?.message.hasPrefix("this is a Mermaid flowchart, not a board"), true)
      XCTAssertEqual((error as? LoadError)?.line, 1)
    }
  }
}
