// Labels a program computes, and when training runs as the board says it outside the trainer's
// own words: labels made with a processing engine are batch ETL (KindRecognizer); a scheduler
// named in a data job's words meets the orchestration, and a cadence in the title of the group a
// trainer sits in the retraining trigger, inside those boxes (InsideRoles: no box is read so).
import XCTest

@testable import MLSDCore

final class CheckerScheduledJobTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  /// The box that does `kind`'s work inside, as the checker's graph of the board finds it.
  private func inside(_ kind: String, _ board: Board) -> String? {
    InsideRoles.box(doing: kind, in: Checker.graph(board, template: nil, catalogue: catalogue))?.id
  }

  func testLabelsMadeWithAProcessingEngineAreBatchETL() {
    let labelJoin = Fixtures.kinds("Label join", detail: "dbt models")
    XCTAssertTrue(labelJoin.contains("batch-etl"))
    XCTAssertFalse(labelJoin.contains("labelling"))
    let labelBuild = Fixtures.kinds("Labels and inputs build", detail: "Glue")
    XCTAssertTrue(labelBuild.contains("batch-etl"))
    XCTAssertFalse(labelBuild.contains("labelling"))
  }

  func testLabelsPeopleGiveStayLabelling() {
    // Its people say so, even with an engine named beside them.
    XCTAssertTrue(Fixtures.kinds("Label queue", detail: "raters, exported by Spark").contains("labelling"))
    // No engine: the head word is the work.
    XCTAssertTrue(Fixtures.kinds("Label build").contains("labelling"))
    // A labelling tool by name.
    XCTAssertTrue(Fixtures.kinds("Labelbox", detail: "Spark export").contains("labelling"))
  }

  /// Source → job → trainer, with the job's detail line given.
  private func pipeline(jobDetail: String?, trainer: String = "Model fit") -> Board {
    Fixtures.flow(
      [("db", "Orders DB", nil), ("job", "Training table job", jobDetail), ("fit", trainer, "LightGBM")],
      [("db", "job"), ("job", "fit")])
  }

  func testASchedulerNamedInADataJobsDetailIsTheOrchestration() {
    XCTAssertEqual(inside("orchestration", pipeline(jobDetail: "Spark, scheduled by Dagster")), "job")
    XCTAssertEqual(inside("orchestration", pipeline(jobDetail: "Hive on Argo")), "job")
  }

  func testNoSchedulerOrNoWayToTrainingIsNoOrchestration() {
    XCTAssertNil(inside("orchestration", pipeline(jobDetail: "Spark")))
    // The job's run never reaches training: it only fills a dashboard.
    let toDashboard = Fixtures.flow(
      [("db", "Orders DB", nil), ("job", "Training table job", "Spark on Prefect"), ("dash", "Grafana", nil)],
      [("db", "job"), ("job", "dash")])
    XCTAssertNil(inside("orchestration", toDashboard))
  }

  private func grouped(title: String, trainer: String = "Model fit") -> Board {
    var board = pipeline(jobDetail: "Spark", trainer: trainer)
    board.groups = [Group(id: "g", title: title, boxIDs: ["job", "fit"])]
    return board
  }

  func testACadenceInTheTrainersGroupTitleMakesItTheRetrainingTrigger() {
    XCTAssertEqual(inside("retraining-trigger", grouped(title: "Batch side, nightly")), "fit")
    XCTAssertEqual(inside("retraining-trigger", grouped(title: "Monthly refresh")), "fit")
    // The trainer itself is not read as the trigger (corpus policy R2 reads the trainer's words).
    let reading = BoardReader.read(grouped(title: "Monthly refresh"), catalogue: catalogue)
    XCTAssertFalse(reading.box("fit")?.kinds.contains("retraining-trigger") ?? true)
  }

  func testAGroupTitleWithNoCadenceOrATrainerOutsideItIsNoTrigger() {
    XCTAssertNil(inside("retraining-trigger", grouped(title: "Offline side")))
    var outside = grouped(title: "Nightly")
    outside.groups[0].boxIDs = ["job"]
    XCTAssertNil(inside("retraining-trigger", outside))
  }
}
