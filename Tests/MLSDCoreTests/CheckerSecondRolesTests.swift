// A box's second role read from its neighbours' readings (Checker/SecondRoles, the corpus
// README's labelling policy R1, R2, R7-R10): each rule beside the cases it must not fire on.
import XCTest

@testable import MLSDCore

final class CheckerSecondRolesTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  private func kinds(_ board: Board, _ id: String) -> Set<String> {
    BoardReader.read(board, catalogue: catalogue).box(id)?.kinds ?? []
  }

  func testAnIndexQueriedFromServingIsTheRetrievalStep() {
    let boxes = [
      ("enc", "Query encoder"), ("ann", "FAISS index"), ("rr", "Re-ranker"), ("lookup", "Candidate retrieval"),
      ("db", "Listings DB"),
    ]
    let direct = Fixtures.flow(boxes, [("enc", "ann"), ("ann", "rr")])
    XCTAssertEqual(kinds(direct, "ann"), ["vector-index", "candidate-generation"])
    // A retrieval box that takes the index's list is the candidate generation; the index stays the index.
    let viaLookup = Fixtures.flow(boxes, [("enc", "ann"), ("ann", "lookup"), ("lookup", "rr")])
    XCTAssertFalse(kinds(viaLookup, "ann").contains("candidate-generation"))
    // An index nothing at request time queries is no retrieval step.
    let fromData = Fixtures.flow(boxes, [("db", "ann"), ("ann", "rr")])
    XCTAssertFalse(kinds(fromData, "ann").contains("candidate-generation"))
    // Nor is one feeding nothing on the request path.
    let toLake = Fixtures.flow(boxes + [("lake", "S3 data lake")], [("enc", "ann"), ("ann", "lake")])
    XCTAssertFalse(kinds(toLake, "ann").contains("candidate-generation"))
  }

  func testAnEncoderFedByTheDataAndAModelFillsTheIndexAheadOfRequests() {
    let boxes = [
      ("s3", "Images in S3"), ("reg", "Model registry"), ("enc", "Image encoder"), ("ann", "FAISS index"),
      ("gw", "API gateway"),
    ]
    let indexing = Fixtures.flow(boxes, [("s3", "enc"), ("reg", "enc"), ("enc", "ann")])
    XCTAssertEqual(kinds(indexing, "enc"), ["embedding-service", "batch-prediction"])
    // The query side: the request feeds it.
    let query = Fixtures.flow(boxes, [("gw", "enc"), ("s3", "enc"), ("reg", "enc"), ("enc", "ann")])
    XCTAssertFalse(kinds(query, "enc").contains("batch-prediction"))
    // Without a model handed to it, it runs no trained encoder (a cold-start average).
    let noModel = Fixtures.flow(boxes, [("s3", "enc"), ("enc", "ann")])
    XCTAssertFalse(kinds(noModel, "enc").contains("batch-prediction"))
  }

  func testABatchJobThatCandidateGenerationFeedsScoresTheCandidates() {
    let boxes = [
      ("fof", "Friends-of-friends candidates"), ("score", "Batch scoring job"), ("kv", "Redis"),
      ("feats", "Offline feature store"), ("ann", "FAISS index"),
    ]
    let scoring = Fixtures.flow(boxes, [("fof", "score"), ("score", "kv")])
    XCTAssertTrue(
      kinds(scoring, "score").isSuperset(of: ["batch-prediction", "ranking"]), "\(kinds(scoring, "score"))")
    // Fed only by features, it scores no candidates.
    let features = Fixtures.flow(boxes, [("feats", "score"), ("score", "kv")])
    XCTAssertFalse(kinds(features, "score").contains("ranking"))
    // Writing into an index, it embeds items rather than ranking them.
    let embeds = Fixtures.flow(boxes, [("fof", "score"), ("score", "ann")])
    XCTAssertFalse(kinds(embeds, "score").contains("ranking"))
  }

  func testATrainerThatSaysWhenItRetrainsIsTheTriggerWhenNoOtherBoxIs() {
    let weekly = Fixtures.flow(
      [("data", "Training data in S3", nil), ("train", "Model training", "weekly, warm start")], [("data", "train")])
    XCTAssertTrue(kinds(weekly, "train").contains("retraining-trigger"), "\(kinds(weekly, "train"))")
    // No schedule in its words: a trainer only.
    let plain = Fixtures.flow([("data", "Training data in S3"), ("train", "Model training")], [("data", "train")])
    XCTAssertFalse(kinds(plain, "train").contains("retraining-trigger"))
    // A trigger drawn of its own starts training; the trainer is the trainer.
    let triggered = Fixtures.flow(
      [("t", "Retrain trigger", nil), ("train", "Model training", "weekly, warm start")], [("t", "train")])
    XCTAssertFalse(kinds(triggered, "train").contains("retraining-trigger"))
  }

  func testASchedulerWhoseRunReachesTrainingThroughDataPreparationStartsIt() {
    let boxes = [
      ("airflow", "Airflow"), ("spark", "Spark feature job"), ("train", "Model training"),
      ("batch", "Batch scoring job"), ("ui", "Experiment tracking UI"),
    ]
    let chain = Fixtures.flow(boxes, [("airflow", "spark"), ("spark", "train")])
    XCTAssertTrue(kinds(chain, "airflow").contains("retraining-trigger"), "\(kinds(chain, "airflow"))")
    // A run that ends in batch scoring retrains nothing.
    let scoring = Fixtures.flow(boxes, [("airflow", "spark"), ("spark", "batch")])
    XCTAssertFalse(kinds(scoring, "airflow").contains("retraining-trigger"))
    // Launched by hand from an experiment screen, it is no scheduled retraining.
    let byHand = Fixtures.flow(boxes, [("ui", "airflow"), ("airflow", "spark"), ("spark", "train")])
    XCTAssertFalse(kinds(byHand, "airflow").contains("retraining-trigger"))
  }

  func testABoxMergingSeveralIndexesBeforeTheRankerIsCandidateGeneration() {
    let boxes = [
      ("ann", "Vector index"), ("es", "Elasticsearch"), ("merge", "Merge"), ("rank", "LightGBM ranker"),
      ("rr", "Business rules"),
    ]
    let merged = Fixtures.flow(boxes, [("ann", "merge"), ("es", "merge"), ("merge", "rank")])
    XCTAssertTrue(kinds(merged, "merge").contains("candidate-generation"), "\(kinds(merged, "merge"))")
    XCTAssertFalse(kinds(merged, "merge").contains("re-ranking"))
    // One list is nothing to merge.
    let one = Fixtures.flow(boxes, [("ann", "merge"), ("merge", "rank")])
    XCTAssertFalse(kinds(one, "merge").contains("candidate-generation"))
    // After the ranker it is the final pass, not retrieval.
    let after = Fixtures.flow(boxes, [("rank", "merge"), ("es", "merge"), ("merge", "rr")])
    XCTAssertFalse(kinds(after, "merge").contains("candidate-generation"))
  }

  func testABlenderOfSeveralIndexesBeforeTheFinalRulesIsTheRankingStage() {
    let boxes = [
      ("ann", "Vector index"), ("es", "Elasticsearch"), ("blend", "Blender"), ("rr", "Policy re-rank"),
      ("gw", "API gateway"),
    ]
    let before = Fixtures.flow(boxes, [("ann", "blend"), ("es", "blend"), ("blend", "rr"), ("rr", "gw")])
    XCTAssertEqual(kinds(before, "blend"), ["ranking"])
    // Handing its list straight to the gateway, it is the final pass its name says.
    let last = Fixtures.flow(boxes, [("ann", "blend"), ("es", "blend"), ("blend", "gw")])
    XCTAssertEqual(kinds(last, "blend"), ["re-ranking"])
    // Fed by one index, it blends nothing.
    let one = Fixtures.flow(boxes, [("ann", "blend"), ("blend", "rr"), ("rr", "gw")])
    XCTAssertEqual(kinds(one, "blend"), ["re-ranking"])
  }

  func testARankerIsTheOnlineInferenceServiceOnlyWhenNamedAsTheServingRuntime() {
    func ranker(_ label: String, expected: Set<String>) -> Set<String> {
      let board = Fixtures.flow(
        [
          ("cg", "Candidate generation"), ("reg", "Model registry"), ("fs", "Online feature store"), ("r", label),
          ("rr", "Re-ranking"),
        ], [("cg", "r"), ("reg", "r"), ("fs", "r"), ("r", "rr")])
      return BoardReader.read(board, catalogue: catalogue, expected: expected).box("r")?.kinds ?? []
    }
    let recommender: Set<String> = ["candidate-generation", "ranking", "re-ranking"]
    XCTAssertTrue(ranker("CTR model service", expected: recommender).contains("ranking"))
    XCTAssertFalse(ranker("CTR model service", expected: recommender).contains("inference-service"))
    // Named as the runtime that serves it, it is both.
    XCTAssertTrue(
      ranker("CTR ranker on TF Serving", expected: recommender).isSuperset(of: ["ranking", "inference-service"]))
    // Not when the runtime is a box of its own beside it: that box is the inference service.
    let fleet = Fixtures.flow(
      [("cg", "Candidate generation"), ("r", "Heavy ranker on TF Serving"), ("tf", "TF Serving fleet")],
      [("cg", "r"), ("tf", "r")])
    let heavy = BoardReader.read(fleet, catalogue: catalogue, expected: recommender).box("r")?.kinds ?? []
    XCTAssertFalse(heavy.contains("inference-service"), "\(heavy)")
    // Where the template asks for an inference service, the ranker may be it.
    XCTAssertTrue(
      ranker("CTR model service", expected: recommender.union(["inference-service"])).contains("inference-service"))
  }
}
