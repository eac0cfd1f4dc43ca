// Painting a window of the diagram (as the whiteboard does when it scrolls) shows exactly the
// cells of the whole drawing at that place, though routes outside the window are skipped.
import XCTest

@testable import MLSDCore

final class RenderViewportTests: XCTestCase {
  func testAScrolledWindowMatchesTheWholeDrawing() {
    for template in Fixtures.library.templates where !template.reference.boxes.isEmpty {
      let diagram = Diagram(board: template.referenceBoard())
      guard let bounds = diagram.bounds else { continue }
      var whole = Canvas(width: bounds.maxX + 2, height: bounds.maxY + 2)
      diagram.paint(into: &whole, offset: GridPoint(x: 0, y: 0), charset: .unicode)
      for (ox, oy) in [(0, 0), (17, 9), (bounds.maxX / 2, bounds.maxY / 2), (bounds.maxX - 30, 3)] {
        var window = Canvas(width: 60, height: 20)
        diagram.paint(into: &window, offset: GridPoint(x: ox, y: oy), charset: .unicode)
        // The outermost columns may hold half of a wide character cut by the edge; compare inside.
        for y in 0..<window.height {
          for x in 2..<(window.width - 2) where whole.contains(x: x + ox, y: y + oy) {
            XCTAssertEqual(
              window[x, y].text, whole[x + ox, y + oy].text,
              "\(template.id): cell (\(x + ox), \(y + oy)) differs in the window at (\(ox), \(oy))")
          }
        }
      }
    }
  }
}
