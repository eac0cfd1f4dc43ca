// The places that read a box whatever its name, beyond its neighbours' words: places propagate
// along a chain of terse boxes, the request's first stop before the ranker is candidate
// generation, what training hands to serving is the registry, a store batch prediction writes
// into is the cache, and a store serving points at is read from (docs/CHECKER.md, "How boxes are
// read" 4 and the lookup paragraph).
import XCTest

@testable import MLSDCore

final class CheckerPlaceTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func box(_ id: String, _ label: String, detail: String? = nil) -> Box {
    Box(id: id, label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
  }

  private func chain(_ labels: [(String, String)]) -> Board {
    var board = Board(title: "T")
    board.boxes = labels.map { box($0.0, $0.1) }
    board.arrows = zip(labels, labels.dropFirst()).map { Arrow(from: $0.0, to: $1.0) }
    return board
  }

  func testAPlaceReadInOneRoundIsSeenByTheNext() {
    // "Available experiences" says nothing the catalogue knows; once its place makes it candidate
    // generation, the scorer after it is the ranking stage of a recommender.
    var board = chain([
      ("u", "Phone app"), ("g", "API gateway"), ("c", "Available experiences"), ("s", "Online scoring"),
    ])
    board.arrows.append(Arrow(from: "s", to: "g"))
    let expected: Set<String> = ["ranking", "candidate-generation"]
    let reading = BoardReader.read(board, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
    XCTAssertTrue(reading.boxes[3].kinds.contains("ranking"), "\(reading.boxes[3])")
    // Without the rounds, the scorer sees only the words of its neighbour, which say nothing.
    let first = board.boxes.map {
      BoardReader.firstKinds(of: $0, evidence: catalogue.evidence(of: $0), catalogue: catalogue)
    }
    XCTAssertTrue(first[2].isEmpty)
  }

  func testTheRequestsFirstStopBeforeTheRankerIsCandidateGenerationWhateverItsItems() {
    let board = chain([
      ("u", "Phone app"), ("c", "Nearby upcoming events (geo radius + date window from Elasticsearch)"),
      ("r", "Event ranker"), ("x", "Re-ranking"),
    ])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "candidate-generation"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("candidate-generation"), "\(reading.boxes[1])")
    // The events it returns do not make it a source of data.
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
    // Only where the template asks for candidate generation does the place read it so; elsewhere
    // the index the request queries is the retrieval step by `SecondRoles` (R7) alone.
    let generic = BoardReader.read(board, catalogue: catalogue, expected: ["inference-service"])
    let reasons = generic.boxes[1].counted.flatMap(\.reasons)
    XCTAssertFalse(reasons.contains("the request reaches it before the ranker"), "\(generic.boxes[1])")
  }

