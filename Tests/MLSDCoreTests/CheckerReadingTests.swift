// How the checker reads boxes it was not told about: word forms, head words, the box's place in
// the drawing, arrow labels, and what it says about a box it cannot read.
import XCTest

@testable import MLSDCore

final class CheckerReadingTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func box(_ id: String, _ label: String, detail: String? = nil) -> Box {
    Box(id: id, label: label, detail: detail, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
  }

  func testWordFormsMeetAtOneForm() {
    XCTAssertEqual(WordForms.stem("training"), WordForms.stem("trainer"))
    XCTAssertEqual(WordForms.stem("trained"), WordForms.stem("train"))
    XCTAssertEqual(WordForms.stem("logging"), WordForms.stem("logs"))
    XCTAssertEqual(WordForms.stem("logged"), WordForms.stem("log"))
    XCTAssertEqual(WordForms.stem("tuning"), WordForms.stem("tune"))
    XCTAssertEqual(WordForms.stem("embeddings"), WordForms.stem("embed"))
    XCTAssertEqual(WordForms.stem("augmentation"), WordForms.stem("augment"))
    XCTAssertEqual(WordForms.stem("registries"), "registry")
    XCTAssertEqual(WordForms.stem("user"), "user")
    XCTAssertNotEqual(WordForms.stem("serving"), WordForms.stem("service"))
  }

  func testLabelsInThePhrasingsPeopleUse() {
    for (label, kind) in [
      ("Nightly model training", "training-pipeline"), ("GBDT training", "training-pipeline"),
      ("Fine-tune on fresh clicks", "training-pipeline"), ("Model catalog", "model-registry"),
      ("Fraud classifier", "inference-service"), ("Model server", "inference-service"),
      ("Scoring audit log", "prediction-logging"), ("Takedown service (delete, restrict)", "enforcement-service"),
    ] {
      XCTAssertTrue(catalogue.kinds(inText: label).contains(kind), "'\(label)' should read as \(kind)")
    }
    // A held-out set is evaluation's word; alone it hints (the box's place between training and the
    // registry then reads it).
    for label in ["Held-out cities", "Hold-out week", "Holdout set"] {
      XCTAssertTrue(
        catalogue.evidence(of: box("e", label)).contains { $0.kind == "model-evaluation" },
        "'\(label)' should hint at model evaluation")
    }
    // The head noun decides: a dashboard about ranking is a dashboard.
    XCTAssertEqual(catalogue.kinds(inText: "Ranking dashboards"), ["monitoring"])
    XCTAssertFalse(catalogue.kinds(inText: "Scoring audit log").contains("ranking"))
  }

  func testAFreeLabelledServingBoxIsReadFromItsPlace() throws {
    var board = Board(title: "T")
    board.boxes = [
      box("reg", "Model registry"), box("fs", "Online feature store"), box("x", "Decisioner"), box("app", "Mobile app"),
    ]
    board.arrows = [Arrow(from: "reg", to: "x"), Arrow(from: "fs", to: "x"), Arrow(from: "x", to: "app")]
    let reading = BoardReader.read(board, catalogue: catalogue)
    let serving = try XCTUnwrap(reading.boxes[2].counted.first { $0.kind == "inference-service" })
    XCTAssertTrue(serving.reasons.contains { $0.hasPrefix("fed by") }, "\(serving.reasons)")
    XCTAssertTrue(serving.reasons.contains { $0.hasPrefix("feeds") }, "\(serving.reasons)")
  }

  func testASourceIsWhatNothingFeedsAndFeedsTheStream() {
    var board = Board(title: "T")
    board.boxes = [box("a", "Courier pings"), box("k", "Kafka")]
    board.arrows = [Arrow(from: "a", to: "k")]
    XCTAssertTrue(BoardReader.read(board, catalogue: catalogue).boxes[0].kinds.contains("data-source"))
    // Kafka is named: its place does not make it a source too.
    board.arrows.append(Arrow(from: "k", to: "a"))
    board.arrows.removeFirst()
    XCTAssertEqual(BoardReader.read(board, catalogue: catalogue).boxes[1].kinds, ["stream-ingestion"])
  }

