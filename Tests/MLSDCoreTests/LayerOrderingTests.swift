// The layered layout with ranks and order from an engine (LayoutEngine.ordering): the engine's
// order is kept, its ranks become the layers, groups stay in one piece whatever it answers, and
// an answer that does not fit the graph leaves the layout to mlsd's own ordering.

import XCTest

@testable import MLSDCore

final class LayerOrderingTests: XCTestCase {
  /// An engine with a fixed answer, which also records what it was asked.
  final class Fixed: LayerOrdering, @unchecked Sendable {
    let answer: (LayerOrderingInput) -> LayerOrderingResult?
    var asked: [LayerOrderingInput] = []
    init(_ answer: @escaping (LayerOrderingInput) -> LayerOrderingResult?) { self.answer = answer }
    func order(_ graph: LayerOrderingInput) -> LayerOrderingResult? {
      asked.append(graph)
      return answer(graph)
    }
  }

  func box(_ id: String) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: 0, y: 0, width: 9, height: 3))
  }

  /// a feeds b and c; the engine ranks a first and puts c before b, or b before c.
  func fan() -> Board {
    var board = Board(title: "Fan")
    board.boxes = [box("a"), box("b"), box("c")]
    board.arrows = [Arrow(from: "a", to: "b"), Arrow(from: "a", to: "c")]
    return board
  }

  func testTheEngineOrderIsKept() {
    for (b, c) in [(2.0, 1.0), (1.0, 2.0)] {
      let engine = Fixed { _ in LayerOrderingResult(rank: [0, 1, 1], position: [0, b, c], edgePaths: [[], []]) }
      let laid = LayoutEngine.$ordering.withValue(engine) { LayeredLayout.layout(fan()) }
      let (fb, fc) = (laid.box("b")!.frame, laid.box("c")!.frame)
      XCTAssertEqual(fb.x, fc.x, "one layer")
      XCTAssertEqual(fb.y < fc.y, b < c, "b at \(b), c at \(c)")
      XCTAssertEqual(engine.asked.count, 1)
      // Left to right: heights go across the flow.
      XCTAssertEqual(engine.asked.first?.nodes.first, LayerOrderingInput.Node(width: 3, height: 9))
      XCTAssertEqual(engine.asked.first?.edges, [.init(from: 0, to: 1), .init(from: 0, to: 2)])
    }
  }

  func testEngineRanksBecomeLayersAndLongEdgesFollowTheirPath() {
    var board = fan()
    board.boxes.append(box("d"))
    board.arrows += [Arrow(from: "b", to: "d"), Arrow(from: "a", to: "d")]
    // d two ranks below a; the edge a → d passes rank 1 left of b and c (position -1).
    let engine = Fixed { input in
      let paths = input.edges.map { $0 == .init(from: 0, to: 3) ? [-1.0] : [] }
      return LayerOrderingResult(rank: [0, 1, 1, 2], position: [0, 1, 2, 1], edgePaths: paths)
    }
    let graph = LayoutEngine.$ordering.withValue(engine) {
      LayeredGraph.ordered(board: board, boxes: [0, 1, 2, 3], direction: .topToBottom)
    }
    XCTAssertEqual(graph.layers.count, 3)
    XCTAssertEqual(graph.layers[0], [0])
    XCTAssertEqual(graph.layers[2], [3])
    XCTAssertEqual(graph.layers[1].count, 3)
    XCTAssertEqual(graph.box[graph.layers[1][0]], -1, "the dummy of a → d comes first")
    XCTAssertEqual(graph.layers[1].dropFirst().map { graph.box[$0] }, [1, 2])
  }

  func testAnAnswerThatDoesNotFitLeavesTheOwnLayout() {
    let own = LayeredLayout.layout(fan())
    let upward = Fixed { _ in LayerOrderingResult(rank: [1, 0, 1], position: [0, 1, 2], edgePaths: [[], []]) }
    let declined = Fixed { _ in nil }
    let short = Fixed { _ in LayerOrderingResult(rank: [0, 1], position: [0, 1], edgePaths: [[], []]) }
    for engine in [upward, declined, short] {
      XCTAssertEqual(LayoutEngine.$ordering.withValue(engine) { LayeredLayout.layout(fan()) }, own)
      XCTAssertEqual(engine.asked.count, 1)
    }
  }

  func testGroupsStayInOnePieceWhateverTheEngineAnswers() {
    var board = Board(title: "Groups")
    board.boxes = ["s", "a", "b", "x", "t"].map(box)
    board.arrows = [
      Arrow(from: "s", to: "a"), Arrow(from: "s", to: "x"), Arrow(from: "s", to: "b"), Arrow(from: "a", to: "t"),
      Arrow(from: "x", to: "t"), Arrow(from: "b", to: "t"),
    ]
    board.groups = [Group(id: "g", title: "G", boxIDs: ["a", "b"])]
    // x between a and b, which share a group: the group must still be one block.
    let engine = Fixed { input in
      LayerOrderingResult(
        rank: [0, 1, 1, 1, 2], position: [0, 1, 3, 2, 0], edgePaths: input.edges.map { _ in [] })
    }
    for direction in LayeredLayout.Direction.allCases {
      let laid = LayoutEngine.$ordering.withValue(engine) { LayeredLayout.layout(board, direction: direction) }
      let frame = GroupFrame.frames(of: laid)[0].rect
      let x = laid.box("x")!.frame
      XCTAssertFalse(frame.intersects(x), "\(direction): x inside the group frame")
      for (i, a) in laid.boxes.enumerated() {
        for b in laid.boxes[(i + 1)...] { XCTAssertFalse(a.frame.intersects(b.frame), "\(a.id) overlaps \(b.id)") }
      }
    }
  }

  func testCyclesAreBrokenBeforeTheEngineIsAsked() {
    var board = fan()
    board.arrows.append(Arrow(from: "c", to: "a"))
    let engine = Fixed { _ in nil }
    _ = LayoutEngine.$ordering.withValue(engine) { LayeredLayout.layout(board) }
    let edges = engine.asked.first?.edges ?? []
    XCTAssertEqual(edges.count, 2, "a → c and c → a are one edge of the layering")
    XCTAssertTrue(edges.allSatisfy { $0.from == 0 }, "\(edges)")
  }
}
