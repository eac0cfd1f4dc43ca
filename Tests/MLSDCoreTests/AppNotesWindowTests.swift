// The notes editor covers the whole canvas: the board does not show through its margins.
import XCTest

@testable import MLSDCore

final class AppNotesWindowTests: XCTestCase {
  /// ux12: a group frame at the board's left edge showed through the editor's left margin
  /// (`┌│`, `││`, `└└` down the first column), reading as part of the editor.
  func testTheBoardDoesNotShowBesideTheNotesEditor() {
    let board = Board(
      title: "T",
      boxes: [Box(id: "a", label: "Edge box", frame: GridRect(x: 0, y: 0, width: 12, height: 30))])
    var app = AppHarness(board: board, width: 100, height: 36)
    XCTAssertTrue(app.screen.split(separator: "\n").dropFirst().contains { $0.hasPrefix("┌") || $0.hasPrefix("│") })
    app.press(.char("3"))
    let rows = app.screen.split(separator: "\n", omittingEmptySubsequences: false)
    let canvas = app.state.canvasArea
    for y in canvas.y...canvas.maxY {
      XCTAssertEqual(rows[y].first, " ", "row \(y): \(rows[y])")
    }
  }
}
