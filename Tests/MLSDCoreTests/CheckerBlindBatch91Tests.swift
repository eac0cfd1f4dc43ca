// Readings grown from the blind batch 91-96: a model served on a serving product, an order of
// choosing eligible items, a marketplace noun in -ing, what people entered by hand that training
// learns from, the store of the items that candidate generation picks from, and photos that
// nothing feeds going into training. Each rule has the cases it must not fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch91Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func kinds(_ label: String, detail: String? = nil) -> Set<String> {
    Fixtures.kinds(label, detail: detail)
  }

  private func board(_ boxes: [(String, String, String?)], _ arrows: [(String, String)]) -> Board {
    Fixtures.flow(boxes, arrows)
  }

  func testAModelOnAServingProductIsServedNotTrained() {
    for label in ["XGBoost on KServe", "BERT classifier on Triton", "LightGBM on a SageMaker endpoint"] {
      let read = kinds(label)
      XCTAssertTrue(read.contains("inference-service"), "'\(label)': \(read)")
      XCTAssertFalse(read.contains("training-pipeline"), "'\(label)': \(read)")
    }
    // Training on a platform, or the model alone, stays training.
    XCTAssertTrue(kinds("XGBoost training on Kubeflow").contains("training-pipeline"))
    XCTAssertTrue(kinds("XGBoost").contains("training-pipeline"))
    XCTAssertTrue(kinds("Train XGBoost on KServe data").contains("training-pipeline"))
  }

  func testAnOrderToPickEligibleItemsIsCandidateGeneration() {
    for label in ["Pick eligible ads", "Select candidate events", "Choose eligible listings"] {
      XCTAssertTrue(kinds(label).contains("candidate-generation"), "'\(label)': \(kinds(label))")
    }
    // The detail's sentence does not make it training once the label spoke.
    XCTAssertFalse(
      kinds("Pick eligible ads", detail: "targeting fits, budget left").contains("training-pipeline"))
    // Choosing features or a model is no candidate generation.
    for label in ["Select features", "Choose model version", "Select top 10 by score"] {
      XCTAssertFalse(kinds(label).contains("candidate-generation"), "'\(label)': \(kinds(label))")
    }
  }

  func testAMarketplaceNounInIngIsNoVerb() {
    let read = kinds("Seller listing photos")
    XCTAssertFalse(read.contains("client"), "\(read)")
    XCTAssertTrue(read.contains("object-storage"), "\(read)")
    // A sentence about a person stays one.
    XCTAssertTrue(kinds("Seller uploading photos").contains("client"))
    XCTAssertTrue(kinds("Viewer watching a video").contains("client"))
  }

  func testWhatPeopleEnteredByHandForTrainingIsLabels() {
    let b = board(
      [
        ("attrs", "Seller-entered category, colour and attributes", nil), ("train", "Multitask fine-tuning", nil),
        ("eval", "Offline evaluation", nil),
      ],
      [("attrs", "train"), ("train", "eval")])
    var reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[0].kinds.contains("labelling"), "\(reading.boxes[0])")
    // Not when it goes elsewhere than training.
    var elsewhere = b
    elsewhere.arrows[0] = Arrow(from: "attrs", to: "eval")
    reading = BoardReader.read(elsewhere, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[0].kinds.contains("labelling"), "\(reading.boxes[0])")
    // Without people's hand in its words, a box of attributes is not labels.
    XCTAssertFalse(kinds("Entered category and attributes").contains("labelling"))
  }

  func testTheStoreCandidateGenerationPicksFromIsTheSource() {
    let b = board(
      [
        ("app", "User scrolling the app", nil), ("campaigns", "Advertiser campaigns", "budgets, targeting, bids"),
        ("match", "Pick eligible ads", nil), ("score", "Click model", nil),
      ],
      [("app", "match"), ("campaigns", "match"), ("match", "score"), ("score", "app")])
    let expected: Set<String> = ["candidate-generation", "ranking", "data-source"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("candidate-generation"), "\(reading.boxes[1])")
    // A box its label calls retrieval stays candidate generation, fed or not.
    var named = b
    named.boxes[1].label = "Ad targeting"
    reading = BoardReader.read(named, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.contains("candidate-generation"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
  }

  func testPhotosNothingFeedsThatTrainingLearnsFromAreASource() {
    let b = board(
      [("reviews", "Buyer review photos", nil), ("train", "Model training", nil), ("eval", "Offline evaluation", nil)],
      [("reviews", "train"), ("train", "eval")])
    let expected: Set<String> = ["data-source", "object-storage", "training-pipeline"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[0].kinds.isSuperset(of: ["data-source", "object-storage"]), "\(reading.boxes[0])")
    // Photos something upstream writes are no source.
    var fed = b
    fed.boxes.append(Box(id: "up", label: "Upload service", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    fed.arrows.append(Arrow(from: "up", to: "reviews"))
    reading = BoardReader.read(fed, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
  }

  func testASearchEngineBeforeTheServedRankerFindsCandidates() {
    let b = board(
      [
        ("app", "Mobile app", nil), ("es", "Elasticsearch", nil), ("ranker", "XGBoost on KServe", nil),
        ("rules", "Business rules", nil), ("db", "Postgres", nil),
      ],
      [("app", "es"), ("es", "ranker"), ("ranker", "rules"), ("rules", "app"), ("db", "es")])
    let expected: Set<String> = ["candidate-generation", "ranking", "re-ranking", "data-source"]
    let reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.isSuperset(of: ["candidate-generation", "text-search-index"]))
    XCTAssertTrue(reading.boxes[2].kinds.contains("ranking"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("training-pipeline"), "\(reading.boxes[2])")
    XCTAssertEqual(reading.boxes[4].kinds, ["data-source"])
  }

  func testAnIVFIndexIsAVectorIndex() {
    XCTAssertTrue(kinds("IVF index build").isSuperset(of: ["vector-index", "batch-etl"]))
    XCTAssertEqual(kinds("IVF-PQ index"), ["vector-index"])
  }
}
