// `mlsd info` and `mlsd check` count a step's words the same way (WordCount), and the thin-notes
// message says how many of them speak of the design and quotes a sentence it left out.
import XCTest

@testable import MLSDCore

final class NotesWordCountTests: XCTestCase {
  private let framing =
    "Fraud or not, per txn. Label = chargeback / confirmed fraud on the txn. Threshold per merchant segment from"
    + " cost matrix."

  private func board() -> Board {
    var notes = StepNotes()
    notes[.framing] = framing
    return Board(title: "T", notes: notes)
  }

  func testWordsAreRunsWithALetter() {
    XCTAssertEqual(WordCount.of("Label = chargeback / p99 → 20 ms"), 4)
    XCTAssertEqual(WordCount.of(""), 0)
  }

  func testInfoAndCheckCountTheSameWords() throws {
    let written = WordCount.of(framing)
    let summary = BoardSummary.text(for: board())
    XCTAssertTrue(summary.contains("Frame as an ML task"), summary)
    let line = try XCTUnwrap(summary.split(separator: "\n").first { $0.contains("2. ") })
    XCTAssertTrue(line.hasSuffix(" \(written) words"), String(line))
    let report = Checker.check(board(), template: nil, catalogue: Fixtures.library.catalogue)
    let thin = try XCTUnwrap(report.checks.first { $0.rule == "notes.thin" && $0.step == .framing && !$0.passed })
    XCTAssertTrue(thin.message.contains("of their \(written) words speak of the design"), thin.message)
    XCTAssertTrue(thin.hint.contains("\"Fraud or not, per txn.\""), thin.hint)
  }

  func testNotesWhollyAboutTheDesignGiveOneNumber() throws {
    var notes = StepNotes()
    notes[.framing] = "Binary clf over transactions, positives are chargebacks."
    let report = Checker.check(Board(title: "T", notes: notes), template: nil, catalogue: Fixtures.library.catalogue)
    let thin = try XCTUnwrap(report.checks.first { $0.rule == "notes.thin" && $0.step == .framing })
    XCTAssertEqual(thin.message, "the notes for step 2 are thin (7 words)")
    XCTAssertFalse(thin.hint.contains("counts for nothing"), thin.hint)
  }
}
