// The graph the layered layout works on: boxes as nodes, cycles broken by reversing DFS back
// edges, layers by longest path, long edges split by dummy nodes so that every edge joins
// neighbouring layers, and group filler nodes so that a group is present in every layer it spans.

struct LayeredGraph {
  /// Box index of each node; -1 for dummy and filler nodes.
  var box: [Int] = []
  /// Group index of each node; -1 for none.
  var group: [Int] = []
  var layer: [Int] = []
  /// Size along the flow (width left to right) and across it.
  var mainSize: [Int] = []
  var crossSize: [Int] = []
  /// Neighbours in the layer before and the layer after.
  var up: [[Int]] = []
  var down: [[Int]] = []
  /// Each layer's nodes, in order.
  var layers: [[Int]] = []
  /// Widest arrow label on an edge from each layer to the next.
  var labelWidth: [Int] = []

  var count: Int { box.count }

  /// The graph of the given boxes; `direction` says which box side runs along the flow.
  init(board: Board, boxes: [Int], direction: LayeredLayout.Direction) {
    var nodeOf: [String: Int] = [:]
    var groupOf: [String: Int] = [:]
    for (g, group) in board.groups.enumerated() {
      for id in group.boxIDs where groupOf[id] == nil { groupOf[id] = g }
    }
    for b in boxes {
      let frame = board.boxes[b].frame
      nodeOf[board.boxes[b].id] = box.count
      box.append(b)
      group.append(groupOf[board.boxes[b].id] ?? -1)
      mainSize.append(direction == .leftToRight ? frame.width : frame.height)
      crossSize.append(direction == .leftToRight ? frame.height : frame.width)
    }
    let n = box.count
    let (successors, labels, dag) = LayeredGraph.flow(board, boxes: boxes, nodeOf: nodeOf)
    layer = LayeredGraph.longestPathLayers(dag)
    let layerCount = (layer.max() ?? -1) + 1
    labelWidth = Array(repeating: 0, count: max(0, layerCount))
    up = Array(repeating: [], count: n)
    down = Array(repeating: [], count: n)

    var edgeSet: Set<Int> = []
    for u in 0..<n {
      for v in dag[u] {
        // Both directions of a two-way pair become one edge of the layering.
        guard edgeSet.insert(u * n + v).inserted, !edgeSet.contains(v * n + u) else { continue }
        let width = max(labels[u]?[v] ?? 0, labels[v]?[u] ?? 0)
        labelWidth[layer[u]] = max(labelWidth[layer[u]], width)
        // A feedback arrow spanning several layers gets no dummy nodes: it is routed round the
        // diagram, so it must not claim a lane through the middle.
        let isFeedback = !successors[u].contains(v)
        if isFeedback && layer[v] - layer[u] > 1 { continue }
        var previous = u
        let sameGroup = group[u] >= 0 && group[u] == group[v] ? group[u] : -1
        for l in (layer[u] + 1)..<layer[v] {
          let d = addNode(layer: l, group: sameGroup, cross: 1)
          link(previous, d)
          previous = d
        }
        link(previous, v)
      }
    }
    // A group must own a slot in every layer between its first and last, or another box could
    // land inside its frame.
    var span: [Int: (Int, Int)] = [:]
    for v in 0..<count where group[v] >= 0 {
      let s = span[group[v]] ?? (layer[v], layer[v])
      span[group[v]] = (min(s.0, layer[v]), max(s.1, layer[v]))
    }
    var present: Set<Int> = []
    for v in 0..<count where group[v] >= 0 { present.insert(group[v] * max(1, layerCount) + layer[v]) }
    for (g, s) in span.sorted(by: { $0.key < $1.key }) {
      for l in s.0...s.1 where !present.contains(g * max(1, layerCount) + l) {
        _ = addNode(layer: l, group: g, cross: 0)
      }
    }
    layers = Array(repeating: [], count: max(0, layerCount))
    for v in 0..<count { layers[layer[v]].append(v) }
  }

  private mutating func addNode(layer l: Int, group g: Int, cross: Int) -> Int {
    box.append(-1)
    group.append(g)
    layer.append(l)
    mainSize.append(0)
    crossSize.append(cross)
    up.append([])
    down.append([])
    return box.count - 1
  }

