// Readings grown from the blind batch 121-126: the probability of a user's action written as a
// model's output, or an order to keep the best N, speaks of the ranker; scoring every candidate is
// the ranking too; a model's hint word on a serving product is the model it serves; a mixer of
// several lists before the ranker is the candidate generation; "FoF" and "unseen" items are
// retrieval; a moment of serving joined to "time" serves nothing; latency is watched; a name after
// a verb of writing and "to" is where the output goes. Each rule has the cases it must not fire on
// beside it. The words are not the corpus designs'.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch121Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  /// The reading of `label` as the box between retrieval and the final rules of a recommender,
  /// with the registry feeding it.
  func rankerStage(_ label: String) -> Set<String> {
    let boxes: [(String, String)] = [
      ("app", "Reader app"), ("gw", "Gateway"), ("cg", "Candidate retrieval"), ("x", label),
      ("rules", "Business rules"), ("reg", "Model registry"),
    ]
    let arrows = [("app", "gw"), ("gw", "cg"), ("cg", "x"), ("x", "rules"), ("rules", "gw"), ("reg", "x")]
    let expected: Set<String> = [
      "client", "api-gateway", "candidate-generation", "ranking", "re-ranking", "model-registry",
      "inference-service",
    ]
    let reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
    return reading.boxes[3].kinds
  }

  func testAProbabilityOfAnActionAsAnOutputNamesTheRanker() {
    let served = rankerStage("Wide model on KServe: p_reply, p_follow")
    XCTAssertTrue(served.contains("ranking"), "\(served)")
    XCTAssertTrue(served.contains("inference-service"), "\(served)")
    XCTAssertTrue(rankerStage("Heads: p(purchase), E_dwell_sec").contains("ranking"))
    // The actions are the model's outputs, no users' events kept.
    XCTAssertFalse(Fixtures.kinds("Wide model on KServe: p_reply, p_follow").contains("data-source"))
    // Not a probability of no user's action, nor the action's events themselves.
    XCTAssertFalse(Fixtures.kinds("Loan model on KServe: p_default").contains("ranking"))
    XCTAssertFalse(Fixtures.kinds("Reply and follow events").contains("ranking"))
    XCTAssertTrue(Fixtures.kinds("Reply and follow events").contains("data-source"))
  }

  func testKeepingTheBestNSpeaksOfTheRanker() {
    XCTAssertTrue(Fixtures.kinds("Light scorer pass, keep top 300").contains("ranking"))
    XCTAssertTrue(rankerStage("Stage A: small forest, keeps top 800").contains("ranking"))
    // A cut that names nothing of order, or a label another name calls something else.
    XCTAssertFalse(Fixtures.kinds("Keep 3k per reader by overlap").contains("ranking"))
    XCTAssertFalse(Fixtures.kinds("Redis, keep top 20 per reader").contains("ranking"))
  }

  func testScoringEveryCandidateIsTheRankingToo() {
    let all = Fixtures.kinds("Score each candidate author, keep 50")
    XCTAssertTrue(all.contains("batch-prediction"), "\(all)")
    XCTAssertTrue(all.contains("ranking"), "\(all)")
    // Every item that is no candidate is a batch job only.
    let items = Fixtures.kinds("Score every open invoice")
    XCTAssertTrue(items.contains("batch-prediction"), "\(items)")
    XCTAssertFalse(items.contains("ranking"), "\(items)")
  }

  func testAModelHintWordOnAServingProductIsTheModelItServes() {
    let served = Fixtures.kinds("Wide DNN on TorchServe")
    XCTAssertTrue(served.contains("inference-service"), "\(served)")
    XCTAssertFalse(served.contains("training-pipeline"), "\(served)")
    // Without the product, the model's word still points at training.
    XCTAssertTrue(Fixtures.kinds("Wide DNN").contains("training-pipeline"))
  }

  func testAMixerOfSeveralListsBeforeTheRankerIsTheRetrieval() {
    let boxes: [(String, String)] = [
      ("app", "Listener app"), ("gw", "Gateway"), ("idx", "Track vectors in Qdrant"),
      ("mix", "Blender: kNN + editorial picks + local charts"), ("rank", "Ranking model"),
      ("rules", "Business rules"),
    ]
    let arrows = [("app", "gw"), ("gw", "idx"), ("idx", "mix"), ("mix", "rank"), ("rank", "rules"), ("rules", "gw")]
    let expected: Set<String> = [
      "client", "api-gateway", "vector-index", "candidate-generation", "ranking", "re-ranking",
    ]
    var reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[3].kinds.contains("candidate-generation"), "\(reading.boxes[3])")
    XCTAssertFalse(reading.boxes[3].kinds.contains("re-ranking"), "\(reading.boxes[3])")
    // After the ranker, on the way to the user, a blender is the final rules.
    let after: [(String, String)] = [
      ("app", "Listener app"), ("gw", "Gateway"), ("cg", "Candidate retrieval"), ("rank", "Ranking model"),
      ("mix", "Blender: tracks + podcasts"),
    ]
    reading = BoardReader.read(
      Fixtures.flow(after, [("app", "gw"), ("gw", "cg"), ("cg", "rank"), ("rank", "mix"), ("mix", "gw")]),
      catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[4].kinds.contains("re-ranking"), "\(reading.boxes[4])")
    XCTAssertFalse(reading.boxes[4].kinds.contains("candidate-generation"), "\(reading.boxes[4])")
  }

  func testFriendsOfFriendsAndUnseenItemsAreRetrieval() {
    XCTAssertTrue(Fixtures.kinds("FoF walk, capped per reader").contains("candidate-generation"))
    // "Unseen" only hints; the request reaching it before the ranker confirms it, over the
    // people ("writers") its words also hint at.
    let boxes: [(String, String)] = [
      ("app", "Reader app"), ("gw", "Gateway"), ("inv", "Unseen stories from followed writers"),
      ("rank", "Ranking model"), ("rules", "Business rules"),
    ]
    let arrows = [("app", "gw"), ("gw", "inv"), ("inv", "rank"), ("rank", "rules"), ("rules", "gw")]
    let reading = BoardReader.read(
      Fixtures.flow(boxes, arrows), catalogue: catalogue,
      expected: ["client", "api-gateway", "candidate-generation", "ranking", "re-ranking"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
    func hints(_ label: String) -> Bool {
      let box = Box(id: "b", label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
      return catalogue.evidence(of: box).contains { $0.kind == "candidate-generation" }
    }
    XCTAssertTrue(hints("Unseen stories from followed writers"))
    XCTAssertFalse(hints("Stories from followed writers"))
    // In a detail line under a label that names the box, "unseen" says nothing.
    XCTAssertFalse(
      Fixtures.kinds("Story archive on S3", detail: "unseen stories").contains("candidate-generation"))
  }

  func testAMomentOfServingJoinedToTimeServesNothing() {
    let log = Fixtures.kinds("Inference-time score log")
    XCTAssertFalse(log.contains("inference-service"), "\(log)")
    // The serving itself, or the moment written apart, still names it.
    XCTAssertTrue(Fixtures.kinds("Inference service").contains("inference-service"))
    XCTAssertTrue(Fixtures.kinds("Serving cluster").contains("inference-service"))
  }

  func testLatencyAndThroughputAreWatched() {
    XCTAssertTrue(Fixtures.kinds("Throughput, p95 latency, timeouts").contains("monitoring"))
    XCTAssertFalse(Fixtures.kinds("Low-latency key-value store").contains("monitoring"))
  }

  func testANameAfterAVerbOfWritingAndToIsWhereTheOutputGoes() {
    let job = Fixtures.kinds("Hourly: item encoder over new items, write to Qdrant")
    XCTAssertFalse(job.contains("vector-index"), "\(job)")
    XCTAssertTrue(job.contains("embedding-service"), "\(job)")
    // Without the verb of writing, the name is the box.
    XCTAssertTrue(Fixtures.kinds("Qdrant").contains("vector-index"))
    XCTAssertTrue(Fixtures.kinds("Track vectors in Qdrant").contains("vector-index"))
  }
}
