// The checker: reference designs pass, and removing any required component or flow fails.
import XCTest

@testable import MLSDCore

final class CheckerTests: XCTestCase {
  let library = Fixtures.library

  func testTheLibraryLoadsWithoutProblems() {
    XCTAssertEqual(library.problems.map(\.description), [])
    XCTAssertNotNil(library.template("blank"))
  }

  func testEveryReferenceDesignChecksClean() {
    for template in library.templates where template.id != "blank" {
      let report = Checker.check(template.referenceBoard(), template: template, catalogue: library.catalogue)
      XCTAssertEqual(
        report.findings.map { "\($0.rule): \($0.message)" }, [], "\(template.id) reference design has findings")
      XCTAssertEqual(CheckReport.percent(report.overallScore), 100, template.id)
    }
  }

  func testRemovingAnyRequiredComponentFailsNamingIt() {
    for template in library.templates {
      let reference = template.referenceBoard()
      for requirement in template.required {
        var board = reference
        let graph = BoardGraph(board: board, catalogue: library.catalogue)
        // An arrow read as the component (Kafka drawn straight into the feature store is its
        // stream processing) goes with it, as the corpus removes it.
        let carried = Set(graph.reading.arrows.filter { requirement.anyOf.contains($0.kind) }.map(\.arrow))
        board.arrows = board.arrows.enumerated().filter { !carried.contains($0.offset) }.map(\.element)
        for id in graph.boxes(ofAny: requirement.anyOf) { board.removeBox(id) }
        let report = Checker.check(board, template: template, catalogue: library.catalogue)
        let name = requirement.anyOf.map { library.catalogue.kind($0)?.name ?? $0 }.joined(separator: " or ")
        // With the source removed, the app feeding the event stream stands in for it: still
        // named, as a warning that names the app (StandIns); anything else is an error.
        let named = report.findings.filter { $0.message.hasPrefix("missing component: \(name)") }
        XCTAssertFalse(named.isEmpty, "\(template.id): removing \(name) is not reported")
        if named.allSatisfy({ $0.severity == .warning }) {
          XCTAssertTrue(
            requirement.anyOf.contains("data-source") || requirement.anyOf.contains("client"),
            "\(template.id): \(name) is only a warning")
          XCTAssertTrue(named.allSatisfy { $0.message.contains("stands in: ") })
        } else {
          XCTAssertFalse(report.passes(strict: false))
        }
      }
    }
  }

  func testRemovingAnyRequiredFlowFailsNamingIt() {
    for template in library.templates {
      let reference = template.referenceBoard()
      for flow in template.flows where flow.required {
        var board = reference
        let graph = BoardGraph(board: board, catalogue: library.catalogue)
        let sources = Set(graph.boxes(ofAny: flow.from))
        board.arrows.removeAll { sources.contains($0.from) }
        // The reply to the client is read from the request when it is not drawn (a serving box
        // the client or its gateway calls answers it): cutting that flow cuts the request too.
        if flow.to.contains("client") { board.arrows.removeAll { sources.contains($0.to) } }
        let report = Checker.check(board, template: template, catalogue: library.catalogue)
        let from = flow.from.map { library.catalogue.kind($0)?.name ?? $0 }.joined(separator: " or ")
        let to = flow.to.map { library.catalogue.kind($0)?.name ?? $0 }.joined(separator: " or ")
        XCTAssertTrue(
          report.findings.contains { $0.severity == .error && $0.message == "no flow from \(from) to \(to)" },
          "\(template.id): cutting \(from) → \(to) is not reported")
      }
    }
  }

  func testBlankBoardNeedsNotesForEveryStep() {
    let board = Board(title: "T")
    let report = Checker.check(board, template: nil, catalogue: library.catalogue)
    XCTAssertEqual(report.errorCount, 7)
    XCTAssertEqual(Set(report.findings.map(\.step)), Set(Step.allCases))
    XCTAssertEqual(CheckReport.percent(report.overallScore), 0)
  }

  func testPitfallsFireOnASmallServingBoard() {
    var board = Board(title: "T")
    func box(_ id: String, _ label: String, _ x: Int) -> Box {
      Box(id: id, label: label, frame: GridRect(x: x, y: 0, width: 12, height: 3))
    }
    board.boxes = [box("etl", "Spark job", 0), box("train", "Model training", 20), box("serve", "Triton", 40)]
    board.arrows = [Arrow(from: "etl", to: "train"), Arrow(from: "train", to: "serve")]
    board.notes[.data] = "We join the logs with the catalogue and compute features for every user and item."
    board.notes[.evaluation] = "We will look at the numbers and see whether people like it."
    let rules = Set(Checker.check(board, template: nil, catalogue: library.catalogue).findings.map(\.rule))
    for rule in [
      "pitfall.no-monitoring", "pitfall.no-feedback-loop", "pitfall.features-from-nowhere",
      "pitfall.training-serving-skew", "pitfall.leakage", "pitfall.no-offline-metric", "pitfall.no-online-metric",
    ] {
      XCTAssertTrue(rules.contains(rule), "\(rule) should fire: \(rules)")
    }
  }

