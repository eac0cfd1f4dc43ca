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

  func testANumberAfterTheNounIsItsSizeNotTheHead() {
    let resnet = evidence("Shared ResNet-50")
    XCTAssertEqual(resnet["embedding-service"]?.reasons, ["head word 'resnet'"])
    XCTAssertEqual(KindRecognizer.headIndex(of: "GPT 4", words: ["gpt", "4"]), 0)
    // A metric's cut-off is no size: "recall@10" stays a metric at 10.
    XCTAssertLessThan(evidence("Offline recall@10")["candidate-generation"]?.score ?? 0, KindRecognizer.countedScore)
  }

  func testMatchingAndHashingAreNearestNeighbourWordsWhereTheTemplateAsksForAnIndex() {
    // Hashing into a space where near items collide (LSH) and matching a query against the
    // catalogue are how nearest-neighbour search is done and named.
    XCTAssertEqual(catalogue.kinds(inText: "LSH"), ["vector-index"])
    XCTAssertTrue(catalogue.kinds(inText: "Known-bad hash match").contains("vector-index"))
    var board = Board(title: "T")
    board.boxes = [
      box("enc", "Query encoder"), box("m", "In-memory matching cluster"), box("rr", "Business-rule filter"),
    ]
    board.arrows = [Arrow(from: "enc", to: "m"), Arrow(from: "m", to: "rr")]
    let search = BoardReader.read(board, catalogue: catalogue, expected: ["vector-index", "re-ranking"])
    // Queried by the encoder and handing its matches to the rules, the index is also the retrieval
    // step (the corpus policy R7, `SecondRoles`).
    XCTAssertEqual(search.boxes[1].kinds, ["vector-index", "candidate-generation"], "\(search.boxes[1])")
    // Where the template asks for candidate generation and not an index, matching is retrieval.
    let ads = BoardReader.read(board, catalogue: catalogue, expected: ["candidate-generation", "re-ranking"])
    XCTAssertEqual(ads.boxes[1].kinds, ["candidate-generation"], "\(ads.boxes[1])")
  }

  func testLabelsThatSellersOrHeuristicsGiveAreLabelling() throws {
    XCTAssertEqual(catalogue.kinds(inText: "Weak labels"), ["labelling"])
    XCTAssertEqual(catalogue.kinds(inText: "Snorkel"), ["labelling"])
    var board = Board(title: "T")
    board.boxes = [
      box("src", "Live listings"), box("l", "Seller-chosen categories", detail: "used as weak labels"),
      box("t", "Network training"),
    ]
    board.arrows = [Arrow(from: "src", to: "l"), Arrow(from: "l", to: "t")]
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("labelling"), "\(reading.boxes[1])")
  }

  func testVisualSearchTrainsOnLoggedClicksOrOnLabels() throws {
    let template = try XCTUnwrap(library.template("visual-search"))
    let flow = try XCTUnwrap(template.flows.first { $0.from.contains("prediction-logging") })
    XCTAssertEqual(flow.to, ["training-pipeline"])
    XCTAssertEqual(Set(flow.from), ["prediction-logging", "labelling"])
  }

  private func chain(_ labels: [(String, String)]) -> Board {
    var board = Board(title: "T")
    board.boxes = labels.map { box($0.0, $0.1) }
    board.arrows = zip(labels, labels.dropFirst()).map { Arrow(from: $0.0, to: $1.0) }
    return board
  }

  func testGraphAlgorithmsThatFindPeopleAreCandidateGeneration() {
    for label in ["SALSA", "Personalised PageRank", "Random walks", "Graph traversal"] {
      XCTAssertEqual(catalogue.kinds(inText: label), ["candidate-generation"], label)
    }
  }

  func testWhatOrdersTheCandidatesBeforeTheFinalRulesIsTheRanker() {
    let board = chain([
      ("c", "Friends-of-friends candidates"), ("b", "Candidate blending"), ("f", "Business-rule filter"),
    ])
    let asked = BoardReader.read(board, catalogue: catalogue, expected: ["candidate-generation", "ranking"])
    XCTAssertTrue(asked.boxes[1].kinds.contains("ranking"), "\(asked.boxes[1])")
    // Only where the template asks for a ranking stage.
    let other = BoardReader.read(board, catalogue: catalogue, expected: ["candidate-generation"])
    XCTAssertFalse(other.boxes[1].kinds.contains("ranking"), "\(other.boxes[1])")
  }

  func testTheJobThatFeedsEvaluationFromTheDataTrains() {
    let board = chain([("lake", "HDFS"), ("j", "Hadoop jobs"), ("e", "Offline evaluation")])
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("training-pipeline"), "\(reading.boxes[1])")
    // A job the model registry feeds runs the model; it does not train one.
    var scoring = board
    scoring.boxes.append(box("reg", "Model registry"))
    scoring.arrows.append(Arrow(from: "reg", to: "j"))
    let batch = BoardReader.read(scoring, catalogue: catalogue)
    XCTAssertFalse(batch.boxes[1].kinds.contains("training-pipeline"), "\(batch.boxes[1])")
  }

  func testAMixerThatNothingFeedsIsNoClient() {
    // With its caller left out, the service that fans the request out is still no user.
    let board = chain([("m", "Home Mixer"), ("c", "Graph traversal"), ("r", "Heavy ranker")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["client", "candidate-generation"])
    XCTAssertFalse(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    let unnamed = chain([("m", "Home"), ("c", "Graph traversal"), ("r", "Heavy ranker")])
    let caller = BoardReader.read(unnamed, catalogue: catalogue, expected: ["client", "candidate-generation"])
    XCTAssertTrue(caller.boxes[0].kinds.contains("client"), "\(caller.boxes[0])")
  }

  func testPrecomputedListsKeptInAKeyValueStoreAreACache() {
    XCTAssertEqual(catalogue.kinds(inText: "EVCache"), ["cache"])
    XCTAssertEqual(catalogue.kinds(inText: "Venice key-value store"), ["cache"])
    // What the store holds, named in its detail line, does not make it a ranker.
    let store = box("s", "Venice key-value store", detail: "ranked suggestions per member")
    XCTAssertEqual(KindRecognizer.counted(catalogue.evidence(of: store)).map(\.kind), ["cache"])
  }

  func testAHintAndARoleNounLeaveTheDetailLineToNameTheBox() {
    // "Offline computation" hints at a batch job and is called a computation; its detail line
    // still says what it computes.
    let offline = box("o", "Offline computation", detail: "candidate lists for every member")
    let read = Dictionary(uniqueKeysWithValues: catalogue.evidence(of: offline).map { ($0.kind, $0) })
    XCTAssertEqual(read["candidate-generation"]?.named, true, "\(read)")
    XCTAssertEqual(read["batch-prediction"]?.score, KindRecognizer.countedScore, "\(read)")
    XCTAssertTrue(catalogue.kinds(inText: "Nearline computation").contains("stream-processing"))
  }

  func testTheStepsAfterTheRankerAndTheAPIAreNotBatchOrRetrieval() {
    // The client calls an API that the ranker answers through a page assembly step.
    var board = chain([
      ("app", "Member on TV"), ("api", "Recommendation API"), ("rank", "Heavy ranker"), ("page", "Page assembly"),
    ])
    board.boxes.append(box("ab", "A/B tests"))
    board.arrows += [Arrow(from: "page", to: "app"), Arrow(from: "ab", to: "page")]
    let expected: Set<String> = ["candidate-generation", "ranking", "re-ranking", "batch-prediction", "client"]
    let reading = BoardReader.read(board, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[1].kinds.contains("candidate-generation"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[3].kinds.contains("batch-prediction"), "\(reading.boxes[3])")
    XCTAssertTrue(reading.boxes[3].kinds.contains("re-ranking"), "\(reading.boxes[3])")
  }
}
