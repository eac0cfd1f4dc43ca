// Practice sessions on an injected clock (no sleeping): budgets scaled to the session, steps
// advancing, overrun warnings given once, time-up, and the time table.
import Foundation
import XCTest

@testable import MLSDCore

final class PracticeSessionTests: XCTestCase {
  let library = Fixtures.library

  func adClick() throws -> Template { try XCTUnwrap(library.template("ad-click-prediction")) }

  func testBudgetIsTheTemplateMinutesScaledToTheSession() throws {
    let template = try adClick()
    XCTAssertEqual(template.totalMinutes, 45)
    let same = PracticeBudget(template: template, minutes: 45)
    for step in Step.allCases { XCTAssertEqual(same[step], template.guide(for: step).minutes * 60, "\(step)") }
    let short = PracticeBudget(template: template, minutes: 30)
    XCTAssertEqual(short.totalSeconds, 1800)
    XCTAssertEqual(Step.allCases.reduce(0) { $0 + short[$1] }, 1800)
    // data is 9 of 45 minutes: a fifth of the session.
    XCTAssertEqual(short[.data], 360)
    // model is 10 of 45: 400 seconds.
    XCTAssertEqual(short[.model], 400)
  }

  func testBlankTemplateSplitsTheTimeEvenly() throws {
    var template = try adClick()
    template.steps = [:]
    let budget = PracticeBudget(template: template, minutes: 7)
    for step in Step.allCases { XCTAssertEqual(budget[step], 60) }
  }

  func testStepsAdvanceAndTimeGoesToTheStepBeingLeft() throws {
    let clock = ManualTime()
    let practice = PracticeClock(seconds: { clock.now }, date: { Date(timeIntervalSince1970: 0) })
    clock.now = 500
    var session = PracticeSession(
      template: try adClick(), minutes: 45, startedAt: practice.seconds(), date: practice.date())
    XCTAssertEqual(session.currentStep, .requirements)
    clock.now += 200
    session.enterStep(.framing, at: practice.seconds())
    clock.now += 300
    session.enterStep(.data, at: practice.seconds())
    clock.now += 60
    XCTAssertEqual(session.currentStep, .data)
    XCTAssertEqual(session.spent(on: .requirements, at: clock.now), 200)
    XCTAssertEqual(session.spent(on: .framing, at: clock.now), 300)
    XCTAssertEqual(session.spent(on: .data, at: clock.now), 60)
    // Going back resumes the earlier step's clock.
    session.enterStep(.requirements, at: clock.now)
    clock.now += 40
    XCTAssertEqual(session.spent(on: .requirements, at: clock.now), 240)
    XCTAssertEqual(session.elapsed(at: clock.now), 600)
    XCTAssertEqual(session.remaining(at: clock.now), 2100)
  }

  func testStatusLineShowsTheClockAndTheStepBudget() throws {
    var session = PracticeSession(template: try adClick(), minutes: 45, startedAt: 0, date: Date())
    session.enterStep(.data, at: 600)
    let status = session.tick(at: 600 + 90)
    XCTAssertEqual(status.text, "Practice 11:30/45:00 · 3/7 Data 2/9 min")
    XCTAssertFalse(status.overBudget)
    XCTAssertEqual(status.newWarnings, [])
  }

  func testOverrunWarnsOnceAndStaysOnTheStatusLine() throws {
    var session = PracticeSession(template: try adClick(), minutes: 40, startedAt: 100, date: Date())
    session.enterStep(.data, at: 100)
    // 9 of 45 minutes scaled to 40 is 8 minutes.
    XCTAssertEqual(session.budget[.data], 480)
    XCTAssertEqual(session.tick(at: 100 + 480).newWarnings, [], "exactly on budget is not over")
    let first = session.tick(at: 100 + 481)
    XCTAssertEqual(first.newWarnings, ["Data: 9/8 min — over budget"])
    XCTAssertTrue(first.overBudget)
    XCTAssertTrue(first.text.hasSuffix("3/7 Data: 9/8 min — over budget"), first.text)
    let later = session.tick(at: 100 + 600)
    XCTAssertEqual(later.newWarnings, [], "the warning is gentle: given once")
    XCTAssertTrue(later.text.contains("Data: 10/8 min — over budget"), later.text)
    session.enterStep(.model, at: 100 + 600)
    XCTAssertFalse(session.tick(at: 100 + 660).overBudget)
  }

