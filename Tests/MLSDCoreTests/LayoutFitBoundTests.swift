// The fit leaves unrouted the candidates that cannot fit the page (PageFit.leastSize), and routes
// them only when nothing fits, for the smallest drawing it reports (SmallestTried).

import XCTest

@testable import MLSDCore

final class LayoutFitBoundTests: XCTestCase {
  private func boards() throws -> [Board] {
    [RenderFixtures.pipeline(), try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard()]
  }

  /// No drawing of a candidate, routed, squeezed or a squeezed board routed again, is smaller
  /// than its least size.
  func testNoDrawingIsSmallerThanItsLeastSize() throws {
    let page = (columns: 120, rows: 40)
    for board in try boards() {
      for detail in [LevelOfDetail.full, .narrow] {
        let sized = detail.apply(to: board)
        var laid = DiagramFit.candidates(sized, page: page, arrangements: DiagramFit.searches[0], seeds: 2)
        laid += DiagramFit.candidates(sized, page: page, arrangements: DiagramFit.searches[1], seeds: 1)
        XCTAssertFalse(laid.isEmpty)
        for (arrangement, candidate) in laid {
          let least = PageFit.leastSize(candidate)
          for drawing in PageFit.drawings([(arrangement, candidate)]) {
            var sizes = [drawing.quality]
            if drawing.moved { sizes.append(LayoutQuality(LabelRoom.routed(drawing.diagram.board))) }
            for q in sizes {
              XCTAssertGreaterThanOrEqual(q.columns, least.columns, "\(board.title) \(detail) \(arrangement)")
              XCTAssertGreaterThanOrEqual(q.rows, least.rows, "\(board.title) \(detail) \(arrangement)")
            }
          }
        }
      }
    }
  }

  /// When nothing fits, the smallest drawing reported is the smallest of every candidate the
  /// levels' searches lay out, routed or not.
  func testTheSmallestReportedIsTheSmallestOfEveryCandidate() throws {
    let board = try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard()
    let page = (columns: 70, rows: 20)
    guard case .failure(let failure) = DiagramFit.fit(board, columns: page.columns, rows: page.rows) else {
      return XCTFail("nothing fits 70 × 20")
    }
    let reported = try XCTUnwrap(failure.smallest)
    var least = Int.max
    for detail in LevelOfDetail.allCases {
      for cut in [false, true] where !cut || DiagramFit.titlesWiden(detail.apply(to: board)) {
        var source = board
        if cut { for g in source.groups.indices { source.groups[g].title = "" } }
        for (search, arrangements) in DiagramFit.searches.enumerated() {
          var laid = DiagramFit.candidates(
            detail.apply(to: source), page: page, arrangements: arrangements, seeds: DiagramFit.usualSeeds)
          if search == 0, let kept = DiagramFit.inPlace(source, detail) { laid.insert((.asLaidOut, kept), at: 0) }
          if cut { laid = laid.map { ($0.0, DiagramFit.titled($0.1, like: board)) } }
          for drawing in PageFit.drawings(PageFit.plausible(laid, page: page)) {
            least = min(least, drawing.quality.columns * drawing.quality.rows)
          }
        }
      }
    }
    XCTAssertEqual(reported.columns * reported.rows, least)
  }
}
