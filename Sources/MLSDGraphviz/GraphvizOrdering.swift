// Ranks and in-rank order by Graphviz dot (network-simplex ranking, median and transposition
// ordering, groups as clusters) for mlsd's layered layout, within a budget: dot's ordering grows
// steeply with the graph, so larger graphs keep mlsd's own ordering.
import MLSDCore

public struct GraphvizOrdering: LayerOrdering {
  /// Graphs with more nodes than this, or more edges than `maxEdges`, are left to mlsd's own
  /// ordering (see Benchmarks/RESULTS.md for the times these limits come from).
  public var maxNodes: Int
  public var maxEdges: Int
  /// Whether answers are kept for the same graph asked again (benchmarks turn it off, so that
  /// every run pays for dot).
  public var remember: Bool

  public static let defaultMaxNodes = 60
  public static let defaultMaxEdges = 90

  public init(
    maxNodes: Int = GraphvizOrdering.defaultMaxNodes, maxEdges: Int = GraphvizOrdering.defaultMaxEdges,
    remember: Bool = true
  ) {
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
    self.remember = remember
  }

  public func order(_ graph: LayerOrderingInput) -> LayerOrderingResult? {
    guard graph.nodes.count <= maxNodes, graph.edges.count <= maxEdges else { return nil }
    guard let text = GraphvizRunner.shared.plain(GraphvizOrderingText.dot(for: graph), remember: remember),
      let plain = try? GraphvizPlain.parse(text)
    else { return nil }
    return GraphvizOrderingText.result(from: plain, for: graph)
  }

  /// Whether the library lays graphs out here (its dot layout and plain renderer plugins load).
  public static var isAvailable: Bool { GraphvizRunner.shared.isAvailable }
}
