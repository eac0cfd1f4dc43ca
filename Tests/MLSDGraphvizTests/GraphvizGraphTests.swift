// The graph built through cgraph's calls and the answer read from dot's layout in it are the ones
// the DOT text and dot's plain rendering of it give (the road mlsd took before): the same ranks,
// positions and rank crossings, for every graph the reference designs hand to dot and for random
// graphs with groups, long edges and added attributes.

import XCTest

@testable import MLSDCore
@testable import MLSDGraphviz

final class GraphvizGraphTests: XCTestCase {
  /// The answer through DOT text, dot's plain rendering and its parse.
  func throughText(_ input: LayerOrderingInput, attributes: [(String, String)] = []) throws -> LayerOrderingResult? {
    let text = try XCTUnwrap(GraphvizRunner.shared.plain(GraphvizOrderingText.dot(for: input, attributes: attributes)))
    return GraphvizOrderingText.result(from: try GraphvizPlain.parse(text), for: input)
  }

  func requireGraphviz() throws {
    guard GraphvizOrdering.isAvailable else {
      throw XCTSkip("Graphviz's dot layout does not run here; scripts/ensure-deps installs libgraphviz-dev")
    }
  }

  func testTheReferencesGraphsGiveThePlainTextsAnswers() throws {
    try requireGraphviz()
    // The layouts ask dot the same graph many times (704 questions, 310 graphs when this was
    // written): each graph is checked once.
    var seen: Set<GraphvizRunner.Question> = []
    let inputs = ReferenceSweep.shared.laid.flatMap(\.watched.inputs).filter {
      seen.insert(GraphvizRunner.Question($0, attributes: [])).inserted
    }
    XCTAssertGreaterThan(inputs.count, 10)
    var crossings = 0
    for input in inputs {
      let direct = GraphvizRunner.shared.order(input, attributes: [], remember: false)
      XCTAssertNotNil(direct)
      XCTAssertEqual(direct, try throughText(input))
      crossings += direct?.edgePaths.reduce(0) { $0 + $1.count } ?? 0
    }
    XCTAssertGreaterThan(crossings, 0, "no long edge: the rank crossings went untested")
  }

  func testRandomGraphsGiveThePlainTextsAnswers() throws {
    try requireGraphviz()
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var crossings = 0
    var grouped = 0
    for round in 0..<40 {
      let n = 2 + next(60)
      let groupCount = next(4)
      let nodes = (0..<n).map { _ in
        LayerOrderingInput.Node(
          width: 1 + next(30), height: 1 + next(6), group: next(3) == 0 ? next(groupCount + 1) - 1 : -1)
      }
      var edges: [LayerOrderingInput.Edge] = []
      var seen: Set<Int> = []
      for _ in 0..<(n * 3 / 2) {
        let a = next(n)
        let b = next(n)
        guard a < b, seen.insert(a * n + b).inserted else { continue }
        edges.append(.init(from: a, to: b))
      }
      let input = LayerOrderingInput(nodes: nodes, edges: edges, groupCount: groupCount)
      let attributes: [(String, String)] = round % 3 == 0 ? [("mclimit", "2"), ("nodesep", "0.5")] : []
      let direct = GraphvizRunner.shared.order(input, attributes: attributes, remember: false)
      XCTAssertNotNil(direct, "round \(round)")
      XCTAssertEqual(direct, try throughText(input, attributes: attributes), "round \(round)")
      crossings += direct?.edgePaths.reduce(0) { $0 + $1.count } ?? 0
      grouped += nodes.contains { $0.group >= 0 } ? 1 : 0
    }
    XCTAssertGreaterThan(crossings, 0)
    XCTAssertGreaterThan(grouped, 0)
  }

  /// Answers are kept by graph and attributes: a question differs when either does.
  func testAnswersAreKeptByGraphAndAttributes() {
    let chain = LayerOrderingInput(
      nodes: Array(repeating: .init(width: 10, height: 3), count: 3),
      edges: [.init(from: 0, to: 1), .init(from: 1, to: 2)],
      groupCount: 0)
    var wider = chain
    wider.nodes[1].width = 11
    var grouped = chain
    grouped.nodes[2].group = 0
    grouped.groupCount = 1
    let question = GraphvizRunner.Question(chain, attributes: [])
    XCTAssertEqual(question, GraphvizRunner.Question(chain, attributes: []))
    XCTAssertNotEqual(question, GraphvizRunner.Question(chain, attributes: [("ranksep", "2")]))
    XCTAssertNotEqual(question, GraphvizRunner.Question(wider, attributes: []))
    XCTAssertNotEqual(question, GraphvizRunner.Question(grouped, attributes: []))
  }
}
