// The interviewer in the app, on an injected clock: a question after a pause once something is
// drawn, at a step change, never two open at once, at most the session's limit; A opens its
// step's notes, answering there marks it answered, S skips; the review lists what was asked.
// `:ask` works outside practice too, with no clock.
import Foundation
import XCTest

@testable import MLSDCore

final class AppFollowUpTests: XCTestCase {
  static let date = Date(timeIntervalSince1970: 1_800_000_000)

  /// A running practice session on ad-click-prediction, its clock started at app time 100.
  func practising(limit: Int = 3, pause: Double = 30) throws -> AppHarness {
    let template = try XCTUnwrap(Fixtures.library.template("ad-click-prediction"))
    var app = AppHarness(board: template.newBoard(), path: nil)
    app.send(.tick(100))
    let mode = PracticeMode(
      template: template, minutes: 45, hints: false, now: 100, date: Self.date, followUpLimit: limit,
      pauseSeconds: pause)
    app.state.startPractice(mode, date: Self.date)
    app.press(.enter)
    return app
  }

  func testNothingIsAskedOnAnEmptyBoardOrBeforeAPause() throws {
    var app = try practising()
    app.send(.tick(200))
    XCTAssertEqual(app.state.interviewer?.asked.count, 0, "an empty board gets no question")
    app.add("kafk")
    app.send(.tick(210))
    XCTAssertEqual(app.state.interviewer?.asked.count, 0, "10 s after the last key is no pause")
  }

  func testAPauseAfterDrawingBringsOneQuestionShownInAPanel() throws {
    var app = try practising()
    app.add("kafk")
    app.add("feature store")
    app.send(.tick(140))
    let asked = try XCTUnwrap(app.state.interviewer?.asked)
    XCTAssertEqual(asked.count, 1)
    let question = try XCTUnwrap(app.state.interviewer?.current)
    XCTAssertTrue(app.screen.contains("Interviewer · \(question.step.number). \(question.step.shortTitle)"), app.screen)
    XCTAssertTrue(app.screen.contains("A answer in step \(question.step.number)'s notes · S skip"), app.screen)
    XCTAssertTrue(app.state.message?.text.hasPrefix("The interviewer asks about step") ?? false)
    // Drawing goes on: the panel takes no keys.
    app.add("model registry")
    XCTAssertEqual(app.state.board.boxes.count, 3)
    // The same pause does not ask twice, and an open question holds back the next.
    app.send(.tick(500))
    XCTAssertEqual(app.state.interviewer?.asked.count, 1)
  }

  func testTheSameInputsAskTheSameQuestions() throws {
    func run() throws -> [String] {
      var app = try practising()
      app.add("kafk")
      app.send(.tick(140))
      app.press(.char("S"))
      app.add("ranker")
      app.send(.tick(200))
      return app.state.interviewer?.asked.map(\.id) ?? []
    }
    let first = try run()
    XCTAssertEqual(first.count, 2)
    XCTAssertEqual(try run(), first)
  }

  func testTheWeakestStepIsAskedAboutFirst() throws {
    var app = try practising()
    app.add("kafk")
    app.send(.tick(140))
    let scores = FollowUpContext.stepScores(app.state.report)
    let step = try XCTUnwrap(app.state.interviewer?.current?.step)
    XCTAssertEqual(scores[step], scores.values.min(), "asked about a step with the lowest checker score")
  }

