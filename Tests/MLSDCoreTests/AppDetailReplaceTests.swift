// d on a box whose detail the palette filled in: typing replaces it, a cursor key keeps it.
import XCTest

@testable import MLSDCore

/// `a kafka` fills the detail in; `d` then typing "Kafka" gave "KafkaKafka".
final class AppDetailReplaceTests: XCTestCase {
  func testTypingReplacesAFilledInDetailAndArrowsKeepIt() throws {
    var app = AppHarness()
    let id = app.add("kafka")
    let filled = try XCTUnwrap(app.box(id)?.detail)
    XCTAssertFalse(filled.isEmpty)
    app.press(.char("d"))
    XCTAssert(app.state.message?.text.contains("Typing replaces") == true)
    app.type("Kafka 3.6")
    app.press(.enter)
    XCTAssertEqual(app.box(id)?.detail, "Kafka 3.6")
    app.press(.char("d"), .end)
    app.type(" (3 brokers)")
    app.press(.enter)
    XCTAssertEqual(app.box(id)?.detail, "Kafka 3.6 (3 brokers)", "a cursor key keeps the text to edit")
    app.press(.char("d"), .backspace, .enter)
    XCTAssertEqual(app.box(id)?.detail ?? "", "", "Backspace clears the selected text")
  }
}
