// What is drawn above row 0 (a group's title over boxes in the top row, an arrow routed over the
// board) can be seen: the canvas scrolls that far whenever it shows the board's top edge.
import XCTest

@testable import MLSDCore

final class AppOverhangTests: XCTestCase {
  /// The canvas's rows as the screen shows them (below the top line, left of the panel).
  static func canvasRows(_ app: AppHarness) -> [String] {
    let area = app.state.canvasArea
    return app.screen.split(separator: "\n", omittingEmptySubsequences: false)
      .dropFirst(area.y).prefix(area.height)
      .map { String($0.prefix(area.width)) }
  }

  func testAGroupOfTopRowBoxesShowsItsTitleAndPanningComesBackToIt() throws {
    for (width, height) in [(80, 24), (160, 45)] {
      var app = AppHarness(width: width, height: height)
      app.add("kafka")
      app.add("feature store")
      app.press(.char(" "), .char("h"), .char(" "), .char("G"))
      app.type("Online")
      app.press(.enter)
      let frame = try XCTUnwrap(app.state.selectedGroupFrame ?? GroupFrame.frames(of: app.state.board).first?.rect)
      XCTAssertLessThan(frame.y, 0, "the frame's title line is above row 0 of the board")
      XCTAssertTrue(
        AppOverhangTests.canvasRows(app).first?.contains("┄ Online ┄") ?? false,
        "\(width)x\(height): the title is on the canvas's first row\n\(app.screen)")
      app.press(.shiftDown, .shiftDown, .shiftUp, .shiftUp, .shiftUp)
      XCTAssertTrue(
        AppOverhangTests.canvasRows(app).first?.contains("┄ Online ┄") ?? false, "panning up reaches the title")
      XCTAssertEqual(app.state.scroll.y, frame.y, "and goes no further")
      app.press(.shiftDown, .char("g"))
      XCTAssertTrue(AppOverhangTests.canvasRows(app).first?.contains("┄ Online ┄") ?? false, "g goes back to it")
    }
  }

  func testAnArrowRoutedAboveRowZeroIsOnScreenWhenTheBoardOpens() throws {
    let board = Board(
      title: "Over the top",
      boxes: [
        Box(id: "a", label: "Alpha", frame: GridRect(x: 0, y: 0, width: 9, height: 3)),
        Box(id: "b", label: "Beta", frame: GridRect(x: 14, y: 0, width: 8, height: 3)),
        Box(id: "c", label: "Gamma", frame: GridRect(x: 28, y: 0, width: 9, height: 3)),
        Box(id: "d", label: "Delta", frame: GridRect(x: 14, y: 4, width: 9, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "c", label: "over"), Arrow(from: "d", to: "b")])
    let top = try XCTUnwrap(Diagram(board: board).bounds).y
    try XCTSkipIf(top >= 0, "the router drew nothing above row 0 on this board")
    var app = AppHarness(board: board, width: 80, height: 24)
    XCTAssertEqual(app.state.scroll.y, top, "the canvas opens on the whole drawing")
    XCTAssertTrue(AppOverhangTests.canvasRows(app).contains { $0.contains("over") }, app.screen)
    app.press(.shiftDown, .shiftUp, .shiftUp)
    XCTAssertEqual(app.state.scroll.y, top)
    XCTAssertTrue(AppOverhangTests.canvasRows(app).contains { $0.contains("over") }, app.screen)
  }

  /// The scroll origin's corner, worked out without the labels' widths, is the corner of the
  /// drawing's bounds: on reference designs, random boards laid out (labels, groups, wide
  /// characters) and the board above whose arrow runs over row 0.
  func testTheTopLeftCornerIsTheCornerOfTheBounds() throws {
    var boards = Fixtures.library.templates.prefix(3).map { $0.referenceBoard() }
    for seed in 1...4 {
      boards.append(LayeredLayout.layout(RenderFixtures.random(seed: UInt64(seed), count: 14, groups: 2)))
    }
    boards.append(Board(title: "Empty"))
    XCTAssertEqual(boards.count, 8)
    for board in boards {
      let diagram = Diagram(board: board)
      let corner = AppState.topLeft(of: diagram)
      XCTAssertEqual(corner, diagram.bounds.map { GridPoint(x: $0.x, y: $0.y) }, board.title)
    }
  }
}
