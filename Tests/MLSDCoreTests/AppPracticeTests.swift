// The practice session inside the app, driven by keys and ticks of an injected clock (no
// sleeping): briefing, begin, step focus, overrun warnings, the hidden checklist, :done or time
// up, the review screen, :export review and the history record.
import Foundation
import XCTest

@testable import MLSDCore

final class AppPracticeTests: XCTestCase {
  static let date = Date(timeIntervalSince1970: 1_800_000_000)

  /// A practice session on ad-click-prediction at app time 100, on its briefing.
  func practising(minutes: Int = 45, hints: Bool = false, path: String? = nil) throws -> AppHarness {
    let template = try XCTUnwrap(Fixtures.library.template("ad-click-prediction"))
    var app = AppHarness(board: template.newBoard(), path: path)
    app.send(.tick(100))
    let mode = PracticeMode(template: template, minutes: minutes, hints: hints, now: 100, date: Self.date)
    app.state.startPractice(mode, date: Self.date)
    return app
  }

  func records(_ effects: [Effect]) -> [PracticeRecord] {
    effects.compactMap {
      if case .recordPractice(let record) = $0 { return record }
      return nil
    }
  }

  func testTheBriefingShowsThePromptUntilAKeyStartsTheClock() throws {
    var app = try practising()
    XCTAssertEqual(app.state.practicePhase, .briefing)
    XCTAssertTrue(app.screen.contains("Practice: Ad click prediction"))
    XCTAssertTrue(app.screen.contains("Time per step"))
    XCTAssertTrue(app.screen.contains("Press any key to start the clock"))
    // Time passing on the briefing does not count.
    app.send(.tick(160))
    XCTAssertNil(app.state.message)
    app.press(.char("x"))
    XCTAssertEqual(app.state.practicePhase, .drawing)
    XCTAssertEqual(app.state.practice?.session.startedAt, 160)
    XCTAssertEqual(app.state.practice?.session.date, Self.date.addingTimeInterval(60))
    // The key only dismissed the briefing: the board is untouched.
    XCTAssertFalse(app.state.isDirty)
    app.send(.tick(190))
    XCTAssertTrue(app.screen.contains("Practice 0:30/45:00 · 1/7 Requirements 1/4 min"), app.screen)
  }

  func testAClickAlsoDismissesTheBriefing() throws {
    var app = try practising()
    app.send(.mouse(MouseEvent(.press, x: 10, y: 10, time: 100)))
    XCTAssertEqual(app.state.practicePhase, .drawing)
  }

  func testOpeningAStepsNotesMovesTheStepClockAndOverrunsWarnOnce() throws {
    var app = try practising()
    app.press(.enter)
    app.send(.tick(160))
    app.press(.char("3"))
    XCTAssertEqual(app.state.practice?.session.currentStep, .data)
    app.type("clicks joined to impressions")
    app.press(.escape)
    XCTAssertEqual(app.state.board.notes[.data], "clicks joined to impressions")
    app.send(.tick(160 + 300))
    XCTAssertTrue(app.screen.contains("3/7 Data 5/9 min"), app.screen)
    XCTAssertEqual(app.state.practice?.session.spent(on: .requirements, at: 460), 60)
    // Data's budget is 9 minutes of 45: a tick past it warns, once.
    app.send(.tick(160 + 9 * 60 + 30))
    let warning = try XCTUnwrap(app.state.message)
    XCTAssertEqual(warning.tone, .warning)
    XCTAssertTrue(warning.text.contains("Data: 10/9 min — over budget"), warning.text)
    XCTAssertTrue(app.screen.contains("over budget"))
    app.press(.escape)
    XCTAssertNil(app.state.message)
    app.send(.tick(160 + 9 * 60 + 40))
    XCTAssertNil(app.state.message, "the warning is given once")
    // Going back to an earlier step resumes its clock.
    app.press(.char("1"), .escape)
    app.send(.tick(160 + 9 * 60 + 100))
    XCTAssertEqual(app.state.practice?.session.currentStep, .requirements)
    XCTAssertEqual(app.state.practice?.session.spent(on: .requirements, at: app.state.now), 120)
  }

