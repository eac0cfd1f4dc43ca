// Golden files: every template's reference design rendered in Unicode and ASCII. Any change to
// the drawing fails the test; MLSD_UPDATE_GOLDEN=1 rewrites the files (then read them by eye).

import Foundation
import XCTest

@testable import MLSDCore

final class RenderGoldenTests: XCTestCase {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/render")
  }

  func testReferenceDesignsMatchGoldenFiles() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    XCTAssertFalse(library.templates.isEmpty)
    let update = ProcessInfo.processInfo.environment["MLSD_UPDATE_GOLDEN"] == "1"
    if update { try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true) }
    for template in library.templates {
      let board = template.referenceBoard()
      for (charset, suffix) in [(Charset.unicode, "unicode"), (.ascii, "ascii")] {
        let text = TextRenderer.render(board, charset: charset)
        let url = Self.folder.appendingPathComponent("\(template.id).\(suffix).txt")
        if update {
          try text.write(to: url, atomically: true, encoding: .utf8)
          continue
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
          XCTFail("missing golden file \(url.lastPathComponent); run with MLSD_UPDATE_GOLDEN=1")
          continue
        }
        XCTAssertEqual(text, expected, "\(template.id) \(suffix) differs from its golden file")
      }
    }
  }

  func testPipelineMatchesGoldenFile() throws {
    let board = LayeredLayout.layout(RenderFixtures.pipeline())
    let text =
      TextRenderer.render(board, charset: .unicode) + "\n"
      + TextRenderer.render(LayeredLayout.layout(RenderFixtures.pipeline(), direction: .topToBottom), charset: .ascii)
    let url = Self.folder.appendingPathComponent("fixture-pipeline.txt")
    if ProcessInfo.processInfo.environment["MLSD_UPDATE_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(text, expected)
  }
}
