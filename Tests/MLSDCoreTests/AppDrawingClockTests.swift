// In practice, time spent drawing counts toward the step of what is drawn (a tester's forty
// seconds of serving boxes were charged to "1. Clarify requirements"): a box added, renamed or
// given a kind, or the target of a new arrow, moves the step clock to its component's step; a box
// of no known kind and moves leave it; the notes editor still moves it as before.
import Foundation
import XCTest

@testable import MLSDCore

final class AppDrawingClockTests: XCTestCase {
  static let date = Date(timeIntervalSince1970: 1_800_000_000)

  /// A running session on youtube-video-search begun at app time 100.
  func drawing() throws -> AppHarness {
    let template = try XCTUnwrap(Fixtures.library.template("youtube-video-search"))
    var app = AppHarness(board: template.newBoard(), path: nil)
    app.send(.tick(100))
    app.state.startPractice(
      PracticeMode(template: template, minutes: 45, hints: false, now: 100, date: Self.date), date: Self.date)
    app.press(.enter)
    return app
  }

  func spent(_ app: AppHarness, _ step: Step) -> Double {
    app.state.practice?.session.spent(on: step, at: app.state.now) ?? -1
  }

  func testDrawingAServingBoxCountsTowardServing() throws {
    var app = try drawing()
    app.send(.tick(130))
    app.add("redis")
    XCTAssertEqual(app.state.practice?.session.currentStep, .serving)
    app.send(.tick(170))
    XCTAssertEqual(spent(app, .requirements), 30)
    XCTAssertEqual(spent(app, .serving), 40)
    XCTAssert(app.screen.contains("6/7 Serving"), app.screen)
    // A training box moves it on to Modelling; an arrow to the cache brings it back to Serving.
    let training = app.add("training pipeline")
    XCTAssertEqual(app.state.practice?.session.currentStep, .model)
    app.send(.tick(190))
    app.state.selection = .box(training)
    app.press(.char("c"))
    app.type("cache")
    app.press(.enter)
    XCTAssertEqual(app.state.board.arrows.count, 1)
    XCTAssertEqual(app.state.practice?.session.currentStep, .serving)
    XCTAssertEqual(spent(app, .model), 20)
  }

  func testABoxOfNoKnownKindAndMovesLeaveTheClock() throws {
    var app = try drawing()
    app.press(.char("3"), .escape)
    XCTAssertEqual(app.state.practice?.session.currentStep, .data)
    let free = app.add("Zorblax")
    XCTAssertEqual(app.state.board.box(free)?.kind, nil)
    XCTAssertEqual(app.state.practice?.session.currentStep, .data)
    app.press(.char("m"), .right, .right, .enter)
    XCTAssertEqual(app.state.practice?.session.currentStep, .data)
    // Declaring its kind is drawing it: the clock follows.
    app.press(.char("K"))
    app.type("monitoring")
    app.press(.enter)
    XCTAssertEqual(app.state.practice?.session.currentStep, .monitoring)
  }
}
