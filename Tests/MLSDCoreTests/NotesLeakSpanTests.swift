// The leakage rule reads a span of time that the data covers ("from the last 10 weeks", "on
// Jan–Nov txns", "all 14 days of rows") as the data's extent, not as a later hold-out; a feature
// computed over the whole period, test included, is a leak; a split by group is the split that
// matters when nothing in the notes arrives in time order.
import XCTest

@testable import MLSDCore

final class NotesLeakSpanTests: XCTestCase {
  private func leakage(_ data: String, framing: String = "") -> Check? {
    var notes = StepNotes()
    notes[.framing] = framing
    notes[.data] = data
    return LeakageRule.checks(notes).first
  }

  func testAProportionSplitOfTheDatasSpanIsFlaggedAsAProportionSplit() throws {
    for text in [
      "80/20 train/test split of the logged pairs from the last 10 weeks.",
      "Stratified 80/20 split on Jan–Nov txns (keeps the 0.1% fraud rate in both).",
      "70/30 train/test split of the sessions over 12 weeks.",
    ] {
      let check = try XCTUnwrap(leakage(text), text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.hasPrefix("a split by proportion"), check.message)
    }
  }

  func testAShuffleOfAllTheDaysIsARandomSplit() throws {
    let check = try XCTUnwrap(leakage("Split: shuffle all 14 days of rows, 80/10/10 train/val/test."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.hasPrefix("a random split"), check.message)
  }

  func testASpanSaidOfTheTestSetIsStillAHoldOut() {
    for text in [
      "Test on the last 2 weeks of logs, train on everything before.",
      "The last 2 weeks of data are the test set.",
      "Hold out the final 3 weeks of rows for test.",
      "Clicks from the last 10 weeks, split by date: weeks 1-8 train, 9 validation, 10 test.",
      "Train on Jan–Sep, validate on Oct, test on Nov.",
    ] {
      XCTAssertEqual(leakage(text)?.passed, true, text)
    }
  }

  func testTheSpanIsBlankedOnlyWhereItIsTheDatas() {
    let spans = DataSpan.ranges(
      in: NoteSentence.sentences("80/20 split of the logged pairs from the last 10 weeks.")[0])
    XCTAssertEqual(spans.count, 1)
    XCTAssertTrue(DataSpan.ranges(in: NoteSentence.sentences("Test on the last 2 weeks of logs.")[0]).isEmpty)
  }

  func testAFeatureOverTheWholePeriodIsALeak() throws {
    let check = try XCTUnwrap(
      leakage("Velocity feats recomputed over the whole year for every txn, then split by time."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.hasPrefix("a feature computed over the whole period"), check.message)
    let both = try XCTUnwrap(
      leakage("Stratified 80/20 split on Jan–Nov txns, velocity feats recomputed over the whole year."))
    XCTAssertTrue(both.message.contains("(the notes also show a feature over the whole period)"), both.message)
  }

  func testAFeatureOverTheTrainingPartOrUpToEachRowIsNone() {
    for text in [
      "Item CTR computed over the whole training set only; train on weeks 1-10, test on week 11.",
      "Velocity features computed over the whole history before each transaction; test on the last month.",
    ] {
      XCTAssertEqual(leakage(text)?.passed, true, text)
    }
  }

  func testAGroupSplitOfLabelledImagesPasses() {
    let notes =
      "Labels: human-annotated boxes on sampled panos. Split by capture drive/city, not by random tile: neighbouring"
      + " frames of the same drive are near duplicates, so random split leaks. Hold out whole cities for test."
    XCTAssertEqual(leakage(notes, framing: "Object detection of faces and plates.")?.passed, true)
    XCTAssertEqual(leakage("Chest X-rays labelled by radiologists. Patient-level split 80/10/10.")?.passed, true)
  }

  func testAGroupSplitOfEventsSaysTimeIsStillOpen() throws {
    let check = try XCTUnwrap(leakage("Impressions joined to clicks. Split by user so no user is on both sides."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.hasPrefix("the notes split by group"), check.message)
    XCTAssertTrue(check.message.contains("events over time"), check.message)
    // With a time split as well, the group split is fine.
    XCTAssertEqual(
      leakage("Impressions joined to clicks. Split by user, and train on weeks 1-8, test on weeks 9-10.")?.passed, true)
  }
}