  func testAnUnreadStepBetweenTheRankerAndTheUserIsReRanking() {
    let board = chain([
      ("u", "Shopper opens the app"), ("c", "Candidate retrieval"), ("r", "CTR ranking"),
      ("s", "Ad selection"),
    ])
    var closed = board
    closed.arrows.append(Arrow(from: "s", to: "u"))
    let reading = BoardReader.read(closed, catalogue: catalogue, expected: ["ranking", "re-ranking"])
    XCTAssertTrue(reading.boxes[3].kinds.contains("re-ranking"), "\(reading.boxes[3])")
    // Only where the template asks for re-ranking, and only on the way to the user.
    let generic = BoardReader.read(closed, catalogue: catalogue, expected: ["ranking"])
    XCTAssertFalse(generic.boxes[3].kinds.contains("re-ranking"), "\(generic.boxes[3])")
    let deadEnd = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "re-ranking"])
    XCTAssertFalse(deadEnd.boxes[3].kinds.contains("re-ranking"), "\(deadEnd.boxes[3])")
  }

  func testWhatTrainingHandsToServingIsTheRegistry() {
    let board = chain([
      ("t", "Skip-gram training"), ("e", "Offline check"), ("m", "Listing embeddings"), ("i", "ANN index"),
    ])
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[2].kinds.contains("model-registry"), "\(reading.boxes[2])")
    // An encoder computes vectors; it is no store of them, wherever it sits.
    var encoder = board
    encoder.boxes[2].label = "Image encoder"
    let computed = BoardReader.read(encoder, catalogue: catalogue)
    XCTAssertFalse(computed.boxes[2].kinds.contains("model-registry"), "\(computed.boxes[2])")
    // Nor is a box whose words say it serves.
    var serving = board
    serving.boxes[2].label = "Scoring service"
    XCTAssertFalse(BoardReader.read(serving, catalogue: catalogue).boxes[2].kinds.contains("model-registry"))
  }

  func testAStoreThatBatchPredictionWritesIntoIsTheCache() {
    let board = chain([("j", "Batch scorer"), ("k", "Cassandra"), ("s", "Suggestions API")])
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("cache"), "\(reading.boxes[1])")
    // What the batch job writes into the warehouse is no cache.
    var lake = board
    lake.boxes[1].label = "Hive warehouse"
    XCTAssertFalse(BoardReader.read(lake, catalogue: catalogue).boxes[1].kinds.contains("cache"))
  }

  func testAStoreServingPointsAtIsReadFrom() {
    var board = Board(title: "T")
    board.boxes = [
      box("r", "Model registry"), box("c", "In-memory model cache"), box("s", "Prediction service"),
    ]
    board.arrows = [Arrow(from: "r", to: "c"), Arrow(from: "s", to: "c")]
    let graph = BoardGraph(board: board, catalogue: catalogue)
    XCTAssertTrue(graph.flows(from: ["model-registry"], to: ["inference-service"]))
    // Once the cache has an arrow out, its arrows mean what they say.
    board.boxes.append(box("d", "Dashboards"))
    board.arrows.append(Arrow(from: "c", to: "d"))
    XCTAssertFalse(
      BoardGraph(board: board, catalogue: catalogue).flows(from: ["model-registry"], to: ["inference-service"]))
  }

  func testCatalogueWordsPractitionersUse() {
    // Sessionisation is the batch step that cuts a click stream into sessions.
    XCTAssertTrue(catalogue.evidence(of: box("s", "Sessionise")).contains { $0.kind == "batch-etl" })
    // A catalogue alone is the items on sale; a model catalogue is the registry.
    XCTAssertFalse(
      KindRecognizer.counted(catalogue.evidence(of: box("c", "Experience catalogue"))).contains {
        $0.kind == "model-registry"
      })
    XCTAssertTrue(catalogue.kinds(inText: "Model catalog").contains("model-registry"))
    // Training tables hold training data; they do not train.
    XCTAssertEqual(
      KindRecognizer.counted(catalogue.evidence(of: box("t", "Training tables"))).map(\.kind), ["data-lake"])
    // The camera a visual search is asked from is the user's device.
    XCTAssertTrue(catalogue.evidence(of: box("l", "Lens camera")).contains { $0.kind == "client" })
    // Posters are people; posts are what they write.
    XCTAssertNotEqual(WordForms.stem("posters"), WordForms.stem("posts"))
    XCTAssertFalse(catalogue.evidence(of: box("p", "Posts")).contains { $0.kind == "client" })
    // Replaying logged sessions offline is an evaluation.
    XCTAssertEqual(
      KindRecognizer.counted(catalogue.evidence(of: box("o", "Offline replay"))).map(\.kind), ["model-evaluation"])
  }

  func testTheNeighboursBreakATieTheTemplateLeaves() {
    // "Historical counters" hint at a stream job (counters) and at the offline store (historical);
    // the template asks for both. Feeding training, they are the offline store.
    var board = chain([("h", "Historical counters"), ("t", "Model training")])
    let expected: Set<String> = ["offline-feature-store", "stream-processing", "training-pipeline"]
    let reading = BoardReader.read(board, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[0].kinds, ["offline-feature-store"], "\(reading.boxes[0])")
    XCTAssertTrue(reading.boxes[0].counted[0].reasons.contains("its place breaks the tie"))
    // Alone, nothing breaks the tie.
    board.arrows = []
    let alone = BoardReader.read(board, catalogue: catalogue, expected: expected)
    XCTAssertFalse(alone.boxes[0].counted.contains { $0.reasons.contains("its place breaks the tie") })
  }

  func testAHyphenatedCompoundHintsOnce() {
    func score(_ label: String, _ kind: String) -> Int {
      catalogue.evidence(of: box("b", label)).first { $0.kind == kind }?.score ?? 0
    }
    // "Sliding-window" is one word of a stream job, not two; the head word decides.
    XCTAssertEqual(score("Sliding-window detectors", "stream-processing"), 1)
    XCTAssertEqual(
      KindRecognizer.counted(catalogue.evidence(of: box("d", "Sliding-window detectors"))).map(\.kind),
      ["inference-service"])
    // A list is several words, each its own hint.
    XCTAssertEqual(score("Clicks, views, payments", "data-source"), 4)
  }

  func testASentenceIsAboutItsSubject() {
    func read(_ label: String) -> [String] {
      KindRecognizer.counted(catalogue.evidence(of: box("b", label))).map(\.kind)
    }
    XCTAssertEqual(read("Shopper uploads a photo"), ["client"])
    XCTAssertEqual(read("User posts text, photo or video"), ["client"])
    XCTAssertEqual(read("Person opens Facebook"), ["client"])
    // Not sentences: a store of what users did, and two nouns.
    XCTAssertFalse(read("User events table").contains("client"), "\(read("User events table"))")
    XCTAssertFalse(read("User photos").contains("client"))
  }

  func testALabelThatListsPeopleNamesTheClient() {
    func read(_ label: String) -> [String] {
      KindRecognizer.counted(catalogue.evidence(of: box("b", label))).map(\.kind)
    }
    // The people a dataset is released to, and the datasets: both, the people being the client.
    XCTAssertTrue(
      read("Research teams and open datasets").contains("client"), "\(read("Research teams and open datasets"))")
    XCTAssertTrue(read("Advertisers and agencies").contains("client"), "\(read("Advertisers and agencies"))")
    // A store of people and things, a shared head noun, and reports by people are no client.
    XCTAssertFalse(read("Users and items table").contains("client"), "\(read("Users and items table"))")
    XCTAssertFalse(read("User and item embeddings").contains("client"), "\(read("User and item embeddings"))")
    XCTAssertFalse(read("User reports and appeals").contains("client"), "\(read("User reports and appeals"))")
    // People whom another word places in the pipeline: the labellers.
    XCTAssertFalse(
      read("Annotation teams and guidelines").contains("client"), "\(read("Annotation teams and guidelines"))")
  }

  func testThePeopleAPlaceReadsAsASourceStayTheClient() {
    let board = chain([("p", "Users posting photos"), ("k", "Kafka")])
    let kinds = BoardReader.read(board, catalogue: catalogue).boxes[0].kinds
    XCTAssertTrue(kinds.isSuperset(of: ["client", "data-source"]), "\(kinds)")
  }

  func testTheTemplateChoosesBetweenAHintAndARoleNoun() {
    var board = chain([("e", "Per-modality encoders"), ("m", "Multitask fusion model"), ("x", "Enforcement policy")])
    board.boxes.append(box("s", "Shadow mode"))
    board.arrows.append(Arrow(from: "s", to: "m"))
    let moderation = BoardReader.read(
      board, catalogue: catalogue, expected: ["inference-service", "enforcement-service"])
    XCTAssertTrue(moderation.boxes[1].kinds.contains("inference-service"), "\(moderation.boxes[1])")
    // A recommender asks for the ranker, which the words hint at.
    let feed = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "inference-service"])
    XCTAssertEqual(feed.boxes[1].kinds, ["ranking"], "\(feed.boxes[1])")
  }

  func testTheBoxTheClientCallsAndTheAnswerComesBackToIsTheGateway() {
    var board = chain([
      ("u", "User opens the feed"), ("f", "Feed service"), ("i", "Inventory fetch"), ("r", "Ranking"),
      ("x", "Feed rules"),
    ])
    board.arrows.append(Arrow(from: "x", to: "f"))
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "candidate-generation"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("api-gateway"), "\(reading.boxes[1])")
    // Seen as the gateway, it makes the inventory fetch after it the candidate generation.
    XCTAssertTrue(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
    // Without the answer coming back, it is only a box the client calls.
    board.arrows.removeLast()
    let oneWay = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "candidate-generation"])
    XCTAssertFalse(oneWay.boxes[1].kinds.contains("api-gateway"), "\(oneWay.boxes[1])")
  }

  func testAStoreTheGatewayLooksUpAnswersTheClient() {
    var board = Board(title: "T")
    board.boxes = [
      box("u", "Mobile app"), box("g", "API gateway"), box("k", "Redis"), box("j", "Nightly scoring"),
    ]
    board.arrows = [Arrow(from: "u", to: "g"), Arrow(from: "g", to: "k"), Arrow(from: "j", to: "k")]
    let graph = BoardGraph(board: board, catalogue: catalogue)
    XCTAssertTrue(graph.flows(from: ["batch-prediction"], to: ["client"]))
  }

  func testWhatTurnsTheRequestIntoAQueryForTheIndexFindsTheCandidates() {
    // A search-based recommender: the user's interests become a query to Elasticsearch, whose
    // hits are the candidates.
    let board = chain([
      ("u", "Home page"), ("api", "Recommendations endpoint"), ("q", "Query builder"), ("es", "Elasticsearch"),
    ])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["candidate-generation"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
    // Only where the template asks for candidates: a search design's query step is no funnel.
    let search = BoardReader.read(board, catalogue: catalogue, expected: ["text-search-index"])
    XCTAssertFalse(search.boxes[2].kinds.contains("candidate-generation"), "\(search.boxes[2])")
    // Words that read the box keep it what they say ("Query encoder" embeds the query).
    let encoder = chain([("u", "Home page"), ("api", "API gateway"), ("q", "Query encoder"), ("ann", "FAISS")])
    let read = BoardReader.read(encoder, catalogue: catalogue, expected: ["candidate-generation"])
    XCTAssertFalse(read.boxes[2].kinds.contains("candidate-generation"), "\(read.boxes[2])")
  }

  func testAStoreOfModelsBetweenTheGateAndServingIsTheRegistry() {
    // "Saved models" says only what it keeps; between the evaluation gate and the job that
    // applies the model, it is the versioned hand-off.
    let board = chain([
      ("t", "Training job"), ("e", "Offline evaluation"), ("s", "Saved models, one per week"),
      ("v", "Compute a vector for every listing"), ("ix", "FAISS"),
    ])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["model-registry"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("model-registry"), "\(reading.boxes[2])")
    // A store whose head word names no artefact is not read so by that place ("Saved settings").
    let other = chain([
      ("t", "Training job"), ("e", "Offline evaluation"), ("s", "Saved settings, one per week"),
      ("v", "Compute a vector for every listing"), ("ix", "FAISS"),
    ])
    let read = BoardReader.read(other, catalogue: catalogue, expected: ["model-registry"])
    let place = "training hands the models it keeps to serving"
    XCTAssertTrue(reading.boxes[2].counted.contains { $0.reasons.contains(place) }, "\(reading.boxes[2])")
    XCTAssertFalse(read.boxes[2].counted.contains { $0.reasons.contains(place) }, "\(read.boxes[2])")
  }

  func testTrainingPairsAreData() {
    XCTAssertTrue(catalogue.kinds(inText: "Training pairs").contains("data-lake"))
    // Making them is the job that prepares the data, and no training.
    let kinds = catalogue.kinds(inText: "Make training pairs")
    XCTAssertTrue(kinds.contains("batch-etl"), "\(kinds)")
    XCTAssertFalse(kinds.contains("training-pipeline"), "\(kinds)")
  }

  func testASchedulerThatRunsTrainingIsScheduledRetraining() {
    // FACTS: a retraining trigger is continual learning or scheduled retraining; an Airflow DAG
    // that starts the training job is the schedule.
    let scheduled = chain([("dag", "Airflow"), ("t", "Training job"), ("r", "Model registry")])
    let reading = BoardReader.read(scheduled, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[0].kinds.contains("retraining-trigger"), "\(reading.boxes[0])")
    XCTAssertTrue(reading.boxes[0].kinds.contains("orchestration"), "\(reading.boxes[0])")
    // A scheduler that runs only the ETL does not start training.
    let etl = chain([("dag", "Airflow"), ("job", "Spark job"), ("lake", "Data lake")])
    XCTAssertFalse(BoardReader.read(etl, catalogue: catalogue).boxes[0].kinds.contains("retraining-trigger"))
  }

  func testABoxThatSendsQueriesToTheRequestSideIsNoLogWhateverFeedsIt() {
    // Fed by the re-ranker and feeding the event stream, a box would be the log of what was
    // served; but a log does not send queries to the query encoder or the text index.
    let board = Fixtures.flow(
      [
        ("ui", "Query panel"), ("enc", "Query encoder service"), ("ann", "FAISS index"), ("es", "Elasticsearch"),
        ("mix", "Merge and rerank"), ("bus", "Kafka"), ("dl", "BigQuery"),
      ],
      [
        ("ui", "enc"), ("enc", "ann"), ("ui", "es"), ("ann", "mix"), ("es", "mix"), ("mix", "ui"), ("mix", "bus"),
        ("ui", "bus"), ("bus", "dl"),
      ])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["prediction-logging", "client"])
    XCTAssertFalse(reading.boxes[0].kinds.contains("prediction-logging"), "\(reading.boxes[0])")
    // The same place without the queries is still read as the log.
    let log = Fixtures.flow(
      [("mix", "Merge and rerank"), ("keep", "Served results"), ("bus", "Kafka"), ("dl", "BigQuery")],
      [("mix", "keep"), ("keep", "bus"), ("bus", "dl")])
    let logReading = BoardReader.read(log, catalogue: catalogue, expected: ["prediction-logging"])
    XCTAssertTrue(logReading.boxes[1].kinds.contains("prediction-logging"), "\(logReading.boxes[1])")
  }

  func testASearchBoxIsTheClient() {
    let board = Fixtures.flow([("ui", "Search box"), ("es", "Elasticsearch")], [("ui", "es"), ("es", "ui")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["client"])
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
  }
}
