// A store that the front door or a serving box points at, with no arrow out of it, is looked up:
// what it keeps comes back to its reader. Its place then says what it keeps (answers a batch
// scorer wrote: the cache), and the reader that answers from it and calls candidate generation on
// a miss is the serving box.
import XCTest

@testable import MLSDCore

final class CheckerLookupStoreTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }
  let asked: Set<String> = [
    "client", "cache", "online-feature-store", "inference-service", "candidate-generation", "batch-prediction",
  ]

  /// App → front door → store (drawn as the lookup, no arrow out), a writer into the store, and
  /// the front door's call to a candidate source and its answer to the app.
  func board(store: (String, String?), writer: String, door: String) -> Board {
    Fixtures.flow(
      [
        ("app", "Member app", nil), ("door", door, nil), ("store", store.0, store.1), ("writer", writer, nil),
        ("backup", "Backup candidates: popular groups", nil),
      ],
      [("app", "door"), ("door", "store"), ("writer", "store"), ("door", "backup"), ("door", "app")])
  }

  func kinds(_ board: Board, _ id: String) -> Set<String> {
    BoardReader.read(board, catalogue: catalogue, expected: asked).box(id)?.kinds ?? []
  }

  func testAStoreABatchScorerFillsAndTheFrontDoorLooksUpIsTheCache() {
    let b = board(store: ("Group suggestions", "DynamoDB"), writer: "Nightly group scoring", door: "Suggestions API")
    XCTAssertTrue(kinds(b, "store").contains("cache"), "\(kinds(b, "store"))")
    XCTAssertFalse(kinds(b, "store").contains("online-feature-store"), "\(kinds(b, "store"))")
    // The front door answers from it and calls candidate generation on a miss: it serves.
    XCTAssertTrue(kinds(b, "door").contains("inference-service"), "\(kinds(b, "door"))")
  }

  func testAServiceThatLooksUpANamedCacheServesToo() {
    let b = board(store: ("Group cache", nil), writer: "Nightly group scoring", door: "Group service")
    XCTAssertTrue(kinds(b, "door").contains("inference-service"), "\(kinds(b, "door"))")
  }

  func testAStoreFeatureJobsFillStaysTheFeatureStore() {
    let b = board(store: ("Group suggestions", "DynamoDB"), writer: "Flink counters", door: "Suggestions API")
    XCTAssertTrue(kinds(b, "store").contains("online-feature-store"), "\(kinds(b, "store"))")
    XCTAssertFalse(kinds(b, "store").contains("cache"), "\(kinds(b, "store"))")
    XCTAssertFalse(kinds(b, "door").contains("inference-service"), "\(kinds(b, "door"))")
  }

  func testABatchJobThatWritesIntoAStoreReadsNothingFromIt() {
    // Only the batch scorer points at the store: it is its writer, not its reader.
    let b = Fixtures.flow(
      [("store", "Group suggestions", "DynamoDB"), ("writer", "Nightly group scoring", nil)], [("writer", "store")])
    let reading = BoardReader.read(b, catalogue: catalogue, expected: asked)
    let reasons = reading.box("store")?.counted.flatMap(\.reasons) ?? []
    XCTAssertFalse(reasons.contains { $0.hasPrefix("feeds") }, "\(reasons)")
    let scorer = reading.box("writer")?.counted.flatMap(\.reasons) ?? []
    XCTAssertFalse(scorer.contains { $0.hasPrefix("fed by") }, "\(scorer)")
  }

  func testWhatFillsAStoreReadsNothingFromIt() {
    // A trainer that hints at the encoder it trains fills the registry; the registry, with no
    // arrow out, does not feed it.
    let b = Fixtures.flow(
      [("t", "Item encoder training", "two towers over item embeddings"), ("r", "Model registry", nil)], [("t", "r")])
    let reasons = BoardReader.read(b, catalogue: catalogue, expected: asked).box("t")?.counted.flatMap(\.reasons) ?? []
    XCTAssertFalse(reasons.contains { $0.hasPrefix("fed by") }, "\(reasons)")
  }

  func testAStoreWithAnArrowOutIsNoLookup() {
    // The cache draws where it goes, and not to the service: the service's arrow into it is no
    // lookup, so nothing says the service answers from it.
    var b = board(store: ("Group cache", nil), writer: "Nightly group scoring", door: "Group service")
    b.boxes.append(Box(id: "dash", label: "Hit-rate dashboard", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    b.arrows.append(Arrow(from: "store", to: "dash"))
    XCTAssertFalse(kinds(b, "door").contains("inference-service"), "\(kinds(b, "door"))")
  }
}