  func testAnArrowLabelledWithServedScoresClosesTheFeedbackLoop() throws {
    var board = Board(title: "T")
    board.boxes = [
      box("serve", "Inference service"), box("bus", "Kafka"), box("train", "Training job"),
      box("reg", "Model registry"),
    ]
    board.arrows = [
      Arrow(from: "train", to: "reg"), Arrow(from: "reg", to: "serve"), Arrow(from: "bus", to: "train"),
      Arrow(from: "serve", to: "bus", label: "served scores"),
    ]
    let report = Checker.check(board, template: nil, catalogue: catalogue)
    XCTAssertEqual(report.reading.arrows.map(\.kind), ["prediction-logging"])
    let loop = try XCTUnwrap(report.checks.first { $0.rule == "pitfall.no-feedback-loop" })
    XCTAssertTrue(loop.passed)
    // The same label on the way out to the user is no logging.
    board.arrows[3] = Arrow(from: "serve", to: "app", label: "served scores")
    board.boxes.append(box("app", "Mobile app"))
    let out = Checker.check(board, template: nil, catalogue: catalogue)
    XCTAssertEqual(out.reading.arrows, [])
    XCTAssertEqual(out.checks.first { $0.rule == "pitfall.no-feedback-loop" }?.passed, false)
  }

  func testAnUnreadBoxIsSaidAndNamedWhereAComponentIsMissing() throws {
    let template = try XCTUnwrap(library.template("generic-ml-pipeline"))
    var board = Board(title: "T")
    board.boxes = [box("p", "Purchases"), box("k", "Kafka"), box("z", "Zorblax")]
    board.arrows = [Arrow(from: "p", to: "k")]
    let report = Checker.check(board, template: template, catalogue: catalogue)
    let unread = report.findings.filter { $0.rule == "kind.unread" }
    XCTAssertEqual(unread.map(\.message), ["'Zorblax' is not recognised as any component"])
    XCTAssertEqual(unread.first?.severity, .hint)
    // "Purchases" hints at a source and nothing feeds it: it is read as one.
    XCTAssertTrue(report.reading.box("p")?.kinds.contains("data-source") ?? false)
  }

  func testAnUnreadStepOnAPathWithNoGuessIsNotSaid() throws {
    let template = try XCTUnwrap(library.template("generic-ml-pipeline"))
    var board = Board(title: "T")
    board.boxes = [box("p", "Purchases"), box("z", "Zorblax"), box("k", "Kafka")]
    board.arrows = [Arrow(from: "p", to: "z"), Arrow(from: "z", to: "k")]
    let between = Checker.check(board, template: template, catalogue: catalogue)
    XCTAssertEqual(between.findings.filter { $0.rule == "kind.unread" }.map(\.message), [])
    // A dead end is no step the flows pass through: it is said.
    board.arrows.removeLast()
    let end = Checker.check(board, template: template, catalogue: catalogue)
    XCTAssertEqual(
      end.findings.filter { $0.rule == "kind.unread" }.map(\.message), ["'Zorblax' is not recognised as any component"])
  }

  func testTheReferenceDiffInventsNoFlowFromAKindToItself() throws {
    var reference = Board(title: "R")
    reference.boxes = [box("a", "FAISS index"), box("b", "ScaNN shard")]
    reference.arrows = [Arrow(from: "a", to: "b")]
    let diff = ReferenceDiff(board: Board(title: "B"), reference: reference, template: nil, catalogue: catalogue)
    XCTAssertEqual(diff.missingFlows, [])
    XCTAssertEqual(diff.missingComponents, ["vector-index"])
  }

  func testExplainSaysWhyEachBoxWasRead() {
    var board = Board(title: "T")
    board.boxes = [box("k", "Event stream", detail: "Kafka"), box("z", "Zorblax")]
    let report = Checker.check(board, template: nil, catalogue: catalogue)
    let text = ReadingFormatter.text(report.reading, board: board, catalogue: catalogue)
    XCTAssertTrue(
      text.contains("  Event stream [k]\n    is Stream ingestion (named 'event stream'; detail names 'kafka')"), text)
    XCTAssertTrue(text.contains("  Zorblax [z]\n    not recognised"), text)
  }

  func testWordFormsKeepPeopleApartFromNumbers() {
    XCTAssertNotEqual(WordForms.stem("raters"), WordForms.stem("rate"))
    XCTAssertEqual(WordForms.stem("raters"), WordForms.stem("rater"))
    XCTAssertFalse(catalogue.kinds(inText: "Error rate").contains("labelling"))
    XCTAssertTrue(catalogue.kinds(inText: "Human raters").contains("labelling"))
  }

