// The fit finds a layout whenever one it made fits: a drawing of w × h found for a larger page is
// found (or one no larger) when w × h itself is asked for. Lane packings depend on the page (they
// keep `DiagramFit.pageMargin` free for arrows going round), so without the search over pages a
// little larger (`DiagramFit.grownPages`) harmful content detection drew 121 × 27 for 125 × 30 and
// nothing for 124 × 30 (ux18, finding 4; every reference at five pages with Graphviz:
// `Benchmarks/fit-monotone.sh`).
import XCTest

@testable import MLSDCore

final class LayoutFitMonotoneTests: XCTestCase {
  /// Two references at a review's page (Graphviz's ceiling left out: the core's tests lay out
  /// without it; every reference with it: `Benchmarks/fit-monotone.sh`).
  func testEveryReferenceFitsTheSizeItDrewForALargerPage() throws {
    let pages = [(columns: 118, rows: 38)]
    for id in ["generic-ml-pipeline", "ad-click-prediction"] {
      let board = try XCTUnwrap(Fixtures.library.template(id)).referenceBoard()
      for page in pages {
        guard case .success(let first) = DiagramFit.fit(board, columns: page.columns, rows: page.rows) else {
          continue
        }
        // Its own size, and a column and a row fewer than the page when it filled the page.
        let again = DiagramFit.fit(board, columns: first.columns, rows: first.rows)
        let choice = try XCTUnwrap(
          try? again.get(), "\(id): \(first.columns)x\(first.rows), drawn for \(page), not found for itself")
        XCTAssertLessThanOrEqual(choice.columns, first.columns, id)
        XCTAssertLessThanOrEqual(choice.rows, first.rows, id)
      }
    }
  }

  /// A drawing reaching past the page by at most `SmallestTried.cornerSlack` columns and rows is
  /// the one given the corner pass when nothing fits; one further past is not.
  func testTheNearestDrawingIsWithinTheSlack() throws {
    let laid = try XCTUnwrap(DiagramFit.candidates(RenderFixtures.pipeline(), seeds: 1).first)
    let drawing = try XCTUnwrap(PageFit.drawings([laid]).first)
    let (columns, rows) = (drawing.quality.columns, drawing.quality.rows)
    var near = SmallestTried(page: (columns - SmallestTried.cornerSlack, rows - 1))
    near.weigh(drawing, .full, order: [0])
    XCTAssertEqual(near.nearest?.columns, columns)
    var far = SmallestTried(page: (columns - SmallestTried.cornerSlack - 1, rows))
    far.weigh(drawing, .full, order: [0])
    XCTAssertNil(far.nearest)
    // A squeezed drawing, measured with its routes moved, is not a drawing the board routes to.
    var moved = drawing
    moved.moved = true
    var squeezed = SmallestTried(page: (columns, rows))
    squeezed.weigh(moved, .full, order: [0])
    XCTAssertNil(squeezed.nearest)
  }

  /// The pages a fit that finds nothing searches again: larger by one to `pageMargin` columns,
  /// rows or both, and a page as tall as need be not grown.
  func testTheGrownPages() {
    let grown = DiagramFit.grownPages((columns: 124, rows: 30))
    XCTAssertEqual(grown.count, 3 * DiagramFit.pageMargin)
    XCTAssertTrue(grown.contains { $0 == (125, 30) })
    XCTAssertTrue(grown.contains { $0 == (124, 30 + DiagramFit.pageMargin) })
    XCTAssertTrue(grown.allSatisfy { $0.columns >= 124 && $0.rows >= 30 && ($0.columns, $0.rows) != (124, 30) })
    XCTAssertTrue(DiagramFit.grownPages((columns: 80, rows: Int.max)).allSatisfy { $0.rows == Int.max })
  }
}
