// How the checker reads the steps of batch pipelines and the names write-ups give them: a box only
// hinted as training that the registry or a rollout feeds applies a model, the unread steps after
// batch prediction belong to the same batch job, a store nothing feeds that holds uploads is also
// the data source, and "online learner", "data generation", "model verification" and "model
// checkpoints" are the names of training, batch ETL, evaluation and the registry
// (docs/CHECKER.md, "How boxes are read" 2 and 4).
import XCTest

@testable import MLSDCore

final class CheckerBatchPlaceTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func box(_ id: String, _ label: String) -> Box {
    Box(id: id, label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
  }

  private func board(_ boxes: [(String, String)], _ arrows: [(String, String)]) -> Board {
    var board = Board(title: "T")
    board.boxes = boxes.map { box($0.0, $0.1) }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1) }
    return board
  }

  func testNamesWriteUpsGiveTheseSteps() {
    for (label, kind) in [
      ("FTRL-Proximal online learner", "training-pipeline"), ("Online learner", "training-pipeline"),
      ("Data generation", "batch-etl"), ("Example generation", "batch-etl"),
      ("Model verification", "model-evaluation"), ("Released model checkpoints", "model-registry"),
    ] {
      XCTAssertTrue(catalogue.kinds(inText: label).contains(kind), "'\(label)' should read as \(kind)")
    }
    // An online learner also keeps the model fresh: it is still the retraining trigger.
    XCTAssertTrue(catalogue.kinds(inText: "Online learner").contains("retraining-trigger"))
    // "Candidate generation" stays candidate generation.
    XCTAssertFalse(catalogue.kinds(inText: "Candidate generation").contains("batch-etl"))
  }

  func testOnAndAcrossStartAQualifyingPhrase() {
    for (label, head) in [("Detector job on GPUs", "job"), ("Merge boxes across tile edges", "boxes")] {
      let words = AliasMatcher.words(label)
      let index = KindRecognizer.headIndex(of: label, words: words)
      XCTAssertEqual(index.map { words[$0] }, head, label)
    }
    // "NMS + merge boxes across tile edges" is no gateway at the edge.
    XCTAssertFalse(catalogue.kinds(inText: "NMS + merge boxes across tile edges").contains("api-gateway"))
  }

  /// Camera → raw store → preprocessing → detector (the registry and a canary feed it) → merge →
  /// blur → output bucket → viewers.
  private var blurPipeline: Board {
    board(
      [
        ("cars", "Camera cars"), ("raw", "Raw panoramas bucket"), ("prep", "Preprocess"),
        ("det", "Detector job on GPUs"), ("nms", "NMS + merge boxes across tile edges"), ("blur", "Blur"),
        ("out", "Blurred panoramas bucket"), ("maps", "Maps viewers"), ("train", "PyTorch training"),
        ("reg", "Model registry"), ("canary", "Canary"),
      ],
      [
        ("cars", "raw"), ("raw", "prep"), ("prep", "det"), ("det", "nms"), ("nms", "blur"), ("blur", "out"),
        ("out", "maps"), ("train", "reg"), ("reg", "canary"), ("canary", "det"),
      ])
  }

  func testABoxHintedAsTrainingThatARolloutFeedsInABatchPipelineIsBatchPrediction() {
    let reading = BoardReader.read(blurPipeline, catalogue: catalogue, expected: ["batch-prediction"])
    let det = reading.box("det")!
    XCTAssertTrue(det.kinds.contains("batch-prediction"), "\(det)")
    XCTAssertFalse(det.kinds.contains("training-pipeline"), "\(det)")
    // The box named as training stays training, even where the registry feeds it (a warm start).
    var warm = blurPipeline
    warm.arrows.append(Arrow(from: "reg", to: "train"))
    let trained = BoardReader.read(warm, catalogue: catalogue, expected: ["batch-prediction"]).box("train")!
    XCTAssertTrue(trained.kinds.contains("training-pipeline"), "\(trained)")
    XCTAssertFalse(trained.kinds.contains("batch-prediction"), "\(trained)")
    // Only where the template asks for batch prediction.
    let generic = BoardReader.read(blurPipeline, catalogue: catalogue, expected: ["inference-service"])
    XCTAssertFalse(generic.box("det")!.kinds.contains("batch-prediction"), "\(generic.box("det")!)")
  }

  func testUnreadStepsAfterBatchPredictionArePartOfTheBatchJob() {
    let reading = BoardReader.read(blurPipeline, catalogue: catalogue, expected: ["batch-prediction"])
    for id in ["nms", "blur"] {
      XCTAssertTrue(reading.box(id)!.kinds.contains("batch-prediction"), "\(reading.box(id)!)")
    }
    // A step a request reaches is no part of a batch job.
    var online = blurPipeline
    online.boxes.append(box("app", "Phone app"))
    online.arrows.append(Arrow(from: "app", to: "blur"))
    let blur = BoardReader.read(online, catalogue: catalogue, expected: ["batch-prediction"]).box("blur")!
    XCTAssertFalse(blur.kinds.contains("batch-prediction"), "\(blur)")
  }

  func testAFeatureServiceAfterBatchFeatureJobsIsNoBatchStep() {
    let features = board(
      [
        ("lake", "Hive tables"), ("jobs", "Nightly batch scoring job"), ("svc", "Feature service"),
        ("model", "Model server"),
      ],
      [("lake", "jobs"), ("jobs", "svc"), ("svc", "model")])
    let reading = BoardReader.read(features, catalogue: catalogue, expected: ["batch-prediction"])
    XCTAssertTrue(reading.box("jobs")!.kinds.contains("batch-prediction"), "\(reading.box("jobs")!)")
    XCTAssertFalse(reading.box("svc")!.kinds.contains("batch-prediction"), "\(reading.box("svc")!)")
  }

  /// Uploads store → indexing job → index.
  private func indexing(_ store: String) -> Board {
    board(
      [("up", store), ("enc", "Video encoder batch job"), ("ann", "ScaNN index")],
      [("up", "enc"), ("enc", "ann")])
  }

  func testAStoreNothingFeedsThatHoldsUploadsIsAlsoTheSource() {
    let reading = BoardReader.read(indexing("Uploaded videos on GCS"), catalogue: catalogue, expected: ["data-source"])
    let up = reading.box("up")!
    XCTAssertTrue(up.kinds.contains("data-source"), "\(up)")
    XCTAssertTrue(up.kinds.contains("object-storage"), "\(up)")
    // A store whose words say nothing of where its contents came from stays a store.
    let plain = BoardReader.read(indexing("GCS bucket"), catalogue: catalogue, expected: ["data-source"]).box("up")!
    XCTAssertFalse(plain.kinds.contains("data-source"), "\(plain)")
    // So does one something on the board feeds.
    var fed = indexing("Uploaded videos on GCS")
    fed.boxes.append(box("creators", "Creators upload videos"))
    fed.arrows.append(Arrow(from: "creators", to: "up"))
    let stored = BoardReader.read(fed, catalogue: catalogue, expected: ["data-source"]).box("up")!
    XCTAssertFalse(stored.kinds.contains("data-source"), "\(stored)")
  }

  func testASchedulerWhoseArrowSaysRetrainIsAlsoTheRetrainingTrigger() {
    var pipeline = board(
      [("dag", "Airflow hourly DAG"), ("join", "Label joiner"), ("train", "Warm-start training")],
      [("dag", "join"), ("join", "train")])
    // Unlabelled, its run reaching training through the joiner starts training (`SecondRoles`, R1);
    // ending in batch scoring, it starts none.
    let silent = BoardReader.read(pipeline, catalogue: catalogue).box("dag")!
    XCTAssertTrue(silent.kinds.contains("retraining-trigger"), "\(silent)")
    var scoring = pipeline
    scoring.boxes[2].label = "Batch scoring job"
    XCTAssertFalse(BoardReader.read(scoring, catalogue: catalogue).box("dag")!.kinds.contains("retraining-trigger"))
    pipeline.arrows[0].label = "retrain"
    let dag = BoardReader.read(pipeline, catalogue: catalogue).box("dag")!
    XCTAssertTrue(dag.kinds.isSuperset(of: ["orchestration", "retraining-trigger"]), "\(dag)")
    // What is no scheduler does not become one by sending the word.
    pipeline.boxes[0].label = "Drift monitor"
    let monitor = BoardReader.read(pipeline, catalogue: catalogue).box("dag")!
    XCTAssertFalse(monitor.kinds.contains("orchestration"), "\(monitor)")
  }
}
