// `r` shrinks a box no further than its label's first word shows whole (with the "…" that says
// more follows), and the status line says when it is at that width.
import XCTest

@testable import MLSDCore

final class AppResizeFloorTests: XCTestCase {
  func testShrinkingStopsWhereTheFirstWordShows() {
    var app = AppHarness()
    let id = app.add("feature store")
    let label = app.state.board.box(id)!.label
    let first = String(label.split(separator: " ")[0])
    app.press(.char("r"))
    for _ in 0..<40 { app.press(.left) }
    for _ in 0..<10 { app.press(.up) }
    let frame = app.state.board.box(id)!.frame
    XCTAssertEqual(frame.height, Box.minHeight)
    XCTAssertEqual(frame.width, first.count + 2 + 4)
    XCTAssert(app.screen.contains("narrowest: \"\(first)\" shows"), app.screen)
    app.press(.enter)
    // The box as drawn shows the word whole.
    XCTAssert(app.screen.contains("\(first) …") || app.screen.contains(first), app.screen)
    XCTAssertFalse(app.screen.contains("│ … │"), app.screen)
  }

  func testOneWordLabelsAndBoxesAlreadyNarrower() {
    XCTAssertEqual(
      AppState.narrowestWidth(of: Box(id: "k", label: "Kafka", frame: GridRect(x: 0, y: 0, width: 20, height: 3))), 9)
    XCTAssertEqual(
      AppState.narrowestWidth(of: Box(id: "d", label: "X", frame: GridRect(x: 0, y: 0, width: 20, height: 3))),
      Box.minWidth)
    // A box the file made narrower is not widened by a shrink.
    let narrow = Box(id: "k", label: "Kafka topic", frame: GridRect(x: 2, y: 2, width: 6, height: 3))
    var app = AppHarness(board: Board(title: "T", boxes: [narrow]))
    app.state.apply(.key(.char("r")))
    app.press(.left)
    XCTAssertEqual(app.state.board.box("k")!.frame.width, 6)
    app.press(.right)
    XCTAssertEqual(app.state.board.box("k")!.frame.width, 7)
  }
}
