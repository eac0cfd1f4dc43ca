// ux18 finding 13: the palette fills a new box's detail with the alias it matched; renamed to that
// alias, the box said it twice ("Prediction logs / prediction logs"). The rename drops a detail
// that repeats the new label, and says so; any other detail stays.
import XCTest

@testable import MLSDCore

final class AppPaletteDetailTests: XCTestCase {
  func testRenamingToTheMatchedAliasDropsTheDetailThatRepeatsIt() throws {
    var app = AppHarness(template: "harmful-content-detection")
    let id = app.add("prediction lo")
    XCTAssertEqual(app.state.board.box(id)?.label, "Prediction and feature logging")
    XCTAssertEqual(app.state.board.box(id)?.detail, "prediction logs", "the palette names the alias it matched")
    app.rename("Prediction  Logs")
    let box = try XCTUnwrap(app.selectedBox)
    XCTAssertEqual(box.label, "Prediction  Logs")
    XCTAssertNil(box.detail)
    XCTAssertEqual(
      app.state.message?.text,
      "Renamed to Prediction  Logs; its detail \"prediction logs\" said the same and is gone (u undoes)")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.box(id)?.detail, "prediction logs", "one undo step brings both back")
    XCTAssertEqual(app.state.board.box(id)?.label, "Prediction and feature logging")
  }

  func testADetailThatSaysMoreStays() {
    var app = AppHarness(template: "harmful-content-detection")
    let id = app.add("Kafka")
    XCTAssertEqual(app.state.board.box(id)?.detail, "Kafka")
    app.rename("Post events")
    XCTAssertEqual(app.selectedBox?.detail, "Kafka")
    XCTAssertFalse(app.state.message?.text.contains("said the same") ?? false)
  }

  func testSameWordsIgnoresCaseAndSpacingOnly() {
    XCTAssertTrue(AppState.sameWords("prediction logs", " Prediction   LOGS "))
    XCTAssertFalse(AppState.sameWords("prediction logs", "prediction log"))
    XCTAssertFalse(AppState.sameWords("Kafka", "Kafka topics"))
  }
}
