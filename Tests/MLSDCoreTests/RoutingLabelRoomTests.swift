// Labels that find no place beside their own line get one: the arrows in the way are routed
// again round it (Router.makeLabelRoom), and group frames open where an arrow crosses their
// line (ArrowPainter).

import Foundation
import XCTest

@testable import MLSDCore

final class RoutingLabelRoomTests: XCTestCase {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/routing")

  func testALabelWithoutRoomGetsItFromTheArrowsInItsWay() throws {
    // Without room made, "hard examples" (User reports → Human annotation, a line of three
    // cells between two other arrows) was lost on this board.
    let board = try BoardStore.load(Self.fixtures.appendingPathComponent("label-without-room.yaml").path)
    let diagram = Diagram(board: board)
    let quality = LayoutQuality(diagram)
    XCTAssertEqual(quality.droppedLabels, 0)
    XCTAssertEqual(quality.labelOverlaps, 0)
    XCTAssertEqual(quality.labelsOnFrames, 0)
    XCTAssertEqual(quality.labelsAway, 0)
    XCTAssertEqual(quality.throughBoxes, 0)
    let hard = try XCTUnwrap(board.arrows.firstIndex { $0.label == "hard examples" })
    XCTAssertNotNil(diagram.routes[hard].labelOrigin)
    XCTAssertTrue(TextRenderer.render(diagram, charset: .unicode).contains("hard examples"))
    // Making room never adds a crossing: the one-pass routing with its labels placed is the bar.
    let plain = LayoutQuality(Diagram(board: board, routes: Router.route(board, rerouting: false).routes))
    XCTAssertLessThanOrEqual(quality.crossings, plain.crossings)
  }

  func testAnArrowCrossesAGroupFrameThroughAGap() {
    // A (outside) → B (inside the group below it): the arrow runs down across the frame's top
    // line, which is blank on either side of it.
    let board = Board(
      title: "gap",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: 10, y: 0, width: 9, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: 10, y: 12, width: 9, height: 3)),
        Box(id: "c", label: "C", frame: GridRect(x: 30, y: 12, width: 9, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b")],
      groups: [Group(id: "g", title: "G", boxIDs: ["b", "c"])])
    let diagram = Diagram(board: board)
    let frame = GroupFrame.frames(of: board)[0].rect
    let route = diagram.routes[0]
    let crossing = route.cells.first { $0.y == frame.minY }
    guard let crossing else { return XCTFail("the arrow does not cross the frame's top line") }
    var canvas = Canvas(width: 60, height: 30)
    diagram.paint(into: &canvas, offset: GridPoint(x: 0, y: 0), charset: .unicode)
    XCTAssertEqual(canvas.slot(x: crossing.x, y: crossing.y).glyph, Charset.unicode.vertical.value)
    XCTAssertEqual(canvas.slot(x: crossing.x - 1, y: crossing.y).glyph, Unicode.Scalar(" ").value)
    XCTAssertEqual(canvas.slot(x: crossing.x + 1, y: crossing.y).glyph, Unicode.Scalar(" ").value)
    // Further along, the frame's line is drawn as before.
    XCTAssertEqual(canvas.slot(x: crossing.x + 3, y: crossing.y).glyph, Charset.unicode.frameHorizontal.value)
  }
}
