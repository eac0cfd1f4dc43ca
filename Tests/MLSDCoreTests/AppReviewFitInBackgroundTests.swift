// The practice review's fit made off the main loop (as the terminal runner does): the review
// shows at once with the diagrams at their own size and says a fit is coming; the fit made for
// the screen is shown; one made for another size is kept for that size; one made for an earlier
// review is dropped.
import Foundation
import XCTest

@testable import MLSDCore

final class AppReviewFitInBackgroundTests: XCTestCase {
  /// A practice session on the fixture case study ended with :done, fitted by the runner.
  private func reviewing(width: Int = 160, height: Int = 45) -> AppHarness {
    PracticeFixtures.reviewing(width: width, height: height, fitsInBackground: true)
  }

  func testTheReviewShowsAtOnceAndSaysTheFitIsComing() throws {
    var app = reviewing()
    XCTAssertEqual(app.state.practicePhase, .review)
    XCTAssertNil(app.state.session.reviewFit, "nothing fitted on the main loop")
    let request = try XCTUnwrap(app.state.pendingReviewFit)
    XCTAssertEqual(request.key, ReviewFitKey(width: 160, height: 44, ascii: false))
    let screen = app.screen
    XCTAssertTrue(screen.contains("Practice review"), screen)
    XCTAssertTrue(screen.contains("Fitting the diagrams to the screen…"), screen)
    XCTAssertTrue(screen.contains("fitting…"), "the status line says so too:\n\(screen)")
    // Keys go on meanwhile.
    app.press(.pageDown)
    XCTAssertGreaterThan(app.state.practice?.reviewScroll ?? 0, 0)
    app.send(.tick(5))
    XCTAssertNotNil(app.state.pendingReviewFit, "still wanted after a tick")
  }

  func testTheFitMadeForTheScreenIsShownAndKept() throws {
    var app = reviewing()
    let request = try XCTUnwrap(app.state.pendingReviewFit)
    app.state.receiveReviewFit(request.make())
    XCTAssertNil(app.state.pendingReviewFit)
    let fit = try XCTUnwrap(app.state.session.reviewFit)
    XCTAssertEqual(fit.width, 160)
    XCTAssertTrue(fit.referenceFits)
    let screen = app.screen
    XCTAssertFalse(screen.contains("Fitting the diagrams"), screen)
    XCTAssertFalse(screen.contains("fitting…"), screen)
    XCTAssertTrue(screen.contains("Fitted: "), screen)
    for box in PracticeFixtures.template().reference.boxes {
      XCTAssertTrue(screen.contains(box.label), "\(box.label):\n\(screen)")
    }
    // The page height is the fitted page's, as the main-loop fit measures it.
    let page = try XCTUnwrap(app.state.practice?.review).page(width: 160, fit: fit)
    XCTAssertEqual(app.state.reviewPageHeight, page.height)
    // Back to this size later: the kept fit, nothing asked for.
    app.send(.resize(width: 80, height: 24))
    XCTAssertNotNil(app.state.pendingReviewFit)
    app.send(.resize(width: 160, height: 45))
    XCTAssertNil(app.state.pendingReviewFit)
    XCTAssertEqual(app.state.session.reviewFit?.width, 160)
  }

  func testAFitForAnotherSizeIsKeptForItButNotShown() throws {
    var app = reviewing()
    let old = try XCTUnwrap(app.state.pendingReviewFit)
    app.send(.resize(width: 120, height: 40))
    let new = try XCTUnwrap(app.state.pendingReviewFit)
    XCTAssertEqual(new.key, ReviewFitKey(width: 120, height: 39, ascii: false))
    app.state.receiveReviewFit(old.make())
    XCTAssertNil(app.state.session.reviewFit, "a fit for 160x45 is not drawn on 120x40")
    XCTAssertEqual(app.state.pendingReviewFit?.key, new.key, "the current size is still wanted")
    XCTAssertNotNil(app.state.session.reviewFits[old.key], "kept for a resize back")
    app.state.receiveReviewFit(new.make())
    XCTAssertEqual(app.state.session.reviewFit?.width, 120)
    XCTAssertNil(app.state.pendingReviewFit)
  }

  func testAFitMadeForAnEarlierReviewIsDropped() throws {
    var app = reviewing()
    let stale = try XCTUnwrap(app.state.pendingReviewFit)
    // A new session ends with a new review before the old fit arrives.
    app.state.startPractice(
      PracticeMode(
        template: PracticeFixtures.template(), minutes: 40, hints: false, now: 10, date: Date(timeIntervalSince1970: 0)),
      date: Date(timeIntervalSince1970: 0))
    app.press(.enter)
    app.add("kafka")
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    let current = try XCTUnwrap(app.state.pendingReviewFit)
    app.state.receiveReviewFit(stale.make())
    XCTAssertNil(app.state.session.reviewFit, "the old review's fit is not shown on the new one")
    XCTAssertTrue(app.state.session.reviewFits.isEmpty, "nor kept")
    app.state.receiveReviewFit(current.make())
    XCTAssertNotNil(app.state.session.reviewFit)
  }

  func testWithoutTheRunnerTheFitIsMadeAtOnceAsBefore() throws {
    var app = reviewing()
    app.state.fitsInBackground = false
    app.send(.resize(width: 120, height: 40))
    XCTAssertEqual(app.state.session.reviewFit?.width, 120)
    XCTAssertNil(app.state.pendingReviewFit)
  }
}
