// Golden files (Golden/render): every template's reference design rendered in Unicode and ASCII.
// Any change to the drawing fails the test; MLSD_UPDATE_GOLDEN=1 rewrites the files and still
// fails (GoldenFile), so they are read by eye before the next run.

import Foundation
import XCTest

@testable import MLSDCore

final class RenderGoldenTests: XCTestCase {
  func testReferenceDesignsMatchGoldenFiles() {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    XCTAssertFalse(library.templates.isEmpty)
    for template in library.templates {
      let board = template.referenceBoard()
      for (charset, suffix) in [(Charset.unicode, "unicode"), (.ascii, "ascii")] {
        let text = TextRenderer.render(board, charset: charset)
        GoldenFile("render/\(template.id).\(suffix).txt").assertMatches(text)
      }
    }
  }

  func testPipelineMatchesGoldenFile() {
    let board = LayeredLayout.layout(RenderFixtures.pipeline())
    let text =
      TextRenderer.render(board, charset: .unicode) + "\n"
      + TextRenderer.render(LayeredLayout.layout(RenderFixtures.pipeline(), direction: .topToBottom), charset: .ascii)
    GoldenFile("render/fixture-pipeline.txt").assertMatches(text)
  }
}
