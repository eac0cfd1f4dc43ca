// "X index of Y embeddings": the head word is the place that keeps things; the of-phrase says
// what it keeps and only qualifies it (docs/CHECKER.md, "How boxes are read").
import XCTest

@testable import MLSDCore

final class CheckerOfPhraseTests: XCTestCase {
  func testWhatAKeepingPlaceKeepsOnlyQualifiesIt() {
    let index = Fixtures.kinds("HNSW index of product embeddings, refreshed daily")
    XCTAssertTrue(index.contains("vector-index"), "\(index)")
    XCTAssertFalse(index.contains("embedding-service"), "\(index)")
  }

  func testANameThatIsTheHeadStaysWhatItNames() {
    XCTAssertTrue(Fixtures.kinds("Embedding service").contains("embedding-service"))
    // No "of" after the keeping noun: nothing changes.
    XCTAssertTrue(Fixtures.kinds("Embedding service for products").contains("embedding-service"))
  }
}
