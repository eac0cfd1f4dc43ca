// Counts people read say "1 error", not "1 errors" (a blind tester saw "1 errors" in the checklist).
import XCTest

@testable import MLSDCore

final class CountedTests: XCTestCase {
  func testSingularForOne() {
    XCTAssertEqual(Counted.of(1, "error"), "1 error")
    XCTAssertEqual(Counted.of(0, "hint"), "0 hints")
    XCTAssertEqual(Counted.of(2, "warning"), "2 warnings")
  }

  /// A reference board with one box removed, chosen so the report has exactly one error: the
  /// checklist's title and `:check`'s status line both say "1 error".
  func testOneErrorReadsSingularInChecklistAndStatus() throws {
    let template = try XCTUnwrap(Fixtures.library.template("news-feed"))
    let reference = template.referenceBoard()
    var found = false
    for box in reference.boxes {
      var board = reference
      board.removeBox(box.id)
      var app = AppHarness(board: board)
      guard app.state.report.errorCount == 1 else { continue }
      found = true
      app.state.panelTab = .checklist
      let title = PanelView.checklistLines(app.state, width: 60)[0].text
      XCTAssertTrue(title.contains("· 1 error ·"), title)
      app.press(.char(":"))
      app.type("check")
      app.press(.enter)
      XCTAssertTrue(app.state.message?.text.contains(": 1 error,") == true, app.state.message?.text ?? "no message")
      break
    }
    XCTAssertTrue(found, "no single removal from the news-feed reference leaves exactly one error")
  }
}
