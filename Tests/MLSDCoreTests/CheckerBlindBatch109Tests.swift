// Readings grown from the blind batch 109-114 and the fresh designs checked with it: a store only
// the app writes into is where its records are born; a job named after the data it makes prepares
// it; a server is no person; a person after "per" is a unit; a store the ranked lists are written
// into keeps them for serving; a player is a user; a warning is an action taken; "clips" in lower
// case are media, not CLIP; a server alone serves no model. Each rule has the cases it must not
// fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch109Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testAStoreOnlyTheAppWritesIntoIsWhereItsRecordsAreBorn() {
    let boxes: [(String, String)] = [
      ("app", "Rider app"), ("trips", "Completed trips"), ("lake", "Trip history warehouse"),
    ]
    let expected: Set<String> = ["data-source", "client", "data-lake"]
    var reading = BoardReader.read(
      Fixtures.flow(boxes, [("app", "trips"), ("trips", "lake")]), catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
    // Fed by serving too, it may log what was served: no source by this place.
    let served = Fixtures.flow(
      boxes + [("model", "Fraud classifier service")], [("app", "trips"), ("model", "trips"), ("trips", "lake")])
    reading = BoardReader.read(served, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
    // Feeding no data, it is nobody's source; and only where the template asks for one.
    reading = BoardReader.read(Fixtures.flow(boxes, [("app", "trips")]), catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
    reading = BoardReader.read(
      Fixtures.flow(boxes, [("app", "trips"), ("trips", "lake")]), catalogue: catalogue, expected: ["client"])
    XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(reading.boxes[1])")
  }

  func testAJobNamedAfterTheDataItMakesPreparesIt() {
    XCTAssertEqual(Fixtures.kinds("Training-set job"), ["batch-etl"])
    XCTAssertEqual(Fixtures.kinds("Training data job"), ["batch-etl"])
    // A job named after other work is that work's job; a labelling job is people's work.
    XCTAssertFalse(Fixtures.kinds("Nightly embedding job").contains("batch-etl"))
    XCTAssertTrue(Fixtures.kinds("Nightly embedding job").contains("batch-prediction"))
    XCTAssertFalse(Fixtures.kinds("Labelling job").contains("batch-etl"), "\(Fixtures.kinds("Labelling job"))")
    XCTAssertTrue(Fixtures.kinds("Training job").contains("training-pipeline"))
  }

  func testAServerIsNoPersonNorTheirApp() {
    let boxes: [(String, String)] = [("voice", "Voice chat servers"), ("model", "Voice safety classifier")]
    var reading = BoardReader.read(Fixtures.flow(boxes, [("voice", "model")]), catalogue: catalogue)
    XCTAssertFalse(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    // The app in the same place still calls the model.
    reading = BoardReader.read(
      Fixtures.flow([("app", "Chat app"), ("model", "Voice safety classifier")], [("app", "model")]),
      catalogue: catalogue)
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
  }

  func testAPersonAfterPerIsAUnitNotTheClient() {
    let store = catalogue.recognizer.read(label: "PYMK table in Cassandra, per member top 100", detail: nil)
    XCTAssertFalse(store.contains { $0.kind == "client" }, "\(store)")
    // Before the head word, the member is whose data it is; as the head word, the person.
    XCTAssertTrue(Fixtures.kinds("Member app").contains("client"))
    XCTAssertTrue(
      catalogue.recognizer.read(label: "Top posts per member", detail: nil).contains { $0.kind != "client" })
    XCTAssertFalse(
      catalogue.recognizer.read(label: "Top posts per member", detail: nil).contains { $0.kind == "client" })
    XCTAssertTrue(Fixtures.kinds("Member opens the app").contains("client"))
  }

  func testAStoreTheRankedListsAreWrittenIntoKeepsThemForServing() {
    let boxes: [(String, String)] = [
      ("rerank", "Rerank: drop blocked, dedupe"), ("store", "PYMK table in Cassandra"), ("api", "PYMK API"),
      ("app", "Member app"),
    ]
    let arrows = [("rerank", "store"), ("store", "api"), ("api", "app")]
    var reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("cache"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("online-feature-store"), "\(reading.boxes[1])")
    // A feature job writing into it too: it keeps features, as its name says.
    let features = Fixtures.flow(
      boxes + [("flink", "Flink counters")], arrows + [("flink", "store")])
    reading = BoardReader.read(features, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("cache"), "\(reading.boxes[1])")
    // Read by nothing on the request side, it is no cache by this place.
    reading = BoardReader.read(
      Fixtures.flow(Array(boxes.prefix(2)), [("rerank", "store")]), catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("cache"), "\(reading.boxes[1])")
  }

  func testAPlayerIsAUserAndAWarningAnAction() {
    XCTAssertTrue(Fixtures.kinds("Player talking in voice chat").contains("client"))
    XCTAssertTrue(Fixtures.kinds("Warning on the speaker's screen").contains("enforcement-service"))
    // In a detail line a warning is only what the box holds.
    XCTAssertFalse(
      Fixtures.kinds("Disputes", detail: "fraud warnings from issuers").contains("enforcement-service"))
  }

  func testAProductNameThatIsAWordForMediaIsTheMediaInLowerCase() {
    let clips = catalogue.recognizer.read(label: "Voice chat clips for training", detail: nil)
    XCTAssertFalse(clips.contains { $0.kind == "embedding-service" }, "\(clips)")
    XCTAssertFalse(clips.contains { $0.kind == "training-pipeline" && $0.score >= 2 }, "\(clips)")
    XCTAssertFalse(Fixtures.kinds("Labelled clips in BigQuery").contains("embedding-service"))
    XCTAssertTrue(Fixtures.kinds("Human-labelled evaluation clips").contains("data-lake"))
    // As written, the product: "CLIP image encoder", "Embed: CLIP frames".
    XCTAssertTrue(Fixtures.kinds("CLIP frames").contains("embedding-service"), "\(Fixtures.kinds("CLIP frames"))")
    // Training and evaluation before other head words keep their work.
    XCTAssertTrue(Fixtures.kinds("Evaluation report").contains("model-evaluation"))
    XCTAssertTrue(Fixtures.kinds("Training job").contains("training-pipeline"))
  }

  func testOnlineTestsAndMetricsAtKAreTheirSteps() {
    XCTAssertEqual(Fixtures.kinds("Online test"), ["ab-testing"])
    XCTAssertTrue(Fixtures.kinds("Offline recall at K").contains("model-evaluation"))
    XCTAssertFalse(Fixtures.kinds("Offline recall at K").contains("candidate-generation"))
    // Recall alone, the retrieval stage some teams call so, keeps its hint.
    let recall = catalogue.recognizer.read(label: "Recall stage", detail: nil)
    XCTAssertTrue(recall.contains { $0.kind == "candidate-generation" }, "\(recall)")
  }

  func testAServerAloneServesNoModel() {
    XCTAssertFalse(Fixtures.kinds("App server").contains("inference-service"))
    let boxes: [(String, String)] = [("app", "Chat app"), ("voice", "Voice chat servers")]
    let reading = BoardReader.read(Fixtures.flow(boxes, [("app", "voice")]), catalogue: catalogue)
    XCTAssertFalse(reading.boxes[1].kinds.contains("inference-service"), "\(reading.boxes[1])")
    // Named after what it serves, it is the inference service.
    XCTAssertTrue(Fixtures.kinds("Model server").contains("inference-service"))
    XCTAssertTrue(Fixtures.kinds("Prediction server").contains("inference-service"))
  }

  func testAWarehouseNamedByItsOwnNameKeepsItsTablesInTheBucket() {
    XCTAssertEqual(Fixtures.kinds("Hive tables on S3"), ["data-lake"])
    // The bucket alone, or holding media, is still the object store.
    XCTAssertTrue(Fixtures.kinds("S3 bucket").contains("object-storage"))
    XCTAssertTrue(Fixtures.kinds("Raw videos on S3").contains("object-storage"))
    XCTAssertTrue(Fixtures.kinds("Hive tables and raw images on S3").contains("object-storage"))
  }

  func testANameAfterToInADetailLineIsWhatTheBoxIsFor() {
    let student = catalogue.recognizer.read(
      label: "Distil into a small student", detail: "WavLM-based, quantised to serve millions of minutes a day")
    XCTAssertFalse(student.contains { $0.kind == "inference-service" && $0.score >= 2 }, "\(student)")
    // Without "to", the detail line under a label that says little still names the box.
    let server = catalogue.recognizer.read(label: "Voice model", detail: "serving on GPUs")
    XCTAssertTrue(server.contains { $0.kind == "inference-service" && $0.named }, "\(server)")
  }

  func testAStepTheServingSideCallsIsNoLaterStageOfTheBatchJob() {
    let boxes: [(String, String)] = [
      ("registry", "Model registry"), ("nightly", "Nightly scorer"), ("saved", "Saved suggestions"),
      ("endpoint", "Suggestions endpoint"), ("app", "Member app"), ("cleanup", "Clean-up before showing"),
    ]
    let expected: Set<String> = ["batch-prediction", "client", "model-registry", "inference-service"]
    var arrows = [("registry", "nightly"), ("nightly", "saved"), ("app", "endpoint"), ("saved", "cleanup")]
    var reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[2].kinds.contains("batch-prediction"), "\(reading.boxes[2])")
    arrows.append(("endpoint", "saved"))
    reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[2].kinds.contains("batch-prediction"), "\(reading.boxes[2])")
  }

  func testHarmfulContentClosesItsLoopThroughReview() throws {
    // FACTS.md: low confidence → "queue for human review → human labelling feeds the training
    // data". The labelling flows are required; the log of scores into training is recommended.
    let template = try XCTUnwrap(library.template("harmful-content-detection"))
    let logFlow = try XCTUnwrap(
      template.flows.first { $0.from == ["prediction-logging"] && $0.to == ["training-pipeline"] })
    XCTAssertFalse(logFlow.required)
    XCTAssertTrue(template.flows.contains { $0.from == ["labelling"] && $0.to == ["training-pipeline"] && $0.required })
  }
}
