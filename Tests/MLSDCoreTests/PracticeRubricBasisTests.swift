// The rubric's notes point judges a dimension's steps together (a framing a few words short beside
// long requirements passes; a step left nearly empty does not), and the review says which
// follow-ups its points count: the questions asked in a session, or every one the board triggers.
// An untimed review's per-step table is named for what it holds.
import XCTest

@testable import MLSDCore

final class PracticeRubricBasisTests: XCTestCase {
  let library = Fixtures.library

  private func framingNotes(requirements: Int, framing: Int) -> Rubric.Criterion? {
    let report = CheckReport(checks: [], notesWords: [.requirements: requirements, .framing: framing])
    return Rubric(report: report, notes: StepNotes(), followUps: []).scores.first { $0.dimension == .framing }?
      .criteria[1]
  }

  func testTheFramingStepsWordsAreCountedTogether() throws {
    let short = try XCTUnwrap(framingNotes(requirements: 70, framing: 44))
    XCTAssertTrue(short.met, short.evidence)
    XCTAssertEqual(
      short.evidence, "notes: requirements 70 words, framing 44 words, 114 together (needs 100 together, 20 in each)")
    let thin = try XCTUnwrap(framingNotes(requirements: 120, framing: 12))
    XCTAssertFalse(thin.met, "a step under the thin-notes count fails whatever the other holds")
    let few = try XCTUnwrap(framingNotes(requirements: 45, framing: 45))
    XCTAssertFalse(few.met, few.evidence)
  }

  func testTheReviewSaysWhichFollowUpsTheRubricCounts() throws {
    let template = try XCTUnwrap(library.template("news-feed"))
    let board = template.referenceBoard()
    let bank = library.followUps(for: template)
    let untimed = PracticeReview(
      session: nil, board: board, template: template, catalogue: library.catalogue, bank: bank)
    let triggered = untimed.followUps.count
    XCTAssertGreaterThan(triggered, 3)
    let report = untimed.markdown()
    XCTAssertTrue(report.contains("· rubric \(untimed.rubric.total)/21 (\(triggered) follow-ups triggered)"), report)
    XCTAssertTrue(report.contains("The follow-up points count all \(triggered) follow-ups this board triggers"))
    XCTAssertTrue(report.contains("## Score by step"))
    XCTAssertFalse(report.contains("## Time and score by step"))

    let asked = bank.triggered(in: FollowUpContext(board: board, catalogue: library.catalogue)).prefix(2)
      .map { AskedFollowUp(id: $0.id, askedAt: 0) }
    let session = PracticeReview(
      session: nil, board: board, template: template, catalogue: library.catalogue, bank: bank, asked: asked)
    let text = session.markdown()
    XCTAssertTrue(text.contains("(2 questions asked)"), text)
    XCTAssertTrue(text.contains("The follow-up points count the 2 questions asked in this session"), text)
  }
}