  func testTheChecklistAndTheScoreStayHiddenWhilePractising() throws {
    var app = try practising()
    app.press(.enter)
    XCTAssertFalse(app.state.checklistVisible)
    XCTAssertEqual(app.state.visibleTabs, [.steps, .palette])
    XCTAssertFalse(app.screen.contains("Checklist"))
    XCTAssertFalse(app.screen.contains("score"))
    XCTAssertFalse(app.screen.contains("%"), "no step scores in the panel:\n\(app.screen)")
    app.press(.char("t"))
    XCTAssertEqual(app.state.panelTab, .palette)
    app.press(.char("t"))
    XCTAssertEqual(app.state.panelTab, .steps)
    app.press(.char(":"))
    app.type("check")
    app.press(.enter)
    XCTAssertNotEqual(app.state.panelTab, .checklist)
    XCTAssertTrue(app.state.message?.text.contains("hidden") ?? false)
    app.press(.char("f"))
    XCTAssertNotEqual(app.state.panelTab, .checklist)
    XCTAssertTrue(app.state.message?.text.contains("hidden") ?? false)
    // The tab row cannot be clicked onto the checklist either.
    let panelX = app.state.screenWidth - app.state.panelWidth
    app.send(.mouse(MouseEvent(.press, x: panelX + 10, y: 1, time: 100)))
    app.send(.mouse(MouseEvent(.release, x: panelX + 10, y: 1, time: 100)))
    XCTAssertNotEqual(app.state.panelTab, .checklist)
    // :hints shows it; :hints again hides it and leaves the tab.
    app.press(.char(":"))
    app.type("hints")
    app.press(.enter)
    XCTAssertTrue(app.state.checklistVisible)
    XCTAssertTrue(app.screen.contains("Checklist"))
    XCTAssertTrue(app.screen.contains("score"))
    app.press(.char(":"))
    app.type("check")
    app.press(.enter)
    XCTAssertEqual(app.state.panelTab, .checklist)
    app.press(.char(":"))
    app.type("hints")
    app.press(.enter)
    XCTAssertFalse(app.state.checklistVisible)
    XCTAssertEqual(app.state.panelTab, .steps)
    app.press(.escape)
    XCTAssertFalse(app.screen.contains("Checklist"))
  }

  func testHintsFromTheCommandLineShowTheChecklistFromTheStart() throws {
    var app = try practising(hints: true)
    app.press(.enter)
    XCTAssertTrue(app.state.checklistVisible)
    XCTAssertTrue(app.state.visibleTabs.contains(.checklist))
  }

  func testDoneEndsTheSessionWithAReviewAndOneHistoryRecord() throws {
    var app = try practising()
    app.press(.enter)
    app.add("kafka")
    app.add("feature store")
    app.send(.tick(220))
    app.press(.char("3"))
    app.type("labels from clicks")
    // :done while the notes are open keeps them.
    app.send(.tick(400))
    app.press(.escape, .char(":"))
    app.type("done")
    app.press(.enter)
    XCTAssertEqual(app.state.practicePhase, .review)
    let effects = app.state.takeEffects()
    let saved = records(effects)
    XCTAssertEqual(saved.count, 1)
    XCTAssertEqual(saved.first?.templateID, "ad-click-prediction")
    let review = try XCTUnwrap(app.state.practice?.review)
    XCTAssertEqual(review.board.notes[.data], "labels from clicks")
    XCTAssertEqual(review.timeTable?.spentSeconds, 300)
    XCTAssertFalse(review.diff.missingComponents.isEmpty)
    let screen = app.screen
    XCTAssertTrue(screen.contains("Practice review — Ad click prediction"), screen)
    XCTAssertTrue(screen.contains("Missing components"))
    XCTAssertTrue(screen.contains("Missing flows"))
    XCTAssertTrue(screen.contains("REVIEW"))
    // The review shows the checklist's verdicts now.
    XCTAssertTrue(app.state.checklistVisible)
    // A second :done records nothing more; ticks no longer move the clocks.
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    app.send(.tick(5000))
    XCTAssertTrue(records(app.state.takeEffects()).isEmpty)
    XCTAssertEqual(app.state.practice?.session.elapsed(at: 5000), 300)
  }

