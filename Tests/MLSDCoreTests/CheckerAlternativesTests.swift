// Readings and flows behind the designs an interviewer accepts in more than one shape: a batch job
// that looks up every item's neighbours ahead of time stands in for the request-time embedding
// fetcher (docs/CHECKER.md, "How boxes are read" 2, and the flow rules).
import XCTest

@testable import MLSDCore

final class CheckerAlternativesTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func box(_ id: String, _ label: String, detail: String? = nil) -> Box {
    Box(id: id, label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
  }

  private func evidence(_ label: String) -> [String: KindEvidence] {
    Dictionary(uniqueKeysWithValues: catalogue.evidence(of: box("b", label)).map { ($0.kind, $0) })
  }

  func testATechnologyBesideAJobsRoleNounSaysWhatTheJobRunsOn() throws {
    // "Batch kNN job": a batch job that runs kNN, not the index itself.
    let knn = evidence("Batch kNN job")
    let index = try XCTUnwrap(knn["vector-index"])
    XCTAssertFalse(index.named, "\(index)")
    XCTAssertTrue(index.reasons.contains { $0.contains("qualifies the head word") }, "\(index.reasons)")
    XCTAssertEqual(knn["batch-prediction"]?.score, KindRecognizer.countedScore)
    // Where the technology's own kind is called a job, it stays what the box is.
    XCTAssertEqual(evidence("Nightly XGBoost job")["training-pipeline"]?.named, true)
    // A head word that hints at a kind of its own is no role noun alone: "Kafka events" is Kafka.
    XCTAssertEqual(evidence("Kafka events")["stream-ingestion"]?.named, true)
    // Without a hint beside it, the role noun alone does not demote the name.
    XCTAssertEqual(evidence("FAISS job")["vector-index"]?.named, true)
  }

  func testABatchJobThatTheIndexFeedsIsBatchPrediction() throws {
    var board = Board(title: "T")
    board.boxes = [
      box("reg", "Embedding versions"), box("ix", "FAISS index"), box("job", "Batch kNN job"),
      box("kv", "Redis"),
    ]
    board.arrows = [Arrow(from: "reg", to: "ix"), Arrow(from: "ix", to: "job"), Arrow(from: "job", to: "kv")]
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["batch-prediction", "vector-index"])
    XCTAssertEqual(reading.boxes[2].kinds, ["batch-prediction"], "\(reading.boxes[2])")
    let job = try XCTUnwrap(reading.boxes[2].counted.first)
    XCTAssertTrue(job.reasons.contains("fed by Vector / ANN index"), "\(job.reasons)")
  }

  func testAKindInBothListsOfAFlowIsNoFlowOfItsOwn() {
    let from = ["embedding-service", "vector-index"]
    let to = ["vector-index", "batch-prediction"]
    func graph(_ labels: [(String, String)]) -> BoardGraph {
      var board = Board(title: "T")
      board.boxes = labels.map { box($0.0, $0.1) }
      board.arrows = zip(labels, labels.dropFirst()).map { Arrow(from: $0.0, to: $1.0) }
      return BoardGraph(board: board, catalogue: catalogue)
    }
    // One index feeding another is no query reaching an index.
    XCTAssertFalse(graph([("a", "FAISS index build"), ("b", "ANN index")]).flows(from: from, to: to))
    XCTAssertFalse(graph([("a", "ANN index")]).flows(from: ["vector-index"], to: ["vector-index"]))
    // The request-time encoder querying the index holds, and so does the batch job asking it.
    XCTAssertTrue(graph([("e", "Query encoder"), ("b", "ANN index")]).flows(from: from, to: to))
    XCTAssertTrue(
      graph([("a", "FAISS index"), ("j", "Batch scoring job")]).flows(from: from, to: to))
  }
}
