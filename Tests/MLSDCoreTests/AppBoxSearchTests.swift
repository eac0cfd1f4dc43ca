// `/` (find) and `c` (connect) choose boxes by one rule (BoxSearch): a label that starts with the
// text, then one with a word that starts with it, then one that holds it; ties in board order.
// The user tester (ux16, finding 7) had `/Click` select "Impression and click logs" while `c Click`
// chose "Click aggregates"; both now choose "Click aggregates" and say how many match.
import XCTest

@testable import MLSDCore

final class AppBoxSearchTests: XCTestCase {
  /// The tester's two boxes (the logs added first), a box whose label holds "click" inside a
  /// word, one whose detail line names it, and the source of the arrows.
  func board() -> Board {
    func box(_ id: String, _ label: String, _ x: Int, _ y: Int, detail: String? = nil) -> Box {
      Box(id: id, label: label, detail: detail, frame: GridRect(x: x, y: y, width: 24, height: 3))
    }
    return Board(
      title: "Search",
      boxes: [
        box("logs", "Impression and click logs", 2, 2), box("agg", "Click aggregates", 30, 2),
        box("dbl", "Doubleclick ads", 2, 8), box("etl", "Nightly ETL", 30, 8, detail: "Spark: click joins"),
        box("feat", "Online features", 58, 2),
      ])
  }

  func testMatchesAreRankedPrefixThenWordStartThenInsideThenDetail() {
    let ranked = BoxSearch.ranked(board().boxes, "Click").map(\.id)
    XCTAssertEqual(ranked, ["agg", "logs", "dbl", "etl"])
    XCTAssertEqual(BoxSearch.ranked(board().boxes, "ads").map(\.id), ["dbl"], "a word's start")
    XCTAssertEqual(BoxSearch.ranked(board().boxes, "LINE").map(\.id), ["feat"], "inside a word, any case")
    XCTAssertEqual(BoxSearch.ranked(board().boxes, "  ").map(\.id), [], "blank text matches nothing")
    XCTAssertEqual(BoxSearch.ranked(board().boxes, "kafka").map(\.id), [])
    // Ties keep the board's order: both hold a word starting "click", either way round.
    var swapped = board()
    swapped.boxes[2].label = "Ads by click"
    XCTAssertEqual(BoxSearch.ranked(swapped.boxes, "click").map(\.id), ["agg", "logs", "dbl", "etl"])
    swapped.boxes.swapAt(0, 2)
    XCTAssertEqual(BoxSearch.ranked(swapped.boxes, "click").map(\.id), ["agg", "dbl", "logs", "etl"])
  }

  func testFindChoosesAsConnectDoesAndSaysHowManyMatch() {
    var app = AppHarness(board: board())
    app.press(.char("/"))
    app.type("Click")
    XCTAssertEqual(app.state.selectedBoxID, "agg", "the label that starts so, not the first that holds it")
    XCTAssertEqual(app.state.message?.text, "Click aggregates (1 of 4 matches, Enter then n for the next)")
    app.press(.enter)
    XCTAssertEqual(app.state.message?.text, "Found Click aggregates (1 of 4 matches, n for the next)")
    app.press(.char("n"))
    XCTAssertEqual(app.state.selectedBoxID, "logs")
    XCTAssertEqual(app.state.message?.text, "Found Impression and click logs (2 of 4 matches, n for the next)")
    app.press(.char("n"), .char("n"), .char("n"))
    XCTAssertEqual(app.state.selectedBoxID, "agg", "n goes round")
    app.press(.char("/"))
    app.type("nightly")
    app.press(.enter)
    XCTAssertEqual(app.state.message?.text, "Found Nightly ETL, the only box matching 'nightly'")
  }

  func testConnectByTypingChoosesTheSameBoxAndTabStepsOn() {
    var app = AppHarness(board: board())
    app.state.selection = .box("feat")
    app.press(.char("c"))
    app.type("Click")
    guard case .connect("feat", "agg", _, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssert(
      app.screen.contains("Connect Online features → Click aggregates  [Click] 1/4, Tab next"), app.screen)
    app.press(.tab)
    guard case .connect("feat", "logs", _, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssert(app.screen.contains("→ Impression and click logs  [Click] 2/4, Tab next"), app.screen)
    app.press(.backTab, .backTab)
    guard case .connect("feat", "etl", _, _) = app.state.mode else { return XCTFail("Shift+Tab goes round back") }
    app.press(.tab, .enter)
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: "feat", to: "agg")])
    XCTAssertEqual(
      app.state.message?.text,
      "Connected Online features → Click aggregates. Enter labels the arrow, Esc back to the box")
  }

  func testConnectNeverOffersTheSourceItself() {
    var app = AppHarness(board: board())
    app.state.selection = .box("agg")
    app.press(.char("c"))
    app.type("Click")
    guard case .connect("agg", "logs", _, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
  }
}