  private mutating func link(_ a: Int, _ b: Int) {
    down[a].append(b)
    up[b].append(a)
  }

  /// The successor lists with every DFS back edge reversed, so that the graph has no cycle.
  /// Sources are visited first so that the reversed edges are the feedback loops.
  /// The arrows between the nodes (`nodeOf`: box id → node, `boxes`: node → box index): each
  /// node's successors once, the widest label between two nodes, and the arrows in the flow's
  /// direction with every cycle broken. Inside each cycle, arrows against the flow are reversed
  /// first; DFS then breaks whatever cycle is left. `EngineLayers` hands the same to a layout engine.
  static func flow(_ board: Board, boxes: [Int], nodeOf: [String: Int]) -> (
    successors: [[Int]], labels: [Int: [Int: Int]], dag: [[Int]]
  ) {
    let n = boxes.count
    var successors = Array(repeating: [Int](), count: n)
    var labels: [Int: [Int: Int]] = [:]
    var seen: Set<Int> = []
    for arrow in board.arrows {
      guard let u = nodeOf[arrow.from], let v = nodeOf[arrow.to], u != v else { continue }
      if seen.insert(u * n + v).inserted { successors[u].append(v) }
      let width = LabelPlacer.text(arrow.label)?.width ?? 0
      labels[u, default: [:]][v] = max(labels[u]?[v] ?? 0, width)
    }
    let component = FlowRank.components(successors)
    let keys = boxes.map { (rank: FlowRank.of(board.boxes[$0]), index: $0) }
    var ordered = Array(repeating: [Int](), count: n)
    for u in 0..<n {
      for v in successors[u] {
        if component[u] == component[v] && FlowRank.isFeedback(from: keys[u], to: keys[v]) {
          ordered[v].append(u)
        } else {
          ordered[u].append(v)
        }
      }
    }
    return (successors, labels, breakCycles(ordered))
  }

  static func breakCycles(_ successors: [[Int]]) -> [[Int]] {
    let n = successors.count
    var indegree = Array(repeating: 0, count: n)
    for list in successors { for v in list { indegree[v] += 1 } }
    let roots = (0..<n).filter { indegree[$0] == 0 } + (0..<n).filter { indegree[$0] != 0 }
    var state = Array(repeating: 0, count: n)  // 0 new, 1 on the stack, 2 done
    var dag = Array(repeating: [Int](), count: n)
    for root in roots where state[root] == 0 {
      var stack: [(Int, Int)] = [(root, 0)]
      state[root] = 1
      while let (u, next) = stack.last {
        if next < successors[u].count {
          stack[stack.count - 1].1 += 1
          let v = successors[u][next]
          if state[v] == 1 {
            dag[v].append(u)
          } else {
            dag[u].append(v)
            if state[v] == 0 {
              state[v] = 1
              stack.append((v, 0))
            }
          }
        } else {
          state[u] = 2
          stack.removeLast()
        }
      }
    }
    return dag
  }

  /// Layers by longest path from the sources; then every source moves next to its nearest
  /// successor, so that inputs sit beside what reads them instead of all in the first layer.
  static func longestPathLayers(_ dag: [[Int]]) -> [Int] {
    let n = dag.count
    var indegree = Array(repeating: 0, count: n)
    for list in dag { for v in list { indegree[v] += 1 } }
    var order: [Int] = []
    var queue = (0..<n).filter { indegree[$0] == 0 }
    var head = 0
    var remaining = indegree
    while head < queue.count {
      let u = queue[head]
      head += 1
      order.append(u)
      for v in dag[u] {
        remaining[v] -= 1
        if remaining[v] == 0 { queue.append(v) }
      }
    }
    var layer = Array(repeating: 0, count: n)
    for u in order { for v in dag[u] { layer[v] = max(layer[v], layer[u] + 1) } }
    for u in order.reversed() where indegree[u] == 0 && !dag[u].isEmpty {
      layer[u] = (dag[u].map { layer[$0] }.min() ?? 1) - 1
    }
    // Sources pulled right may leave layers empty: close the gaps, keeping the order.
    let used = Array(Set(layer)).sorted()
    var rank: [Int: Int] = [:]
    for (i, l) in used.enumerated() { rank[l] = i }
    return layer.map { rank[$0] ?? 0 }
  }
}
