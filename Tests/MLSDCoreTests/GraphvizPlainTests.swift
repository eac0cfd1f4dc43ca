// Graphviz's plain layout read back (GraphvizPlain), the DOT text sent for ordering, and the
// ranks and positions taken from a plain layout (GraphvizOrderingText); no Graphviz needed.

import XCTest

@testable import MLSDCore

final class GraphvizPlainTests: XCTestCase {
  /// `dot -Tplain` of a small graph with a cluster and a quoted node name (Graphviz 2.42).
  static let sample = """
    graph 1 2.6852 2.9167
    node n0 0.81944 2.3958 1.1944 0.59722 "" solid box black lightgrey
    node n1 0.84722 1.2986 1 0.59722 "" solid box black lightgrey
    node "a b" 2.0417 1.2986 0.80556 0.40278 "" solid box black lightgrey
    node n2 1.8472 0.25 0.75 0.5 "" solid box black lightgrey
    edge n0 n1 4 0.82689 2.0954 0.82972 1.9863 0.83302 1.8595 0.83612 1.7401 solid black
    edge n0 "a b" 4 1.147 2.0954 1.3233 1.9411 1.5401 1.7514 1.7161 1.5973 solid black
    edge n0 n2 10 1.42 2.2846 1.82 2.1851 2.317 1.9871 2.5694 1.5972 2.7406 1.333 2.7003 1.1752 \
    2.5694 0.88889 2.5169 0.77399 2.4317 0.67212 2.3379 0.58571 solid black
    edge n1 n2 4 1.1311 0.99492 1.2502 0.87335 1.3896 0.73109 1.5135 0.60455 solid black
    stop

    """

  func testReadsNodesAndEdges() throws {
    let plain = try GraphvizPlain.parse(Self.sample)
    XCTAssertEqual(plain.width, 2.6852)
    XCTAssertEqual(plain.height, 2.9167)
    XCTAssertEqual(plain.nodes.map(\.name), ["n0", "n1", "a b", "n2"])
    XCTAssertEqual(plain.nodes[2].center, GraphvizPlain.Point(x: 2.0417, y: 1.2986))
    XCTAssertEqual(plain.nodes[2].width, 0.80556)
    XCTAssertEqual(plain.nodes[2].height, 0.40278)
    XCTAssertEqual(plain.edges.map { "\($0.tail)>\($0.head)" }, ["n0>n1", "n0>a b", "n0>n2", "n1>n2"])
    XCTAssertEqual(plain.edges[2].points.count, 10)
    XCTAssertEqual(plain.edges[2].points.last, GraphvizPlain.Point(x: 2.3379, y: 0.58571))
  }

  func testReadsEscapesAndEdgeLabels() throws {
    let text = """
      graph 1 2 2
      node "say \\"hi\\"" 1 1.5 1 0.5 "x y" solid box black lightgrey
      node n1 1 0.5 1 0.5 "" solid box black lightgrey
      edge "say \\"hi\\"" n1 4 1 1.25 1 1 1 1 1 0.75 "a label" 1.2 1 solid black
      stop
      """
    let plain = try GraphvizPlain.parse(text)
    XCTAssertEqual(plain.nodes.first?.name, "say \"hi\"")
    XCTAssertEqual(plain.edges.first?.tail, "say \"hi\"")
    XCTAssertEqual(plain.edges.first?.points.count, 4)
  }

  func testNamesTheLineAndFieldOfBadInput() {
    func failure(_ text: String) -> GraphvizPlain.ParseError? {
      do {
        _ = try GraphvizPlain.parse(text)
        return nil
      } catch {
        return error
      }
    }
    XCTAssertEqual(
      failure("graph 1 2 2\nnode n0 1 high 1 1 \"\" solid box black lightgrey\nstop\n"),
      GraphvizPlain.ParseError(line: 2, message: "y 'high' is not a number"))
    XCTAssertEqual(
      failure("graph 1 2 2\nedge a b 3 0 0 1 1 2\nstop\n"),
      GraphvizPlain.ParseError(line: 2, message: "edge line has no y of point 3"))
    XCTAssertEqual(
      failure("graph 1 2 2\ncluster c 1 1\nstop\n"),
      GraphvizPlain.ParseError(line: 2, message: "unknown line kind 'cluster'"))
    XCTAssertEqual(
      failure("graph 1 2 2\nnode \"open 1 1 1 1\nstop\n"),
      GraphvizPlain.ParseError(line: 2, message: "a quoted word does not end"))
    XCTAssertEqual(failure("graph 1 2 2\n")?.message, "no 'stop' line")
    XCTAssertEqual(failure("node n0 1 1 1 1\nstop\n")?.message, "node before the graph line")
    XCTAssertEqual(failure("graph 1 2 2\nstop\nnode n0 1 1 1 1\n")?.message, "text after 'stop'")
    XCTAssertEqual(failure("graph 1 2 2\nedge a b 1 0 0\nstop\n")?.line, 2)
  }

