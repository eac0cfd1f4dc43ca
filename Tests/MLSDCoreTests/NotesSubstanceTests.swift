// Notes of substance speak of the design: filler and notes about something else count for
// nothing in the notes rules and the rubric (ux9 report item 7).
import XCTest

@testable import MLSDCore

final class NotesSubstanceTests: XCTestCase {
  let library = Fixtures.library
  var substance: NotesSubstance { library.catalogue.notesSubstance }

  static let lorem = String(repeating: "lorem ipsum dolor sit amet ", count: 14)
  static let latin =
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
    + " magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea"
    + " commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat"
    + " nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit"
    + " anim id est laborum."

  func testFillerAndOtherTopicsCountNoWords() {
    XCTAssertEqual(NotesRules.wordCount(Self.lorem), 70)
    XCTAssertEqual(substance.count(Self.lorem), 0)
    XCTAssertEqual(substance.count(Self.latin), 0)
    XCTAssertEqual(substance.count("My cat sleeps on the sofa all afternoon."), 0)
    XCTAssertEqual(substance.count("Preheat the oven. Bake for twenty minutes until golden."), 6)
    // Known limit: a sentence sharing one word with the catalogue counts, here the second
    // ("golden" begins with "gold", the lake's curated layer).
  }

  func testSentencesAboutTheDesignCountWhole() {
    // Must not fire on real notes, terse ones included.
    for note in [
      "Train on Jan-May, validate on June, test on July.",
      "LightGBM, 5-fold CV, AUC-PR.",
      "Impressions joined to clicks within 30s of the impression.",
      "Two-tower retrieval, then a GBDT ranker.",
      "Watch it.",
      "Binary classification: will the subscriber cancel within 30 days?",
      // Requirements put numbers on scale and latency without naming a component.
      "300M DAU, feed p99 < 200 ms, 5k QPS at peak.",
      "About 50 million users; each answer within 100 milliseconds.",
    ] {
      XCTAssertEqual(substance.count(note), NotesRules.wordCount(note), note)
    }
    // Only the sentence about the design counts when a note mixes both.
    XCTAssertEqual(substance.count("Features come from Kafka. My cat sleeps on the sofa."), 4)
  }

  /// The notes corpus (Fixtures/corpus/notes: snippets written as candidates write notes, labelled
  /// without looking at the catalogue) holds the vocabulary to account: nearly all its words count.
  func testNearlyAllWordsOfRealNotesCount() throws {
    var all = 0
    var counted = 0
    for name in NotesCorpusFile.names {
      for snippet in try NotesCorpusFile.load(name).snippets {
        for step in Step.allCases {
          all += NotesRules.wordCount(snippet.notes[step])
          counted += substance.count(snippet.notes[step])
        }
      }
    }
    let share = Double(counted) / Double(max(1, all))
    print("notes-substance| \(counted) of \(all) words of the notes corpus count (\(share))")
    XCTAssertGreaterThan(all, 1000)
    XCTAssertGreaterThanOrEqual(share, 0.95)
  }

  func testFillerNotesFailTheNotesRulesAndTheRubric() throws {
    let template = try XCTUnwrap(library.template("news-feed"))
    var board = template.referenceBoard()
    for step in Step.allCases { board.notes[step] = Self.lorem }
    let report = Checker.check(board, template: template, catalogue: library.catalogue)
    let missing = report.findings.filter { $0.rule == RuleID.notesMissing.rawValue }
    XCTAssertEqual(missing.count, Step.allCases.count)
    XCTAssertEqual(
      missing.first?.message, "the notes for step 1 (Clarify requirements) name no part of the design")
    XCTAssertEqual(report.notesWords[.data], 0)
    let review = PracticeReview(session: nil, board: board, template: template, catalogue: library.catalogue)
    let data = try XCTUnwrap(review.rubric.scores.first { $0.dimension == .data })
    XCTAssertFalse(data.criteria[1].met, data.criteria[1].evidence)

    // Must not fire: notes about the design pass as before, whatever filler follows them.
    let real =
      "We rank posts by predicted engagement because clicks alone reward clickbait, and we log every"
      + " impression with its features so that training sees what serving saw. "
    for step in Step.allCases { board.notes[step] = real + real + real + Self.lorem }
    let good = Checker.check(board, template: template, catalogue: library.catalogue)
    XCTAssertEqual(good.findings.filter { $0.rule.hasPrefix("notes.") }.map(\.message), [])
    XCTAssertEqual(good.notesWords[.data], 3 * NotesRules.wordCount(real))
  }
}
