// A window shrunk below the smallest size while text is being typed changes no key's meaning:
// the letters of "quantile" go into the notes editor or the label prompt (a tester's q asked to
// quit and its n discarded the board), and the "too small" screen shows the line being typed.
import XCTest

@testable import MLSDCore

final class AppTooSmallTypingTests: XCTestCase {
  func words(_ app: AppHarness) -> String {
    app.screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  func testNotesTypedWhileTooSmallStayTextAndReachTheBoard() {
    var app = AppHarness(width: 80, height: 24)
    app.add("client")
    app.press(.char("1"))
    app.type("We predict the ")
    app.send(.resize(width: 50, height: 15))
    XCTAssert(words(app).contains("Terminal too small"), app.screen)
    app.type("quantile")
    XCTAssertFalse(app.state.quitting)
    guard case .notes(.requirements, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssert(words(app).contains("We predict the quantile_"), app.screen)
    app.press(.enter)
    app.type("query")
    app.send(.resize(width: 80, height: 24))
    app.press(.escape)
    XCTAssertEqual(app.state.board.notes[.requirements], "We predict the quantile\nquery")
    XCTAssertEqual(app.state.board.boxes.count, 1)
  }

  func testALabelTypedWhileTooSmallStaysText() {
    var app = AppHarness(width: 80, height: 24)
    app.add("client")
    app.press(.enter, .ctrl("u"))
    app.type("Web ")
    app.send(.resize(width: 50, height: 15))
    app.type("quantile")
    XCTAssertFalse(app.state.quitting)
    XCTAssert(words(app).contains("LABEL: Web quantile_"), app.screen)
    app.press(.enter)
    XCTAssertEqual(app.selectedBox?.label, "Web quantile")
    XCTAssertEqual(app.state.selectedBoxID, "web-quantile", "its id, made from the old label, follows the new one")
    XCTAssertEqual(app.state.mode, .normal)
  }

  func testMovingWhileTooSmallHoldsArrowKeysAndEscStillEnds() {
    var app = AppHarness(width: 80, height: 24)
    let id = app.add("client")
    let before = app.box(id)?.frame
    app.press(.char("m"))
    guard case .move = app.state.mode else { return XCTFail("\(app.state.mode)") }
    app.send(.resize(width: 50, height: 15))
    app.press(.right, .char("q"))
    XCTAssertFalse(app.state.quitting, "q does not quit from move mode at any size")
    XCTAssertEqual(app.box(id)?.frame, before, "nothing moves blind")
    app.press(.escape)
    XCTAssertEqual(app.state.mode, .normal)
  }
}
