// A table or store of trained vectors between training and serving holds the versioned artefact
// serving loads: the model registry's place, as "Listing embeddings" there is (docs/CHECKER.md,
// the registry paragraph of "How boxes are read").
import XCTest

@testable import MLSDCore

final class CheckerArtefactTableTests: XCTestCase {
  let catalogue = Fixtures.library.catalogue

  func board(_ middle: String, into next: String = "HNSW index") -> Board {
    Fixtures.flow(
      [("t", "Word2vec training on sessions"), ("m", middle), ("i", next)], [("t", "m"), ("m", "i")])
  }

  func testAVectorTableBetweenTrainingAndTheIndexIsTheRegistry() {
    for label in ["Embedding table", "Home embedding table, versioned"] {
      let reading = BoardReader.read(board(label), catalogue: catalogue)
      XCTAssertTrue(reading.boxes[1].kinds.contains("model-registry"), "\(label): \(reading.boxes[1])")
    }
  }

  func testNotWhereNothingServesFromIt() {
    // Written by training and read only by the warehouse: kept, not handed to serving.
    let reading = BoardReader.read(board("Embedding table", into: "Hive warehouse"), catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("model-registry"), "\(reading.boxes[1])")
    // An encoder's service computes the vectors, wherever it sits.
    let service = BoardReader.read(board("Embedding service"), catalogue: catalogue)
    XCTAssertFalse(service.boxes[1].kinds.contains("model-registry"), "\(service.boxes[1])")
  }
}
