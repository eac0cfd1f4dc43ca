// Readings grown from the blind batch 127-132: the build of data is the job that prepares it; a
// British spelling is the same word; what hands its output to the registry makes a model; a
// registry that names its gate evaluates; a batch job's score table is a log only on its way back
// to training; a store named after media keeps files; an audit is people's review; an encoder
// whose vectors reach the index through an export embeds ahead of requests; a service the request
// reaches that asks the index is the retrieval. Each rule has the cases it must not fire on beside
// it. The words are not the corpus designs'.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch127Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func read(
    _ boxes: [(String, String, String?)], _ arrows: [(String, String)], expected: Set<String>,
    arrowLabels: [Int: String] = [:]
  ) -> BoardReading {
    var board = Fixtures.flow(boxes, arrows)
    for (a, label) in arrowLabels { board.arrows[a].label = label }
    return BoardReader.read(board, catalogue: catalogue, expected: expected)
  }

  func testTheBuildOfDataIsTheJobThatPreparesIt() {
    let build = Fixtures.kinds("Click dataset build")
    XCTAssertTrue(build.contains("batch-etl"), "\(build)")
    XCTAssertFalse(build.contains("data-lake"), "\(build)")
    XCTAssertTrue(Fixtures.kinds("Training examples build").contains("batch-etl"))
    // A build of no data, or of a model, prepares no data.
    XCTAssertFalse(Fixtures.kinds("Release build").contains("batch-etl"))
    let model = Fixtures.kinds("Model build")
    XCTAssertFalse(model.contains("batch-etl"), "\(model)")
    XCTAssertTrue(model.contains("training-pipeline"), "\(model)")
  }

  func testABritishSpellingIsTheSameWord() {
    XCTAssertEqual(WordForms.stem("artefact"), WordForms.stem("artifact"))
    XCTAssertEqual(WordForms.stem("artefacts"), WordForms.stem("artifacts"))
    let kept = Fixtures.kinds("Tuned booster artefact")
    XCTAssertEqual(kept, Fixtures.kinds("Tuned booster artifact"))
    XCTAssertTrue(kept.contains("model-registry"), "\(kept)")
    // Other words keep their forms.
    XCTAssertNotEqual(WordForms.stem("artefact"), WordForms.stem("artful"))
  }

  func testWhatHandsItsOutputToTheRegistryMakesAModel() {
    let expected: Set<String> = [
      "orchestration", "batch-etl", "training-pipeline", "model-registry", "batch-prediction", "embedding-service",
    ]
    // "tag2vec" says nothing; fed by the scheduler and the data, handing trained vectors on and
    // its output to the registry, it trains.
    let boxes: [(String, String, String?)] = [
      ("dag", "Scheduler DAG", "Airflow"), ("prep", "Walk builder", "Spark"), ("x", "tag2vec", nil),
      ("reg", "Model registry", nil), ("enc", "Tag encoder", nil),
    ]
    let arrows = [("dag", "prep"), ("dag", "x"), ("prep", "x"), ("x", "reg"), ("x", "enc")]
    let trained = read(boxes, arrows, expected: expected, arrowLabels: [4: "trained vectors"]).boxes[2].kinds
    XCTAssertFalse(trained.contains("batch-prediction"), "\(trained)")
    XCTAssertTrue(trained.contains("training-pipeline"), "\(trained)")
    // What the registry and the scheduler feed, writing into a table, still scores in bulk.
    let scoring: [(String, String, String?)] = [
      ("dag", "Scheduler DAG", "Airflow"), ("reg", "Model registry", nil), ("x", "tagger", nil),
      ("out", "Tag table", nil),
    ]
    let scored = read(scoring, [("dag", "x"), ("reg", "x"), ("x", "out")], expected: expected).boxes[2].kinds
    XCTAssertTrue(scored.contains("batch-prediction"), "\(scored)")
  }

  func testARegistryThatNamesItsGateEvaluates() {
    let expected: Set<String> = ["training-pipeline", "model-registry", "model-evaluation", "inference-service"]
    func registry(_ detail: String, evaluator: Bool = false, arrowLabel: String? = nil) -> Set<String> {
      var boxes: [(String, String, String?)] = [
        ("train", "Trainer", nil), ("reg", "Model registry", detail), ("serve", "Inference service", nil),
      ]
      var arrows = [("train", "reg"), ("reg", "serve")]
      if evaluator {
        boxes.append(("eval", "Offline evaluation", nil))
        arrows.append(("train", "eval"))
      }
      let reading = read(boxes, arrows, expected: expected, arrowLabels: arrowLabel.map { [0: $0] } ?? [:])
      return reading.boxes[1].kinds
    }
    let gated = registry("gate: NDCG@5 on the last fortnight")
    XCTAssertTrue(gated.contains("model-evaluation"), "\(gated)")
    XCTAssertTrue(gated.contains("model-registry"), "\(gated)")
    XCTAssertTrue(registry("release only if PR-AUC beats the live version").contains("model-evaluation"))
    // Metrics kept beside the versions are records, no gate.
    XCTAssertFalse(registry("versions, owners, eval metrics per run").contains("model-evaluation"))
    XCTAssertFalse(registry("AUC per run, lineage").contains("model-evaluation"))
    // Another box, or the arrow in, evaluating: the registry is the registry only.
    XCTAssertFalse(registry("gate: NDCG@5", evaluator: true).contains("model-evaluation"))
    XCTAssertFalse(registry("gate: NDCG@5", arrowLabel: "if recall@20 up").contains("model-evaluation"))
  }

  func testABatchScoreTableIsALogOnlyOnItsWayBackToTraining() {
    let expected: Set<String> = [
      "batch-prediction", "prediction-logging", "data-lake", "monitoring", "training-pipeline", "model-registry",
    ]
    let boxes: [(String, String, String?)] = [
      ("reg", "Model registry", nil), ("job", "Batch scoring job", nil), ("t", "Renewal propensity table", "BigQuery"),
      ("mon", "Monitoring", nil), ("train", "Trainer", nil),
    ]
    let watched = read(boxes, [("reg", "job"), ("job", "t"), ("t", "mon")], expected: expected).boxes[2].kinds
    XCTAssertFalse(watched.contains("prediction-logging"), "\(watched)")
    XCTAssertTrue(watched.contains("data-lake"), "\(watched)")
    // Into training again, the kept scores are the feedback log.
    let fedBack = read(boxes, [("reg", "job"), ("job", "t"), ("t", "train")], expected: expected).boxes[2].kinds
    XCTAssertTrue(fedBack.contains("prediction-logging"), "\(fedBack)")
    // What online serving writes stays the log, watched or not.
    let online: [(String, String, String?)] = [
      ("svc", "Inference service", nil), ("t", "Renewal propensity table", "BigQuery"), ("mon", "Monitoring", nil),
    ]
    let served = read(online, [("svc", "t"), ("t", "mon")], expected: expected).boxes[1].kinds
    XCTAssertTrue(served.contains("prediction-logging"), "\(served)")
  }

  func testAStoreNamedAfterItsMediaKeepsFiles() {
    let store = Fixtures.kinds("Shared picture store")
    XCTAssertTrue(store.contains("object-storage"), "\(store)")
    XCTAssertTrue(Fixtures.kinds("X-ray scan storage").contains("object-storage"))
    // A store of other things, or of media labelled already (a data set), is not.
    XCTAssertFalse(Fixtures.kinds("Session store").contains("object-storage"))
    XCTAssertFalse(Fixtures.kinds("Feature store").contains("object-storage"))
    XCTAssertFalse(Fixtures.kinds("Labelled frame store").contains("object-storage"))
  }

  func testAnAuditIsPeoplesReview() {
    let audit = Fixtures.kinds("Monthly audit")
    XCTAssertTrue(audit.contains("labelling"), "\(audit)")
    XCTAssertFalse(audit.contains("prediction-logging"), "\(audit)")
    // The log of an audit is still a log.
    XCTAssertTrue(Fixtures.kinds("Audit log").contains("prediction-logging"))
  }

  func testAnEncoderWhoseVectorsReachTheIndexThroughAnExportEmbedsAhead() {
    let expected: Set<String> = [
      "data-source", "training-pipeline", "embedding-service", "batch-prediction", "vector-index", "api-gateway",
    ]
    let boxes: [(String, String, String?)] = [
      ("db", "Catalogue DB", nil), ("train", "Trainer", nil), ("enc", "Metadata encoder", nil),
      ("exp", "Vector export", nil), ("idx", "Qdrant", nil), ("gw", "Gateway", nil),
    ]
    let ahead = read(
      boxes, [("db", "enc"), ("train", "enc"), ("enc", "exp"), ("exp", "idx")], expected: expected
    ).boxes[2].kinds
    XCTAssertTrue(ahead.contains("batch-prediction"), "\(ahead)")
    // The request feeding it: it encodes the query, whatever follows.
    let asked = read(
      boxes, [("gw", "enc"), ("db", "enc"), ("train", "enc"), ("enc", "exp"), ("exp", "idx")], expected: expected
    ).boxes[2].kinds
    XCTAssertFalse(asked.contains("batch-prediction"), "\(asked)")
  }

  func testAServiceTheRequestReachesThatAsksTheIndexIsTheRetrieval() {
    let expected: Set<String> = [
      "client", "cache", "embedding-service", "batch-prediction", "vector-index", "re-ranking",
    ]
    let boxes: [(String, String, String?)] = [
      ("app", "Shop app", nil), ("cache", "Answer cache", nil), ("ask", "Lookalike service", nil),
      ("idx", "Qdrant", nil), ("rules", "Business rules", nil),
    ]
    let arrows = [
      ("app", "cache"), ("cache", "ask"), ("ask", "idx"), ("idx", "rules"), ("rules", "cache"), ("cache", "app"),
    ]
    let reading = read(boxes, arrows, expected: expected)
    XCTAssertTrue(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[3].kinds.contains("candidate-generation"), "\(reading.boxes[3])")
    XCTAssertTrue(reading.boxes[3].kinds.contains("vector-index"), "\(reading.boxes[3])")
    // A service no request reaches, or a step its words read, leaves the retrieval to the index.
    let aside = read(
      boxes,
      [("app", "cache"), ("cache", "idx"), ("ask", "idx"), ("idx", "rules"), ("rules", "cache"), ("cache", "app")],
      expected: expected)
    XCTAssertFalse(aside.boxes[2].kinds.contains("candidate-generation"), "\(aside.boxes[2])")
    XCTAssertTrue(aside.boxes[3].kinds.contains("candidate-generation"), "\(aside.boxes[3])")
    var encoder = boxes
    encoder[2] = ("ask", "Query encoder", nil)
    let encoded = read(encoder, arrows, expected: expected)
    XCTAssertFalse(encoded.boxes[2].kinds.contains("candidate-generation"), "\(encoded.boxes[2])")
    XCTAssertTrue(encoded.boxes[3].kinds.contains("candidate-generation"), "\(encoded.boxes[3])")
  }
}
