// The label placer's last resort asks `LabelSpots` which places around a path a label fits in,
// instead of walking the label's cells at each place: on routed random boards (with group frames,
// other arrows and placed labels on the grid) its answer must be `LabelPlacer.fits`'s at every
// place of the neighbourhood and beyond, for every width and number of lines, over frames or not.
import XCTest

@testable import MLSDCore

final class RoutingLabelSpotsTests: XCTestCase {
  func testSpotsAnswerAsFitsDoesAroundEveryPath() {
    var compared = 0
    var fitting = 0
    var empty = 0
    for seed in [3, 8, 21] as [UInt64] {
      let board = LayeredLayout.layout(RenderFixtures.random(seed: seed, count: 40, groups: 3))
      let diagram = Diagram(board: board)
      let grid = KeptGrid.build(board: board, routes: diagram.routes).grid
      for (n, route) in diagram.routes.enumerated() where n % 4 == 0 {
        let cells = route.cells
        guard let bounds = route.bounds else { continue }
        for (width, height) in [(1, 1), (4, 1), (11, 1), (24, 1), (9, 2), (24, 3)] {
          let size = LabelSize(width: width, height: height)
          for overFrames in [false, true] {
            let spots = LabelSpots(size: size, cells: cells, grid: grid, overFrames: overFrames)
            var anywhere = false
            for y in (bounds.minY - 5)...(bounds.maxY + 5) {
              for x in (bounds.minX - width - 4)...(bounds.maxX + 4) {
                let expected = LabelPlacer.fits(x: x, y: y, size: size, grid: grid, overFrames: overFrames)
                XCTAssertEqual(
                  spots.fits(x: x, y: y, grid: grid, overFrames: overFrames), expected,
                  "seed \(seed), arrow \(n), size \(width)×\(height), over frames \(overFrames), at (\(x), \(y))")
                compared += 1
                if expected { fitting += 1 }
                anywhere = anywhere || expected
              }
            }
            // Empty: no place the last resort tries around any cell of the path fits.
            let tried = cells.contains { cell in
              ((cell.y - height)...(cell.y + 1)).contains { y in
                ((cell.x - width - 1)...(cell.x + 2)).contains { x in
                  LabelPlacer.fits(x: x, y: y, size: size, grid: grid, overFrames: overFrames)
                }
              }
            }
            if spots.isEmpty { empty += 1 }
            if spots.isEmpty { XCTAssertFalse(tried, "seed \(seed), arrow \(n), width \(width)") }
            // (For several lines, not empty says only that one row fits somewhere.)
            if !spots.isEmpty && height == 1 { XCTAssertTrue(anywhere, "seed \(seed), arrow \(n), width \(width)") }
          }
        }
      }
    }
    // The boards leave room somewhere and not everywhere, so both answers were compared, and
    // some paths leave no room at all for the widest labels.
    XCTAssertGreaterThan(fitting, 0)
    XCTAssertGreaterThan(compared - fitting, 0)
    XCTAssertGreaterThan(empty, 0)
  }
}
