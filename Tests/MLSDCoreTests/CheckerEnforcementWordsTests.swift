// Words of the enforcement service (Templates/catalogue.yaml): what acts on a harm classifier's
// confidence, with the cases those words must not change.
import XCTest

@testable import MLSDCore

final class CheckerEnforcementWordsTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  /// FACTS.md: the enforcement service acts on the classifier's confidence (take down above it,
  /// demote below): per-class thresholds and a removal are its words.
  func testThresholdsAndARemovalAfterTheClassifierAreEnforcement() {
    for label in ["Per-class thresholds", "Automated removal"] {
      let board = Fixtures.flow([("clf", "Harm classifier service"), ("act", label)], [("clf", "act")])
      let act = BoardReader.read(board, catalogue: catalogue, expected: ["enforcement-service", "re-ranking"]).box(
        "act")!
      XCTAssertTrue(act.kinds.contains("enforcement-service"), "\(act)")
    }
    // A detector's threshold is a setting of the detector, and a duplicate removal is re-ranking.
    XCTAssertFalse(Fixtures.kinds("Face detector", detail: "low threshold for recall").contains("enforcement-service"))
    XCTAssertEqual(Fixtures.kinds("Duplicate removal"), ["re-ranking"])
  }
}