  func testTimeUpIsDetectedAndAnnouncedOnce() throws {
    var session = PracticeSession(template: try adClick(), minutes: 30, startedAt: 0, date: Date())
    session.enterStep(.monitoring, at: 1000)
    XCTAssertFalse(session.isTimeUp(at: 1799))
    XCTAssertFalse(session.tick(at: 1799).isTimeUp)
    let up = session.tick(at: 1800)
    XCTAssertTrue(up.isTimeUp)
    XCTAssertTrue(up.newWarnings.contains("Time is up: 30 minutes. :done opens the review."), "\(up.newWarnings)")
    XCTAssertTrue(up.text.hasSuffix("· time is up"), up.text)
    XCTAssertFalse(session.tick(at: 1900).newWarnings.contains { $0.hasPrefix("Time is up") })
  }

  func testFinishFreezesTheClocks() throws {
    var session = PracticeSession(template: try adClick(), minutes: 45, startedAt: 0, date: Date(), hints: true)
    session.enterStep(.framing, at: 100)
    session.finish(at: 400)
    session.enterStep(.data, at: 500)
    XCTAssertTrue(session.isFinished)
    XCTAssertTrue(session.hintsShown)
    XCTAssertEqual(session.currentStep, .framing)
    XCTAssertEqual(session.elapsed(at: 5000), 400)
    XCTAssertEqual(session.spent(on: .framing, at: 5000), 300)
    XCTAssertEqual(session.tick(at: 5000).text, "Practice 6:40/45:00 · finished")
    XCTAssertEqual(session.tick(at: 5000).newWarnings, [])
  }

  func testTimeTableListsEveryStepWithItsVerdict() throws {
    var session = PracticeSession(template: try adClick(), minutes: 45, startedAt: 0, date: Date())
    session.enterStep(.framing, at: 180)
    session.enterStep(.data, at: 480)
    session.enterStep(.model, at: 1050)
    session.finish(at: 1100)
    let table = session.finalTimeTable
    XCTAssertEqual(table.rows.map(\.step), Step.allCases)
    XCTAssertEqual(table.rows.map(\.spentSeconds), [180, 300, 570, 50, 0, 0, 0])
    XCTAssertEqual(table.rows.filter(\.isOver).map(\.step), [.data])
    XCTAssertEqual(table.rows[2].verdict, "over by 0:30")
    XCTAssertEqual(table.budgetSeconds, 2700)
    XCTAssertEqual(table.spentSeconds, 1100)
    let lines = table.lines()
    XCTAssertEqual(lines.count, 9)
    XCTAssertEqual(lines[0], "Step                              spent / budget")
    XCTAssertEqual(lines[3], "3. Data preparation                9:30 /  9:00  over by 0:30")
    XCTAssertEqual(lines[8], "Total                             18:20 / 45:00")
    XCTAssertTrue(table.markdown().contains("| 3. Data preparation | 9:00 | 9:30 | over by 0:30 |"))
  }

  func testClockGoingBackwardsCountsNothing() throws {
    var session = PracticeSession(template: try adClick(), minutes: 45, startedAt: 100, date: Date())
    _ = session.tick(at: 50)
    XCTAssertEqual(session.elapsed(at: 50), 0)
    XCTAssertEqual(session.spent(on: .requirements, at: 50), 0)
    XCTAssertEqual(session.tick(at: 160).text, "Practice 1:00/45:00 · 1/7 Requirements 1/4 min")
  }

