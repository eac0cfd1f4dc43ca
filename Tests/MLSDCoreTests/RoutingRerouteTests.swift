// The router's second pass (Router.rerouteCrossings): arrows that cross others are routed again
// with crossings dearer, and a new path is kept only when it crosses fewer arrows, so the pass
// never adds a crossing; on the reference designs it must take some away.

import XCTest

@testable import MLSDCore

final class RoutingRerouteTests: XCTestCase {
  func testReroutingNeverAddsCrossingsAndRemovesSome() {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    var once = 0
    var twice = 0
    for template in library.templates where template.id != "blank" {
      for direction in LayeredLayout.Direction.allCases {
        let board = LayeredLayout.layout(template.reference, direction: direction)
        let first = Router.route(board, rerouting: false).routes
        let second = Router.route(board).routes
        let a = LayoutQuality(Diagram(board: board, routes: first))
        let b = LayoutQuality(Diagram(board: board, routes: second))
        XCTAssertLessThanOrEqual(b.crossings, a.crossings, "\(template.id) \(direction)")
        XCTAssertEqual(b.throughBoxes, 0, "\(template.id) \(direction)")
        once += a.crossings
        twice += b.crossings
      }
    }
    XCTAssertLessThan(twice, once, "the second pass took no crossing away on any reference")
  }

  func testSearchesTheSecondPassDoesNotRunAgainWouldFindWhatItHas() {
    // RerouteMemory skips a search when no path changed on the cells it read: the drawing must
    // be the one that running every search again gives, and the shortcut must be taken.
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    var reused = 0
    for template in library.templates where template.id != "blank" {
      for direction in LayeredLayout.Direction.allCases {
        let board = LayeredLayout.layout(template.reference, direction: direction)
        let remembered = Router.route(board)
        let searched = Router.route(board, remembering: false)
        XCTAssertEqual(remembered.routes, searched.routes, "\(template.id) \(direction)")
        XCTAssertEqual(searched.reusedSearches, 0)
        reused += remembered.reusedSearches
      }
    }
    XCTAssertGreaterThan(reused, 0, "no search of the second pass was skipped on any reference")
  }

  func testCrossingsOfAPathCountOtherArrowsLinesItRunsAcross() {
    // A → B along a row, C → D down a column: the second path crosses the first once.
    let board = Board(
      title: "cross",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: 0, y: 10, width: 8, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: 40, y: 10, width: 8, height: 3)),
        Box(id: "c", label: "C", frame: GridRect(x: 20, y: 0, width: 8, height: 3)),
        Box(id: "d", label: "D", frame: GridRect(x: 20, y: 20, width: 8, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b"), Arrow(from: "c", to: "d")])
    let result = Router.route(board)
    let grid = try? XCTUnwrap(result.grid)
    guard let grid else { return XCTFail("a whole-board routing keeps its grid") }
    XCTAssertEqual(Router.crossings(of: result.routes[1].cells, arrow: 1, grid: grid), 1)
    XCTAssertEqual(Router.crossings(of: result.routes[0].cells, arrow: 0, grid: grid), 1)
  }
}
