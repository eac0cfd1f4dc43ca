// Readings grown from the blind batch 133-138: a job named after features prepares them, its
// cadence aside; a crew named after labelling labels; an item encoder only the model side feeds fills the index another encoder
// queries; "sources" the request reaches that feed retrieval are generators; a served model that
// hands the index its query encodes it; the batch's results shown to a person are no batch step;
// "full-text retrieval" is the text index; after an order and "in", a name is where the action
// takes effect. Each rule has the cases it must not fire on beside it. The words are not the
// corpus designs'.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch133Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func read(_ boxes: [(String, String, String?)], _ arrows: [(String, String)], expected: Set<String>)
    -> BoardReading
  {
    BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
  }

  func testAJobNamedAfterFeaturesPreparesThemWhateverItsCadence() {
    let job = Fixtures.kinds("Hourly feature jobs")
    XCTAssertTrue(job.contains("batch-etl"), "\(job)")
    XCTAssertFalse(job.contains("batch-prediction"), "\(job)")
    // Where the template asks for batch prediction and none is drawn, the feature job is not it.
    let expected: Set<String> = ["data-lake", "batch-etl", "batch-prediction", "orchestration", "training-pipeline"]
    let boxes: [(String, String, String?)] = [
      ("lake", "Data lake", nil), ("cron", "Cron scheduler", nil), ("job", "Weekly feature jobs", nil),
      ("train", "Trainer", nil),
    ]
    let placed = read(boxes, [("lake", "job"), ("cron", "job"), ("job", "train")], expected: expected).boxes[2].kinds
    XCTAssertFalse(placed.contains("batch-prediction"), "\(placed)")
    XCTAssertTrue(placed.contains("batch-etl"), "\(placed)")
    // A job named after scores still scores in bulk.
    XCTAssertTrue(Fixtures.kinds("Hourly scoring jobs").contains("batch-prediction"))
  }

  func crewReading(_ label: String, _ detail: String) -> Set<String> {
    let expected: Set<String> = [
      "batch-etl", "labelling", "model-evaluation", "experiment-tracking", "training-pipeline",
    ]
    let boxes: [(String, String, String?)] = [
      ("prep", "Pair builder job", nil), ("crew", label, detail), ("track", "Experiment tracker", nil),
    ]
    return read(boxes, [("prep", "crew"), ("crew", "track")], expected: expected).boxes[1].kinds
  }

  func testACrewNamedAfterLabellingLabels() {
    let crew = crewReading("Label crew", "relevance grades for the eval split")
    XCTAssertTrue(crew.contains("labelling"), "\(crew)")
    XCTAssertFalse(crew.contains("model-evaluation"), "\(crew)")
    // A crew named after other work is not made labelling.
    XCTAssertFalse(crewReading("Evaluation crew", "relevance grades").contains("labelling"))
  }

  func testAnItemEncoderOnlyTheModelSideFeedsFillsTheIndexAnotherEncoderQueries() {
    let expected: Set<String> = [
      "client", "embedding-service", "vector-index", "batch-prediction", "training-pipeline", "ranking",
    ]
    let boxes: [(String, String, String?)] = [
      ("app", "Basket app", nil), ("q", "Query encoder", nil), ("ann", "ANN index", nil),
      ("train", "Trainer", nil), ("item", "Listing encoder", nil), ("rank", "Ranker", nil),
    ]
    let arrows = [
      ("app", "q"), ("q", "ann"), ("train", "q"), ("train", "item"), ("item", "ann"), ("ann", "rank"), ("rank", "app"),
    ]
    let reading = read(boxes, arrows, expected: expected)
    XCTAssertTrue(reading.boxes[4].kinds.contains("batch-prediction"), "\(reading.boxes[4].kinds)")
    XCTAssertFalse(reading.boxes[1].kinds.contains("batch-prediction"), "\(reading.boxes[1].kinds)")
    // With no encoder of the request beside it, the one encoder is not read as the item side.
    let alone = [("app", "ann"), ("train", "item"), ("item", "ann"), ("ann", "rank"), ("rank", "app")]
    let single = read(boxes, alone, expected: expected).boxes[4].kinds
    XCTAssertFalse(single.contains("batch-prediction"), "\(single)")
  }

  func testSourcesTheRequestReachesThatFeedRetrievalAreGenerators() {
    let expected: Set<String> = ["client", "data-source", "candidate-generation", "ranking", "data-lake"]
    let boxes: [(String, String, String?)] = [
      ("app", "Basket app", nil), ("pop", "Popularity sources", nil), ("merge", "Candidate merger", nil),
      ("rank", "Ranker", nil),
    ]
    let arrows = [("app", "pop"), ("pop", "merge"), ("merge", "rank"), ("rank", "app")]
    let generator = read(boxes, arrows, expected: expected).boxes[1].kinds
    XCTAssertTrue(generator.contains("candidate-generation"), "\(generator)")
    XCTAssertFalse(generator.contains("data-source"), "\(generator)")
    // Sources that hand their data to the lake stay where the data comes from.
    let data: [(String, String, String?)] = [
      ("app", "Basket app", nil), ("pop", "Order sources", nil), ("lake", "Data lake", nil),
    ]
    let source = read(data, [("app", "pop"), ("pop", "lake")], expected: expected).boxes[1].kinds
    XCTAssertTrue(source.contains("data-source"), "\(source)")
    XCTAssertFalse(source.contains("candidate-generation"), "\(source)")
  }

  func testAServedModelThatHandsTheIndexItsQueryEncodesIt() {
    let expected: Set<String> = ["client", "inference-service", "embedding-service", "vector-index", "re-ranking"]
    let boxes: [(String, String, String?)] = [
      ("app", "Photo app", nil), ("srv", "TorchServe", "crop model + ViT encoder"), ("ann", "ANN index", nil),
      ("rr", "Re-ranking", nil),
    ]
    let arrows = [("app", "srv"), ("srv", "ann"), ("ann", "rr"), ("rr", "app")]
    let served = read(boxes, arrows, expected: expected).boxes[1].kinds
    XCTAssertTrue(served.contains("embedding-service"), "\(served)")
    XCTAssertTrue(served.contains("inference-service"), "\(served)")
    // Handing its scores to the page, not to an index, it only serves.
    let scoring = read(boxes, [("app", "srv"), ("srv", "rr"), ("rr", "app")], expected: expected).boxes[1].kinds
    XCTAssertFalse(scoring.contains("embedding-service"), "\(scoring)")
  }

  func testTheBatchsResultsShownToAPersonAreNoBatchStep() {
    let expected: Set<String> = ["orchestration", "batch-prediction", "client", "data-source", "data-lake"]
    let boxes: [(String, String, String?)] = [
      ("cron", "Cron scheduler", nil), ("job", "Batch scoring", nil), ("post", "Rounding step", nil),
      ("page", "Seller calendar", "suggested discounts"), ("ev", "Seller events", nil), ("lake", "Data lake", nil),
    ]
    let arrows = [("cron", "job"), ("job", "post"), ("post", "page"), ("page", "ev"), ("ev", "lake")]
    let reading = read(boxes, arrows, expected: expected)
    XCTAssertFalse(reading.boxes[3].kinds.contains("batch-prediction"), "\(reading.boxes[3].kinds)")
    // A step with no word of a person, after the batch, still works on what it found.
    XCTAssertTrue(reading.boxes[2].kinds.contains("batch-prediction"), "\(reading.boxes[2].kinds)")
  }

  func testFullTextRetrievalIsTheTextIndex() {
    let retrieval = Fixtures.kinds("Full-text retrieval")
    XCTAssertTrue(retrieval.contains("text-search-index"), "\(retrieval)")
    XCTAssertFalse(retrieval.contains("candidate-generation"), "\(retrieval)")
    XCTAssertTrue(Fixtures.kinds("Full-text index").contains("text-search-index"))
    XCTAssertTrue(Fixtures.kinds("Dense retrieval").contains("candidate-generation"))
  }

  func testAfterAnOrderAndInANameIsWhereTheActionTakesEffect() {
    let order = Fixtures.kinds("Downrank in home ranking")
    XCTAssertTrue(order.contains("re-ranking"), "\(order)")
    XCTAssertFalse(order.contains("ranking"), "\(order)")
    // Without an order first, the name is what the box is.
    XCTAssertTrue(Fixtures.kinds("Home ranking").contains("ranking"))
    XCTAssertTrue(Fixtures.kinds("Ranking in Python").contains("ranking"))
  }
}
