// Readings grown from the blind batch 103-108: a monitor drawn on the index a nearest-neighbour
// query reads, or on the service that acts on each prediction, watches the serving path; a maker
// noun before a technology it runs on; a browser is no person who browsed; an arrow that names
// candidates says the box it leaves made them. Each rule has the cases it must not fire on beside
// it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch103Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func monitored(_ board: Board) -> Bool {
    let graph = BoardGraph(board: board, catalogue: catalogue)
    return PitfallRules.checks(graph).first(where: { $0.rule == RuleID.pitfallNoMonitoring.rawValue })?.passed ?? false
  }

  func testAMonitorOnTheIndexServingQueriesWatchesServing() {
    let boxes: [(String, String)] = [
      ("ann", "FAISS index"), ("rank", "Re-ranker"), ("mon", "Monitoring"), ("train", "Training pipeline"),
    ]
    XCTAssertTrue(monitored(Fixtures.flow(boxes, [("ann", "rank"), ("mon", "ann"), ("train", "ann")])))
    // An index that serving does not read is no part of its path.
    XCTAssertFalse(monitored(Fixtures.flow(boxes, [("train", "ann"), ("mon", "ann"), ("train", "rank")])))
    // Nor is the trainer, next to the index serving reads.
    XCTAssertFalse(monitored(Fixtures.flow(boxes, [("ann", "rank"), ("mon", "train"), ("train", "ann")])))
  }

  func testAMonitorOnTheServiceActingOnEachPredictionWatchesServing() {
    let boxes: [(String, String)] = [
      ("model", "Toxicity classifier service"), ("act", "Enforcement service"), ("dash", "Dashboards"),
    ]
    XCTAssertTrue(monitored(Fixtures.flow(boxes, [("model", "act"), ("dash", "act")])))
    // Acting on nothing the model sends, it watches no serving.
    XCTAssertFalse(monitored(Fixtures.flow(boxes, [("dash", "act")])))
  }

  func testABuilderOfDataOnATechnologyStillPreparesData() {
    let read = Fixtures.kinds("Training set builder on Hadoop")
    XCTAssertEqual(read, ["batch-etl"])
    // The technology is where it runs; a model builder is still no data job.
    XCTAssertFalse(Fixtures.kinds("Model builder on Spark").contains("batch-etl"))
    XCTAssertTrue(Fixtures.kinds("Model builder on Spark").contains("training-pipeline"))
  }

  func testABrowserIsAProgramNotWhoBrowsed() {
    XCTAssertEqual(WordForms.stem("browser"), "browser")
    XCTAssertNotEqual(WordForms.stem("browsed"), WordForms.stem("browser"))
    XCTAssertFalse(
      Fixtures.kinds("Advertiser choice", detail: "partners whose shop this user browsed").contains("client"))
    XCTAssertTrue(Fixtures.kinds("Shopper's browser").contains("client"))
  }

  func testAnArrowThatNamesCandidatesSaysTheBoxItLeavesMadeThem() {
    var b = Fixtures.flow(
      [("pick", "Advertiser choice"), ("score", "Click predictor")], [("pick", "score")])
    let expected: Set<String> = ["candidate-generation", "ranking", "client"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[0].kinds.contains("candidate-generation"), "\(reading.boxes[0])")
    b.arrows[0].label = "candidate advertisers"
    reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[0].kinds.contains("candidate-generation"), "\(reading.boxes[0])")
    // Into the box, the candidates say nothing of it; nor does a candidate model out of a registry.
    b.arrows[0] = Arrow(from: "score", to: "pick", label: "candidate advertisers")
    reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[0].kinds.contains("candidate-generation"), "\(reading.boxes[0])")
    let registry = Fixtures.flow([("reg", "Model versions"), ("ab", "Shadow mode")], [("reg", "ab")])
    var labelled = registry
    labelled.arrows[0].label = "candidate model"
    XCTAssertEqual(
      BoardReader.read(labelled, catalogue: catalogue).boxes[0].kinds,
      BoardReader.read(registry, catalogue: catalogue).boxes[0].kinds)
  }

  func testDriftSentIntoTrainingIsARetrainingSignal() {
    var b = Fixtures.flow(
      [("mon", "Grafana dashboards"), ("train", "Training pipeline"), ("oncall", "On-call pager")],
      [("mon", "train"), ("mon", "oncall")])
    b.arrows[0].label = "drift or metric drop"
    b.arrows[1].label = "drift"
    let reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertEqual(reading.arrows.filter { $0.kind == "retraining-trigger" }.map(\.arrow), [0])
    // Unlabelled, the arrow into training says nothing.
    b.arrows[0].label = nil
    XCTAssertTrue(BoardReader.read(b, catalogue: catalogue).arrows.isEmpty)
  }

  func testAClientWordBeforeAServerSaysWhoseServerItIs() {
    XCTAssertFalse(Fixtures.kinds("App server").contains("client"), "\(Fixtures.kinds("App server"))")
    XCTAssertFalse(Fixtures.kinds("Listing page backend").contains("client"))
    // A word of the client that is the head, or not just before the machine, still names it.
    let evidence = catalogue.recognizer.read(label: "Maps viewer / tile server", detail: nil)
    XCTAssertTrue(evidence.contains { $0.kind == "client" }, "\(evidence)")
    XCTAssertFalse(catalogue.recognizer.read(label: "App server", detail: nil).contains { $0.kind == "client" })
    XCTAssertTrue(Fixtures.kinds("Listing page").contains("client"))
  }

  func testUserReportsTheAppWritesIntoStayLabels() {
    // The corpus policy R3 (FACTS.md lists user reports as labels, not as a data source): the
    // reports the app writes into are labelling only.
    let b = Fixtures.flow(
      [("app", "Mobile app"), ("reports", "User reports and appeals"), ("queue", "Review queue")],
      [("app", "reports"), ("reports", "queue")])
    var reading = BoardReader.read(b, catalogue: catalogue)
    XCTAssertEqual(reading.boxes[1].kinds, ["labelling"], "\(reading.boxes[1])")
    // Fed by nothing, or by what serves, they are the labels they become too.
    reading = BoardReader.read(
      Fixtures.flow([("reports", "User reports"), ("queue", "Review queue")], [("reports", "queue")]),
      catalogue: catalogue)
    XCTAssertFalse(reading.boxes[0].kinds.contains("data-source"), "\(reading.boxes[0])")
    let served = Fixtures.flow(
      [("app", "Mobile app"), ("model", "Toxicity classifier service"), ("reports", "User reports")],
      [("app", "reports"), ("model", "reports")])
    reading = BoardReader.read(served, catalogue: catalogue)
    XCTAssertFalse(reading.boxes[2].kinds.contains("data-source"), "\(reading.boxes[2])")
  }

  func testTheHeadWordOfARateIsWhatItCounts() {
    let read = Fixtures.kinds("Reports per impression per policy")
    XCTAssertEqual(read, ["monitoring"])
    // Not a rate: "Reports per policy" counts nothing served.
    XCTAssertTrue(Fixtures.kinds("User reports per policy").contains("labelling"))
  }

  func testAScheduleIsNoScheduler() {
    XCTAssertNotEqual(WordForms.stem("schedule"), WordForms.stem("scheduler"))
    let schedule = catalogue.recognizer.read(label: "Model update schedule", detail: nil)
    XCTAssertFalse(schedule.contains { $0.kind == "orchestration" && $0.named }, "\(schedule)")
    XCTAssertTrue(schedule.contains { $0.kind == "retraining-trigger" }, "\(schedule)")
    let scheduler = catalogue.recognizer.read(label: "Job scheduler", detail: nil)
    XCTAssertTrue(scheduler.contains { $0.kind == "orchestration" && $0.named }, "\(scheduler)")
  }
}
