// Removing duplicates and the leakage rule: dedup over the whole set before the split fits nothing
// and keeps a copy and its twin off opposite sides, so it is no leak; dedup only after the split,
// or inside each part, leaves the copies across it, which is one. A transform fit on all the data
// before the split stays a leak, and its hint says that only dedup belongs before the split.
import XCTest

@testable import MLSDCore

final class NotesDedupLeakTests: XCTestCase {
  private func leakage(_ data: String) throws -> Check {
    var notes = StepNotes()
    notes[.data] = data
    return try XCTUnwrap(LeakageRule.checks(notes).first)
  }

  func testDedupOverTheWholeSetBeforeTheSplitIsNoLeak() throws {
    for text in [
      "Collapse reposted clips: deduplicate them with a perceptual hash before splitting by upload week.",
      "Exact and near copies of a listing are deduped before the partition; then a chronological split.",
    ] {
      let check = try leakage(text)
      XCTAssertTrue(check.passed, "\(text): \(check.message)")
    }
  }

  func testDedupOnlyAfterTheSplitIsALeakWithItsOwnHint() throws {
    for text in [
      "Split by upload month first, then dedup the clips inside each split.",
      "Hold out the latest week, then remove duplicate articles within each set.",
    ] {
      let check = try leakage(text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.hasPrefix("near duplicates removed only after the split"), check.message)
      XCTAssertTrue(check.hint.contains("across the whole set before splitting"), check.hint)
    }
  }

  func testAFitOnAllTheDataSaysOnlyDedupBelongsBeforeTheSplit() throws {
    let check = try leakage("Standardise with the mean of the whole dataset, then split by day.")
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.hasPrefix("statistics or resampling fit on all the data"), check.message)
    XCTAssertTrue(check.hint.contains("Removing duplicates is the one step that belongs before the split"), check.hint)
  }
}
