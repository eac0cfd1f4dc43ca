// Text that no box holds matches nothing: `/zzz` says so and keeps the selection it had, and in
// connect mode it offers no target, so Enter draws no arrow (a tester's typo made one).
import XCTest

@testable import MLSDCore

final class AppNoMatchTests: XCTestCase {
  func threeBoxes() -> AppHarness {
    let board = Board(
      title: "Search",
      boxes: [
        Box(id: "client", label: "Client", frame: GridRect(x: 2, y: 2, width: 10, height: 3)),
        Box(id: "api", label: "Search API", frame: GridRect(x: 20, y: 2, width: 14, height: 3)),
        Box(id: "ann", label: "Vector / ANN index", frame: GridRect(x: 40, y: 2, width: 22, height: 3)),
      ])
    var app = AppHarness(board: board)
    app.state.selection = .box("client")
    return app
  }

  func testFindingTextNoBoxHoldsSaysSoAndKeepsTheSelection() {
    var app = threeBoxes()
    app.state.selection = .box("api")
    app.press(.char("/"))
    app.type("zzz")
    app.press(.enter)
    XCTAssertEqual(app.state.message?.text, "No box matches 'zzz'")
    XCTAssertEqual(app.state.selection, .box("api"))
    // A prefix that matched, then a letter that no longer does: back to the selection before.
    app.press(.char("/"))
    app.type("vq")
    XCTAssertEqual(app.state.selection, .box("api"))
    app.press(.enter)
    XCTAssertEqual(app.state.message?.text, "No box matches 'vq'")
    app.press(.char("/"))
    app.type("vec")
    app.press(.enter)
    XCTAssertEqual(app.state.selection, .box("ann"))
    XCTAssertEqual(app.state.message?.text, "Found Vector / ANN index, the only box matching 'vec'")
  }

  func testConnectingToTextNoBoxHoldsDrawsNoArrow() {
    var app = threeBoxes()
    app.state.selection = .box("api")
    app.press(.char("c"))
    app.type("A/B")
    guard case .connect(_, let target, _, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertNil(target)
    XCTAssert(app.screen.contains("Connect Search API → no box matches 'A/B'"), app.screen)
    app.press(.enter)
    XCTAssertEqual(app.state.board.arrows, [])
    XCTAssertEqual(app.state.message?.text, "No box matches 'A/B': no arrow drawn")
    XCTAssertEqual(app.state.mode, .normal)
  }

  func testConnectTextWipedOutOffersTheFirstTargetAgainAndAMatchConnects() {
    var app = threeBoxes()
    app.state.selection = .box("api")
    app.press(.char("c"))
    app.type("zz")
    app.press(.backspace, .backspace)
    guard case .connect(_, let first, _, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(first, "ann", "the nearest box to the right, as c offers at first")
    app.type("cl")
    app.press(.enter)
    XCTAssertEqual(app.state.board.arrows.map { "\($0.from)>\($0.to)" }, ["api>client"])
  }
}