  func testFormatting() {
    XCTAssertEqual(PracticeFormat.clock(0), "0:00")
    XCTAssertEqual(PracticeFormat.clock(545.9), "9:05")
    XCTAssertEqual(PracticeFormat.clock(-3), "0:00")
    XCTAssertEqual(PracticeFormat.minutes(480), "8")
    XCTAssertEqual(PracticeFormat.minutes(160), "2.7")
    XCTAssertEqual(PracticeFormat.startedMinutes(481), 9)
    let date = Date(timeIntervalSince1970: 1_795_460_700)
    XCTAssertEqual(PracticeFormat.iso(date), "2026-11-23T19:05:00Z")
    XCTAssertEqual(PracticeFormat.date(date), "2026-11-23 19:05 UTC")
    XCTAssertEqual(PracticeFormat.parseISO("2026-11-23T19:05:00Z"), date)
    XCTAssertNil(PracticeFormat.parseISO("2026-13-23T19:05:00Z"))
    XCTAssertNil(PracticeFormat.parseISO("yesterday"))
  }

  func testBriefingShowsThePromptAndBudgetsButNoAnswers() throws {
    let template = try adClick()
    let briefing = PracticeBriefing(template: template, minutes: 30)
    let text = briefing.view(width: 80, height: 24).text()
    XCTAssertTrue(text.hasPrefix("Practice: Ad click prediction on social platforms\n30 minutes · hard"), text)
    XCTAssertTrue(text.contains("We run a social network whose feed carries ads"), text)
    XCTAssertTrue(text.contains("  3. Data preparation               6:00"), text)
    let joined = text.split(separator: "\n").joined(separator: " ")
    XCTAssertTrue(joined.contains("(:hints shows it)"), text)
    XCTAssertTrue(joined.contains("The clock starts when you press a key."), "as the status line says")
    XCTAssertFalse(text.contains("Model registry"), "the reference design stays hidden")
    XCTAssertFalse(text.contains(template.guide(for: .data).questions[0]), "so do the checklist questions")
    let lines = briefing.view(width: 80, height: 24).lines()
    XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    let tiny = PracticeBriefing(template: template, minutes: 30, hints: true).view(width: 20, height: 8)
    XCTAssertEqual(tiny.cells.count, 160)
    XCTAssertEqual(tiny.lines().first, "Practice: Ad click")
    var session = PracticeSession(template: template, minutes: 60, startedAt: 0, date: Date(), hints: true)
    session.hintsShown = false
    let later = PracticeBriefing(session: session, template: template).view(width: 100, height: 40).text()
    XCTAssertTrue(later.contains("60 minutes"), later)
    XCTAssertTrue(later.contains("(:hints shows it)"), later)
    let fixture = PracticeBriefing(template: PracticeFixtures.template(), minutes: 40).view(width: 60, height: 20)
    let fixtureLines = fixture.lines()
    let first = try XCTUnwrap(fixtureLines.firstIndex(of: "Predict which subscribers will cancel next month."))
    XCTAssertEqual(fixtureLines[first + 1], "", "paragraphs of the prompt stay apart")
    XCTAssertEqual(fixtureLines[first + 2], "We have <2 years> of `events` and 10M users.")
  }

  func testTemplateChoice() throws {
    var generator = SystemRandomNumberGenerator()
    XCTAssertEqual(
      PracticeOptions(templateID: "news-feed").template(in: library, using: &generator)?.id, "news-feed")
    XCTAssertNil(PracticeOptions(templateID: "no-such").template(in: library, using: &generator))
    XCTAssertEqual(
      PracticeOptions().template(in: library, boardTemplate: "visual-search", using: &generator)?.id,
      "visual-search")
    XCTAssertNil(PracticeOptions().template(in: library, using: &generator))
    let practised = Set(PracticeOptions.practiceTemplates(in: library).map(\.id))
    XCTAssertFalse(practised.contains("blank"))
    for _ in 0..<20 {
      let picked = try XCTUnwrap(PracticeOptions(random: true).template(in: library, using: &generator))
      XCTAssertTrue(practised.contains(picked.id))
    }
  }
}

/// A clock the test moves by hand.
final class ManualTime: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Double = 0

  var now: Double {
    get { lock.withLock { value } }
    set { lock.withLock { value = newValue } }
  }
}
