// AppState's named parts: each property read by its old name is the one in its part, and a change
// through the old name lands in the part (with the part's own rules, such as the panel's scroll
// going back to the top when the tab changes).
import XCTest

@testable import MLSDCore

final class AppStatePartsTests: XCTestCase {
  func testTheOldNamesReadAndChangeTheParts() {
    var app = AppHarness(width: 100, height: 30)
    let id = app.add("kafka")
    XCTAssertEqual(app.state.document.board.boxes.map(\.id), [id])
    XCTAssertEqual(app.state.document.selection, .box(id))
    XCTAssertEqual(app.state.edits.history.past.count, 1)
    XCTAssertEqual(app.state.edits.version, app.state.version)
    XCTAssertEqual(app.state.modes.message?.text.hasPrefix("Added Stream ingestion"), true)
    app.send(.resize(width: 90, height: 25))
    XCTAssertEqual(app.state.view.screenWidth, 90)
    XCTAssertEqual(app.state.view.screenHeight, 25)
    app.press(.char("?"))
    XCTAssertTrue(app.state.modes.showHelp)
    XCTAssertNil(app.state.session.practice)
  }

  func testAChangeThroughAnOldNameKeepsThePartsRules() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.state.panelScroll = 5
    XCTAssertEqual(app.state.view.panelScroll, 5)
    app.state.panelTab = .checklist
    XCTAssertEqual(app.state.view.panelTab, .checklist)
    XCTAssertEqual(app.state.view.panelScroll, 0, "a new tab starts at its top")
  }
}
