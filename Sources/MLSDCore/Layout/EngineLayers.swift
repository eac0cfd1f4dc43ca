// The layered graph with ranks and in-rank order from an engine (LayerOrdering): the graph the
// layout would build (cycles broken the same way, long edges split by dummy nodes, groups present
// in every layer they span), with the engine's ranks for layers and its positions across the flow
// for the order. Dummy nodes sit where the engine's edge crosses their rank; each layer then keeps
// every group in one block and the groups in one order, as the layout's placement needs.

enum EngineLayers {
  /// The graph of the given boxes as the engine ranks and orders it; nil when the engine declines
  /// or its answer does not fit the graph (an edge not pointing to a later rank, a missing node).
  static func graph(
    board: Board, boxes: [Int], direction: LayeredLayout.Direction, engine: any LayerOrdering
  ) -> LayeredGraph? {
    var graph = LayeredGraph(unordered: ())
    let horizontal = direction == .leftToRight
    var nodeOf: [String: Int] = [:]
    var groupOf: [String: Int] = [:]
    for (g, group) in board.groups.enumerated() {
      for id in group.boxIDs where groupOf[id] == nil { groupOf[id] = g }
    }
    for b in boxes {
      let frame = board.boxes[b].frame
      nodeOf[board.boxes[b].id] = graph.box.count
      graph.box.append(b)
      graph.group.append(groupOf[board.boxes[b].id] ?? -1)
      graph.mainSize.append(horizontal ? frame.width : frame.height)
      graph.crossSize.append(horizontal ? frame.height : frame.width)
    }
    let n = graph.box.count
    // The flow's direction is mlsd's, as in LayeredGraph: the engine ranks the graph with its
    // feedback arrows already turned round.
    let (successors, labels, dag) = LayeredGraph.flow(board, boxes: boxes, nodeOf: nodeOf)
    var edges: [LayerOrderingInput.Edge] = []
    var edgeSet: Set<Int> = []
    for u in 0..<n {
      for v in dag[u] where edgeSet.insert(u * n + v).inserted && !edgeSet.contains(v * n + u) {
        edges.append(LayerOrderingInput.Edge(from: u, to: v))
      }
    }
    let input = LayerOrderingInput(
      nodes: (0..<n).map {
        LayerOrderingInput.Node(width: graph.crossSize[$0], height: graph.mainSize[$0], group: graph.group[$0])
      },
      edges: edges, groupCount: board.groups.count)
    guard let result = engine.order(input), result.rank.count == n, result.position.count == n,
      result.edgePaths.count == edges.count, edges.allSatisfy({ result.rank[$0.to] > result.rank[$0.from] })
    else { return nil }

    // Ranks the engine left empty are closed up.
    let used = Array(Set(result.rank)).sorted()
    var layerOfRank: [Int: Int] = [:]
    for (i, r) in used.enumerated() { layerOfRank[r] = i }
    graph.layer = result.rank.map { layerOfRank[$0] ?? 0 }
    graph.labelWidth = Array(repeating: 0, count: used.count)
    graph.up = Array(repeating: [], count: n)
    graph.down = Array(repeating: [], count: n)
    var key = result.position
    func add(layer: Int, group: Int, cross: Int, at position: Double) -> Int {
      graph.box.append(-1)
      graph.group.append(group)
      graph.layer.append(layer)
      graph.mainSize.append(0)
      graph.crossSize.append(cross)
      graph.up.append([])
      graph.down.append([])
      key.append(position)
      return graph.box.count - 1
    }
    func link(_ a: Int, _ b: Int) {
      graph.down[a].append(b)
      graph.up[b].append(a)
    }
    for (e, edge) in edges.enumerated() {
      let (u, v) = (edge.from, edge.to)
      let width = max(labels[u]?[v] ?? 0, labels[v]?[u] ?? 0)
      graph.labelWidth[graph.layer[u]] = max(graph.labelWidth[graph.layer[u]], width)
      // As in LayeredGraph: a feedback arrow spanning several layers is routed round the
      // diagram and claims no lane through the middle.
      if !successors[u].contains(v) && graph.layer[v] - graph.layer[u] > 1 { continue }
      let sameGroup = graph.group[u] >= 0 && graph.group[u] == graph.group[v] ? graph.group[u] : -1
      let path = result.edgePaths[e]
      let between = result.rank[v] - result.rank[u] - 1
      var previous = u
      for l in (graph.layer[u] + 1)..<graph.layer[v] {
        let step = used[l] - result.rank[u] - 1
        let position: Double
        if path.count == between && step >= 0 && step < path.count {
          position = path[step]
        } else {
          let t = Double(l - graph.layer[u]) / Double(graph.layer[v] - graph.layer[u])
          position = key[u] + (key[v] - key[u]) * t
        }
        let d = add(layer: l, group: sameGroup, cross: 1, at: position)
        link(previous, d)
        previous = d
      }
      link(previous, v)
    }
    // A group owns a slot in every layer between its first and last, at the middle of its boxes.
    var span: [Int: (first: Int, last: Int, low: Double, high: Double)] = [:]
    for v in 0..<n where graph.group[v] >= 0 {
      let s = span[graph.group[v]] ?? (graph.layer[v], graph.layer[v], key[v], key[v])
      span[graph.group[v]] = (
        min(s.first, graph.layer[v]), max(s.last, graph.layer[v]), min(s.low, key[v]), max(s.high, key[v])
      )
    }
    var present: Set<[Int]> = []
    for v in 0..<graph.count where graph.group[v] >= 0 { present.insert([graph.group[v], graph.layer[v]]) }
    var middle: [Int: Double] = [:]
    for (g, s) in span.sorted(by: { $0.key < $1.key }) {
      middle[g] = (s.low + s.high) / 2
      for l in s.first...s.last where !present.contains([g, l]) {
        _ = add(layer: l, group: g, cross: 0, at: (s.low + s.high) / 2)
      }
    }
    graph.layers = Array(repeating: [], count: used.count)
    for v in 0..<graph.count { graph.layers[graph.layer[v]].append(v) }
    for l in graph.layers.indices {
      graph.layers[l] = blocks(graph.layers[l], key: key, group: graph.group, groupOrder: middle)
    }
    return graph
  }

