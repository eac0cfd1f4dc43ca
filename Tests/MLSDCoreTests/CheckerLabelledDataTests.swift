// Data that was labelled already ("Labelled posts", "Millions of human-reviewed Pins") is kept
// data, not the labelling work; the work itself ("Human review", "Labelled by reviewers") and
// the judgments people give ("Human-judged image pairs") stay labelling.
import XCTest

@testable import MLSDCore

final class CheckerLabelledDataTests: XCTestCase {
  private func kinds(_ label: String, detail: String? = nil) -> Set<String> {
    Fixtures.kinds(label, detail: detail)
  }

  func testAParticipleOfLabellingBeforeANounIsLabelledData() {
    for label in [
      "Labelled posts", "Labelled set", "Labelled image sets", "Millions of human-reviewed Pins", "Annotated frames",
    ] {
      XCTAssertFalse(kinds(label).contains("labelling"), "'\(label)': \(kinds(label))")
    }
    XCTAssertTrue(kinds("Reviewed posts as labelled data").contains("data-lake"))
  }

  func testTheWorkOfLabellingStaysLabelling() {
    for label in [
      "Human review", "Labelled by reviewers", "Human-judged image pairs", "Review queue", "Annotation tool",
      "Posts labelled",
    ] {
      XCTAssertTrue(kinds(label).contains("labelling"), "'\(label)': \(kinds(label))")
    }
  }

  func testLabelledDataIsADataSetInTheLake() {
    for label in ["Labelled posts", "Labelled set", "Annotated images", "Millions of human-reviewed Pins"] {
      XCTAssertTrue(kinds(label).contains("data-lake"), "'\(label)': \(kinds(label))")
    }
    // Labelled media in a bucket are a data set too, not only the bucket.
    XCTAssertTrue(kinds("Labelled tiles in S3").contains("data-lake"))
    // Media in a bucket that say nothing of labels stay object storage only.
    XCTAssertEqual(kinds("S3 raw imagery"), ["object-storage"])
    XCTAssertEqual(kinds("Uploaded videos on GCS"), ["object-storage"])
    // The work of labelling is no data set.
    XCTAssertFalse(kinds("Human review").contains("data-lake"))
    XCTAssertFalse(kinds("Labelled by reviewers").contains("data-lake"))
  }
}
