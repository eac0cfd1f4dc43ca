// What a blind tester's three designs showed the checker misread (branch checker24): graph edges
// read as an edge proxy, a Kafka source with no stream box, a declared kind beside its label's
// reading, a "frontend" the app calls, a query step read as a batch job, a cache-reading API that
// falls back to candidate generation, and --explain's neighbour lists. Each rule beside the case
// it must not fire on.
import XCTest

@testable import MLSDCore

final class CheckerTester24Tests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  private func reading(_ board: Board, expected: Set<String> = []) -> BoardReading {
    BoardReader.read(board, catalogue: catalogue, expected: expected)
  }

  private func kinds(_ board: Board, _ id: String, expected: Set<String> = []) -> Set<String> {
    reading(board, expected: expected).box(id)?.kinds ?? []
  }

  func testPluralGraphEdgesAreDataNotAnEdgeProxy() {
    let board = Fixtures.flow(
      [("links", "Friendship edges"), ("job", "Nightly Spark job")], [("links", "job")])
    XCTAssertFalse(kinds(board, "links").contains("api-gateway"), "\(kinds(board, "links"))")
    XCTAssertTrue(kinds(board, "links").contains("data-source"), "\(kinds(board, "links"))")
    // The one box at the edge of the network is still the proxy its word hints at.
    XCTAssertTrue(Fixtures.kinds("Edge proxy").contains("api-gateway"))
  }

  func testASourceOnAStreamTechnologyIsTheIngestionWhenNoBoxCarriesTheEvents() {
    let boxes: [(String, String, String?)] = [
      ("app", "Phone app", nil), ("clicks", "Tap events", "Kinesis stream"), ("job", "Hourly Spark job", nil),
    ]
    let alone = Fixtures.flow(boxes, [("app", "clicks"), ("clicks", "job")])
    XCTAssertTrue(
      kinds(alone, "clicks").isSuperset(of: ["data-source", "stream-ingestion"]), "\(kinds(alone, "clicks"))")
    // With a bus of its own drawn, the source is the source only.
    let withBus = Fixtures.flow(
      boxes + [("bus", "Event bus", nil)], [("app", "clicks"), ("clicks", "bus"), ("bus", "job")])
    XCTAssertFalse(kinds(withBus, "clicks").contains("stream-ingestion"), "\(kinds(withBus, "clicks"))")
    // A source that names no stream technology carries nothing.
    let plain = Fixtures.flow(
      [("app", "Phone app", nil), ("clicks", "Tap events", "MySQL table"), ("job", "Hourly Spark job", nil)],
      [("app", "clicks"), ("clicks", "job")])
    XCTAssertFalse(kinds(plain, "clicks").contains("stream-ingestion"), "\(kinds(plain, "clicks"))")
  }

  func testADeclaredKindIsTheBoxsKind() {
    var board = Fixtures.flow(
      [("app", "Phone app"), ("door", "Shop frontend"), ("rank", "Product ranker")],
      [("app", "door"), ("door", "rank"), ("rank", "door"), ("door", "app")])
    board.boxes[1].kind = "api-gateway"
    let door = reading(board).box("door")
    XCTAssertEqual(door?.kinds, ["api-gateway"])
    XCTAssertTrue(door?.guesses.contains { $0.kind == "client" } == true, "its words' reading is a guess")
    // A label that lists roles keeps each role it names beside the declared one.
    var listed = Fixtures.flow([("t", "Training + evaluation")], [])
    listed.boxes[0].kind = "training-pipeline"
    XCTAssertEqual(kinds(listed, "t"), ["training-pipeline", "model-evaluation"])
  }

  func testAFrontendTheAppCallsIsTheFrontDoor() {
    let boxes = [
      ("app", "Phone app"), ("fe", "Shop frontend"), ("enc", "Query encoder"), ("ann", "FAISS index"),
      ("log", "Click log"),
    ]
    let called = Fixtures.flow(
      boxes, [("app", "fe"), ("fe", "enc"), ("enc", "ann"), ("ann", "fe"), ("fe", "app"), ("app", "log")])
    XCTAssertEqual(kinds(called, "fe"), ["api-gateway"])
    XCTAssertEqual(kinds(called, "app"), ["client"], "the caller the answers come back to stays the client")
    // A frontend that passes nothing on to serving is the client its word names.
    let alone = Fixtures.flow(boxes, [("app", "fe"), ("fe", "log")])
    XCTAssertEqual(kinds(alone, "fe"), ["client"])
  }

  func testAQueryStepOnTheRequestPathIsNoBatchJob() {
    let boxes = [
      ("app", "Phone app"), ("gw", "API gateway"), ("prep", "Query preprocessing"), ("enc", "Query encoder"),
      ("ann", "FAISS index"), ("reg", "Model registry"), ("lake", "S3 data lake"),
    ]
    let request = Fixtures.flow(
      boxes, [("app", "gw"), ("gw", "prep"), ("prep", "enc"), ("reg", "enc"), ("enc", "ann")])
    let read = reading(request)
    XCTAssertEqual(read.box("prep")?.kinds, [], "\(String(describing: read.box("prep")))")
    XCTAssertFalse(read.box("prep")?.guesses.contains { $0.kind == "batch-etl" } == true)
    XCTAssertFalse(read.box("enc")?.kinds.contains("batch-prediction") == true, "the encoder embeds the query")
    // Fed by the lake, the same words are the batch job before an encoder that fills the index.
    let batch = Fixtures.flow(boxes, [("lake", "prep"), ("prep", "enc"), ("reg", "enc"), ("enc", "ann")])
    XCTAssertTrue(kinds(batch, "prep").contains("batch-etl"), "\(kinds(batch, "prep"))")
  }

  func testAWordlessStepIsGuessedOnlyFromBothSidesOfItsPlace() {
    let board = Fixtures.flow(
      [("app", "Phone app"), ("gw", "API gateway"), ("x", "Step two"), ("enc", "Query encoder")],
      [("app", "gw"), ("gw", "x"), ("x", "enc")])
    let x = reading(board).box("x")
    XCTAssertEqual(x?.kinds, [])
    XCTAssertFalse(x?.guesses.contains { $0.kind == "ab-testing" } == true, "\(String(describing: x?.guesses))")
    XCTAssertFalse(x?.guesses.contains { $0.kind == "object-storage" } == true)
    // Between a source and the lake, a wordless box is still guessed from its place.
    let between = Fixtures.flow(
      [("db", "Orders DB"), ("x", "Step two"), ("lake", "S3 data lake")], [("db", "x"), ("x", "lake")])
    XCTAssertFalse(reading(between).box("x")?.guesses.isEmpty ?? true)
  }

  func testAnAPIThatAnswersFromTheCacheAndFallsBackToCandidatesServes() {
    let boxes = [
      ("store", "Precomputed suggestions", "Cassandra"), ("api", "Suggestions API", "gRPC"),
      ("app", "Phone app", nil), ("cands", "Friend-of-friend candidate generation", nil),
      ("job", "Nightly batch scorer", nil),
    ]
    let fallback = Fixtures.flow(boxes, [("job", "store"), ("store", "api"), ("api", "app"), ("api", "cands")])
    XCTAssertTrue(
      kinds(fallback, "api").isSuperset(of: ["api-gateway", "inference-service"]), "\(kinds(fallback, "api"))")
    // No fallback drawn: the front door only.
    let noFallback = Fixtures.flow(boxes, [("job", "store"), ("store", "api"), ("api", "app")])
    XCTAssertFalse(kinds(noFallback, "api").contains("inference-service"))
    // A serving box of its own drawn: the API stays the front door.
    let served = Fixtures.flow(
      boxes + [("model", "Online inference service", nil)],
      [("job", "store"), ("store", "api"), ("api", "app"), ("api", "cands"), ("api", "model"), ("model", "api")])
    XCTAssertFalse(kinds(served, "api").contains("inference-service"))
  }

  func testExplainNamesEveryNeighbourByItsFinalReading() {
    let board = Fixtures.flow(
      [
        ("scorer", "Nightly batch scorer", nil), ("kv", "Precomputed suggestions", "Cassandra"),
        ("snap", "Graph snapshot job", "Spark"), ("cands", "Candidate generation", nil), ("api", "API gateway", nil),
        ("door", "Suggestions API", nil), ("app", "Phone app", nil),
      ],
      [("snap", "cands"), ("api", "cands"), ("cands", "scorer"), ("scorer", "kv"), ("kv", "door"), ("door", "app")])
    let read = reading(board)
    let text = ReadingFormatter.text(read, board: board, catalogue: catalogue)
    XCTAssertTrue(
      text.contains("arrows in from 'Graph snapshot job' (Batch ETL); 'API gateway' (API gateway)"), text)
    XCTAssertTrue(text.contains("arrows out to 'Nightly batch scorer'"), text)
    // The scorer's reasons name the store by what it was read as in the end: the cache.
    let scorer = read.box("scorer")?.counted.flatMap(\.reasons) ?? []
    XCTAssertTrue(scorer.contains("feeds Cache"), "\(scorer)")
    XCTAssertFalse(scorer.contains { $0.contains("Online feature store") }, "\(scorer)")
  }
}
