// Readings grown from the blind batch 97-102: a service the client calls in front of serving,
// assembly after the ranker, posts as a source, a share written "percent", prepositions of time
// and order, what a job leaves behind, a predictor, orders on data in a detail line, a model run
// over stored media, and a staged release. Each rule has the cases it must not fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch97Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func kinds(_ label: String, detail: String? = nil) -> Set<String> {
    Fixtures.kinds(label, detail: detail)
  }

  private func board(_ boxes: [(String, String, String?)], _ arrows: [(String, String)]) -> Board {
    Fixtures.flow(boxes, arrows)
  }

  func testAServiceTheClientCallsInFrontOfServingIsTheGateway() {
    let b = board(
      [
        ("user", "Person opens Home", nil), ("svc", "Home timeline service", nil), ("gather", "Gather Tweets", nil),
        ("scorer", "Relevance model", nil), ("arrange", "Timeline assembly", nil),
      ],
      [("user", "svc"), ("svc", "gather"), ("gather", "scorer"), ("scorer", "arrange"), ("arrange", "svc")])
    let expected: Set<String> = ["client", "candidate-generation", "ranking", "re-ranking", "api-gateway"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[1].kinds, ["api-gateway"], "\(reading.boxes[1])")
    XCTAssertEqual(reading.boxes[4].kinds, ["re-ranking"], "\(reading.boxes[4])")
    // No answer drawn back: still the front door.
    var oneWay = b
    oneWay.arrows.removeLast()
    reading = BoardReader.read(oneWay, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.contains("api-gateway"), "\(reading.boxes[1])")
    // A service its words name is that service, wherever it stands.
    var ranking = oneWay
    ranking.boxes[1].label = "Ranking service"
    reading = BoardReader.read(ranking, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[1].kinds.contains("api-gateway"), "\(reading.boxes[1])")
    // Without the client calling it, a service before the candidates is no front door.
    var uncalled = oneWay
    uncalled.arrows.removeFirst()
    reading = BoardReader.read(uncalled, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[1].kinds.contains("api-gateway"), "\(reading.boxes[1])")
  }

  func testAssemblyIsAWordOfTheFinalStepNotOfPreparingData() {
    XCTAssertTrue(kinds("Page assembly").contains("re-ranking"), "\(kinds("Page assembly"))")
    XCTAssertEqual(kinds("Assemble training pairs"), ["batch-etl"])
  }

  func testPostsOnTwitterAreWhereTheDataIsBorn() {
    let read = kinds("Tweets from followed accounts")
    XCTAssertTrue(read.contains("data-source"), "\(read)")
    XCTAssertFalse(read.contains("client"), "\(read)")
  }

  func testAShareWrittenAsPercentIsASplitOfTheTraffic() {
    XCTAssertEqual(KindRecognizer.trafficShare(in: "Live test on 1 percent"), "on 1%")
    XCTAssertEqual(KindRecognizer.trafficShare(in: "New model for 5 percent of users"), "5% of users")
    XCTAssertTrue(kinds("Live test on 1 percent").contains("ab-testing"))
    XCTAssertNil(KindRecognizer.trafficShare(in: "Recall 99.9 percent"))
    XCTAssertNil(KindRecognizer.trafficShare(in: "Sample 10 percent of frames"))
    XCTAssertNil(KindRecognizer.trafficShare(in: "Percentile latency"))
  }

  func testBeforeAfterAndAtQualifyTheNounBeforeThem() {
    XCTAssertEqual(KindRecognizer.headWord(of: "Check before release"), "check")
    XCTAssertEqual(KindRecognizer.headWord(of: "Features at request time"), "features")
    XCTAssertEqual(KindRecognizer.headWord(of: "Filter after ranking"), "filter")
    let read = kinds("Check before release")
    XCTAssertTrue(read.contains("model-evaluation"), "\(read)")
    XCTAssertFalse(read.contains("model-registry"), "\(read)")
    // The first word is never cut off: "After-sales tickets" are tickets.
    XCTAssertEqual(KindRecognizer.headWord(of: "After-sales tickets"), "tickets")
  }

  func testWhatAJobLeavesForServingIsTheRegistry() {
    XCTAssertFalse(kinds("Workflow outputs").contains("orchestration"), "\(kinds("Workflow outputs"))")
    let b = board(
      [
        ("train", "Training operators", nil), ("outputs", "Workflow outputs", nil),
        ("predictor", "FBLearner Predictor", nil), ("app", "Facebook products", nil),
      ],
      [("train", "outputs"), ("outputs", "predictor"), ("app", "predictor"), ("predictor", "app")])
    let reading = BoardReader.read(b, catalogue: catalogue, expected: ["model-registry", "inference-service"])
    XCTAssertEqual(reading.boxes[1].kinds, ["model-registry"], "\(reading.boxes[1])")
    XCTAssertEqual(reading.boxes[2].kinds, ["inference-service"], "\(reading.boxes[2])")
    // A tool's own models stay the tool, and a scheduler alone stays one.
    XCTAssertTrue(kinds("dbt models").contains("batch-etl"), "\(kinds("dbt models"))")
    XCTAssertEqual(kinds("Airflow"), ["orchestration"])
  }

  func testAPredictorServesTheBrandBeforeItOnlyQualifies() {
    XCTAssertEqual(kinds("FBLearner Predictor"), ["inference-service"])
    XCTAssertTrue(kinds("Predictor training").contains("training-pipeline"))
  }

  func testADetailLineOfOrdersOnDataNamesWhatTheBoxWorksOn() {
    let detail = "read the Hive partitions, join features, split train and test"
    XCTAssertFalse(kinds("Data operators", detail: detail).contains("data-lake"))
    // Without the order, a technology under a label that says little names the box.
    XCTAssertTrue(kinds("Data operators", detail: "Hive partitions").contains("data-lake"))
    // Between the warehouse and training, in a pipeline that also asks for batch prediction, the
    // operators prepare the data; they apply no model.
    let b = board(
      [
        ("hive", "Hive warehouse", nil), ("flow", "Workflow runner", nil), ("prep", "Data operators", detail),
        ("train", "Training operators", nil), ("eval", "Evaluation operators", nil),
      ],
      [("hive", "prep"), ("flow", "prep"), ("prep", "train"), ("train", "eval")])
    let expected: Set<String> = ["data-lake", "batch-etl", "training-pipeline", "batch-prediction", "orchestration"]
    let reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[2].kinds, ["batch-etl"], "\(reading.boxes[2])")
  }

  func testAModelRunOverStoredMediaWithNoRequestIsBatchPrediction() {
    let b = board(
      [
        ("raw", "Original images", nil), ("prep", "Image preparation", nil), ("seg", "Privacy segmentation", nil),
        ("blur", "Blur step", nil), ("public", "Blurred images", nil),
      ],
      [("raw", "prep"), ("prep", "seg"), ("seg", "blur"), ("blur", "public")])
    let expected: Set<String> = ["object-storage", "batch-etl", "batch-prediction", "data-source"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[1].kinds, ["batch-etl"], "\(reading.boxes[1])")
    XCTAssertEqual(reading.boxes[2].kinds, ["batch-prediction"], "\(reading.boxes[2])")
    XCTAssertEqual(reading.boxes[3].kinds, ["batch-prediction"], "\(reading.boxes[3])")
    // Where the template asks for no batch prediction, the model is served.
    reading = BoardReader.read(b, catalogue: catalogue, expected: ["object-storage", "inference-service"])
    XCTAssertEqual(reading.boxes[2].kinds, ["inference-service"], "\(reading.boxes[2])")
    // A request reaching it makes it the online service.
    var asked = b
    asked.boxes.append(Box(id: "app", label: "Mobile app", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    asked.arrows.append(Arrow(from: "app", to: "seg"))
    reading = BoardReader.read(asked, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[2].kinds.contains("batch-prediction"), "\(reading.boxes[2])")
  }

  func testAFilterBeforeTheRankerFindsTheCandidatesThroughAStepNotReadYet() {
    let b = board(
      [
        ("app", "User opens Events tab", nil), ("db", "Postgres: events, venues", nil),
        ("filter", "Filter: nearby, upcoming, user filters", nil),
        ("compute", "Compute at request: distance, time to event, weekday match", nil), ("ranker", "Ranker: GBDT", nil),
      ],
      [("app", "filter"), ("db", "filter"), ("filter", "compute"), ("compute", "ranker"), ("ranker", "app")])
    let expected: Set<String> = ["client", "data-source", "candidate-generation", "ranking", "re-ranking"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[2].kinds, ["candidate-generation"], "\(reading.boxes[2])")
    // After the ranker, the same filter re-ranks.
    var after = b
    after.arrows = [("app", "compute"), ("compute", "ranker"), ("ranker", "filter"), ("filter", "app")].map {
      Arrow(from: $0.0, to: $0.1)
    }
    reading = BoardReader.read(after, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[2].kinds, ["re-ranking"], "\(reading.boxes[2])")
    // Where the template asks for no candidate generation, it stays the filter its words say.
    reading = BoardReader.read(b, catalogue: catalogue, expected: ["client", "ranking", "re-ranking"])
    XCTAssertFalse(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
  }

  func testUploadsPeopleSendInAreKeptAndThePeopleAreTheSource() {
    let b = board(
      [
        ("people", "Contributors", nil), ("raw", "Original uploads", nil), ("prep", "Image preparation", nil),
        ("seg", "Privacy segmentation", nil),
      ],
      [("people", "raw"), ("raw", "prep"), ("prep", "seg")])
    let expected: Set<String> = ["data-source", "object-storage", "batch-etl", "batch-prediction"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[0].kinds, ["data-source"], "\(reading.boxes[0])")
    XCTAssertEqual(reading.boxes[1].kinds, ["object-storage"], "\(reading.boxes[1])")
    // Uploads that nothing on the board feeds are where the data is born.
    var unfed = b
    unfed.boxes.removeFirst()
    unfed.arrows.removeFirst()
    reading = BoardReader.read(unfed, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
    // Where the template asks for no object storage, the words stand.
    reading = BoardReader.read(b, catalogue: catalogue, expected: ["data-source", "batch-etl"])
    XCTAssertFalse(reading.boxes[1].kinds.contains("object-storage"), "\(reading.boxes[1])")
  }

  func testAnExperimentScreenThatTrainingRunsReportToTracksExperiments() {
    let b = board(
      [
        ("ui", "Experimentation UI", nil), ("flow", "Workflow scheduler", nil), ("train", "Training operators", nil),
        ("eval", "Evaluation operators", nil),
      ],
      [("ui", "flow"), ("flow", "train"), ("train", "eval"), ("eval", "ui")])
    var reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertEqual(reading.boxes[0].kinds, ["experiment-tracking"], "\(reading.boxes[0])")
    // An experiment that feeds serving splits live traffic: A/B testing.
    var online = b
    online.boxes.append(Box(id: "ranker", label: "Ranker", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    online.arrows.append(Arrow(from: "ui", to: "ranker"))
    reading = BoardReader.read(online, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[0].kinds.contains("ab-testing"), "\(reading.boxes[0])")
    XCTAssertFalse(reading.boxes[0].kinds.contains("experiment-tracking"), "\(reading.boxes[0])")
    // Not fed by training or its evaluation, the name stands.
    var unfed = b
    unfed.arrows.removeLast()
    reading = BoardReader.read(unfed, catalogue: catalogue)
    XCTAssertEqual(reading.boxes[0].kinds, ["ab-testing"], "\(reading.boxes[0])")
  }

  func testABucketOfUploadedVideosThatNothingFeedsIsTheSource() {
    XCTAssertEqual(kinds("GCS", detail: "uploaded videos"), ["object-storage"])
    XCTAssertTrue(kinds("GCS", detail: "training rows").contains("data-lake"))
    func reading(_ label: String, _ detail: String) -> BoxReading {
      let b = board(
        [("gcs", label, detail), ("pubsub", "Pub/Sub", nil), ("enc", "Video encoder", nil)],
        [("gcs", "pubsub"), ("pubsub", "enc")])
      let expected: Set<String> = ["data-source", "object-storage", "stream-ingestion", "embedding-service"]
      return BoardReader.read(b, catalogue: catalogue, expected: expected).boxes[0]
    }
    XCTAssertEqual(reading("GCS", "uploaded videos").kinds, ["data-source", "object-storage"])
    // Media not said to be uploaded, or a label that says more than the bucket's name, stay the store.
    XCTAssertFalse(reading("GCS", "original images").kinds.contains("data-source"))
    XCTAssertFalse(reading("GCS bucket", "uploaded videos").kinds.contains("data-source"))
  }

  func testAnEditorWherePeopleCorrectTheModelBeforeReviewIsLabelling() {
    // A role noun alone says too little.
    XCTAssertTrue(kinds("Blur editor").isEmpty, "\(kinds("Blur editor"))")
    let b = board(
      [
        ("viewer", "Mapillary web and apps", nil), ("editor", "Blur editor", nil), ("review", "Admin review", nil),
        ("train", "Segmentation model training", nil),
      ],
      [("viewer", "editor"), ("editor", "review"), ("review", "train")])
    var reading = BoardReader.read(b, catalogue: catalogue, expected: ["client", "labelling", "training-pipeline"])
    XCTAssertEqual(reading.boxes[1].kinds, ["labelling"], "\(reading.boxes[1])")
    // An editor the client uses that feeds the ranker is no labelling.
    var serving = b
    serving.boxes[2].label = "Ranker"
    reading = BoardReader.read(serving, catalogue: catalogue, expected: ["client", "labelling", "ranking"])
    XCTAssertFalse(reading.boxes[1].kinds.contains("labelling"), "\(reading.boxes[1])")
  }

  func testAStagedReleaseIsAnExperiment() {
    for label in ["Release one region first", "Roll out to one country first", "Launch in Canada first"] {
      XCTAssertTrue(kinds(label).contains("ab-testing"), "'\(label)': \(kinds(label))")
    }
    for label in ["Release notes", "First release", "Release gate"] {
      XCTAssertFalse(kinds(label).contains("ab-testing"), "'\(label)': \(kinds(label))")
    }
  }
}
