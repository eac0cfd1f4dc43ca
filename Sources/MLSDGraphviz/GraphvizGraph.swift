// The graph mlsd hands to dot, built through cgraph's calls: the graph of
// GraphvizOrderingText.dot(for:), which reading back as DOT text cost about as much as dot's
// layout of a 100-box board. Everything is created in the order the text declares it, with the
// same attribute values, so that dot sees the same graph (GraphvizGraphTests compare the two):
// nodes n0, n1, ... in input order, a cluster's nodes together where its first node comes, then
// the edges.
import CGraphviz
import MLSDCore

struct GraphvizGraph {
  let graph: UnsafeMutablePointer<Agraph_t>
  /// The node made for each input node, by index.
  let nodes: [UnsafeMutablePointer<Agnode_t>]
  /// The edge made for each input edge, by index.
  let edges: [UnsafeMutablePointer<Agedge_t>]

  /// Graph attributes before the caller's, as the text has them: top to bottom, the whole graph
  /// ranked at once (`newrank`: dot's older ranking can turn edges between clusters upwards).
  static let settings = [("rankdir", "TB"), ("newrank", "true"), ("nodesep", "0.25"), ("ranksep", "0.3")]
  /// Terminal columns and rows per inch: a cell is about twice as tall as it is wide.
  static let columnsPerInch = 10.0
  static let rowsPerInch = 5.0

  /// The graph for dot, nil when cgraph refused a part of it. The caller closes it (agclose).
  static func make(_ input: LayerOrderingInput, attributes: [(String, String)]) -> GraphvizGraph? {
    guard let graph = text("mlsd", { mlsd_graphviz_open($0) }) else { return nil }
    // As the reader does with the text's `graph [...]` and `node [...]` lines: graph values and
    // node defaults, and the nodes' own width and height declared with an empty default.
    var declared = (settings + attributes).allSatisfy { declare(graph, AGRAPH, $0.0, $0.1) != nil }
    for (name, value) in [("shape", "box"), ("fixedsize", "true"), ("label", "")] {
      declared = declared && declare(graph, AGNODE, name, value) != nil
    }
    guard declared, let width = declare(graph, AGNODE, "width", ""),
      let height = declare(graph, AGNODE, "height", "")
    else {
      agclose(graph)
      return nil
    }
    var made = [UnsafeMutablePointer<Agnode_t>?](repeating: nil, count: input.nodes.count)
    func node(_ i: Int, in parent: UnsafeMutablePointer<Agraph_t>) {
      guard let n = text("n\(i)", { agnode(parent, $0, 1) }) else { return }
      let box = input.nodes[i]
      let object = UnsafeMutableRawPointer(n)
      _ = text("\(Double(max(1, box.width)) / columnsPerInch)") { agxset(object, width, $0) }
      _ = text("\(Double(max(1, box.height)) / rowsPerInch)") { agxset(object, height, $0) }
      made[i] = n
    }
    var members = Array(repeating: [Int](), count: max(0, input.groupCount))
    for (i, n) in input.nodes.enumerated() where n.group >= 0 && n.group < members.count {
      members[n.group].append(i)
    }
    var clustered = Array(repeating: false, count: members.count)
    for (i, n) in input.nodes.enumerated() {
      guard n.group >= 0 && n.group < members.count else {
        node(i, in: graph)
        continue
      }
      guard !clustered[n.group] else { continue }
      clustered[n.group] = true
      guard let cluster = text("cluster_\(n.group)", { agsubg(graph, $0, 1) }) else { continue }
      for m in members[n.group] { node(m, in: cluster) }
    }
    let nodes = made.compactMap { $0 }
    var edges: [UnsafeMutablePointer<Agedge_t>] = []
    if nodes.count == made.count {
      for edge in input.edges {
        guard edge.from >= 0, edge.from < nodes.count, edge.to >= 0, edge.to < nodes.count,
          let e = agedge(graph, nodes[edge.from], nodes[edge.to], nil, 1)
        else { break }
        edges.append(e)
      }
    }
    guard nodes.count == input.nodes.count, edges.count == input.edges.count else {
      agclose(graph)
      return nil
    }
    return GraphvizGraph(graph: graph, nodes: nodes, edges: edges)
  }

  /// cgraph copies the strings it is given but declares them mutable.
  private static func text<R>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    var bytes = Array(string.utf8CString)
    return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
  }

  /// Declares an attribute of `kind` with its default (for the graph kind: the root's value).
  private static func declare(_ graph: UnsafeMutablePointer<Agraph_t>, _ kind: Int32, _ name: String, _ value: String)
    -> UnsafeMutablePointer<Agsym_t>?
  {
    text(name) { n in text(value) { v in agattr(graph, kind, n, v) } }
  }
}
