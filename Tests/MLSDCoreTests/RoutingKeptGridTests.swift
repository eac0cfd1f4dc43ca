// The routing grid kept between edits: after every kind of edit (moves, wider boxes, new arrows,
// relabelled arrows, going back to an older drawing as undo does) it holds exactly what a grid
// built afresh from the board and its routes holds, and the routes keep every routing property.
import XCTest

@testable import MLSDCore

final class RoutingKeptGridTests: XCTestCase {
  func assertMatchesAFreshGrid(_ diagram: Diagram, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    guard var state = diagram.keptState else { return XCTFail("\(what): no kept grid", file: file, line: line) }
    // The grid may hold a later drawing (this one came back by undo, or its edit needed no
    // routing): brought to this one, it must be as if built for it.
    // A drawing of another extent cannot be reached in place; the next edit builds the grid again.
    if state.board != diagram.board || state.routes != diagram.routes,
      !KeptGrid.sync(&state, to: diagram.board, routes: diagram.routes)
    {
      XCTAssertNotEqual(state.grid.rect, RouteGrid.extent(board: diagram.board, frames: state.frames), what)
      return
    }
    let fresh = KeptGrid.build(board: diagram.board, routes: diagram.routes)
    let a = state.grid
    let b = fresh.grid
    XCTAssertEqual(a.rect, b.rect, what, file: file, line: line)
    XCTAssertEqual(a.kind, b.kind, "\(what): what stands on the cells", file: file, line: line)
    XCTAssertEqual(a.labels, b.labels, "\(what): label cells", file: file, line: line)
    XCTAssertEqual(state.labelSizes, fresh.labelSizes, what, file: file, line: line)
    XCTAssertEqual(state.arrowFrom, fresh.arrowFrom, what, file: file, line: line)
    XCTAssertEqual(state.arrowTo, fresh.arrowTo, what, file: file, line: line)
    var differing = 0
    for i in a.kind.indices where a.head[i] >= 0 || b.head[i] >= 0 {
      let x = a.uses(at: i).map { "\($0.arrow):\($0.use)" }.sorted()
      let y = b.uses(at: i).map { "\($0.arrow):\($0.use)" }.sorted()
      if x != y { differing += 1 }
    }
    XCTAssertEqual(differing, 0, "\(what): cells whose arrows differ", file: file, line: line)
  }

  func testTheKeptGridFollowsEveryEditAndUndo() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 21, count: 60))
    var diagram = Diagram(board: board, keepingGrid: true)
    assertMatchesAFreshGrid(diagram, "fresh")
    var history: [Diagram] = [diagram]
    var current = board
    var random = SeededRandom(seed: 9)
    var kept = 0
    for step in 0..<60 {
      var next = current
      let i = random.int(0..<next.boxes.count)
      switch step % 5 {
      case 0, 1:
        next.boxes[i].frame.x += random.int(-4..<5)
        next.boxes[i].frame.y += random.int(-2..<3)
      case 2:
        // A label committed: the box grows.
        next.boxes[i].frame.width += random.int(1..<4)
      case 3:
        let j = random.int(0..<next.boxes.count)
        if i != j { next.arrows.append(Arrow(from: next.boxes[i].id, to: next.boxes[j].id, label: "new \(step)")) }
      default:
        let a = random.int(0..<next.arrows.count)
        next.arrows[a].label = step % 2 == 0 ? nil : "relabelled \(step) with more words"
      }
      let padded = next.boxes[i].frame.insetBy(dx: -1, dy: -1)
      if next.boxes.indices.contains(where: { $0 != i && next.boxes[$0].frame.intersects(padded) }) { continue }
      if step % 7 == 6, history.count > 2 {
        // Undo: back to an older drawing, which the next edit starts from.
        diagram = history[history.count - 2]
        current = diagram.board
        continue
      }
      diagram.update(to: next)
      current = next
      history.append(diagram)
      if diagram.keptState != nil { kept += 1 }
      assertMatchesAFreshGrid(diagram, "step \(step)")
      RoutingPropertyTests.check(current, diagram: diagram)
    }
    XCTAssertGreaterThan(kept, 30, "most edits re-route on the kept grid")
  }

  func testEditsTheKeptGridCannotFollowFallBackToAFullRouting() throws {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 4, count: 20, groups: 2))
    var diagram = Diagram(board: board, keepingGrid: true)
    var next = board
    next.removeBox(next.boxes[3].id)
    diagram.update(to: next)
    XCTAssertNotEqual(diagram.keptState?.board, next, "a box removed: routed without the kept grid")
    RoutingPropertyTests.check(next, diagram: diagram)
    // A grouped box that grows reshapes its group's frame: routed as without a kept grid.
    var moved = next
    let grouped = Set(moved.groups.flatMap(\.boxIDs))
    if let id = moved.groups.first?.boxIDs.first, let i = moved.boxIndex(id) { moved.boxes[i].frame.y += 1 }
    XCTAssertNotEqual(GroupFrame.frames(of: moved), GroupFrame.frames(of: next))
    diagram.update(to: moved)
    RoutingPropertyTests.check(moved, diagram: diagram)
    // And a later edit outside the groups works on a grid built again.
    var again = moved
    let free = try XCTUnwrap(again.boxes.firstIndex { !grouped.contains($0.id) })
    again.boxes[free].frame.width += 1
    diagram.update(to: again)
    RoutingPropertyTests.check(again, diagram: diagram)
    assertMatchesAFreshGrid(diagram, "after a fallback")
  }

  func testAnUnkeptDiagramRoutesAsBefore() {
    let board = LayeredLayout.layout(RenderFixtures.pipeline())
    XCTAssertNil(Diagram(board: board).keptState)
    XCTAssertEqual(Diagram(board: board, keepingGrid: true).routes, Diagram(board: board).routes)
  }
}