  func testAnsweringInTheNotesMarksItAnsweredAndTheReviewShowsIt() throws {
    var app = try practising()
    app.add("kafk")
    app.send(.tick(140))
    let question = try XCTUnwrap(app.state.interviewer?.current)
    app.press(.char("A"))
    guard case .notes(let step, _) = app.state.mode else { return XCTFail("A opens the notes") }
    XCTAssertEqual(step, question.step)
    XCTAssertEqual(app.state.practice?.session.currentStep, question.step, "the step clock moved there")
    XCTAssertTrue(app.screen.contains("Follow-up: "), "the question shows in the status line while answering")
    // Every phrasing of every key idea, so the answer holds whatever the question was.
    app.type(question.keyIdeas.map { $0.phrasings[0].replacingOccurrences(of: "*", with: "") }.joined(separator: ". "))
    app.press(.escape)
    app.send(.tick(150))
    XCTAssertEqual(app.state.interviewer?.asked.first?.answered, true)
    XCTAssertNil(app.state.interviewer?.current)
    XCTAssertTrue(
      app.state.message?.text.hasPrefix("Follow-up answered") ?? false, "\(String(describing: app.state.message))")
    app.press(.char(":"))
    app.type("done")
    app.press(.enter)
    let review = try XCTUnwrap(app.state.practice?.review)
    XCTAssertEqual(review.followUps.first?.followUp.id, question.id)
    XCTAssertEqual(review.followUps.first?.isAnswered, true)
    XCTAssertTrue(review.markdown().contains("1. **answered** · \(question.step.number). "))
    let record = app.state.takeEffects().compactMap { effect -> PracticeRecord? in
      if case .recordPractice(let record) = effect { return record }
      return nil
    }.first
    XCTAssertEqual(record?.followUps?.asked, 1)
    XCTAssertEqual(record?.followUps?.answered, 1)
    XCTAssertEqual(record?.rubric.count, 7)
  }

  /// ux12: the question was only in a cut status line while answering, and leaving the notes
  /// said nothing of whether the answer counted.
  func testTheQuestionShowsInTheEditorAndLeavingSaysWhetherItIsAnswered() throws {
    var app = try practising()
    app.add("kafk")
    app.send(.tick(140))
    let question = try XCTUnwrap(app.state.interviewer?.current)
    app.press(.char("A"))
    let rows = app.screen.split(separator: "\n")
    XCTAssertTrue(
      rows.dropLast().contains { $0.contains("Follow-up: " + question.question.prefix(20)) },
      "the question is at the top of the editor")
    app.type("Something that answers nothing here.")
    app.press(.escape)
    let message = try XCTUnwrap(app.state.message?.text)
    XCTAssertTrue(
      message.hasPrefix("The follow-up is not answered yet: 0 of the \(question.needed) key ideas"), message)
    XCTAssertFalse(message.contains(question.keyIdeas[0].name), "the key ideas are not given away")
    XCTAssertNotNil(app.state.interviewer?.current, "still open")
    // Answered: said on leaving, without waiting for a tick.
    app.press(.char("A"))
    app.type(question.keyIdeas.map { $0.phrasings[0].replacingOccurrences(of: "*", with: "") }.joined(separator: ". "))
    app.press(.escape)
    XCTAssertTrue(app.state.message?.text.hasPrefix("Follow-up answered in the notes of step") ?? false)
    XCTAssertEqual(app.state.interviewer?.asked.first?.answered, true)
  }

  func testAStepChangeAsksAndTheLimitHolds() throws {
    var app = try practising(limit: 2)
    app.add("kafk")
    app.press(.char("3"), .escape)
    app.send(.tick(101))
    XCTAssertEqual(app.state.interviewer?.asked.count, 1, "a step change asks without a pause")
    app.press(.char("S"))
    app.press(.char("5"), .escape)
    app.send(.tick(102))
    XCTAssertEqual(app.state.interviewer?.asked.count, 2)
    app.press(.char("S"))
    app.press(.char("6"), .escape)
    app.send(.tick(300))
    XCTAssertEqual(app.state.interviewer?.asked.count, 2, "the session's limit")
    XCTAssertEqual(app.state.interviewer?.asked.map(\.skipped), [true, true])
    // :ask is not limited.
    app.press(.char(":"))
    app.type("ask")
    app.press(.enter)
    XCTAssertEqual(app.state.interviewer?.asked.count, 3)
  }

  func testNoQuestionIsAskedWhileTheNotesEditorIsOpenItWaitsForEsc() throws {
    var app = try practising(limit: 2)
    app.add("kafk")
    app.press(.char("3"))
    app.send(.tick(101))
    app.send(.tick(200))
    XCTAssertEqual(app.state.interviewer?.asked.count, 0, "neither the step change nor a pause asks under the editor")
    app.type("Split by time. S")
    guard case .notes(_, let area) = app.state.mode else { return XCTFail("the editor stays open") }
    XCTAssertEqual(area.text, "Split by time. S", "S is a letter of the notes there, not a skip")
    app.press(.escape)
    app.send(.tick(201))
    XCTAssertEqual(app.state.interviewer?.asked.count, 1, "the step change asks once back on the board")
    XCTAssertTrue(app.state.message?.text.contains("S skips") == true)
  }

