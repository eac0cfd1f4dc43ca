// Boxes that must not stand in for a required component that was removed: a service is no
// client, data kept for training is no training job, a line of orders lists no contents, and a
// job that indexes is no index (docs/CHECKER.md, "How boxes are read").
import XCTest

@testable import MLSDCore

final class CheckerRemovalReadingTests: XCTestCase {
  let catalogue = Fixtures.library.catalogue

  private func evidence(_ label: String, detail: String? = nil) -> [String: Int] {
    let box = Box(id: "b", label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    return Dictionary(catalogue.evidence(of: box).map { ($0.kind, $0.score) }, uniquingKeysWith: max)
  }

  private func readsFirst(_ label: String, into next: String, expected: Set<String>) -> Set<String> {
    let board = Fixtures.flow([("a", label), ("b", next)], [("a", "b")])
    return BoardReader.read(board, catalogue: catalogue, expected: expected).boxes[0].kinds
  }

  func testAServiceNothingFeedsIsNoClient() {
    let expected: Set<String> = ["client", "inference-service"]
    XCTAssertFalse(readsFirst("Query service", into: "Triton inference server", expected: expected).contains("client"))
    // A box its words do not call a service is still read as the client from that place, and so
    // are services in the plural, the products that call the model.
    XCTAssertTrue(readsFirst("Storefront", into: "Triton inference server", expected: expected).contains("client"))
    XCTAssertTrue(
      readsFirst("Product services", into: "Triton inference server", expected: expected).contains("client"))
  }

  func testTrainingBeforeAHeadWordForDataSaysWhatTheDataIsFor() {
    XCTAssertEqual(evidence("Annotated training images")["training-pipeline"] ?? 0, 0)
    XCTAssertEqual(evidence("Training images")["training-pipeline"] ?? 0, 0)
    XCTAssertEqual(evidence("Training logs")["training-pipeline"] ?? 0, 0)
    // Training named at the head, or a technology of training, stays.
    XCTAssertTrue(Fixtures.kinds("Training job").contains("training-pipeline"))
    XCTAssertTrue(Fixtures.kinds("Training cluster").contains("training-pipeline"))
    XCTAssertGreaterThan(evidence("FBLearner Feature Store")["training-pipeline"] ?? 0, 0)
  }

  func testALineOfOrdersListsNoContents() {
    let orders = evidence("Data operators", detail: "read the Hive partitions, join features, split train and test")
    XCTAssertEqual(orders["training-pipeline"] ?? 0, 0)
    // A list that is no order still lists what the box holds, whose names hint.
    let list = evidence("Advertiser campaigns", detail: "budgets, targeting, creatives, bids")
    XCTAssertGreaterThan(list.count, 0)
    XCTAssertTrue(
      catalogue.evidence(
        of: Box(
          id: "b", label: "Advertiser campaigns", detail: "budgets, targeting, creatives, bids",
          frame: GridRect(x: 0, y: 0, width: 10, height: 3))
      ).contains { $0.reasons.contains { $0.contains("among what it holds") } })
  }

  func testAnIndexingJobIsNoIndex() {
    XCTAssertNil(evidence("Text indexing job")["text-search-index"])
    XCTAssertFalse(
      readsFirst("Text indexing job", into: "Serving", expected: ["text-search-index"]).contains("text-search-index"))
    // The index itself, or an indexing job on a named index technology, stays the index.
    XCTAssertTrue(Fixtures.kinds("Text search index").contains("text-search-index"))
    XCTAssertNotNil(evidence("Elasticsearch indexing job")["text-search-index"])
    XCTAssertNotNil(evidence("Text indexing")["text-search-index"])
  }
}
