// `mlsd diff` and the practice review read boxes exactly as `mlsd check` does: a component the
// checker finds on the board is never missing in the diff (issue 12: ux9 report item 5).
import XCTest

@testable import MLSDCore

final class ReferenceDiffTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func box(_ id: String, _ label: String, kind: String? = nil) -> Box {
    Box(id: id, label: label, kind: kind, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
  }

  /// The kinds the checker found present on a board: those of the component requirements it
  /// passed, less any kind a failed requirement also lists.
  private func presentKinds(_ report: CheckReport, _ template: Template) -> Set<String> {
    var passed: Set<String> = []
    var failed: Set<String> = []
    for check in report.checks
    where check.rule == RuleID.componentRequired.rawValue || check.rule == RuleID.componentRecommended.rawValue {
      guard
        let requirement = (template.required + template.recommended).first(where: {
          check.title == $0.anyOf.map { catalogue.kind($0)?.name ?? $0 }.joined(separator: " or ")
        })
      else { continue }
      if check.passed { passed.formUnion(requirement.anyOf) } else { failed.formUnion(requirement.anyOf) }
    }
    return passed.subtracting(failed)
  }

  func testNoCorpusDesignTheCheckerAcceptsMissesAComponentTheCheckerFound() throws {
    var compared = 0
    var contradictions: [String] = []
    for design in try CorpusDesign.all() {
      guard let template = library.template(design.template) else { continue }
      let (board, _) = try design.board(catalogue)
      let report = Checker.check(board, template: template, catalogue: catalogue)
      // Accepted as the corpus table accepts: no error on the diagram the source does not explain.
      let errors = report.findings.filter {
        $0.severity == .error && !CorpusTable.diagramRules.contains($0.rule)
          && !design.explains($0, catalogue: catalogue)
      }
      guard errors.isEmpty else { continue }
      compared += 1
      let diff = ReferenceDiff(board: board, template: template, catalogue: catalogue)
      let present = presentKinds(report, template).union(report.reading.allKinds)
      for kind in diff.missingComponents where present.contains(kind) {
        contradictions.append("\(design.file): check finds \(kind), diff says it is missing")
      }
    }
    XCTAssertGreaterThan(compared, 20, "the corpus should have many accepted designs")
    XCTAssertEqual(contradictions, [])
  }

  /// ux9 repro-diff-vs-check.mmd: the check reads the fetching box as candidate generation only
  /// with the template's expected kinds; the diff must read it so too.
  func testTheDiffReadsABoxAsTheCheckDoes() throws {
    let template = try XCTUnwrap(library.template("news-feed"))
    var board = Board(title: "mini")
    board.template = template.id
    board.boxes = [
      box("app", "Mobile app"), box("api", "Feed API"), box("cands", "Fetch posts from friends and followed pages"),
      box("rank", "Ranking model"), box("rerank", "Diversity and dedup rules"),
    ]
    board.arrows = [
      Arrow(from: "app", to: "api"), Arrow(from: "api", to: "cands"), Arrow(from: "cands", to: "rank"),
      Arrow(from: "rank", to: "rerank"), Arrow(from: "rerank", to: "app"),
    ]
    let report = Checker.check(board, template: template, catalogue: catalogue)
    XCTAssertEqual(report.reading.box("cands")?.counted.first?.kind, "candidate-generation")
    let diff = ReferenceDiff(board: board, template: template, catalogue: catalogue)
    XCTAssertEqual(diff.boardKinds["cands"], "candidate-generation")
    XCTAssertFalse(diff.missingComponents.contains("candidate-generation"), "\(diff.missingComponents)")
    XCTAssertFalse(diff.missingFlows.contains(.init(from: "candidate-generation", to: "ranking")))
    XCTAssertEqual(diff.extraFlows.filter { $0.to == "client" && $0.from == "api-gateway" }, [])
    // What the board does lack is still missing.
    XCTAssertTrue(diff.missingComponents.contains("training-pipeline"))
    // The review marks the same boxes.
    let review = PracticeReview(session: nil, board: board, template: template, catalogue: catalogue)
    XCTAssertEqual(review.diff, diff)
    XCTAssertFalse(review.extraBoardBoxes.contains("cands"))
  }

