// The practice clock in a short session (news-feed in 5 minutes, at 80×24): a step's time reads
// against its scaled budget in minutes and seconds, never over budget after a few seconds; the
// panel shows the scaled budget; the briefing says the clock starts with a key, as the status
// line does, and fits the screen to its last line.
import Foundation
import XCTest

@testable import MLSDCore

final class AppPracticeClockTests: XCTestCase {
  func practising(minutes: Int) throws -> AppHarness {
    let template = try XCTUnwrap(Fixtures.library.template("news-feed"))
    var app = AppHarness(board: template.newBoard(), path: nil, width: 80, height: 24)
    app.send(.tick(100))
    let date = Date(timeIntervalSince1970: 1_800_000_000)
    app.state.startPractice(
      PracticeMode(template: template, minutes: minutes, hints: false, now: 100, date: date), date: date)
    return app
  }

  func testTheBriefingSaysAKeyStartsTheClockAndFitsToItsLastLine() throws {
    let app = try practising(minutes: 5)
    let screen = app.screen
    XCTAssertTrue(screen.contains("Press any key to start the clock"), screen)
    XCTAssertFalse(screen.contains("The clock starts now"), screen)
    XCTAssertTrue(screen.contains("The clock starts when you press a key."), screen)
    XCTAssertTrue(screen.contains("opens the review."), "the briefing's last line is on screen\n\(screen)")
  }

  func testAShortSessionCountsStepTimeInSecondsAgainstTheScaledBudget() throws {
    var app = try practising(minutes: 5)
    app.press(.enter)
    app.send(.tick(110))
    app.press(.char("6"))
    app.press(.escape)
    let budget = try XCTUnwrap(app.state.practice?.session.budget[.serving])
    XCTAssertNotEqual(budget % 60, 0, "this session's serving budget is not whole minutes")
    app.send(.tick(114))
    let status = app.screen.split(separator: "\n").last.map(String.init) ?? ""
    let shown = "Serving 0:04/" + PracticeFormat.clock(Double(budget))
    XCTAssertTrue(status.contains(shown), "\(shown) in \(status)")
    XCTAssertFalse(status.contains("over budget"), status)
    XCTAssertTrue(app.screen.contains("6. Serving (~\(PracticeFormat.clock(Double(budget))))"), app.screen)
    XCTAssertFalse(app.screen.contains("(~8 min)"), "not the template's unscaled minutes")
  }

  func testWholeMinuteBudgetsStillReadInStartedMinutes() {
    XCTAssertEqual(PracticeFormat.stepTime(spent: 4, budget: 480), "1/8 min")
    XCTAssertEqual(PracticeFormat.stepTime(spent: 481, budget: 480), "9/8 min")
    XCTAssertEqual(PracticeFormat.stepTime(spent: 4, budget: 53), "0:04/0:53")
    XCTAssertEqual(PracticeFormat.stepBudget(480), "8 min")
    XCTAssertEqual(PracticeFormat.stepBudget(53), "0:53")
  }
}
