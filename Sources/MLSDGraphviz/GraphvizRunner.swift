// Runs Graphviz dot through its C library: the graph built through cgraph's calls, laid out, and
// the answer read from the layout in the graph. Graphviz keeps global state, so one lock
// serialises every call; one context serves the whole process, and the last answers are kept,
// because the layout asks about the same graph more than once (each arrangement it tries).
import CGraphviz
import Foundation
import MLSDCore

final class GraphvizRunner: @unchecked Sendable {
  static let shared = GraphvizRunner()

  /// Answers kept; past this many the cache starts again.
  static let cacheSize = 64

  /// What dot is asked: the graph and the graph attributes added for it.
  struct Question: Hashable {
    var nodes: [Int]
    var edges: [Int]
    var groupCount: Int
    var attributes: [String]

    init(_ input: LayerOrderingInput, attributes: [(String, String)]) {
      nodes = input.nodes.flatMap { [$0.width, $0.height, $0.group] }
      edges = input.edges.flatMap { [$0.from, $0.to] }
      groupCount = input.groupCount
      self.attributes = attributes.flatMap { [$0.0, $0.1] }
    }
  }

  private let lock = NSLock()
  private var context: OpaquePointer?
  private var cache: [Question: LayerOrderingResult?] = [:]

  /// dot's ranks and order of the graph, nil when Graphviz could not lay it out.
  func order(_ input: LayerOrderingInput, attributes: [(String, String)], remember: Bool = true)
    -> LayerOrderingResult?
  {
    lock.lock()
    defer { lock.unlock() }
    let question = remember ? Question(input, attributes: attributes) : nil
    if let question, let known = cache[question] { return known }
    let answer = layOut(input, attributes: attributes)
    guard let question else { return answer }
    if cache.count >= GraphvizRunner.cacheSize { cache.removeAll() }
    cache[question] = answer
    return answer
  }

  /// How many times the edges of dot's drawing of a graph given as DOT text cross
  /// (SplineCrossings), read from the layout in the graph (no plain text written and read back).
  /// nil when Graphviz could not read or lay it out.
  func crossings(ofDOT dot: String) -> Int? {
    laidOut(dot) { _, graph in Self.crossings(in: graph) }
  }

  private static func crossings(in graph: UnsafeMutablePointer<Agraph_t>) -> Int {
    var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
    var nodes: [SplineCrossings.Node] = []
    var node = agfstnode(graph)
    while let n = node {
      index[n] = nodes.count
      nodes.append(
        SplineCrossings.Node(
          center: GraphvizPlain.Point(x: mlsd_graphviz_node_x(n), y: mlsd_graphviz_node_y(n)),
          width: mlsd_graphviz_node_width(n), height: mlsd_graphviz_node_height(n)))
      node = agnxtnode(graph, n)
    }
    var edges: [SplineCrossings.Edge] = []
    node = agfstnode(graph)
    while let n = node {
      var edge = agfstout(graph, n)
      while let e = edge {
        if let points = GraphvizLayoutReading.points(of: e) {
          let (tail, head) = (mlsd_graphviz_edge_tail(e), mlsd_graphviz_edge_head(e))
          edges.append(
            SplineCrossings.Edge(
              tail: tail.flatMap { index[$0] } ?? -1, head: head.flatMap { index[$0] } ?? -1, points: points))
        }
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, n)
    }
    return SplineCrossings.count(edges: edges, nodes: nodes)
  }

  /// dot's plain layout text of a graph given as DOT text (the road mlsd took before it built the
  /// graph through calls; tests compare the two), nil when Graphviz could not read or lay it out.
  func plain(_ dot: String) -> String? {
    laidOut(dot) { context, graph in
      var buffer: UnsafeMutablePointer<CChar>?
      var length: UInt32 = 0
      guard gvRenderData(context, graph, "plain", &buffer, &length) == 0, let buffer else { return nil }
      defer { gvFreeRenderData(buffer) }
      return String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(length)), as: UTF8.self)
    }
  }

  /// `body`'s answer about dot's layout of a graph given as DOT text, under the lock, with the
  /// layout freed after (its rank lists mended first); nil when Graphviz could not read or lay it out.
  private func laidOut<T>(
    _ dot: String, _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) -> T?
  ) -> T? {
    lock.lock()
    defer { lock.unlock() }
    guard let context = start(), let graph = mlsd_graphviz_read(dot) else { return nil }
    defer { agclose(graph) }
    guard gvLayout(context, graph, "dot") == 0 else { return nil }
    defer { mlsd_graphviz_free_layout(context, graph) }
    return body(context, graph)
  }

  /// Whether dot's layout plugin loads (the library's plugins are installed) and answers.
  var isAvailable: Bool {
    let pair = LayerOrderingInput(
      nodes: [.init(width: 4, height: 3), .init(width: 4, height: 3)], edges: [.init(from: 0, to: 1)], groupCount: 0)
    return order(pair, attributes: [], remember: false)?.rank == [0, 1]
  }

  private func start() -> OpaquePointer? {
    if context == nil {
      mlsd_graphviz_quiet()
      context = gvContext()
    }
    return context
  }

  private func layOut(_ input: LayerOrderingInput, attributes: [(String, String)]) -> LayerOrderingResult? {
    guard let context = start(), let laid = GraphvizGraph.make(input, attributes: attributes) else { return nil }
    defer { agclose(laid.graph) }
    guard gvLayout(context, laid.graph, "dot") == 0 else { return nil }
    defer { mlsd_graphviz_free_layout(context, laid.graph) }
    return GraphvizLayoutReading.result(of: laid, for: input)
  }
}