  func testNoQuestionsWithALimitOfZero() throws {
    var app = try practising(limit: 0)
    app.add("kafk")
    app.send(.tick(400))
    XCTAssertEqual(app.state.interviewer?.asked.count, 0)
  }

  func testAskOnTheWhiteboardWithoutAClock() throws {
    var app = AppHarness(template: "visual-search")
    XCTAssertNil(app.state.interviewer)
    app.press(.char(":"))
    app.type("ask")
    app.press(.enter)
    let question = try XCTUnwrap(app.state.interviewer?.current)
    XCTAssertTrue(app.screen.contains("Interviewer · \(question.step.number)."), app.screen)
    app.send(.tick(10_000))
    XCTAssertEqual(app.state.interviewer?.asked.count, 1, "no unprompted questions outside practice")
    app.press(.char(":"))
    app.type("skip")
    app.press(.enter)
    XCTAssertNil(app.state.interviewer?.current)
    app.press(.char("A"))
    XCTAssertEqual(app.state.message?.text, "No open follow-up question (:ask asks one)")
    // Asking on and on runs out: every question the board triggers is asked once.
    for _ in 0..<40 {
      app.press(.char(":"))
      app.type("ask")
      app.press(.enter)
    }
    XCTAssertTrue(app.state.message?.text.hasPrefix("No follow-up applies now") ?? false)
    let ids = app.state.interviewer?.asked.map(\.id) ?? []
    XCTAssertEqual(Set(ids).count, ids.count)
  }

  func testAQuestionFromAFileCannotWriteControlCharactersToTheScreen() throws {
    let hostile = FollowUp(
      id: "h", step: .requirements, question: "Why \u{1B}[31mred\u{7}?", keyIdeas: [KeyIdea(["x"])])
    let template = Template(
      id: "hostile", title: "Hostile", difficulty: .easy, summary: "", prompt: "P", steps: [:], required: [],
      recommended: [], flows: [], pitfalls: [], start: Board(title: ""), reference: Board(title: ""),
      followUps: [hostile])
    let library = Library(catalogue: Fixtures.library.catalogue, templates: [template], themes: [])
    var board = template.newBoard()
    board.template = "hostile"
    var state = AppState(board: board, filePath: nil, library: library, theme: .monochrome, width: 120, height: 40)
    for key in [Key.char(":"), .char("a"), .char("s"), .char("k"), .enter] { state.apply(.key(key)) }
    XCTAssertEqual(state.interviewer?.current?.id, "h")
    XCTAssertFalse(AppView.render(state).text().contains("\u{1B}"))
    state.apply(.key(.char("A")))
    let screen = AppView.render(state).text()
    XCTAssertTrue(screen.contains("Follow-up: Why "), screen)
    XCTAssertFalse(screen.contains("\u{1B}") || screen.contains("\u{7}"))
  }

  func testThePanelFitsTheSmallestScreenAndHidesWhenThereIsNoRoom() {
    var app = AppHarness(board: Fixtures.library.template("news-feed")!.newBoard(), width: 60, height: 16)
    app.press(.char(":"))
    app.type("ask")
    app.press(.enter)
    XCTAssertNotNil(app.state.interviewer?.current)
    let screen = AppView.render(app.state)
    XCTAssertEqual(screen.width, 60)
    XCTAssertTrue(screen.text().contains("Interviewer · "), screen.text())
    // Every row of the frame stays inside the canvas area, above the status line.
    let rows = screen.lines()
    XCTAssertFalse(rows[15].contains("Interviewer"))
    app.send(.resize(width: 59, height: 16))
    XCTAssertFalse(AppView.render(app.state).text().contains("Interviewer"), "too small: the app says so instead")
  }
}
