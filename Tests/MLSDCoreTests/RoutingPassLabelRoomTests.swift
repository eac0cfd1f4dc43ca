// A fresh routing keeps its crossing pass unless the pass leaves more labels without a place
// than one pass does. Labels are placed one by one, so the pass's paths may lack a place for a
// label that making room then gives it: the pass is judged with room made on both drawings.
import XCTest

@testable import MLSDCore

final class RoutingPassLabelRoomTests: XCTestCase {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/routing")

  func testThePassIsKeptWhenRoomGivesItsLackingLabelAPlace() throws {
    // The generated 100-box board: one pass crosses 222 arrows; the pass's paths cross 140, but
    // before room is made they leave 2 labels without a place where one pass leaves 1 (room
    // places every label on both). Judged before room, the 222 were drawn.
    let board = try BoardStore.load(Self.fixtures.appendingPathComponent("pass-lacks-a-label.yaml").path)
    let quality = LayoutQuality(Diagram(board: board))
    let plain = LayoutQuality(Diagram(board: board, routes: Router.route(board, rerouting: false).routes))
    XCTAssertLessThan(quality.crossings, plain.crossings - 50, "the pass's crossings are kept")
    XCTAssertEqual(quality.droppedLabels, 0)
    XCTAssertEqual(quality.labelsOnFrames, 0)
    XCTAssertEqual(quality.labelOverlaps, 0)
    XCTAssertEqual(quality.throughBoxes, 0)
  }
}