  func testPitfallsClearWhenTheDesignIsSound() {
    var board = Board(title: "T")
    func box(_ id: String, _ label: String, _ x: Int) -> Box {
      Box(id: id, label: label, frame: GridRect(x: x, y: 0, width: 12, height: 3))
    }
    board.boxes = [
      box("etl", "Spark job", 0), box("fs", "Online feature store", 20), box("train", "Model training", 40),
      box("serve", "Triton", 60), box("mon", "Grafana", 80), box("log", "Prediction logs", 100),
    ]
    board.arrows = [
      Arrow(from: "etl", to: "fs"), Arrow(from: "etl", to: "train"), Arrow(from: "fs", to: "serve"),
      Arrow(from: "train", to: "serve"), Arrow(from: "serve", to: "mon"), Arrow(from: "serve", to: "log"),
      Arrow(from: "log", to: "train"),
    ]
    board.notes[.data] = "Training rows are split by timestamp so no feature sees the future."
    board.notes[.evaluation] = "Offline we track ROC-AUC; online an A/B test on CTR."
    let rules = Set(Checker.check(board, template: nil, catalogue: library.catalogue).findings.map(\.rule))
    XCTAssertTrue(
      rules.isDisjoint(with: Set(["pitfall.no-monitoring", "pitfall.no-feedback-loop", "pitfall.leakage"])))
    XCTAssertFalse(rules.contains { $0.hasPrefix("pitfall.") }, "\(rules)")
  }

  func testGraphHygiene() {
    var board = Board(title: "T")
    board.boxes = [
      Box(id: "a", label: "Cache", frame: GridRect(x: 0, y: 0, width: 9, height: 3)),
      Box(id: "b", label: "cache ", kind: "feture-store", frame: GridRect(x: 20, y: 0, width: 9, height: 3)),
      Box(id: "c", label: "Lonely", frame: GridRect(x: 40, y: 0, width: 9, height: 3)),
    ]
    board.arrows = [Arrow(from: "a", to: "b"), Arrow(from: "a", to: "b"), Arrow(from: "b", to: "b")]
    let findings = Checker.check(board, template: nil, catalogue: library.catalogue).findings
    let rules = findings.map(\.rule)
    XCTAssertTrue(rules.contains("graph.isolated"))
    XCTAssertTrue(rules.contains("graph.duplicate-label"))
    XCTAssertTrue(rules.contains("graph.duplicate-arrow"))
    XCTAssertTrue(rules.contains("graph.self-loop"))
    XCTAssertTrue(findings.contains { $0.rule == "kind.unknown" && $0.message.contains("'feture-store'") })
  }

  func testScoresWeighErrorsTwiceWarnings() {
    let checks = [
      Check(rule: .notesMissing, step: .data, title: "a", passed: true, severity: .error),
      Check(rule: .notesThin, step: .data, title: "b", passed: false, severity: .warning),
      Check(rule: .kindUnread, step: .data, title: "c", passed: false, severity: .hint),
    ]
    let report = CheckReport(checks: checks)
    XCTAssertEqual(report.score(for: .data), 2.0 / 3.0, accuracy: 1e-9)
    XCTAssertEqual(report.score(for: .model), 1)
    XCTAssertTrue(report.passes(strict: false))
    XCTAssertFalse(report.passes(strict: true))
  }

  func testDiffAgainstTheReferenceMatchesByKind() throws {
    guard let template = library.templates.first(where: { $0.id != "blank" && !$0.reference.boxes.isEmpty }) else {
      return XCTFail("no template with a reference design")
    }
    let reference = template.referenceBoard()
    XCTAssertTrue(
      ReferenceDiff(board: reference, reference: reference, template: template, catalogue: library.catalogue).isEmpty)
    var relabelled = reference
    for i in relabelled.boxes.indices { relabelled.boxes[i].label = "box \(i)" }
    XCTAssertTrue(
      ReferenceDiff(board: relabelled, reference: reference, template: template, catalogue: library.catalogue)
        .missingComponents.isEmpty,
      "declared kinds match whatever the labels say")
    let empty = ReferenceDiff(
      board: Board(title: "T"), reference: reference, template: template, catalogue: library.catalogue)
    XCTAssertFalse(empty.missingComponents.isEmpty)
    XCTAssertFalse(empty.missingFlows.isEmpty)
  }
}
