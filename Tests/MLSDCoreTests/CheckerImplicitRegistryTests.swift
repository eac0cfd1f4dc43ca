// The model registry a strong answer may leave implicit (`DeployPath`): when training reaches what
// serves along arrows (through an offline check, a canary, a shadow run, or straight), the
// registry's finding is a warning that names that way and asks where the versions live; with no
// way drawn from training to serving it stays the error. The words are not the corpus designs'.
import XCTest

@testable import MLSDCore

final class CheckerImplicitRegistryTests: XCTestCase {
  let library = Fixtures.library

  /// A fraud-score design on the generic template with no registry; `way` are the arrows from the
  /// trainer towards the scoring service.
  private func report(
    _ way: [(String, String)], extra: [(String, String, String?)] = [], template: String = "generic-ml-pipeline"
  ) throws -> CheckReport {
    let boxes: [(String, String, String?)] =
      [
        ("app", "Wallet app", nil), ("payments", "Payment events", nil), ("etl", "Hourly Spark ETL", nil),
        ("lake", "Warehouse", "BigQuery"), ("fs", "Online feature store", "Redis"), ("fit", "Weekly GBDT fit", nil),
        ("svc", "Risk scoring service", nil), ("log", "Prediction log", nil), ("mon", "Drift dashboards", nil),
      ] + extra
    let arrows =
      [
        ("app", "payments"), ("payments", "etl"), ("etl", "lake"), ("etl", "fs"), ("lake", "fit"), ("fs", "svc"),
        ("app", "svc"), ("svc", "log"), ("log", "lake"), ("log", "mon"), ("svc", "mon"),
      ] + way
    let board = Fixtures.flow(boxes, arrows)
    return Checker.check(board, template: try XCTUnwrap(library.template(template)), catalogue: library.catalogue)
  }

  private func registry(_ report: CheckReport) -> Finding? {
    report.findings.first {
      $0.rule == "component.required" && $0.message.hasPrefix("missing component: Model registry")
    }
  }

  func testAWayFromTrainingThroughAGateToServingIsAWarningThatNamesIt() throws {
    let gated = try report(
      [("fit", "gate"), ("gate", "shadow"), ("shadow", "svc")],
      extra: [("gate", "Backtest on last month", nil), ("shadow", "Shadow traffic", "a week, no actions")])
    let finding = try XCTUnwrap(registry(gated), "\(gated.findings.map(\.message))")
    XCTAssertEqual(finding.severity, .warning)
    XCTAssertTrue(
      finding.message.contains(
        "'Weekly GBDT fit' → 'Backtest on last month' → 'Shadow traffic' → 'Risk scoring service'"),
      finding.message)
    XCTAssertTrue(finding.hint.contains("rollback"), finding.hint)
    // The flows into and out of the registry are part of that warning, not errors of their own.
    XCTAssertTrue(finding.hint.contains("Training pipeline → Model registry"), finding.hint)
    XCTAssertFalse(
      gated.findings.contains { $0.rule == "flow.required" && $0.message.contains("Model registry") },
      "\(gated.findings.map(\.message))")
    XCTAssertEqual(Set(finding.boxIDs), ["fit", "gate", "shadow", "svc"])
    // An unnamed step between ("Push") is a way too.
    XCTAssertEqual(
      try registry(report([("fit", "step"), ("step", "svc")], extra: [("step", "Push", nil)]))?.severity, .warning)
  }

  func testNoWayFromTrainingToServingKeepsTheError() throws {
    // A bare arrow from training into the service says nothing of how a model is promoted.
    XCTAssertEqual(try registry(report([("fit", "svc")]))?.severity, .error)
    // The trainer's model goes nowhere: how a model reaches serving is not drawn.
    let none = try report([])
    XCTAssertEqual(registry(none)?.severity, .error, "\(none.findings.map(\.message))")
    // A way through a store of data carries data, not a model.
    let throughStore = try report([("fit", "fs")])
    XCTAssertEqual(registry(throughStore)?.severity, .error)
    // A way through a box its place guesses is a serving stage is no step of the model's way.
    let throughStage = try report(
      [("fit", "pre"), ("pre", "svc"), ("fs", "pre")], extra: [("pre", "Second pass", nil)])
    XCTAssertEqual(registry(throughStage)?.severity, .error, "\(throughStage.reading.box("pre").map { "\($0)" } ?? "")")
    // A check whose words also name retrieval is where the model is checked, not served.
    let check = try report([("fit", "tests")], extra: [("tests", "Backtested retrieval", "precision at 10")])
    XCTAssertEqual(check.reading.box("tests")?.kinds, ["model-evaluation", "candidate-generation"])
    XCTAssertEqual(registry(check)?.severity, .error)
    // A store read as training too hands serving its features, not a model.
    let store = try report(
      [("lake", "shared"), ("shared", "svc")], extra: [("shared", "Feature store", "XGBoost training")])
    XCTAssertEqual(store.reading.box("shared")?.kinds, ["training-pipeline", "online-feature-store"])
    XCTAssertEqual(registry(store)?.severity, .error)
    // Without training there is no way either; the trainer's removal is its own error.
    var board = Fixtures.flow([("app", "Wallet app"), ("svc", "Risk scoring service")], [("app", "svc")])
    board.template = "generic-ml-pipeline"
    let bare = Checker.check(
      board, template: try XCTUnwrap(library.template("generic-ml-pipeline")), catalogue: library.catalogue)
    XCTAssertEqual(registry(bare)?.severity, .error)
    XCTAssertTrue(bare.findings.contains { $0.message.hasPrefix("missing component: Training pipeline") })
  }

  func testADrawnRegistryPassesAndARecommendedOneStaysAsItWas() throws {
    let drawn = try report(
      [("fit", "reg"), ("reg", "svc")], extra: [("reg", "Model registry", "MLflow")])
    XCTAssertNil(registry(drawn), "\(drawn.findings.map(\.message))")
    XCTAssertFalse(drawn.findings.contains { $0.message.contains("Model registry") })
    // Where the registry is only recommended (news feed), its warning is the plain one.
    let board = Fixtures.flow(
      [("fit", "Daily ranker fit"), ("rank", "Feed ranking service")], [("fit", "rank")])
    let feed = Checker.check(
      board, template: try XCTUnwrap(library.template("news-feed")), catalogue: library.catalogue)
    let finding = try XCTUnwrap(feed.findings.first { $0.message.contains("Model registry") })
    XCTAssertEqual(finding.rule, "component.recommended")
    XCTAssertEqual(finding.message, "recommended component missing: Model registry")
  }
}
