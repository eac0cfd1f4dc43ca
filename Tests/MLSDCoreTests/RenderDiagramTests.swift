// Unit tests for Diagram: routing on hand-placed boards, junctions, labels and the text output.

import XCTest

@testable import MLSDCore

final class RenderDiagramTests: XCTestCase {
  static func box(_ id: String, _ x: Int, _ y: Int, label: String? = nil) -> Box {
    let text = label ?? id
    let size = BoxSizing.naturalSize(label: text, detail: nil)
    return Box(id: id, label: text, frame: GridRect(x: x, y: y, width: size.width, height: size.height))
  }

  func testTwoBoxesGetAStraightArrow() {
    let board = Board(
      title: "T", boxes: [Self.box("a", 2, 2), Self.box("b", 20, 2)],
      arrows: [Arrow(from: "a", to: "b", label: "data")])
    let text = TextRenderer.render(board, charset: .unicode)
    print(text)
    XCTAssertTrue(text.contains("├"))
    XCTAssertTrue(text.contains("▶"))
    XCTAssertTrue(text.contains("data"))
  }
}
