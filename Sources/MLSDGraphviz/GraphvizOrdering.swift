// Ranks and in-rank order by Graphviz dot (network-simplex ranking, median and transposition
// ordering, groups as clusters) for mlsd's layered layout, within a budget: dot's ordering grows
// steeply with the graph, so larger graphs keep mlsd's own ordering.
import MLSDCore

public struct GraphvizOrdering: LayerOrdering {
  /// Graphs larger than this (nodes, and the dummy nodes long edges need in a longest-path
  /// layering: dot's time grows with both), or with more edges than `maxEdges`, are left to
  /// mlsd's own ordering. Benchmarks/RESULTS.md has the times these limits come from.
  public var maxSize: Int
  public var maxEdges: Int
  /// Graph attributes added for dot (its effort limits: mclimit, nslimit, searchsize, ...).
  public var attributes: [(String, String)]
  /// Whether answers are kept for the same graph asked again (benchmarks turn it off, so that
  /// every run pays for dot).
  public var remember: Bool

  /// The generated 500-box board (700 arrows) measures 1,142 and is laid out by dot in about
  /// 150 ms; the 1000-box board measures 2,749 and takes 0.7-1.0 s, which with routing would miss
  /// the 1.5 s target for the whole pipeline.
  public static let defaultMaxSize = 1200
  public static let defaultMaxEdges = 800
  /// dot's own defaults: `mclimit=4` (longer mincross) took 3 % off the crossings of the
  /// generated boards at N = 60 and 100 but added one on the references (Benchmarks/RESULTS.md).
  public static let defaultAttributes: [(String, String)] = []

  public init(
    maxSize: Int = GraphvizOrdering.defaultMaxSize, maxEdges: Int = GraphvizOrdering.defaultMaxEdges,
    attributes: [(String, String)] = GraphvizOrdering.defaultAttributes, remember: Bool = true
  ) {
    self.attributes = attributes
    self.maxSize = maxSize
    self.maxEdges = maxEdges
    self.remember = remember
  }

  public func order(_ graph: LayerOrderingInput) -> LayerOrderingResult? {
    guard graph.edges.count <= maxEdges, GraphvizOrdering.size(of: graph) <= maxSize else { return nil }
    return GraphvizRunner.shared.order(graph, attributes: attributes, remember: remember)
  }

  /// dot's drawing of the text, its crossings counted on the splines (SplineCrossings, as
  /// Benchmarks/dotquality.py counts them on `dot -Tplain`). Asked only of boards that the
  /// layout's alternatives are tried for (LayeredLayout.alternativesMaxArrows).
  public func crossings(ofDOT text: String) -> Int? {
    GraphvizRunner.shared.crossings(ofDOT: text)
  }

  /// Nodes plus the dummy nodes of a longest-path layering (at least as many as dot's ranking
  /// needs); Int.max when the edges form a cycle.
  public static func size(of graph: LayerOrderingInput) -> Int {
    let n = graph.nodes.count
    var successors = Array(repeating: [Int](), count: n)
    var indegree = Array(repeating: 0, count: n)
    for edge in graph.edges where edge.from >= 0 && edge.from < n && edge.to >= 0 && edge.to < n {
      successors[edge.from].append(edge.to)
      indegree[edge.to] += 1
    }
    var layer = Array(repeating: 0, count: n)
    var queue = (0..<n).filter { indegree[$0] == 0 }
    var head = 0
    while head < queue.count {
      let u = queue[head]
      head += 1
      for v in successors[u] {
        layer[v] = max(layer[v], layer[u] + 1)
        indegree[v] -= 1
        if indegree[v] == 0 { queue.append(v) }
      }
    }
    guard queue.count == n else { return Int.max }
    var size = n
    for u in 0..<n { for v in successors[u] { size += layer[v] - layer[u] - 1 } }
    return size
  }

  /// Whether the library lays graphs out here (its dot layout plugin loads).
  public static var isAvailable: Bool { GraphvizRunner.shared.isAvailable }
}
