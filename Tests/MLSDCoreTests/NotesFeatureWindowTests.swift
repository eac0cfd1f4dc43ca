// A feature computed over the whole window of data beside a split by time is a leak, in the
// shorthand notes use (`FeatureWindowCues`); one kept to each row's past or to the training part
// is not.
import XCTest

@testable import MLSDCore

final class NotesFeatureWindowTests: XCTestCase {
  private func leakage(_ data: String) -> Check? {
    var notes = StepNotes()
    notes[.data] = data
    return LeakageRule.checks(notes).first
  }

  func testAValueOverTheWholeWindowBesideATimeSplitIsALeak() throws {
    for text in [
      "Courier on-time score over all 20 wks of deliveries. Train on weeks 1-17, test on weeks 18-20.",
      "Shop return rate across the entire window, attached to each order. Split by month.",
      "Song skip rate averaged over the whole 9 mos of plays; hold out the latest month.",
      "Driver avg rating from all trips in the dataset; chronological split by week.",
    ] {
      let check = try XCTUnwrap(leakage(text), text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.hasPrefix("a feature computed over the whole period"), check.message)
    }
  }

  func testAValueKeptToEachRowsPastOrToTrainingIsNoLeak() throws {
    for text in [
      "Courier on-time score over the 4 wks before each delivery. Train on weeks 1-17, test on weeks 18-20.",
      "Shop return rate across the whole training window only; the last month is held out.",
      "Song skip rate averaged over plays up to the request, as of each row's timestamp; hold out the latest month.",
      "Driver avg rating from trips prior to the ride; chronological split by week.",
    ] {
      let check = try XCTUnwrap(leakage(text), text)
      XCTAssertTrue(check.passed, "\(text): \(check.message)")
    }
  }
}