  func testCrossingFollowsTheSpline() {
    typealias P = GraphvizPlain.Point
    // A straight Bézier from (1, 3) down to (3, 1): at y = 2 it is half-way.
    let straight = [P(x: 1, y: 3), P(x: 1.5, y: 2.5), P(x: 2.5, y: 1.5), P(x: 3, y: 1)]
    XCTAssertEqual(GraphvizPlain.crossing(straight, atY: 2) ?? 0, 2, accuracy: 0.01)
    XCTAssertNil(GraphvizPlain.crossing(straight, atY: 4))
    // A curve bulging right: it crosses the middle height right of both ends.
    let bulge = [P(x: 0, y: 2), P(x: 4, y: 2), P(x: 4, y: 0), P(x: 0, y: 0)]
    XCTAssertEqual(GraphvizPlain.crossing(bulge, atY: 1) ?? 0, 3, accuracy: 0.05)
    // Not 1 + 3k points: read as a polyline.
    XCTAssertEqual(GraphvizPlain.crossing([P(x: 0, y: 2), P(x: 4, y: 0)], atY: 1.5) ?? 0, 1, accuracy: 1e-9)
  }

  func testDotTextHasClustersFixedSizesAndEdges() {
    let input = LayerOrderingInput(
      nodes: [
        .init(width: 12, height: 3, group: 0), .init(width: 10, height: 3), .init(width: 8, height: 2, group: 0),
      ],
      edges: [.init(from: 0, to: 1), .init(from: 1, to: 2)], groupCount: 1)
    let dot = GraphvizOrderingText.dot(for: input, attributes: [("mclimit", "0.5")])
    XCTAssertTrue(dot.hasPrefix("digraph mlsd {\n"))
    XCTAssertTrue(dot.contains("newrank=\"true\""))
    XCTAssertTrue(dot.contains("mclimit=\"0.5\""))
    XCTAssertTrue(
      dot.contains("  subgraph cluster_0 {\n    n0 [width=1.2, height=0.6];\n    n2 [width=0.8, height=0.4];\n  }"))
    XCTAssertTrue(dot.contains("  n1 [width=1.0, height=0.6];"))
    XCTAssertTrue(dot.contains("  n0 -> n1;\n  n1 -> n2;\n}"))
  }

  func testRanksByHeightPositionsByXAndPathsAcrossRanks() throws {
    // Four nodes of the sample renamed in input order: n0 top, n1 and n3 ("a b") in the middle
    // rank, n2 at the bottom; the edge n0 → n2 passes the middle rank right of both.
    let text = Self.sample.replacingOccurrences(of: "\"a b\"", with: "n3")
    let input = LayerOrderingInput(
      nodes: Array(repeating: .init(width: 8, height: 3), count: 4),
      edges: [.init(from: 0, to: 1), .init(from: 0, to: 3), .init(from: 0, to: 2), .init(from: 1, to: 2)],
      groupCount: 0)
    let result = try XCTUnwrap(GraphvizOrderingText.result(from: try GraphvizPlain.parse(text), for: input))
    XCTAssertEqual(result.rank, [0, 1, 2, 1])
    XCTAssertEqual(result.position, [0.81944, 0.84722, 1.8472, 2.0417])
    XCTAssertEqual(result.edgePaths[0], [])
    XCTAssertEqual(result.edgePaths[2].count, 1)
    XCTAssertGreaterThan(result.edgePaths[2][0], 2.0417)
    // A node the layout lacks: no answer.
    let more = LayerOrderingInput(nodes: input.nodes + [.init(width: 8, height: 3)], edges: input.edges, groupCount: 0)
    XCTAssertNil(GraphvizOrderingText.result(from: try GraphvizPlain.parse(text), for: more))
  }
}
