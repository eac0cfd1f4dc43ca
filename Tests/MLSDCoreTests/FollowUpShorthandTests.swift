// Follow-up answers read numbers and rates as candidates write them: "~10ms", "2M", "orders/day".
import XCTest

@testable import MLSDCore

final class FollowUpShorthandTests: XCTestCase {
  let library = Fixtures.library

  func testGluedUnitsMagnitudesAndSlashedRatesAreSpelledOut() {
    XCTAssertEqual(NoteShorthand.expanded("p95 ~25ms per call"), "p95 ~25 ms per call")
    XCTAssertEqual(NoteShorthand.expanded("3M riders, 40k req/s"), "3 million riders, 40 thousand req per second")
    XCTAssertEqual(NoteShorthand.expanded("1.5bn views/day, peak 4x"), "1.5 billion views per day, peak 4 x")
    // Ordinals, names with digits, decimals and plain ratios stay as written.
    for text in ["the 2nd model", "ResNet-50 on p99", "A/B on 0.5 of users", "train/val/test 70/15/15"] {
      XCTAssertEqual(NoteShorthand.expanded(text), text)
    }
  }

  func testShorthandAnswersAsTheSpelledOutWordsDo() throws {
    let bank = library.followUps(for: nil)
    let latency = try XCTUnwrap(bank.followUp("latency-budget"))
    var notes = StepNotes()
    notes[.serving] = "Encoder on GPU, then ANN lookup (~8ms), results cached per query."
    let context = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue)
    let answer = context.answer(latency)
    XCTAssertTrue(answer.found.map(\.idea).contains("latency in ms"), "\(answer.found.map(\.idea))")
    // The review quotes the sentence as written.
    XCTAssertTrue(answer.found.contains { $0.sentence.contains("(~8ms)") }, "\(answer.found.map(\.sentence))")

    let scale = try XCTUnwrap(bank.followUp("scale-and-latency"))
    notes = StepNotes()
    notes[.requirements] = "Roughly 3M trips/day, lunch peak 4x."
    let triggered = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue)
    XCTAssertTrue(triggered.answer(scale).found.map(\.idea).contains("number of users"))
    // A magnitude word with no numeral before it is no figure.
    notes[.requirements] = "That is the million-dollar question for the launch."
    let idiom = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue)
    XCTAssertFalse(idiom.answer(scale).found.map(\.idea).contains("number of users"))
    notes[.requirements] = "Roughly 3M trips/day; each call under 40ms."
    let said = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue)
    XCTAssertFalse(said.triggers(scale), "the notes put a number on the latency, so it is not asked")
  }

  func testALagOnTheLabelIsALabelDelay() throws {
    let labels = try XCTUnwrap(library.followUps(for: nil).followUp("where-labels-come-from"))
    var notes = StepNotes()
    notes[.data] = "The label is the final price paid, which lags the quote by about a day."
    let answer = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue).answer(labels)
    XCTAssertTrue(answer.found.map(\.idea).contains("label delay or noise"), "\(answer.found.map(\.idea))")
  }
}
