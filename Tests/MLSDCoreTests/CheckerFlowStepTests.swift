// A missing flow is filed under the step it is discussed in: the step of the kind it reaches,
// except that what reaches the client (a requirements-step kind) is the answer served, filed
// under its source's step, so a missing serving box never lowers the requirements score.
import XCTest

@testable import MLSDCore

final class CheckerFlowStepTests: XCTestCase {
  let library = Fixtures.library

  private func flowCheck(_ board: Board, _ templateID: String, from: String, to: String) -> Check? {
    let template = library.template(templateID)!
    let report = Checker.check(board, template: template, catalogue: library.catalogue)
    return report.checks.first { $0.message == "no flow from \(from) to \(to)" }
  }

  func testAFlowIntoTheClientIsFiledUnderItsSourcesStep() throws {
    // The news feed reference without the arrow from re-ranking to the app.
    var board = library.template("news-feed")!.referenceBoard()
    let graph = BoardGraph(board: board, catalogue: library.catalogue)
    let rerank = graph.boxes(ofAny: ["re-ranking"])
    let client = graph.boxes(ofAny: ["client"])
    board.arrows.removeAll { rerank.contains($0.from) && client.contains($0.to) }
    let check = try XCTUnwrap(flowCheck(board, "news-feed", from: "Re-ranking", to: "Client"))
    XCTAssertFalse(check.passed)
    XCTAssertEqual(check.step, library.catalogue.kind("re-ranking")?.step)
    XCTAssertNotEqual(check.step, .requirements)
  }

  func testAFlowIntoAnyOtherKindStaysUnderItsTargetsStep() throws {
    // Without the arrow from ranking to re-ranking: filed under re-ranking's step, even though
    // the client is nowhere in it.
    var board = library.template("news-feed")!.referenceBoard()
    let graph = BoardGraph(board: board, catalogue: library.catalogue)
    let ranking = graph.boxes(ofAny: ["ranking"])
    let rerank = graph.boxes(ofAny: ["re-ranking"])
    board.arrows.removeAll { ranking.contains($0.from) && rerank.contains($0.to) }
    let check = try XCTUnwrap(flowCheck(board, "news-feed", from: "Ranking", to: "Re-ranking"))
    XCTAssertFalse(check.passed)
    XCTAssertEqual(check.step, library.catalogue.kind("re-ranking")?.step)
  }

  func testTheClientsOwnStepIsRequirementsSoTheRuleMatters() {
    XCTAssertEqual(library.catalogue.kind("client")?.step, .requirements)
    XCTAssertNotEqual(library.catalogue.kind("re-ranking")?.step, .requirements)
  }
}
