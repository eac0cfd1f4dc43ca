// Follow-up answers written in other words, and questions that fit the design. From testers'
// reports, as behaviour: a staged rollout to a small share of a batch, publishing only blurred
// images, a split by place and date, a batch design's load a day and hours of delay, an online
// metric with no A/B test, product names of the two search indexes, a rank fusion, a warm-started
// model; and a nightly batch board is not asked about a request's latency or a down service.
import XCTest

@testable import MLSDCore

final class FollowUpOtherWordsTests: XCTestCase, FollowUpAnswering {
  let library = Fixtures.library

  func testAStagedRolloutToASmallShareIsAGradualRollout() throws {
    try assertAnswered(
      nil, "safe-rollout",
      [
        .serving:
          "The new version is released to a small slice of the traffic first, then to everyone from the registry."
      ])
    try assertAnswered(
      nil, "safe-rollout",
      [.serving: "Models are versioned in the registry; a bad one is reverted by keeping the previous model warm."])
  }

  func testPublishingOnlyBlurredOutputIsUnpublishedUntilBlurred() throws {
    try assertAnswered(
      "street-view-blurring", "blur-partial-run",
      [.serving: "Only blurred tiles are ever published; originals stay in a private bucket."])
  }

  func testASplitByPlaceAndDateAnswersTheDriveSplit() throws {
    try assertAnswered(
      "street-view-blurring", "blur-drive-split",
      [.data: "Hold out whole regions, and use capture date as a second key so later drives are only tested on."])
  }

  func testABatchDesignsLoadAndDelayAnswerScaleAndLatency() throws {
    try assertAnswered(
      nil, "scale-and-latency",
      [.requirements: "About 20M documents a day arrive; processed in batch, each may wait up to 6 hours."])
  }

  func testAnOnlineMetricWithoutAnABTestAnswersTheGap() throws {
    let followUp = try XCTUnwrap(library.followUps(for: nil).followUp("offline-online-gap"))
    XCTAssertFalse(followUp.question.lowercased().contains("a/b"), followUp.question)
    try assertAnswered(
      nil, "offline-online-gap",
      [
        .evaluation:
          "There is no experiment online; the launch metric is the complaint rate per million items, which must not rise."
      ])
  }

  func testProductNamesOfTheIndexesNameTheirKinds() throws {
    // ScaNN and "ES" (Elasticsearch) are the catalogue's names of the embedding and text indexes.
    let found = try answer(
      "youtube-video-search", "search-index-freshness",
      [.serving: "New uploads: embedder job every 15 min upserts the ScaNN shard; metadata goes to ES within minutes."])
    XCTAssertEqual(Set(found.found.map(\.idea)).intersection(["the text index", "the embedding index"]).count, 2)
    XCTAssertTrue(found.isAnswered)
  }

  func testReciprocalRankFusionMergesTwoRetrievalPaths() throws {
    try assertAnswered(
      "youtube-video-search", "search-fusion",
      [.serving: "FAISS top 500 and BM25 top 500 -> RRF -> GBDT rank -> top 20."])
  }

  func testWarmStartingHourlyIsAFineTuningCadence() throws {
    try assertAnswered(
      "ad-click-prediction", "ads-continual-learning",
      [.serving: "Warm-start the model every two hours from the last checkpoint on fresh impressions."])
  }

  func testAKindEntryInAKeyIdeaIsReadAsTheKindsNames() throws {
    let yaml = """
      - id: q
        step: serving
        question: "Which index?"
        ideas:
          - ["the embedding index", {kind: vector-index}]
      """
    let list = try FollowUpDecoder.decodeList(
      try YAMLValue.parse(yaml, source: YAMLSource(name: "t.yaml")), catalogue: library.catalogue)
    let idea = try XCTUnwrap(list.first?.keyIdeas.first)
    XCTAssertTrue(idea.phrasings.contains("FAISS"), "\(idea.phrasings)")
    XCTAssertTrue(idea.names.contains("ScaNN"))
    let bad = """
      - id: q
        step: serving
        question: "Which index?"
        ideas:
          - [{kind: vector-index}]
      """
    XCTAssertThrowsError(
      try FollowUpDecoder.decodeList(
        try YAMLValue.parse(bad, source: YAMLSource(name: "t.yaml")), catalogue: library.catalogue))
  }

  /// A nightly batch board read against its batch template: its detector is batch prediction, so
  /// no question about a request's latency, a service that is down, or features computed at
  /// request time is asked of it.
  func testABatchBoardIsNotAskedRequestQuestions() throws {
    let template = try XCTUnwrap(library.template("street-view-blurring"))
    var board = Board(title: "T")
    board.boxes = [
      Box(
        id: "store", label: "Panorama store", kind: "object-storage", frame: GridRect(x: 0, y: 0, width: 16, height: 3)),
      Box(id: "tiles", label: "Tiling job", kind: "batch-etl", frame: GridRect(x: 20, y: 0, width: 16, height: 3)),
      Box(id: "det", label: "Face and plate detector", frame: GridRect(x: 40, y: 0, width: 16, height: 3)),
      Box(id: "blur", label: "Blurring service", frame: GridRect(x: 60, y: 0, width: 16, height: 3)),
      Box(id: "pub", label: "Published panoramas", frame: GridRect(x: 80, y: 0, width: 16, height: 3)),
      Box(
        id: "train", label: "Training pipeline", kind: "training-pipeline",
        frame: GridRect(x: 0, y: 10, width: 16, height: 3)),
      Box(
        id: "reg", label: "Model registry", kind: "model-registry", frame: GridRect(x: 20, y: 10, width: 16, height: 3)),
    ]
    board.arrows = [
      Arrow(from: "store", to: "tiles"), Arrow(from: "tiles", to: "det"), Arrow(from: "det", to: "blur"),
      Arrow(from: "blur", to: "pub"), Arrow(from: "train", to: "reg"), Arrow(from: "reg", to: "det"),
    ]
    let report = Checker.check(board, template: template, catalogue: library.catalogue)
    let bank = library.followUps(for: template)
    let asked = Set(
      bank.triggered(in: FollowUpContext(board: board, catalogue: library.catalogue, report: report)).map(\.id))
    XCTAssertTrue(asked.isDisjoint(with: ["latency-budget", "fallback", "training-serving-skew"]), "\(asked)")
    XCTAssertTrue(asked.contains("blur-partial-run"), "\(asked)")
  }
}
