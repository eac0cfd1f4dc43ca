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
}
