// Ranks, positions and rank crossings read from the layout dot leaves in its graph (node centres,
// edge splines), with the numbers the plain renderer would write (inches, five significant
// digits), so that the answer is the one GraphvizOrderingText.result gives for plain text, without
// writing the text and reading it back.
import CGraphviz
import MLSDCore

enum GraphvizLayoutReading {
  /// Rank heights closer than this are one rank (the plain text's rounding).
  static let tolerance = 0.01

  /// Ranks by height (the top first), x of each node, and where each edge crosses the ranks it
  /// passes; nil when an edge's spline is too short to be one (plain text a reader rejects).
  static func result(of laid: GraphvizGraph, for input: LayerOrderingInput) -> LayerOrderingResult? {
    let xs = laid.nodes.map { mlsd_graphviz_node_x($0) }
    let ys = laid.nodes.map { mlsd_graphviz_node_y($0) }
    // Nodes of one rank share their centre's height; a rank of only edges has no node.
    var heights: [Double] = []
    for y in ys.sorted(by: >) where heights.last.map({ $0 - y > tolerance }) ?? true {
      heights.append(y)
    }
    let ranks = ys.map { y in heights.firstIndex { abs($0 - y) <= tolerance } ?? 0 }
    // The spline of the first edge between two nodes serves every edge between them; only the
    // splines of edges that pass a rank are read (formatting each number as plain does is the
    // dearest part of the reading).
    var first: [Int: Int] = [:]
    for (e, edge) in input.edges.enumerated() {
      let count = mlsd_graphviz_edge_point_count(laid.edges[e])
      if count >= 0 && count < 2 { return nil }
      let pair = edge.from * input.nodes.count + edge.to
      if first[pair] == nil { first[pair] = e }
    }
    let paths = input.edges.map { edge -> [Double] in
      let (a, b) = (ranks[edge.from], ranks[edge.to])
      guard b > a + 1, let e = first[edge.from * input.nodes.count + edge.to], let spline = points(of: laid.edges[e])
      else { return [] }
      let crossings = ((a + 1)..<b).compactMap { GraphvizPlain.crossing(spline, atY: heights[$0]) }
      return crossings.count == b - a - 1 ? crossings : []
    }
    return LayerOrderingResult(rank: ranks, position: xs, edgePaths: paths)
  }

  /// The edge's spline control points as plain writes them, nil when it has none.
  static func points(of edge: UnsafeMutablePointer<Agedge_t>) -> [GraphvizPlain.Point]? {
    let count = Int(mlsd_graphviz_edge_point_count(edge))
    guard count > 0 else { return nil }
    var xy = [Double](repeating: 0, count: 2 * count)
    xy.withUnsafeMutableBufferPointer { mlsd_graphviz_edge_points(edge, $0.baseAddress) }
    return (0..<count).map { GraphvizPlain.Point(x: xy[2 * $0], y: xy[2 * $0 + 1]) }
  }
}
