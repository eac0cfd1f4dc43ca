// The practice session as the app drives it: briefing, drawing against the clock, review, and
// the history record handed back exactly once.
import Foundation
import XCTest

@testable import MLSDCore

final class PracticeModeTests: XCTestCase {
  let template = PracticeFixtures.template()
  let catalogue = Fixtures.library.catalogue
  let date = Date(timeIntervalSince1970: 1_795_460_700)

  func testTheClockStartsWhenTheBriefingIsDismissed() {
    var mode = PracticeMode(template: template, minutes: 40, hints: false, now: 0, date: date)
    XCTAssertEqual(mode.phase, .briefing)
    XCTAssertNil(mode.tick(at: 100), "no status line while the prompt is read")
    XCTAssertTrue(mode.briefing.view(width: 80, height: 24).text().contains("Predict which subscribers"))
    mode.begin(at: 300, date: date)
    XCTAssertEqual(mode.phase, .drawing)
    XCTAssertEqual(mode.session.startedAt, 300)
    XCTAssertEqual(mode.session.budget.totalSeconds, 2400)
    XCTAssertEqual(mode.tick(at: 360)?.text, "Practice 1:00/40:00 · 1/7 Requirements 1:00/4:27")
    mode.focus(.data, at: 400)
    XCTAssertEqual(mode.session.currentStep, .data)
    mode.begin(at: 500, date: date)
    XCTAssertEqual(mode.session.startedAt, 300, "a second begin does not restart the clock")
  }

  func testHintsToggleTheChecklistAndTheReviewShowsIt() {
    var mode = PracticeMode(template: template, minutes: 40, hints: false, now: 0, date: date)
    XCTAssertFalse(mode.showsChecklist)
    mode.toggleHints()
    XCTAssertTrue(mode.showsChecklist)
    mode.begin(at: 0, date: date)
    XCTAssertTrue(mode.session.hintsShown, "the setting survives the start of the clock")
    mode.toggleHints()
    XCTAssertFalse(mode.showsChecklist)
    _ = mode.finish(board: PracticeFixtures.candidateBoard(), catalogue: catalogue, at: 60)
    XCTAssertTrue(mode.showsChecklist, "after the review everything may be shown")
  }

  func testFinishReviewsTheBoardAndRecordsOnce() throws {
    var mode = PracticeMode(template: template, minutes: 40, hints: false, now: 0, date: date)
    mode.begin(at: 10, date: date)
    mode.focus(.framing, at: 250)
    mode.reviewScroll = 7
    let record = try XCTUnwrap(mode.finish(board: PracticeFixtures.candidateBoard(), catalogue: catalogue, at: 610))
    XCTAssertEqual(mode.phase, .review)
    XCTAssertEqual(mode.reviewScroll, 0)
    let review = try XCTUnwrap(mode.review)
    XCTAssertEqual(review.diff.missingComponents, ["model-registry", "monitoring"])
    XCTAssertEqual(record.templateID, "churn-fixture")
    XCTAssertEqual(record.score, review.score)
    XCTAssertEqual(record.steps[.requirements]?.spentSeconds, 240)
    XCTAssertEqual(record.steps[.framing]?.spentSeconds, 360)
    XCTAssertEqual(record.date, date)
    XCTAssertNil(mode.finish(board: Board(title: "later"), catalogue: catalogue, at: 900), "recorded once")
    XCTAssertEqual(mode.review?.board.title, "My churn design", "the review stays that of the finished board")
    XCTAssertNil(mode.tick(at: 1000))
  }

  func testEndingDuringTheBriefingRecordsNothing() {
    var mode = PracticeMode(template: template, minutes: 40, hints: false, now: 0, date: date)
    XCTAssertNil(mode.finish(board: PracticeFixtures.candidateBoard(), catalogue: catalogue, at: 50))
    XCTAssertEqual(mode.phase, .review)
    XCTAssertEqual(mode.review?.timeTable?.spentSeconds, 0)
  }
}
