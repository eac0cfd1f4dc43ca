// The routing an edit costs stays near the edit: the arrows it re-routes keep their heads apart
// and off other arrows' lines where they can (`RouteRequest.shownHeads`), so that an edit seldom asks for
// the corner pass, a routing of the whole board (after layout15 nearly every move and new arrow
// on a 300-box board asked for it: the editor benchmark's 44 ms per new arrow); and whether the
// re-routed arrows want the pass is read from their heads alone, not from a table of every cell.
import XCTest

@testable import MLSDCore

final class AppEditRoutingWorkTests: XCTestCase {
  /// Moves a box one cell (when nothing is in the way) or adds an arrow to a box near it, as the
  /// editor benchmark does, and counts the edits that asked for the corner pass.
  func testEditsSeldomAskForARoutingOfTheWholeBoard() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 31, count: 80))
    var layer = BoardLayer(board: board)
    var current = board
    var random = SeededRandom(seed: 5)
    var edits = 0
    var rerouted = 0
    for step in 0..<40 {
      var next = current
      let i = random.int(0..<next.boxes.count)
      if step % 2 == 0 {
        next.boxes[i].frame.x += random.chance(50) ? 1 : -1
        let padded = next.boxes[i].frame.insetBy(dx: -1, dy: -1)
        if next.boxes.indices.contains(where: { $0 != i && next.boxes[$0].frame.intersects(padded) }) { continue }
      } else {
        let from = next.boxes[i]
        let nearest = next.boxes.indices.filter { $0 != i }.min { a, b in
          let da =
            abs(next.boxes[a].frame.center.x - from.frame.center.x)
            + abs(next.boxes[a].frame.center.y - from.frame.center.y)
          let db =
            abs(next.boxes[b].frame.center.x - from.frame.center.x)
            + abs(next.boxes[b].frame.center.y - from.frame.center.y)
          return da != db ? da < db : a < b
        }
        guard let j = nearest else { continue }
        next.arrows.append(Arrow(from: from.id, to: next.boxes[j].id))
      }
      layer.update(to: next)
      current = next
      edits += 1
      rerouted += layer.diagram.reroutedArrows.count
    }
    XCTAssertGreaterThan(edits, 30)
    XCTAssertGreaterThan(rerouted, edits, "the edits re-route arrows")
    // Each pass wanted is a routing of the whole board: at most one edit in ten may ask for it
    // (2 of 40 here; 11 of 40 with the re-routing's heads treated as the layout's).
    XCTAssertLessThanOrEqual(layer.editsWantingPass * 10, edits, "edits that wanted the corner pass")
  }

  /// The per-arrow answer gives what the whole-board tables give, on drawings with heads on lines
  /// and shared heads (the layout's routing walls neither).
  func testTheHeadsOfGivenArrowsAreJudgedAsTheWholeBoardTablesJudgeThem() {
    var wanted = 0
    for seed in UInt64(1)...6 {
      let diagram = Diagram(board: LayeredLayout.layout(RenderFixtures.random(seed: seed, count: 40)))
      let apart = Set(SharedArrowheads.sharing(diagram) + SharedArrowheads.onLineArrows(diagram))
      for arrow in diagram.board.arrows.indices {
        XCTAssertEqual(SharedArrowheads.wantsApart(diagram, arrow: arrow), apart.contains(arrow), "seed \(seed)")
      }
      wanted += apart.count
    }
    XCTAssertGreaterThan(wanted, 0, "some heads are shared or on lines")
  }

  func testAPathPassesThroughExactlyTheCellsItWalks() {
    var random = SeededRandom(seed: 17)
    for _ in 0..<200 {
      var points = [GridPoint(x: random.int(0..<10), y: random.int(0..<10))]
      for k in 0..<random.int(0..<5) {
        let last = points[points.count - 1]
        // Mostly straight runs, now and then a diagonal pair (walked as an L).
        let x = k % 2 == 0 || random.chance(20) ? random.int(0..<10) : last.x
        let y = k % 2 == 1 || random.chance(20) ? random.int(0..<10) : last.y
        points.append(GridPoint(x: x, y: y))
      }
      let cells = Set(ArrowRoute(points: points).cells)
      for x in -1...10 {
        for y in -1...10 {
          let cell = GridPoint(x: x, y: y)
          XCTAssertEqual(SharedArrowheads.passes(points, through: cell), cells.contains(cell), "\(points) \(cell)")
        }
      }
    }
  }
}