  func testTimeUpEndsTheSessionOnTheReview() throws {
    var app = try practising(minutes: 5)
    app.press(.enter)
    app.send(.tick(100 + 299))
    XCTAssertEqual(app.state.practicePhase, .drawing)
    app.press(.char("2"))
    app.type("CTR as binary classification")
    app.send(.tick(100 + 301))
    XCTAssertEqual(app.state.practicePhase, .review)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board.notes[.framing], "CTR as binary classification")
    XCTAssertTrue(app.state.message?.text.hasPrefix("Time is up") ?? false)
    XCTAssertEqual(records(app.state.takeEffects()).count, 1)
    XCTAssertTrue(app.screen.contains("Practice review"))
  }

  func testTheReviewScrollsAndExportsAsMarkdown() throws {
    var app = try practising()
    app.press(.enter)
    app.add("kafka")
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    _ = app.state.takeEffects()
    let top = app.screen
    app.press(.pageDown)
    XCTAssertGreaterThan(app.state.practice?.reviewScroll ?? 0, 0)
    XCTAssertNotEqual(app.screen, top)
    app.press(.up, .pageUp, .pageUp)
    XCTAssertEqual(app.state.practice?.reviewScroll, 0)
    app.press(.right)
    XCTAssertEqual(app.state.practice?.reviewPan, 8)
    app.press(.char("G"))
    XCTAssertEqual(app.state.practice?.reviewScroll, app.state.reviewMaxScroll)
    app.press(.down)
    XCTAssertEqual(app.state.practice?.reviewScroll, app.state.reviewMaxScroll, "no scrolling past the end")

    // A narrower screen wraps the page longer; the scroll stays within it.
    let tall = app.state.reviewPageHeight
    app.send(.resize(width: 70, height: 24))
    XCTAssertGreaterThanOrEqual(app.state.reviewPageHeight, tall)
    XCTAssertLessThanOrEqual(app.state.practice?.reviewScroll ?? 0, app.state.reviewMaxScroll)
    XCTAssertTrue(app.screen.contains("REVIEW"))

    app.press(.char(":"))
    app.type("export review review.md")
    app.press(.enter)
    let effects = app.state.takeEffects()
    guard case .writeText(let markdown, let path, _, _)? = effects.first else {
      return XCTFail("expected a write of the review, got \(effects)")
    }
    XCTAssertEqual(path, "review.md")
    XCTAssertTrue(markdown.hasPrefix("# Practice review: Ad click prediction"))
    XCTAssertTrue(markdown.contains("## Time and score by step"))
    let files = MemoryFiles()
    let runner = EffectRunner(files: files, dataFolder: nil, absolute: { $0 })
    if let reply = runner.run(effects[0], state: app.state) { app.send(reply) }
    XCTAssertEqual(files.texts["review.md"], markdown)
    XCTAssertEqual(app.state.message?.text, "Exported the review to review.md")
  }

  func testQuittingTheReviewAsksWhenTheBoardIsUnsaved() throws {
    var app = try practising(path: "practice.yaml")
    app.press(.enter)
    app.add("kafka")
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    _ = app.state.takeEffects()
    app.press(.char("q"))
    XCTAssertEqual(app.state.mode, .confirm(.quitUnsaved))
    XCTAssertTrue(app.screen.contains("Save before quitting"))
    app.press(.char("y"))
    let effects = app.state.takeEffects()
    XCTAssertTrue(effects.contains { if case .save(_, "practice.yaml", true) = $0 { true } else { false } })
  }

  func testTheSessionIsAddedToTheHistoryFile() throws {
    var app = try practising()
    app.press(.enter)
    app.send(.tick(400))
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    let folder = NSTemporaryDirectory() + "mlsd-practice-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let runner = EffectRunner(files: MemoryFiles(), dataFolder: folder, absolute: { $0 })
    for effect in app.state.takeEffects() { XCTAssertNil(runner.run(effect, state: app.state)) }
    let loaded = PracticeHistory.load(folder: folder)
    XCTAssertEqual(loaded.records.count, 1)
    XCTAssertEqual(loaded.records.first?.templateID, "ad-click-prediction")
    XCTAssertTrue(loaded.warnings.isEmpty)
  }

  func testPracticeCommandsOutsideASessionSaySo() {
    var app = AppHarness()
    for command in ["done", "hints", "export review r.md"] {
      app.press(.char(":"))
      app.type(command)
      app.press(.enter)
      XCTAssertTrue(app.state.message?.text.contains("practice") ?? false, command)
    }
    XCTAssertTrue(app.state.takeEffects().isEmpty)
    XCTAssertTrue(app.state.checklistVisible)
  }
}
