// What the app's diagram skips: routing when an edit leaves every box frame, arrow and group as
// it was, painting what lies outside the canvas, and listing the cells of every path for
// hit tests. Each must give exactly what the full work gives.
import XCTest

@testable import MLSDCore

final class RenderDiagramSkipTests: XCTestCase {
  let board = LayeredLayout.layout(RenderFixtures.random(seed: 11, count: 60, groups: 4))

  func testEditsThatKeepTheGeometryKeepTheRoutesTheRouterWouldGive() {
    var edits: [(String, (inout Board) -> Void)] = [
      ("notes", { $0.notes[.data] = "Point-in-time joins." }),
      ("title", { $0.title = "Renamed" }),
      ("kind", { $0.boxes[3].kind = "cache" }),
      ("label, same frame", { $0.boxes[5].label = String($0.boxes[5].label.reversed()) }),
    ]
    edits.append(("arrow label", { $0.arrows[0].label = "now labelled" }))
    for (name, edit) in edits {
      var diagram = Diagram(board: board)
      var next = board
      edit(&next)
      let routed = Router.route(next, previous: (board, diagram.routes))
      diagram.update(to: next)
      XCTAssertEqual(diagram.routes, routed.routes, name)
      XCTAssertEqual(diagram.reroutedArrows, routed.rerouted.sorted(), name)
      XCTAssertEqual(diagram.board, next, name)
    }
  }

  func testAWindowPaintsExactlyThoseCellsOfTheWholeDrawing() throws {
    let diagram = Diagram(board: board)
    let bounds = try XCTUnwrap(diagram.bounds)
    var whole = Canvas(width: bounds.maxX + 2, height: bounds.maxY + 2)
    let highlight: Set<Int> = [0, 7, 20]
    diagram.paint(into: &whole, offset: GridPoint(x: 0, y: 0), charset: .unicode, highlightArrows: highlight)
    var random = SeededRandom(seed: 3)
    var windows: [(GridPoint, Canvas)] = (0..<40).map { _ in
      let origin = GridPoint(x: random.int(-10..<(bounds.maxX - 10)), y: random.int(-5..<(bounds.maxY - 5)))
      return (origin, Canvas(width: 40 + random.int(0..<40), height: 10 + random.int(0..<20)))
    }
    // Windows that show only the end of a label, its path being further left.
    for route in diagram.routes {
      guard let origin = route.labelOrigin, let text = route.label else { continue }
      let x = origin.x + text.width - 6
      windows.append((GridPoint(x: x, y: origin.y - 3), Canvas(width: 30, height: 6)))
    }
    for (offset, canvas) in windows {
      let ox = offset.x
      let oy = offset.y
      var window = canvas
      diagram.paint(into: &window, offset: GridPoint(x: ox, y: oy), charset: .unicode, highlightArrows: highlight)
      // The outermost columns may hold half of a wide character cut by the edge; compare inside.
      for y in 0..<window.height {
        for x in 2..<(window.width - 2) {
          let expected = whole.contains(x: x + ox, y: y + oy) ? whole[x + ox, y + oy] : .blank
          XCTAssertEqual(window[x, y], expected, "cell (\(x + ox), \(y + oy)) in the window at (\(ox), \(oy))")
        }
      }
    }
  }

  func testHitTestsFindTheCellsOfEachPath() {
    let layer = BoardLayer(board: board)
    var random = SeededRandom(seed: 5)
    var routes = layer.routes.map(\.points)
    // The router never makes a diagonal step, but a path walks one as an L, x first.
    routes.append([GridPoint(x: 0, y: 0), GridPoint(x: 3, y: 2), GridPoint(x: 1, y: -1)])
    routes.append([GridPoint(x: 4, y: 4)])
    for points in routes {
      let route = ArrowRoute(points: points)
      let cells = Set(route.cells)
      guard let box = route.bounds else { continue }
      for _ in 0..<30 {
        let p = GridPoint(
          x: box.x - 1 + random.int(0..<(box.width + 2)), y: box.y - 1 + random.int(0..<(box.height + 2)))
        XCTAssertEqual(BoardLayer.path(points, contains: p), cells.contains(p), "\(points) at \(p)")
      }
      for cell in cells { XCTAssertTrue(BoardLayer.path(points, contains: cell)) }
    }
    for (i, route) in layer.routes.enumerated() {
      guard let cell = route.cells.last else { continue }
      let last = layer.routes.indices.last { layer.routes[$0].cells.contains(cell) }
      XCTAssertEqual(layer.arrowIndex(at: cell), last, "arrow \(i)")
    }
  }
}
