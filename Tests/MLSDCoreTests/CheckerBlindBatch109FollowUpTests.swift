// Misreads left in the blind batch 109-114, fixed by general rules: a word of compression before a
// place that keeps things says how it is stored; labels a program makes are a job's output, not
// people's work. Each rule has the cases it must not fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch109FollowUpTests: XCTestCase {
  func testAQuantisedIndexIsNoModelCompression() {
    let index = Fixtures.kinds("Quantised nearest-neighbour index")
    XCTAssertTrue(index.contains("vector-index"), "\(index)")
    XCTAssertFalse(index.contains("compression"), "\(index)")
    XCTAssertFalse(Fixtures.kinds("Compressed embedding table").contains("compression"))
    // Shrinking a model stays compression: a name of the work, a technology.
    XCTAssertTrue(Fixtures.kinds("Model quantisation").contains("compression"))
    XCTAssertTrue(Fixtures.kinds("TensorRT index").contains("compression"))
  }

  func testLabelsAProgramMakesAreAJob() {
    for label in ["Machine labelling", "Auto-labelling", "Automatic annotation"] {
      let kinds = Fixtures.kinds(label)
      XCTAssertTrue(kinds.contains("batch-etl"), "\(label): \(kinds)")
      XCTAssertFalse(kinds.contains("labelling"), "\(label): \(kinds)")
    }
    // People's labelling stays labelling.
    for label in ["Human labelling", "Labelling team", "Annotation tool", "Machine-assisted human review"] {
      XCTAssertTrue(Fixtures.kinds(label).contains("labelling"), label)
      XCTAssertFalse(Fixtures.kinds(label).contains("batch-etl"), label)
    }
  }

  func testSegmentsArePiecesNotSegmentation() {
    // "segments" in the plural are pieces (of audio, of road, of customers), not the segmentation
    // a model does.
    XCTAssertFalse(Fixtures.kinds("Cut the live audio into segments").contains("inference-service"))
    XCTAssertFalse(Fixtures.kinds("Customer segments").contains("inference-service"))
    // The work keeps its hint.
    XCTAssertTrue(Fixtures.kinds("Privacy segmentation").contains("inference-service"))
    XCTAssertTrue(Fixtures.kinds("Segmentation model").contains("inference-service"))
  }
}
