// Unit tests for LayeredLayout: layers follow the arrows, groups stay together, nothing overlaps.

import XCTest

@testable import MLSDCore

final class LayoutTests: XCTestCase {
  /// A random acyclic board: every arrow goes from a lower to a higher box number.
  func acyclic(seed: UInt64, count: Int) -> Board {
    var board = RenderFixtures.random(seed: seed, count: count, groups: 0)
    board.arrows = board.arrows.compactMap { arrow in
      let a = Int(arrow.from.dropFirst()) ?? 0
      let b = Int(arrow.to.dropFirst()) ?? 0
      if a == b { return nil }
      return a < b ? arrow : arrow.reversed
    }
    return board
  }

  func testLayersFollowArrowsLeftToRight() {
    for seed in 1...10 {
      let board = LayeredLayout.layout(acyclic(seed: UInt64(seed), count: 25))
      for arrow in board.arrows {
        let a = board.box(arrow.from)!.frame
        let b = board.box(arrow.to)!.frame
        XCTAssertGreaterThan(b.minX, a.maxX, "seed \(seed): \(arrow.from) → \(arrow.to)")
      }
    }
  }

  func testLayersFollowArrowsTopToBottom() {
    for seed in 11...20 {
      let board = LayeredLayout.layout(acyclic(seed: UInt64(seed), count: 25), direction: .topToBottom)
      for arrow in board.arrows {
        let a = board.box(arrow.from)!.frame
        let b = board.box(arrow.to)!.frame
        XCTAssertGreaterThan(b.minY, a.maxY, "seed \(seed): \(arrow.from) → \(arrow.to)")
      }
    }
  }

  func testNoOverlapsAndGroupsHoldOnlyTheirBoxes() {
    for seed in 30...45 {
      for direction in LayeredLayout.Direction.allCases {
        let board = LayeredLayout.layout(
          RenderFixtures.random(seed: UInt64(seed), count: 30, groups: 4), direction: direction)
        for (i, a) in board.boxes.enumerated() {
          XCTAssertGreaterThanOrEqual(a.frame.x, 0)
          XCTAssertGreaterThanOrEqual(a.frame.y, 0)
          for b in board.boxes[(i + 1)...] {
            XCTAssertFalse(a.frame.intersects(b.frame), "seed \(seed) \(direction): \(a.id) overlaps \(b.id)")
          }
        }
        let frames = GroupFrame.frames(of: board)
        for (i, frame) in frames.enumerated() {
          let members = Set(board.groups[frame.group].boxIDs)
          for box in board.boxes {
            let inside = frame.rect.insetBy(dx: 1, dy: 1)
            let contained =
              box.frame.minX >= inside.minX && box.frame.maxX <= inside.maxX && box.frame.minY >= inside.minY
              && box.frame.maxY <= inside.maxY
            if members.contains(box.id) {
              XCTAssertTrue(contained, "seed \(seed): \(box.id) outside its group")
            } else {
              XCTAssertFalse(frame.rect.intersects(box.frame), "seed \(seed): \(box.id) inside another group")
            }
          }
          for other in frames[(i + 1)...] {
            XCTAssertFalse(frame.rect.intersects(other.rect), "seed \(seed) \(direction): group frames overlap")
          }
        }
      }
    }
  }

  func testLargeGroupedBoardHasNoOverlaps() {
    // Many groups over many layers: every layer must keep one group order, or frames cross.
    var board = RenderFixtures.random(seed: 42, count: 400, arrowsPerBox: 1.3, groups: 16)
    board.arrows = board.arrows.filter { abs((Int($0.from.dropFirst()) ?? 0) - (Int($0.to.dropFirst()) ?? 0)) <= 4 }
    let laid = LayeredLayout.layout(board)
    let boxes = laid.boxes.sorted { $0.frame.minX < $1.frame.minX }
    for (i, a) in boxes.enumerated() {
      for b in boxes[(i + 1)...] {
        if b.frame.minX > a.frame.maxX { break }
        XCTAssertFalse(a.frame.intersects(b.frame), "\(a.id) overlaps \(b.id)")
      }
    }
    let frames = GroupFrame.frames(of: laid)
    for (i, f) in frames.enumerated() {
      for g in frames[(i + 1)...] { XCTAssertFalse(f.rect.intersects(g.rect), "groups \(f.group), \(g.group)") }
    }
  }

  func testPipelineFlowsFromSourcesToServingWithFeedbackReversed() {
    let board = LayeredLayout.layout(RenderFixtures.pipeline())
    func x(_ id: String) -> Int { board.box(id)!.frame.minX }
    XCTAssertLessThan(x("events"), x("kafka"))
    XCTAssertLessThan(x("kafka"), x("spark"))
    XCTAssertLessThan(x("offline"), x("train"))
    XCTAssertLessThan(x("train"), x("registry"))
    XCTAssertLessThan(x("registry"), x("inference"))
    // Monitoring and logs read from inference: they come after it, their arrows loop back.
    XCTAssertLessThan(x("inference"), x("monitor"))
    XCTAssertLessThan(x("inference"), x("logs"))
  }

