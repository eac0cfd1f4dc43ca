// Readings from misreads left by earlier batches and a user tester (branch checker28): vectors
// kept in a key-value store are the online store, fetched by id; the events the front door writes
// into a stream are the stream, and the API's words of what users send name no source; "feature
// validation" checks data; a lookup of what is near is the index; a job whose colon says it runs
// the encoder is batch prediction; labels fixed by a later outcome are a join; media nothing feeds
// only stand in for the source; a name two kinds share ("rules engine") is the one the template asks
// for, in the reading and in the palette; a box that starts another kind's work and does it holds
// the flow between them. Each rule has the cases it must not fire on beside it. The words are not
// the corpus designs'.
import XCTest

@testable import MLSDCore

final class CheckerKeptVectorsAndSharedNamesTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testVectorsKeptInAKeyValueStoreAreTheOnlineStore() {
    for (label, detail) in [
      ("Product vectors", "key-value store, keyed by product id"), ("Song embeddings in Bigtable", nil),
      ("Author vector KV", nil),
    ] {
      let kinds = Fixtures.kinds(label, detail: detail)
      XCTAssertEqual(kinds, ["online-feature-store"], label)
    }
    // Vectors searched by nearness, or kept in a cache, or named with no key-value store.
    XCTAssertEqual(Fixtures.kinds("Product vectors", detail: "HNSW"), ["vector-index"])
    XCTAssertFalse(Fixtures.kinds("Song embeddings in Redis, kNN search").contains("online-feature-store"))
    XCTAssertEqual(Fixtures.kinds("Embedding cache", detail: "Redis"), ["cache"])
    XCTAssertFalse(Fixtures.kinds("Song vectors").contains("online-feature-store"))
  }

  func testTheAPIsWordsOfWhatUsersSendNameNoSource() {
    XCTAssertEqual(Fixtures.kinds("Song upload API"), ["api-gateway"])
    XCTAssertEqual(Fixtures.kinds("Comment submission API"), ["api-gateway"])
    // The events themselves stay the source; a scoring API stays the model.
    XCTAssertEqual(Fixtures.kinds("Comment events"), ["data-source"])
    XCTAssertEqual(Fixtures.kinds("Scoring API"), ["inference-service"])
  }

  /// The reading of "Comment events" over a stream technology, fed by `writer`.
  func commentEvents(after writer: String) -> Set<String> {
    let board = Fixtures.flow(
      [("w", writer, nil), ("ev", "Comment events", "Pulsar"), ("enc", "Text encoder", nil)],
      [("w", "ev"), ("ev", "enc")])
    return BoardReader.read(board, catalogue: catalogue, expected: ["data-source", "stream-ingestion"]).boxes[1].kinds
  }

  func testEventsTheFrontDoorWritesIntoAStreamAreTheStream() {
    XCTAssertEqual(commentEvents(after: "Comment intake API"), ["stream-ingestion"])
    // Fed by the app, the events are born there and carried on: the source and the stream.
    XCTAssertEqual(commentEvents(after: "Phone app"), ["data-source", "stream-ingestion"])
  }

  func testFeatureValidationChecksData() {
    XCTAssertEqual(Fixtures.kinds("Feature validation", detail: "Deequ"), ["data-validation"])
    XCTAssertEqual(Fixtures.kinds("Feature validation"), ["data-validation"])
    XCTAssertEqual(Fixtures.kinds("Model validation"), ["model-evaluation"])
  }

  /// The kinds "Rules engine" after a scoring model is read as on a board of `template`.
  func rulesEngine(_ template: String) -> Set<String> {
    let board = Fixtures.flow([("m", "Risk model"), ("r", "Rules engine")], [("m", "r")])
    let expected = Checker.expectedKinds(library.template(template))
    return BoardReader.read(board, catalogue: catalogue, expected: expected).boxes[1].kinds
  }

  func testARulesEngineIsTheKindTheTemplateAsksFor() {
    XCTAssertEqual(rulesEngine("generic-ml-pipeline"), ["enforcement-service"])
    XCTAssertEqual(rulesEngine("harmful-content-detection"), ["enforcement-service"])
    XCTAssertEqual(rulesEngine("news-feed"), ["re-ranking"])
    // Another name of the kind keeps it whatever the template asks for.
    let board = Fixtures.flow([("m", "Ranker"), ("r", "Business rules / rules engine")], [("m", "r")])
    let kinds = BoardReader.read(
      board, catalogue: catalogue, expected: Checker.expectedKinds(library.template("generic-ml-pipeline"))
    ).boxes[1].kinds
    XCTAssertTrue(kinds.contains("re-ranking"), "\(kinds)")
  }

  func testThePaletteOffersTheKindTheTemplateAsksForFirst() {
    let fraud = catalogue.search("rules engine", asked: Checker.expectedKinds(library.template("generic-ml-pipeline")))
    XCTAssertEqual(fraud.first?.id, "enforcement-service")
    let feed = catalogue.search("rules engine", asked: Checker.expectedKinds(library.template("news-feed")))
    XCTAssertEqual(feed.first?.id, "re-ranking")
    // A query that is no shared name keeps the catalogue's order.
    XCTAssertEqual(catalogue.search("rerank", asked: ["enforcement-service"]).first?.id, "re-ranking")
  }

  /// Whether the ad template's board with `boxes` holds the flow between the kinds.
  func holds(_ boxes: [(String, String)], _ arrows: [(String, String)], from: [String], to: [String]) -> Bool {
    var board = Fixtures.flow(boxes, arrows)
    board.template = "ad-click-prediction"
    return Checker.graph(board, template: library.template("ad-click-prediction"), catalogue: catalogue)
      .flows(from: from, to: to)
  }

  func testABoxThatStartsAndDoesTheWorkHoldsTheFlowWithin() {
    let trainer: [(String, String)] = [
      ("lake", "Bid warehouse"), ("t", "Bid model training, retrained every 3 hours"), ("reg", "Model registry"),
    ]
    let arrows = [("lake", "t"), ("t", "reg")]
    XCTAssertTrue(holds(trainer, arrows, from: ["retraining-trigger"], to: ["training-pipeline"]))
    // A box of two data stages moves nothing along an arrow: no flow between them.
    let funnel: [(String, String)] = [("app", "Phone app"), ("cr", "Candidate retrieval and ranking")]
    XCTAssertFalse(holds(funnel, [("app", "cr")], from: ["candidate-generation"], to: ["ranking"]))
  }

  func testALookupOfWhatIsNearIsTheIndex() {
    XCTAssertEqual(Fixtures.kinds("Similar-song lookup", detail: "cosine kNN"), ["vector-index"])
    // A lookup by key stays the feature store.
    XCTAssertEqual(Fixtures.kinds("Profile lookup"), ["online-feature-store"])
    XCTAssertEqual(Fixtures.kinds("Feature lookup service"), ["online-feature-store"])
  }

  /// The reading of the store a nightly job writes `label` into and a fetcher reads.
  func storeAfterBatch(_ label: String, _ detail: String?) -> Set<String> {
    let board = Fixtures.flow(
      [
        ("job", "Nightly scoring job", nil), ("s", label, detail), ("f", "Song page API", nil),
        ("app", "Listener app", nil),
      ], [("job", "s"), ("s", "f"), ("f", "app"), ("app", "f")])
    return BoardReader.read(board, catalogue: catalogue, expected: ["cache", "online-feature-store"]).boxes[1].kinds
  }

  func testKeptVectorsABatchJobWritesStayTheOnlineStore() {
    XCTAssertEqual(storeAfterBatch("Song vectors", "key-value store"), ["online-feature-store"])
    // Scores a batch job writes into a key-value store are its answers, kept for serving: the cache.
    XCTAssertTrue(storeAfterBatch("Song scores", "Redis").contains("cache"))
  }

  func testAJobWhoseColonSaysItRunsTheEncoderIsBatchPrediction() {
    XCTAssertTrue(Fixtures.kinds("Weekly job: song tower over the whole catalogue").contains("batch-prediction"))
    // Not a job that trains the encoder, nor one that names none.
    XCTAssertFalse(Fixtures.kinds("Weekly job: train the two-tower model").contains("batch-prediction"))
    XCTAssertEqual(Fixtures.kinds("Daily job: clean the logs"), ["batch-etl"])
  }

  func testLabelsFixedByALaterOutcomeAreAJoin() {
    XCTAssertEqual(Fixtures.kinds("Labels: orders refunded within 30 days"), ["batch-etl"])
    XCTAssertEqual(Fixtures.kinds("Labels: repost by t + 3"), ["batch-etl"])
    XCTAssertEqual(Fixtures.kinds("Labels", detail: "clicked within 1 hour"), ["batch-etl"])
    // People's labels, labels with no window, and a window on what is no label.
    XCTAssertEqual(Fixtures.kinds("Human labels", detail: "within 2 days"), ["labelling"])
    XCTAssertEqual(Fixtures.kinds("Labels", detail: "from raters"), ["labelling"])
    XCTAssertFalse(Fixtures.kinds("Refunds and claims", detail: "arrive up to 45 days later").contains("batch-etl"))
  }

  /// The findings about the data source on a visual search board whose photos `feeder` feeds.
  func sourceFindings(feeder: String?) -> [Finding] {
    var boxes: [(String, String, String?)] = [
      ("p", "Product photos", "S3"), ("e", "Image encoder", nil), ("i", "FAISS index", nil),
    ]
    var arrows = [("p", "e"), ("e", "i")]
    if let feeder {
      boxes.append(("s", feeder, nil))
      arrows.append(("s", "p"))
    }
    var board = Fixtures.flow(boxes, arrows)
    board.template = "visual-search"
    return Checker.check(board, template: library.template("visual-search"), catalogue: catalogue).findings.filter {
      $0.rule == "component.required" && $0.message.hasPrefix("missing component: Data source")
    }
  }

  func testMediaNothingFeedsOnlyStandInForTheSource() {
    let alone = sourceFindings(feeder: nil)
    XCTAssertEqual(alone.count, 1)
    XCTAssertEqual(alone.first?.severity, .warning)
    XCTAssertTrue(alone.first?.message.contains("'Product photos' stands in") == true, "\(alone)")
    // With the sellers' uploads drawn, the source is drawn: no finding.
    XCTAssertEqual(sourceFindings(feeder: "Seller uploads"), [])
  }
}