  /// The layer in the order of the keys, each group's nodes as one block at their mean key, and
  /// the group blocks then put in one order for every layer (by the middle of each group).
  static func blocks(_ layer: [Int], key: [Double], group: [Int], groupOrder: [Int: Double]) -> [Int] {
    var units: [(key: Double, nodes: [Int], group: Int)] = []
    var unitOfGroup: [Int: Int] = [:]
    for v in layer {
      let g = group[v]
      if g >= 0, let u = unitOfGroup[g] {
        units[u].nodes.append(v)
      } else {
        if g >= 0 { unitOfGroup[g] = units.count }
        units.append((0, [v], g))
      }
    }
    for i in units.indices {
      units[i].key = units[i].nodes.reduce(0) { $0 + key[$1] } / Double(units[i].nodes.count)
      units[i].nodes.sort { (key[$0], $0) < (key[$1], $1) }
    }
    units.sort { ($0.key, $0.nodes[0]) < ($1.key, $1.nodes[0]) }
    let slots = units.indices.filter { units[$0].group >= 0 }
    let ordered = slots.map { units[$0] }.sorted {
      (groupOrder[$0.group] ?? $0.key, $0.group) < (groupOrder[$1.group] ?? $1.key, $1.group)
    }
    for (slot, unit) in zip(slots, ordered) { units[slot] = unit }
    return units.flatMap(\.nodes)
  }
}

extension LayeredGraph {
  /// An empty graph, filled in by EngineLayers.
  fileprivate init(unordered: Void) {}
}