  func testBoxesWithoutArrowsGoBelowTheDiagram() {
    var board = RenderFixtures.pipeline()
    let size = BoxSizing.naturalSize(label: "Notes", detail: nil)
    board.boxes.append(
      Box(id: "loose", label: "Notes", frame: GridRect(x: 0, y: 0, width: size.width, height: size.height)))
    let laid = LayeredLayout.layout(board)
    let loose = laid.box("loose")!.frame
    for box in laid.boxes where box.id != "loose" { XCTAssertGreaterThan(loose.minY, box.frame.maxY) }
  }

  func testKeepsSizesAndHandlesEmptyAndSingleBoards() {
    let empty = Board(title: "Empty")
    XCTAssertEqual(LayeredLayout.layout(empty), empty)
    let original = RenderFixtures.pipeline()
    let laid = LayeredLayout.layout(original)
    for (a, b) in zip(original.boxes, laid.boxes) {
      XCTAssertEqual(a.frame.width, b.frame.width)
      XCTAssertEqual(a.frame.height, b.frame.height)
    }
    let single = Board(
      title: "One", boxes: [Box(id: "a", label: "A", frame: GridRect(x: 50, y: 50, width: 7, height: 3))])
    XCTAssertEqual(LayeredLayout.layout(single).boxes[0].frame, GridRect(x: 2, y: 1, width: 7, height: 3))
  }

  func testLayoutFittingGoesTopToBottomWhenTooWide() {
    let board = LayeredLayout.layoutFitting(RenderFixtures.pipeline(), width: 60)
    let bounds = LayeredLayout.drawnBounds(board)!
    XCTAssertLessThan(bounds.width, LayeredLayout.drawnBounds(LayeredLayout.layout(RenderFixtures.pipeline()))!.width)
    // With room, left to right is the usual layout; an alternative replaces it only when it is
    // smaller and crosses, drops and covers frames no more.
    let roomy = LayoutQuality(Diagram(board: LayeredLayout.layoutFitting(RenderFixtures.pipeline(), width: 10_000)))
    let usual = LayoutQuality(Diagram(board: LabelRoom.make(LayeredLayout.layout(RenderFixtures.pipeline()))))
    XCTAssertLessThanOrEqual(roomy.crossings, usual.crossings)
    XCTAssertLessThanOrEqual(roomy.droppedLabels, usual.droppedLabels)
    XCTAssertLessThanOrEqual(roomy.labelsOnFrames, usual.labelsOnFrames)
    XCTAssertLessThanOrEqual(roomy.columns * roomy.rows, usual.columns * usual.rows)
  }

  func testSiftingNeverAddsCrossingsAndKeepsGroupsWhole() {
    var totalBefore = 0
    var totalAfter = 0
    for seed in 50...65 {
      let board = RenderFixtures.random(seed: UInt64(seed), count: 40, groups: seed % 2 == 0 ? 0 : 4)
      var graph = LayeredGraph(board: board, boxes: Array(board.boxes.indices), direction: .leftToRight)
      CrossingReduction.order(&graph)
      // A shuffled ungrouped part leaves sifting something to find.
      var random = SeededRandom(seed: UInt64(seed))
      for l in graph.layers.indices where graph.layers[l].allSatisfy({ graph.group[$0] < 0 }) {
        graph.layers[l].shuffle(using: &random)
      }
      var position = Array(repeating: 0, count: graph.count)
      for layer in graph.layers { for (i, v) in layer.enumerated() { position[v] = i } }
      let groupOrder = graph.layers.map { $0.map { graph.group[$0] }.filter { $0 >= 0 } }
      let before = CrossingReduction.crossings(graph, position)
      CrossingReduction.sift(&graph, &position)
      let after = CrossingReduction.crossings(graph, position)
      XCTAssertLessThanOrEqual(after, before, "seed \(seed)")
      totalBefore += before
      totalAfter += after
      for (l, layer) in graph.layers.enumerated() {
        for (i, v) in layer.enumerated() { XCTAssertEqual(position[v], i, "seed \(seed)") }
        // Groups stay in one piece and in the order they had.
        var runs = layer.map { graph.group[$0] }.filter { $0 >= 0 }
        runs = runs.enumerated().filter { $0.offset == 0 || runs[$0.offset - 1] != $0.element }.map(\.element)
        XCTAssertEqual(runs.count, Set(runs).count, "seed \(seed) layer \(l): a group split")
        var expected = groupOrder[l]
        expected = expected.enumerated().filter { $0.offset == 0 || expected[$0.offset - 1] != $0.element }.map(
          \.element)
        XCTAssertEqual(runs, expected, "seed \(seed) layer \(l): groups reordered")
      }
    }
    XCTAssertLessThan(totalAfter, totalBefore, "sifting moved nothing")
  }
}
