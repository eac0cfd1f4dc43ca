// The text that goes to Graphviz dot for ranking and ordering a layered graph, and the reading of
// its plain layout back into ranks and positions. Pure text both ways, so that it is tested
// without the library. MLSDGraphviz builds the same graph through cgraph's calls and reads the
// layout from it (GraphvizLayoutReading); this text road is what its tests hold that to.

public enum GraphvizOrderingText {
  /// Terminal columns and rows per inch: a cell is about twice as tall as it is wide.
  static let columnsPerInch = 10.0
  static let rowsPerInch = 5.0

  /// The graph in DOT, top to bottom: nodes `n0`, `n1`, ... in input order (dot's first order
  /// follows it) as fixed-size boxes of the nodes' sizes, each group a cluster; `attributes` are
  /// added to the graph's (dot's effort limits, for one). `newrank` ranks the whole graph at
  /// once: dot's older ranking ranks each cluster apart and can then turn edges between clusters
  /// upwards, which the layered layout cannot draw.
  public static func dot(for input: LayerOrderingInput, attributes: [(String, String)] = []) -> String {
    var lines = ["digraph mlsd {"]
    let settings = [("rankdir", "TB"), ("newrank", "true"), ("nodesep", "0.25"), ("ranksep", "0.3")] + attributes
    lines.append("  graph [" + settings.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: ", ") + "];")
    lines.append("  node [shape=box, fixedsize=true, label=\"\"];")
    func node(_ i: Int) -> String {
      let n = input.nodes[i]
      let width = Double(max(1, n.width)) / columnsPerInch
      let height = Double(max(1, n.height)) / rowsPerInch
      return "n\(i) [width=\(width), height=\(height)];"
    }
    var members = Array(repeating: [Int](), count: max(0, input.groupCount))
    var placedInCluster = Array(repeating: false, count: input.nodes.count)
    for (i, n) in input.nodes.enumerated() where n.group >= 0 && n.group < members.count {
      members[n.group].append(i)
      placedInCluster[i] = true
    }
    // Nodes are declared in input order; a cluster is declared where its first node comes.
    var declaredGroup = Array(repeating: false, count: members.count)
    for (i, n) in input.nodes.enumerated() {
      if !placedInCluster[i] {
        lines.append("  " + node(i))
      } else if !declaredGroup[n.group] {
        declaredGroup[n.group] = true
        lines.append("  subgraph cluster_\(n.group) {")
        for m in members[n.group] { lines.append("    " + node(m)) }
        lines.append("  }")
      }
    }
    for edge in input.edges { lines.append("  n\(edge.from) -> n\(edge.to);") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Ranks (by height, the top first), positions (x) and where each edge crosses the ranks it
  /// passes, read from dot's plain layout of `dot(for: input)`; nil when a node is missing.
  public static func result(from plain: GraphvizPlain, for input: LayerOrderingInput) -> LayerOrderingResult? {
    var center: [Int: GraphvizPlain.Point] = [:]
    for node in plain.nodes {
      guard node.name.hasPrefix("n"), let i = Int(node.name.dropFirst()), i >= 0, i < input.nodes.count else {
        continue
      }
      center[i] = node.center
    }
    guard center.count == input.nodes.count else { return nil }
    // Nodes of one rank share their centre's height; a rank of only edges has no node and is
    // not counted.
    var heights: [Double] = []
    for y in center.values.map(\.y).sorted(by: >) where heights.last.map({ $0 - y > 0.01 }) ?? true {
      heights.append(y)
    }
    func rank(of y: Double) -> Int { heights.firstIndex { abs($0 - y) <= 0.01 } ?? 0 }
    let ranks = (0..<input.nodes.count).map { rank(of: center[$0]!.y) }
    var splines: [String: [GraphvizPlain.Point]] = [:]
    for edge in plain.edges where splines["\(edge.tail) \(edge.head)"] == nil {
      splines["\(edge.tail) \(edge.head)"] = edge.points
    }
    let paths = input.edges.map { edge -> [Double] in
      let (a, b) = (ranks[edge.from], ranks[edge.to])
      guard b > a + 1, let points = splines["n\(edge.from) n\(edge.to)"] else { return [] }
      let xs = ((a + 1)..<b).compactMap { GraphvizPlain.crossing(points, atY: heights[$0]) }
      return xs.count == b - a - 1 ? xs : []
    }
    return LayerOrderingResult(rank: ranks, position: (0..<input.nodes.count).map { center[$0]!.x }, edgePaths: paths)
  }
}