  /// A kind the reference draws but the template accepts another kind for ("batch ETL or stream
  /// processing") is met by that other kind, unless another requirement still asks for it.
  func testAKindTheTemplateAcceptsInsteadIsNotMissing() throws {
    var reference = Board(title: "R")
    reference.boxes = [
      box("s", "Events", kind: "data-source"), box("p", "Stream job", kind: "stream-processing"),
      box("f", "Online features", kind: "online-feature-store"),
    ]
    reference.arrows = [Arrow(from: "s", to: "p"), Arrow(from: "p", to: "f")]
    var board = Board(title: "B")
    board.boxes = [
      box("s", "Events", kind: "data-source"), box("e", "Nightly job", kind: "batch-etl"),
      box("f", "Online features", kind: "online-feature-store"),
    ]
    board.arrows = [Arrow(from: "s", to: "e"), Arrow(from: "e", to: "f")]
    var template = try XCTUnwrap(library.template("news-feed"))
    template.required = [.init(anyOf: ["data-source"]), .init(anyOf: ["batch-etl", "stream-processing"])]
    template.recommended = []
    let diff = ReferenceDiff(board: board, reference: reference, template: template, catalogue: catalogue)
    XCTAssertEqual(diff.missingComponents, [])
    XCTAssertEqual(diff.standIns, ["stream-processing": ["batch-etl"]])
    XCTAssertEqual(diff.extraComponents, [], "the stand-in is no extra")
    XCTAssertEqual(diff.missingFlows, [], "the stand-in carries the reference's flows")
    XCTAssertEqual(diff.extraFlows, [])
    XCTAssertTrue(
      diff.text(catalogue: catalogue).contains("~ Stream processing: Batch ETL ('Nightly job') stands in"),
      "the stand-in names the box that plays it")

    // An arrow read as the stand-in kind is named as the arrow: Kafka drawn straight into the
    // feature store is its stream processing.
    var arrowBoard = board
    arrowBoard.boxes = [
      box("s", "Events", kind: "data-source"), box("k", "Kafka", kind: "stream-ingestion"),
      box("f", "Online features", kind: "online-feature-store"),
    ]
    arrowBoard.arrows = [Arrow(from: "s", to: "k"), Arrow(from: "k", to: "f")]
    var batchReference = reference
    batchReference.boxes = [
      box("s", "Events", kind: "data-source"), box("e", "Nightly job", kind: "batch-etl"),
      box("f", "Online features", kind: "online-feature-store"),
    ]
    batchReference.arrows = [Arrow(from: "s", to: "e"), Arrow(from: "e", to: "f")]
    let viaArrow = ReferenceDiff(
      board: arrowBoard, reference: batchReference, template: template, catalogue: catalogue)
    XCTAssertEqual(viaArrow.standIns, ["batch-etl": ["stream-processing"]])
    XCTAssertEqual(viaArrow.standInPlaces["stream-processing"], ["the arrow 'Kafka' → 'Online features'"])

    // Must not fire: a recommendation that names the kind alone still wants it.
    template.recommended = [.init(anyOf: ["stream-processing"])]
    let still = ReferenceDiff(board: board, reference: reference, template: template, catalogue: catalogue)
    XCTAssertEqual(still.missingComponents, ["stream-processing"])
    XCTAssertEqual(still.standIns, [:])
    // Nor without a template, nor when no requirement lists the kind.
    XCTAssertEqual(
      ReferenceDiff(board: board, reference: reference, template: nil, catalogue: catalogue).missingComponents,
      ["stream-processing"])
    template.required = [.init(anyOf: ["data-source"])]
    template.recommended = []
    XCTAssertEqual(
      ReferenceDiff(board: board, reference: reference, template: template, catalogue: catalogue).missingComponents,
      ["stream-processing"])
  }
}
