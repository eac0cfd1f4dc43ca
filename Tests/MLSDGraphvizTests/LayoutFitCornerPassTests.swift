// The fit finds a layout whenever one it made fits (LayoutFitMonotoneTests), on the Graphviz road
// `mlsd render --fit` takes by default: the drawing printed is the fit's drawing given the corner
// pass (`Diagram.clearOfCorners`), which may route its arrows round a column or a row closer.
// News feed at 111 × 34 was measured 111 × 34 and printed 110 × 34, and a page of 110 × 34 found
// nothing (`Benchmarks/fit-monotone.sh`, fit13 and fit14 in Benchmarks/RESULTS.md).
import MLSDGraphviz
import XCTest

@testable import MLSDCore

final class LayoutFitCornerPassTests: XCTestCase {
  func testTheSizePrintedAfterTheCornerPassIsFound() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    let template = try XCTUnwrap(library.template("news-feed"))
    let page = (columns: 111, rows: 34)
    try LayoutEngine.$ordering.withValue(GraphvizOrdering()) {
      // Laid out on the Graphviz road, as `mlsd new --reference` saves it.
      let board = template.referenceBoard()
      guard case .success(let first) = DiagramFit.fit(board, columns: page.columns, rows: page.rows) else {
        return XCTFail("news feed fits \(page)")
      }
      let printed = LayoutQuality(first.diagram.clearOfCorners(room: page))
      let again = DiagramFit.fit(board, columns: printed.columns, rows: printed.rows)
      let choice = try XCTUnwrap(
        try? again.get(), "\(printed.columns)x\(printed.rows), printed for \(page), not found for itself")
      XCTAssertLessThanOrEqual(choice.columns, printed.columns)
      XCTAssertLessThanOrEqual(choice.rows, printed.rows)
    }
  }
}