  func testTheHeadWordComesBeforeAQualifyingPhrase() {
    let text = "Shadow scoring of the new model"
    let words = AliasMatcher.words(text)
    XCTAssertEqual(KindRecognizer.headIndex(of: text, words: words).map { words[$0] }, "scoring")
    let aside = "Takedown service (delete, restrict)"
    XCTAssertEqual(KindRecognizer.headIndex(of: aside, words: AliasMatcher.words(aside)), 1)
    // A name in the qualifying phrase says what the box is about, not what it is.
    XCTAssertFalse(catalogue.kinds(inText: "Queue of cases for moderators").contains("client"))
    // "from" starts where the things come from: the posts are fetched, the pages are their origin.
    XCTAssertEqual(KindRecognizer.headWord(of: "Fetch unseen posts from friends, groups and pages"), "posts")
    XCTAssertFalse(catalogue.kinds(inText: "Fetch unseen posts from friends and pages").contains("client"))
  }

  func testANameThatSaysWhenIsNotWhatTheBoxIs() {
    // "at serve time" dates the features; the box is a log of them, not the serving box.
    XCTAssertFalse(catalogue.kinds(inText: "Log the features used at serve time").contains("inference-service"))
    XCTAssertFalse(catalogue.kinds(inText: "Features as of training time").contains("training-pipeline"))
    // Without the time phrase the name still says what the box is.
    XCTAssertTrue(catalogue.kinds(inText: "Serving with Triton").contains("inference-service"))
  }

