// Two arrows never meet head to head on one run: no arrow ends (its head drawn) on a cell another
// arrow runs through, and no arrow runs through another's head. The fitted drawing of a tester's
// board showed "│ Click │◀┴────▶│ Online │": the arrow into Click ended on the line of the arrow
// into Online, one arrowhead each way on one run, read as a two-way arrow.
import XCTest

@testable import MLSDCore

final class RoutingHeadOnTests: XCTestCase {
  /// The arrows (by index) whose head lies on a cell of another arrow that does not end there
  /// into the same box (arrows merging into one box share their last cells).
  static func headsOnOtherLines(_ diagram: Diagram) -> [Int] {
    let arrows = diagram.board.arrows
    var users: [GridPoint: Set<Int>] = [:]
    for (i, route) in diagram.routes.enumerated() {
      for cell in route.cells { users[cell, default: []].insert(i) }
    }
    return diagram.routes.indices.filter { i in
      guard let head = diagram.routes[i].cells.last else { return false }
      return (users[head] ?? []).contains { j in
        j != i && !(arrows[j].to == arrows[i].to && diagram.routes[j].cells.last == head)
      }
    }
  }

  /// "a" → "b" runs along the row just above "t" (its short arrow is routed first); "u" → "t"
  /// comes straight down onto that row, where the cheapest way in is t's top: arriving there,
  /// its head would sit on a → b's line.
  static let board = Board(
    title: "",
    boxes: [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 6, height: 5)),
      Box(id: "b", label: "B", frame: GridRect(x: 16, y: 0, width: 6, height: 5)),
      Box(id: "t", label: "T", frame: GridRect(x: 9, y: 3, width: 3, height: 3)),
      Box(id: "u", label: "U", frame: GridRect(x: 8, y: -30, width: 5, height: 3)),
    ],
    arrows: [Arrow(from: "u", to: "t"), Arrow(from: "a", to: "b")])

  func testAnArrowDoesNotEndOnAnotherArrowsLine() {
    let diagram = Diagram(board: Self.board)
    XCTAssertEqual(diagram.routes[1].cells.map(\.y), Array(repeating: 2, count: 10), "a → b runs along row 2")
    XCTAssertEqual(Self.headsOnOtherLines(diagram), [], TextRenderer.render(diagram, charset: .unicode))
    XCTAssertFalse(diagram.routes[0].isSimple)
  }
}
