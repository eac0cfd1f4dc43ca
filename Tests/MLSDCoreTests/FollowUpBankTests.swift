// Every template's follow-up bank: its size and spread, that an empty board triggers some of its
// questions and the reference design answers some with its own notes, and that the empty board and
// the reference trigger different ones.
import XCTest

@testable import MLSDCore

final class FollowUpBankTests: XCTestCase {
  let library = Fixtures.library

  var caseStudies: [Template] { library.templates.filter { $0.id != "blank" } }

  func testTheSharedBankLoadsAndCoversEveryStep() {
    let shared = library.sharedFollowUps
    XCTAssertGreaterThanOrEqual(shared.count, 10)
    XCTAssertEqual(Set(shared.map(\.step)), Set(Step.allCases))
    XCTAssertTrue(shared.allSatisfy(\.shared))
    XCTAssertEqual(library.problems.map(\.description), [])
  }

  func testEveryCaseStudyHasEightFollowUpsOverFiveStepsWithItsOwn() {
    XCTAssertEqual(caseStudies.count, 11)
    for template in caseStudies {
      let bank = library.followUps(for: template)
      XCTAssertGreaterThanOrEqual(bank.followUps.count, 8, template.id)
      XCTAssertGreaterThanOrEqual(Set(bank.followUps.map(\.step)).count, 5, template.id)
      XCTAssertGreaterThanOrEqual(template.followUps.count, 5, "\(template.id) has case-specific follow-ups")
      XCTAssertGreaterThanOrEqual(Set(template.followUps.map(\.step)).count, 4, template.id)
      XCTAssertEqual(Set(bank.followUps.map(\.id)).count, bank.followUps.count, "\(template.id): unique ids")
      for followUp in bank.followUps {
        XCTAssertTrue(followUp.question.hasSuffix("?"), "\(followUp.id) is a question")
        XCTAssertLessThanOrEqual(followUp.needed, followUp.keyIdeas.count, followUp.id)
      }
    }
  }

  func testAnEmptyBoardTriggersFollowUpsAndAnswersNone() {
    for template in library.templates {
      let context = FollowUpContext(board: template.newBoard(), catalogue: library.catalogue)
      let triggered = library.followUps(for: template).triggered(in: context)
      XCTAssertFalse(triggered.isEmpty, template.id)
      XCTAssertTrue(triggered.allSatisfy { !context.answer($0).isAnswered }, template.id)
    }
  }

  func testTheReferenceNotesAnswerSomeOfTheTemplatesOwnFollowUps() {
    for template in caseStudies {
      let context = FollowUpContext(board: template.referenceBoard(), catalogue: library.catalogue)
      let bank = library.followUps(for: template)
      let answered = bank.triggered(in: context).filter { context.answer($0).isAnswered }
      XCTAssertFalse(answered.isEmpty, template.id)
      XCTAssertTrue(answered.contains { !$0.shared }, "\(template.id): one of its own questions is answered")
      // A question the reference answers is not asked of it: the interviewer skips answered ones.
      let next = bank.next(in: context, scores: [:], excluding: [])
      XCTAssertFalse(next.map { context.answer($0).isAnswered } ?? false, template.id)
    }
  }

  func testTheEmptyBoardAndTheReferenceTriggerDifferentFollowUps() {
    for template in caseStudies {
      let bank = library.followUps(for: template)
      let empty = bank.triggered(in: FollowUpContext(board: template.newBoard(), catalogue: library.catalogue))
      let full = bank.triggered(in: FollowUpContext(board: template.referenceBoard(), catalogue: library.catalogue))
      XCTAssertNotEqual(empty.map(\.id), full.map(\.id), template.id)
    }
  }

  func testEachCaseStudysOwnQuestionsCanTrigger() {
    // A question no board can trigger would be dead text: each triggers on the empty board, the
    // reference, or a board of one box per kind its trigger needs.
    for template in caseStudies {
      let empty = FollowUpContext(board: template.newBoard(), catalogue: library.catalogue)
      let full = FollowUpContext(board: template.referenceBoard(), catalogue: library.catalogue)
      for followUp in template.followUps {
        var minimal = template.newBoard()
        for (i, kinds) in followUp.trigger.has.enumerated() {
          minimal.boxes.append(
            Box(id: "k\(i)", label: "Part \(i)", kind: kinds[0], frame: GridRect(x: 0, y: i * 5, width: 10, height: 3)))
        }
        let some = FollowUpContext(board: minimal, catalogue: library.catalogue)
        XCTAssertTrue(
          empty.triggers(followUp) || full.triggers(followUp) || some.triggers(followUp),
          "\(template.id): \(followUp.id)")
      }
    }
  }

  func testWeakestStepFirst() throws {
    let template = try XCTUnwrap(library.template("ad-click-prediction"))
    let bank = library.followUps(for: template)
    let context = FollowUpContext(board: template.newBoard(), catalogue: library.catalogue)
    var scores = Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0, 1.0) })
    scores[.evaluation] = 0.2
    XCTAssertEqual(bank.next(in: context, scores: scores, excluding: [])?.step, .evaluation)
    scores[.monitoring] = 0.1
    XCTAssertEqual(bank.next(in: context, scores: scores, excluding: [])?.step, .monitoring)
    // Equal scores: the case study's own questions first, the earliest step first.
    let own = bank.followUps.filter { !$0.shared && context.triggers($0) }
    let first = try XCTUnwrap(bank.next(in: context, scores: [:], excluding: []))
    XCTAssertEqual(first.id, own.min { $0.step < $1.step }?.id)
    XCTAssertFalse(first.shared)
    let afterOwn = try XCTUnwrap(bank.next(in: context, scores: [:], excluding: Set(own.map(\.id))))
    XCTAssertTrue(afterOwn.shared)
    XCTAssertEqual(afterOwn.step, .requirements)
  }

  /// ux12: a strong answer in its own words ("more than 50 percent", "a bounce") answers the
  /// video negatives question as the key ideas' own words do.
  func testVideoNegativesAreAnsweredInEverydayWords() throws {
    let template = try XCTUnwrap(library.templates.first { $0.id == "video-recommendation" })
    let followUp = try XCTUnwrap(library.followUps(for: template).followUps.first { $0.id == "video-negatives" })
    var notes = StepNotes()
    notes[.data] =
      "A watch counts as positive when the user watched more than 50 percent of it. A click followed by 2 seconds of watching is a negative (a bounce)."
    let answer = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue).answer(followUp)
    XCTAssertEqual(answer.found.count, 1, "\(answer.found.map(\.idea))")
    notes[.data] += " Impressions the user scrolled past are negatives too."
    let two = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue).answer(followUp)
    XCTAssertTrue(two.isAnswered, "\(two.missing)")
  }
}