  func testALabelThatStartsWithAVerbNamesTheWork() {
    // What follows the verb is what the work is done to: a ranking model is trained here.
    for label in ["Train ranking model - GBDT", "Fine-tune click model", "Train the ranker on last week's clicks"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("training-pipeline"), "\(label): \(kinds)")
      XCTAssertFalse(kinds.contains("ranking"), "\(label): \(kinds)")
    }
    XCTAssertTrue(catalogue.kinds(inText: "Log served scores").contains("prediction-logging"))
    // A verb before a noun for a place that keeps things only says what is kept there.
    XCTAssertFalse(catalogue.kinds(inText: "Score history").contains("inference-service"))
    XCTAssertTrue(catalogue.kinds(inText: "Score cache").contains("cache"))
    // The verb's other forms are no instruction: "Ranking model" is the ranker.
    XCTAssertTrue(catalogue.kinds(inText: "Ranking model").contains("ranking"))
    XCTAssertFalse(catalogue.kinds(inText: "Training data builder").contains("training-pipeline"))
  }

  func testAPlainNameBesideAHeadWordThatHintsOnlyHints() {
    // The head word says what the box does; the name before it says what it does it to.
    XCTAssertTrue(catalogue.kinds(inText: "Post-ranking filter").contains("re-ranking"))
    XCTAssertFalse(catalogue.kinds(inText: "Post-ranking filter").contains("ranking"))
    // A technology before the head word is what the box is built with.
    XCTAssertTrue(catalogue.kinds(inText: "Kafka events").contains("stream-ingestion"))
    // A head word that names the content leaves the name alone.
    XCTAssertTrue(catalogue.kinds(inText: "Candidate posts").contains("candidate-generation"))
  }

  func testAScorerAfterCandidateGenerationIsTheRankerWhereTheTemplateAsksForOne() {
    var board = Board(title: "T")
    board.boxes = [box("c", "Candidate retrieval"), box("s", "Scoring endpoint"), box("u", "Phone app")]
    board.arrows = [Arrow(from: "u", to: "c"), Arrow(from: "c", to: "s"), Arrow(from: "s", to: "u")]
    let recommender = BoardReader.read(board, catalogue: catalogue, expected: ["ranking", "candidate-generation"])
    XCTAssertTrue(recommender.boxes[1].kinds.contains("ranking"), "\(recommender.boxes[1])")
    let generic = BoardReader.read(board, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(generic.boxes[1].kinds.contains("ranking"), "\(generic.boxes[1])")
    XCTAssertTrue(generic.boxes[1].kinds.contains("inference-service"), "\(generic.boxes[1])")
  }

  func testASourceIsNotWhatThePipelineFeeds() {
    var board = Board(title: "T")
    board.boxes = [box("r", "Heavy ranker"), box("o", "Result ordering"), box("u", "Phone app")]
    board.arrows = [Arrow(from: "r", to: "o"), Arrow(from: "o", to: "u")]
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["data-source", "re-ranking"])
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
    // Without the ranker in front, an ordering that nothing feeds may well be purchase orders.
    board.arrows = [Arrow(from: "o", to: "u")]
    let alone = BoardReader.read(board, catalogue: catalogue, expected: ["data-source", "re-ranking"])
    XCTAssertTrue(alone.boxes[1].kinds.contains("data-source"), "\(alone.boxes[1])")
  }

  func testAPlaceAloneDoesNotTieWithWhatTheWordsSay() {
    var board = Board(title: "T")
    board.boxes = [box("db", "Orders DB"), box("v", "Viewer screen"), box("k", "Kafka")]
    board.arrows = [Arrow(from: "db", to: "v"), Arrow(from: "v", to: "k")]
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertEqual(reading.boxes[1].kinds, ["client"], "\(reading.boxes[1])")
  }

  func testLogsThatNothingFeedsAreASource() {
    var board = Board(title: "T")
    board.boxes = [box("l", "Product usage logs"), box("e", "Nightly ETL")]
    board.arrows = [Arrow(from: "l", to: "e")]
    XCTAssertTrue(BoardReader.read(board, catalogue: catalogue).boxes[0].kinds.contains("data-source"))
  }

  func testWhatNothingFeedsAndAsksServingIsTheClient() {
    var board = Board(title: "T")
    board.boxes = [box("p", "Partner systems"), box("s", "Model server"), box("g", "Upload API")]
    board.arrows = [Arrow(from: "p", to: "s"), Arrow(from: "g", to: "s")]
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    // An entry point that nothing feeds lacks its caller; it is not the caller.
    XCTAssertFalse(reading.boxes[2].kinds.contains("client"), "\(reading.boxes[2])")
  }

  func testAJobTheRegistryFeedsWithoutARequestIsBatchPredictionWhereTheTemplateAsks() {
    var board = Board(title: "T")
    board.boxes = [
      box("r", "Model registry"), box("t", "Nightly ETL"), box("j", "Redaction job"), box("o", "S3 bucket"),
    ]
    board.arrows = [Arrow(from: "r", to: "j"), Arrow(from: "t", to: "j"), Arrow(from: "j", to: "o")]
    let asked = BoardReader.read(board, catalogue: catalogue, expected: ["batch-prediction"])
    XCTAssertTrue(asked.boxes[2].kinds.contains("batch-prediction"), "\(asked.boxes[2])")
    XCTAssertTrue(
      asked.boxes[2].counted.contains { $0.reasons.contains("models or scheduled runs feed it and no request does") })
    // A request into it makes it online; so does its name.
    board.boxes.append(box("u", "Phone app"))
    board.arrows.append(Arrow(from: "u", to: "j"))
    let asking = BoardReader.read(board, catalogue: catalogue, expected: ["batch-prediction"])
    XCTAssertFalse(asking.boxes[2].kinds.contains("batch-prediction"), "\(asking.boxes[2])")
    board.boxes[2].label = "Online inference job"
    board.arrows.removeLast()
    let named = BoardReader.read(board, catalogue: catalogue, expected: ["batch-prediction"])
    XCTAssertFalse(named.boxes[2].kinds.contains("batch-prediction"), "\(named.boxes[2])")
  }

  func testAStreamThatServingWritesIntoOnItsWayToTheLakeLogsPredictions() {
    var board = Board(title: "T")
    board.boxes = [box("s", "Model server"), box("k", "Kinesis"), box("w", "Redshift")]
    board.arrows = [Arrow(from: "s", to: "k"), Arrow(from: "k", to: "w")]
    let kinds = BoardReader.read(board, catalogue: catalogue).boxes[1].kinds
    XCTAssertTrue(kinds.isSuperset(of: ["stream-ingestion", "prediction-logging"]), "\(kinds)")
  }

  func testImpressionsAPageServiceSendsCloseTheLoop() {
    var board = Board(title: "T")
    board.boxes = [box("p", "Listing page service"), box("e", "Clickstream"), box("t", "Model training")]
    board.arrows = [Arrow(from: "p", to: "e", label: "carousel impressions, clicks"), Arrow(from: "e", to: "t")]
    let reading = BoardReader.read(board, catalogue: catalogue)
    XCTAssertTrue(reading.arrows.contains { $0.arrow == 0 && $0.kind == "prediction-logging" }, "\(reading.arrows)")
  }
}
