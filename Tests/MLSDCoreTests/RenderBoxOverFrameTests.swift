// A box that stands on a group frame's line is drawn whole: the gap the frame's line opens round
// an arrow crossing it never takes a cell of the box's border ("└ ───────┘").
import XCTest

@testable import MLSDCore

final class RenderBoxOverFrameTests: XCTestCase {
  /// Group "g" holds "a" and "d" (frame x 0...13, y 0...12); "b" stands on the frame's right line (x 13)
  /// with its bottom border on row 4; the arrow a → c runs along row 5 across that line, whose
  /// cells either side of the crossing, (13, 4) and (13, 6), the painter opens.
  static let board = Board(
    title: "",
    boxes: [
      Box(id: "a", label: "A", frame: GridRect(x: 2, y: 2, width: 10, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 12, y: 2, width: 10, height: 3)),
      Box(id: "c", label: "C", frame: GridRect(x: 30, y: 4, width: 6, height: 3)),
      Box(id: "d", label: "D", frame: GridRect(x: 2, y: 8, width: 10, height: 3)),
    ],
    arrows: [Arrow(from: "a", to: "c")],
    groups: [Group(id: "g", title: "G", boxIDs: ["a", "d"])])

  static func painted(_ charset: Charset) -> [String] {
    let diagram = Diagram(
      board: board, routes: [ArrowRoute(points: [GridPoint(x: 6, y: 5), GridPoint(x: 29, y: 5)])])
    var canvas = Canvas(width: 40, height: 14)
    diagram.paint(into: &canvas, offset: GridPoint(x: 0, y: 0), charset: charset)
    return canvas.lines()
  }

  func testABoxOnAFrameLineKeepsItsBorderWhereAnArrowCrossesTheLine() throws {
    let frame = try XCTUnwrap(GroupFrame.frames(of: Self.board).first)
    XCTAssertEqual(frame.rect.maxX, 13, "the frame's right line runs under b")
    let lines = Self.painted(.unicode)
    XCTAssertTrue(lines[4].contains("└────────┘"), "b's bottom border whole:\n" + lines.joined(separator: "\n"))
    // The gap still opens where no box stands: below the crossing.
    let below = Array(lines[6])
    XCTAssertEqual(below[13], " ", lines.joined(separator: "\n"))
    let ascii = Self.painted(.ascii)
    XCTAssertTrue(ascii[4].contains("+--------+"), ascii.joined(separator: "\n"))
  }
}
