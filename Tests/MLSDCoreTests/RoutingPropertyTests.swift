// Property tests over seeded random graphs: arrows never enter a box, start and end on the
// sides of their boxes, labels never overlap, every box is drawn once, every crossing is ┼.

import XCTest

@testable import MLSDCore

final class RoutingPropertyTests: XCTestCase {
  /// Checks every property on one laid-out board; returns the number of crossings seen.
  @discardableResult
  static func check(
    _ board: Board, diagram given: Diagram? = nil, file: StaticString = #filePath, line: UInt = #line
  ) -> Int {
    let diagram = given ?? Diagram(board: board)
    let name = board.title
    XCTAssertEqual(diagram.routes.count, board.arrows.count, name, file: file, line: line)
    let frames = Dictionary(uniqueKeysWithValues: board.boxes.map { ($0.id, $0.frame) })

    // Boxes never overlap, so each is drawn whole and once.
    let sorted = board.boxes.sorted { $0.frame.x < $1.frame.x }
    for (i, a) in sorted.enumerated() {
      for b in sorted[(i + 1)...] {
        if b.frame.x > a.frame.maxX { break }
        XCTAssertFalse(a.frame.intersects(b.frame), "\(name): \(a.id) overlaps \(b.id)", file: file, line: line)
      }
    }
    // Group frames never overlap each other and hold no box of another group.
    let groupFrames = GroupFrame.frames(of: board)
    for (i, f) in groupFrames.enumerated() {
      let members = Set(board.groups[f.group].boxIDs)
      for box in board.boxes where !members.contains(box.id) {
        XCTAssertFalse(
          f.rect.intersects(box.frame), "\(name): \(box.id) inside group \(f.group)", file: file, line: line)
      }
      for g in groupFrames[(i + 1)...] {
        XCTAssertFalse(
          f.rect.intersects(g.rect), "\(name): groups \(f.group) and \(g.group) overlap", file: file, line: line)
      }
    }

    var boxCells = Set<GridPoint>()
    for box in board.boxes {
      for y in box.frame.minY...box.frame.maxY {
        for x in box.frame.minX...box.frame.maxX { boxCells.insert(GridPoint(x: x, y: y)) }
      }
    }
    var horizontal = Set<GridPoint>()
    var vertical = Set<GridPoint>()
    var arrowCells = Set<GridPoint>()
    for (i, route) in diagram.routes.enumerated() {
      let arrow = board.arrows[i]
      let cells = route.cells
      guard let first = cells.first, let last = cells.last, let source = frames[arrow.from],
        let target = frames[arrow.to]
      else {
        XCTFail("\(name): arrow \(i) has no route", file: file, line: line)
        continue
      }
      XCTAssertNotNil(
        GridDirection.intoBox(from: first, frame: source), "\(name): arrow \(i) start", file: file, line: line)
      XCTAssertNotNil(
        GridDirection.intoBox(from: last, frame: target), "\(name): arrow \(i) end", file: file, line: line)
      for (k, cell) in cells.enumerated() {
        XCTAssertFalse(boxCells.contains(cell), "\(name): arrow \(i) enters a box at \(cell)", file: file, line: line)
        arrowCells.insert(cell)
        if k > 0 && k < cells.count - 1 {
          let a = cells[k - 1]
          let b = cells[k + 1]
          if a.y == cell.y && b.y == cell.y { horizontal.insert(cell) }
          if a.x == cell.x && b.x == cell.x { vertical.insert(cell) }
        }
      }
      if k(cells) > 1 {
        for step in zip(cells, cells.dropFirst()) {
          XCTAssertEqual(
            abs(step.0.x - step.1.x) + abs(step.0.y - step.1.y), 1, "\(name): arrow \(i) jumps", file: file, line: line)
        }
      }
    }

    // Labels overwrite nothing: no box, no arrow, no other label.
    var labelCells = Set<GridPoint>()
    for (i, route) in diagram.routes.enumerated() {
      guard let rect = route.labelRect else { continue }
      for y in rect.minY...rect.maxY {
        for x in rect.minX...rect.maxX {
          let cell = GridPoint(x: x, y: y)
          XCTAssertTrue(
            labelCells.insert(cell).inserted, "\(name): label \(i) overlaps a label", file: file, line: line)
          XCTAssertFalse(boxCells.contains(cell), "\(name): label \(i) overlaps a box", file: file, line: line)
          let inline = route.cells.contains(cell)
          XCTAssertTrue(
            !arrowCells.contains(cell) || inline, "\(name): label \(i) covers an arrow", file: file, line: line)
        }
      }
    }

    // Every crossing is drawn as ┼ (or + in ASCII), unless a label sits on it.
    guard let bounds = diagram.bounds else { return 0 }
    var canvas = Canvas(width: bounds.width, height: bounds.height)
    diagram.paint(into: &canvas, offset: GridPoint(x: bounds.x, y: bounds.y), charset: .unicode)
    var crossings = 0
    for cell in horizontal.intersection(vertical) where !labelCells.contains(cell) {
      crossings += 1
      XCTAssertEqual(
        canvas[cell.x - bounds.x, cell.y - bounds.y].text, "┼", "\(name): crossing at \(cell)", file: file, line: line)
    }
    return crossings
  }

  private static func k(_ cells: [GridPoint]) -> Int { cells.count }

  func testSmallRandomGraphs() {
    for seed in 1...30 {
      let board = LayeredLayout.layout(
        RenderFixtures.random(seed: UInt64(seed), count: 4 + seed % 12, groups: seed % 3))
      Self.check(board)
    }
  }

  func testRandomGraphsTopToBottom() {
    for seed in 100...110 {
      let random = RenderFixtures.random(seed: UInt64(seed), count: 10 + seed % 15, groups: 2)
      Self.check(LayeredLayout.layout(random, direction: .topToBottom))
    }
  }

  func testLargeRandomGraph() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 7, count: 200, arrowsPerBox: 1.2, groups: 6))
    Self.check(board)
  }

  func testEditsKeepEveryProperty() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 21, count: 60, groups: 3))
    var diagram = Diagram(board: board)
    var current = board
    var random = SeededRandom(seed: 5)
    for _ in 0..<25 {
      let i = random.int(0..<current.boxes.count)
      var moved = current
      moved.boxes[i].frame.x = max(0, moved.boxes[i].frame.x + random.int(-6..<7))
      moved.boxes[i].frame.y = max(0, moved.boxes[i].frame.y + random.int(-3..<4))
      // Only moves that keep boxes apart are edits the editor allows.
      let padded = moved.boxes[i].frame.insetBy(dx: -1, dy: -1)
      if moved.boxes.indices.contains(where: { $0 != i && moved.boxes[$0].frame.intersects(padded) }) { continue }
      current = moved
      diagram.update(to: current)
      XCTAssertLessThanOrEqual(diagram.reroutedArrows.count, current.arrows.count)
      Self.check(current, diagram: diagram)
    }
  }

  func testPipelineFixture() {
    Self.check(LayeredLayout.layout(RenderFixtures.pipeline()))
    Self.check(LayeredLayout.layout(RenderFixtures.pipeline(), direction: .topToBottom))
  }
}
