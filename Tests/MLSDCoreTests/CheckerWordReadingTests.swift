// Words the catalogue reads as practitioners mean them: a shadow run is a test in production, an
// indexer builds the index it feeds, the actions users take are no enforcement, a decision
// leaves the service that enforces it, not the model, and a first-pass ranker is the cheap stage
// that finds the candidates. Sentences read as people write them: a person who posts on a site,
// an order ("Learn a vector per cabin"), a qualifier after "per".
import XCTest

@testable import MLSDCore

final class CheckerWordReadingTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func board(_ boxes: [(String, String)], _ arrows: [(String, String, String?)]) -> Board {
    var board = Board(title: "T")
    board.boxes = boxes.map { Box(id: $0.0, label: $0.1, frame: GridRect(x: 0, y: 0, width: 10, height: 3)) }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1, label: $0.2) }
    return board
  }

  func testAShadowRunIsATestInProductionNotTheModelItRuns() {
    for label in ["Shadow scoring of the challenger", "Shadow inference", "Shadow traffic to v2", "Dark launch"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("ab-testing"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("inference-service"), "'\(label)': \(kinds)")
    }
    XCTAssertTrue(catalogue.kinds(inText: "Scoring service").contains("inference-service"))
  }

  func testAnIndexerBuildsTheIndexItFeeds() {
    XCTAssertNotEqual(WordForms.stem("indexer"), WordForms.stem("index"))
    XCTAssertEqual(WordForms.stem("indexers"), WordForms.stem("indexer"))
    XCTAssertFalse(catalogue.kinds(inText: "Caption indexer").contains("text-search-index"))
    // Text into a keyword index: the text indexing job.
    let text = board(
      [("files", "Podcast files on S3"), ("ix", "Transcript indexer"), ("es", "Elasticsearch")],
      [("files", "ix", nil), ("ix", "es", nil)])
    let reading = BoardReader.read(text, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("batch-etl"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("text-search-index"), "\(reading.boxes[1])")
    // With nothing feeding it, it is still the job, not a source of data.
    let alone = board([("ix", "Transcript indexer"), ("es", "Elasticsearch")], [("ix", "es", nil)])
    let read = BoardReader.read(alone, catalogue: catalogue, expected: ["data-source", "batch-etl"])
    XCTAssertFalse(read.boxes[0].kinds.contains("data-source"), "\(read.boxes[0])")
  }

  func testTheActionsUsersTakeAreNoEnforcement() {
    for label in ["Impression and action logs", "Action logs", "Explore action logs"] {
      XCTAssertFalse(catalogue.kinds(inText: label).contains("enforcement-service"), label)
    }
    XCTAssertTrue(catalogue.kinds(inText: "Enforcement actions service").contains("enforcement-service"))
  }

  func testADecisionLeavesTheServiceThatEnforcesIt() {
    // Thresholds that turn scores into block, limit or allow decide; the model only scores.
    let moderation = board(
      [("r", "Threshold engine"), ("q", "Review queue"), ("log", "Decision log")],
      [("r", "q", "uncertain"), ("r", "log", "every decision")])
    let reading = BoardReader.read(moderation, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(reading.boxes[0].kinds.contains("inference-service"), "\(reading.boxes[0])")
    XCTAssertTrue(catalogue.recognizer.carried(by: "every decision").contains { $0.kind == "enforcement-service" })
    XCTAssertFalse(catalogue.recognizer.carried(by: "every decision").contains { $0.kind == "inference-service" })
  }

  func testAFirstPassRankerFindsTheCandidates() {
    for label in ["Other first-pass rankers", "First-stage ranking", "Pre-ranking"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("candidate-generation"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("ranking"), "'\(label)': \(kinds)")
    }
    XCTAssertTrue(catalogue.kinds(inText: "Second-pass ranker").contains("ranking"))
    XCTAssertTrue(catalogue.kinds(inText: "Closest vectors").contains("vector-index"))
  }

  func testAPersonWhoPostsOnASiteIsTheClient() {
    for label in ["Person posts on Facebook or Instagram", "Seller uploads to the marketplace"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("client"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("data-source"), "'\(label)': \(kinds)")
    }
    // Two words are no sentence: "User posts" are the posts.
    XCTAssertFalse(catalogue.kinds(inText: "User posts").contains("client"))
  }

  func testAnOrderIsWhatItsVerbDoes() {
    XCTAssertTrue(catalogue.kinds(inText: "Learn a vector per cabin").contains("training-pipeline"))
    XCTAssertTrue(catalogue.kinds(inText: "Filter the results").contains("re-ranking"))
    // One rule with or without an article: the verb names the work, its object only hints.
    for label in ["Learn vectors per cabin", "Learn the vectors"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("training-pipeline"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("vector-index"), "'\(label)': \(kinds)")
    }
    XCTAssertTrue(catalogue.kinds(inText: "Blend the lists").contains("re-ranking"))
    // An object that names the verb's own work says it again.
    let rerank = catalogue.kinds(inText: "Filter and re-rank")
    XCTAssertEqual(rerank, ["re-ranking"], "\(rerank)")
    // "A/B" is no article.
    XCTAssertFalse(catalogue.kinds(inText: "Online A/B bucket").contains("online-feature-store"))
  }

  func testAQualifierAfterPerLeavesTheHeadBeforeIt() {
    let text = "PR-AUC per class on last month's posts"
    let words = AliasMatcher.words(text)
    XCTAssertEqual(KindRecognizer.headIndex(of: text, words: words).map { words[$0] }, "auc")
    // "per-user" is an adjective of the head that follows.
    let hyphen = "Per-user and per-media features"
    let hyphenWords = AliasMatcher.words(hyphen)
    XCTAssertEqual(KindRecognizer.headIndex(of: hyphen, words: hyphenWords).map { hyphenWords[$0] }, "features")
  }

  func testCollaborativeFilteringIsARecommenderNotAFilter() {
    // FACTS: collaborative filtering is a way to recommend, learnt from interactions offline and
    // used to find candidates online; its "filtering" removes nothing from a list.
    let kinds = catalogue.kinds(inText: "Collaborative filtering")
    XCTAssertFalse(kinds.contains("re-ranking"), "\(kinds)")
    let offline = board(
      [("job", "Nightly Hadoop job"), ("cf", "Collaborative filtering"), ("reg", "Model registry")],
      [("job", "cf", nil), ("cf", "reg", nil)])
    let trained = BoardReader.read(
      offline, catalogue: catalogue, expected: ["training-pipeline", "candidate-generation"])
    XCTAssertTrue(trained.boxes[1].kinds.contains("training-pipeline"), "\(trained.boxes[1])")
    XCTAssertFalse(trained.boxes[1].kinds.contains("re-ranking"), "\(trained.boxes[1])")
    let online = board(
      [("app", "Mobile app"), ("cf", "Collaborative filtering"), ("rank", "Ranking service")],
      [("app", "cf", nil), ("cf", "rank", nil)])
    let served = BoardReader.read(
      online, catalogue: catalogue, expected: ["training-pipeline", "candidate-generation"])
    XCTAssertTrue(served.boxes[1].kinds.contains("candidate-generation"), "\(served.boxes[1])")
  }

  func testTrackingClicksIsLoggingNotExperimentTracking() {
    // "Click tracking" records what users did; experiment tracking records training runs.
    XCTAssertFalse(catalogue.kinds(inText: "Click and purchase tracking").contains("experiment-tracking"))
    XCTAssertTrue(catalogue.kinds(inText: "Experiment tracking").contains("experiment-tracking"))
    XCTAssertTrue(catalogue.kinds(inText: "MLflow Tracking").contains("experiment-tracking"))
    XCTAssertTrue(catalogue.kinds(inText: "Run tracking").contains("experiment-tracking"))
    // Fed by what serves and feeding the source logs, it records what users did with the results.
    let logged = board(
      [
        ("api", "Prediction service"), ("track", "Click and purchase tracking"), ("orders", "Orders database"),
      ],
      [("api", "track", nil), ("track", "orders", nil)])
    let reading = BoardReader.read(logged, catalogue: catalogue, expected: ["prediction-logging", "data-source"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("prediction-logging"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("experiment-tracking"), "\(reading.boxes[1])")
  }

  func testUserProfilesBetweenABatchJobAndServingAreFeatures() {
    // Per-user attributes a batch job writes and serving reads at request time: a feature store.
    let served = board(
      [("job", "Nightly Spark job"), ("p", "User profiles"), ("rank", "Ranking service")],
      [("job", "p", nil), ("p", "rank", nil)])
    let reading = BoardReader.read(served, catalogue: catalogue, expected: ["online-feature-store", "data-source"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("online-feature-store"), "\(reading.boxes[1])")
    // Profiles that nothing feeds and that the ETL reads are where the data is born.
    let source = board(
      [("p", "Member profiles"), ("job", "Nightly Spark job")], [("p", "job", nil)])
    let read = BoardReader.read(source, catalogue: catalogue, expected: ["online-feature-store", "data-source"])
    XCTAssertTrue(read.boxes[0].kinds.contains("data-source"), "\(read.boxes[0])")
    XCTAssertFalse(read.boxes[0].kinds.contains("online-feature-store"), "\(read.boxes[0])")
  }

  func testACommaStartsAnAsideAfterTheHeadWord() {
    for (text, head) in [
      ("Saved models, one per week", "models"), ("Click history, two years", "history"),
      ("S3 lake, daily partitions", "lake"),
    ] {
      let words = AliasMatcher.words(text)
      XCTAssertEqual(KindRecognizer.headIndex(of: text, words: words).map { words[$0] }, head, text)
    }
    XCTAssertTrue(KindRecognizer.holdsArtefacts("Saved models, one per week"))
  }

  func testAQuestionWhetherTheModelGotBetterIsTheGate() {
    // The promotion gate compares the new model with the one serving; under a label that says
    // so, a metric in the detail line ("rank of the booked listing") is not the ranker.
    var gate = board(
      [("t", "Weekly training job"), ("c", "Did it get better?"), ("r", "Model registry")],
      [("t", "c", nil), ("c", "r", "yes")])
    gate.boxes[1].detail = "rank of the booked listing among the session's options"
    let reading = BoardReader.read(gate, catalogue: catalogue, expected: ["model-evaluation", "ranking"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("model-evaluation"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("ranking"), "\(reading.boxes[1])")
  }

  func testThePersonWhoseSentenceItIsIsNoEvent() {
    // "viewer" and "view" share a form; as the subject of a sentence the word is the person.
    let kinds = catalogue.kinds(inText: "Viewer types a query")
    XCTAssertTrue(kinds.contains("client"), "\(kinds)")
    XCTAssertFalse(kinds.contains("data-source"), "\(kinds)")
  }

  func testCloudDatabasesAreSources() {
    for label in ["Aurora: campaigns, creatives, bids", "Cloud SQL orders", "Spanner"] {
      XCTAssertTrue(catalogue.kinds(inText: label).contains("data-source"), label)
    }
  }

  func testWhatWasShownFromTheGatewayIsLogged() {
    // The front end hands the results out, so what it logs of them is what was served.
    let search = board(
      [("app", "Mobile app"), ("front", "API gateway"), ("history", "Search history")],
      [("app", "front", nil), ("front", "history", "query, what was shown, what was clicked")])
    let reading = BoardReader.read(search, catalogue: catalogue)
    XCTAssertTrue(reading.arrows.contains { $0.kind == "prediction-logging" }, "\(reading.arrows)")
    // What the app itself sends is feedback, not a log of what was served.
    let app = board(
      [("app", "Mobile app"), ("history", "Search history")], [("app", "history", "what was shown")])
    XCTAssertFalse(BoardReader.read(app, catalogue: catalogue).arrows.contains { $0.kind == "prediction-logging" })
  }

  func testComplaintsAreReportsUsersFile() {
    // FACTS: user reports or complaints of unblurred faces are natural labels, born with the users.
    let kinds = catalogue.kinds(inText: "Blur requests and complaints")
    XCTAssertTrue(kinds.contains("labelling") || kinds.contains("data-source"), "\(kinds)")
    XCTAssertFalse(kinds.contains("client"), "\(kinds)")
    // Nothing on the board feeds them: where the reports are born, not the people filing them.
    let alone = board(
      [("c", "Blur requests and complaints"), ("a", "Annotators draw the missed boxes")], [("c", "a", nil)])
    let reading = BoardReader.read(alone, catalogue: catalogue, expected: ["client", "data-source", "labelling"])
    XCTAssertFalse(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
  }

  func testWhoeverOpensAnAppIsAUser() {
    // Products name their users ("Pinners", "Snapchatters"); the sentence says it is a person.
    for label in ["Pinner opens the home feed", "Redditor scrolls the front page"] {
      XCTAssertTrue(catalogue.kinds(inText: label).contains("client"), label)
    }
    // A word another kind knows stays what it is ("Model watches drift" is no person).
    XCTAssertFalse(catalogue.kinds(inText: "Model watches drift").contains("client"))
    XCTAssertFalse(catalogue.kinds(inText: "Pinner opens").contains("client"))
  }

  func testWhatUsersDoIsDataAndAPredictionIsNoLog() {
    // FACTS: user interactions are a data source; an action is enforcement only when a service
    // takes it.
    let actions = catalogue.kinds(inText: "User actions")
    XCTAssertTrue(actions.contains("data-source"), "\(actions)")
    XCTAssertFalse(actions.contains("enforcement-service"), "\(actions)")
    // Predicting is serving; a log of predictions says so ("Prediction log").
    let predicting = catalogue.kinds(inText: "Category prediction")
    XCTAssertTrue(predicting.contains("inference-service"), "\(predicting)")
    XCTAssertFalse(predicting.contains("prediction-logging"), "\(predicting)")
    XCTAssertTrue(catalogue.kinds(inText: "Prediction log").contains("prediction-logging"))
    XCTAssertTrue(catalogue.kinds(inText: "Predictions table").contains("prediction-logging"))
  }

  func testAServerIsAMachineNotTheServingItDoes() {
    XCTAssertNotEqual(WordForms.stem("server"), WordForms.stem("serving"))
    XCTAssertEqual(WordForms.stem("servers"), WordForms.stem("server"))
    // A model server still is one, by its name.
    XCTAssertTrue(catalogue.kinds(inText: "Model servers").contains("inference-service"))
    XCTAssertFalse(catalogue.kinds(inText: "Ad server").contains("inference-service"))
    // Between the caller and the auction, the ad server is the front door.
    let ads = board(
      [
        ("feed", "Feed asks for 3 ad slots"), ("ad", "Ad server"), ("t", "Targeting match"),
        ("r", "CTR model"), ("a", "Auction"),
      ],
      [("feed", "ad", nil), ("ad", "t", nil), ("t", "r", nil), ("r", "a", nil), ("a", "ad", nil)])
    let reading = BoardReader.read(ads, catalogue: catalogue, expected: ["candidate-generation", "ranking"])
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    XCTAssertTrue(reading.boxes[1].kinds.contains("api-gateway"), "\(reading.boxes[1])")
  }
}
