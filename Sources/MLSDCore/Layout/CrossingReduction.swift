// Orders the nodes of each layer to reduce crossings: barycenter sweeps down and up, then
// adjacent transpositions, and last sifting (each node to its best place in its layer); a group's
// nodes stay together and groups keep one order in every layer, so that group frames can be drawn
// without overlapping.

enum CrossingReduction {
  static let sweeps = 8
  /// Rounds of sifting after the sweeps. Sifting finds moves that adjacent swaps cannot (a node
  /// past several others); on the benchmark graphs a third round took 1-2 % more crossings off
  /// the layers for half as much time again.
  static let siftRounds = 2
  /// Sifting one layer costs about the square of its size; after this much in all, the rest
  /// keep the order the sweeps gave. The benchmark graphs (up to 1,000 boxes) use a fraction of
  /// it; a dense graph (a complete digraph of 60 boxes has layers of thousands of dummy nodes)
  /// would otherwise sift for seconds.
  static let siftBudget = 6_000_000

  static func order(_ graph: inout LayeredGraph) {
    guard graph.layers.count > 1 else { return }
    var position = Array(repeating: 0, count: graph.count)
    func renumber() {
      for layer in graph.layers { for (i, v) in layer.enumerated() { position[v] = i } }
    }
    initialOrder(&graph)
    renumber()
    var groupRank = groupRanks(graph, position)
    // Every layer, the first included, starts with its groups together and in one order.
    for l in graph.layers.indices {
      var key: [Int: Double] = [:]
      for v in graph.layers[l] { key[v] = Double(position[v]) }
      graph.layers[l] = sorted(graph.layers[l], key: key, graph: graph, groupRank: groupRank, position: position)
    }
    renumber()
    // The first order keeps no group together, so only orders after a sweep compete.
    var best = graph.layers
    var bestCrossings = Int.max
    for sweep in 0..<sweeps {
      let downward = sweep % 2 == 0
      let range = downward ? Array(1..<graph.layers.count) : Array((0..<(graph.layers.count - 1)).reversed())
      for l in range {
        var key: [Int: Double] = [:]
        for v in graph.layers[l] {
          let neighbours = downward ? graph.up[v] : graph.down[v]
          if neighbours.isEmpty {
            key[v] = Double(position[v])
          } else {
            key[v] = Double(neighbours.reduce(0) { $0 + position[$1] }) / Double(neighbours.count)
          }
        }
        graph.layers[l] = sorted(graph.layers[l], key: key, graph: graph, groupRank: groupRank, position: position)
        for (i, v) in graph.layers[l].enumerated() { position[v] = i }
      }
      groupRank = groupRanks(graph, position)
      // The layer the sweep ended on kept the old group order: every layer takes the new one,
      // or frames could cross (and the cross-axis constraints would form a cycle).
      for l in graph.layers.indices {
        var key: [Int: Double] = [:]
        for v in graph.layers[l] { key[v] = Double(position[v]) }
        graph.layers[l] = sorted(graph.layers[l], key: key, graph: graph, groupRank: groupRank, position: position)
        for (i, v) in graph.layers[l].enumerated() { position[v] = i }
      }
      transpose(&graph, &position)
      let count = crossings(graph, position)
      if count < bestCrossings {
        bestCrossings = count
        best = graph.layers
      }
    }
    graph.layers = best
    renumber()
    sift(&graph, &position)
  }

  /// A first order by depth-first discovery from the first layer, which keeps chains together.
  private static func initialOrder(_ graph: inout LayeredGraph) {
    var seen = Array(repeating: false, count: graph.count)
    var layers = Array(repeating: [Int](), count: graph.layers.count)
    var stack: [Int] = []
    for root in graph.layers.flatMap({ $0 }) where !seen[root] {
      stack.append(root)
      while let v = stack.popLast() {
        if seen[v] { continue }
        seen[v] = true
        layers[graph.layer[v]].append(v)
        for w in graph.down[v].reversed() where !seen[w] { stack.append(w) }
      }
    }
    graph.layers = layers
  }

  /// Each group's average relative position over all its nodes: the order groups keep everywhere.
  private static func groupRanks(_ graph: LayeredGraph, _ position: [Int]) -> [Int: Double] {
    var sum: [Int: Double] = [:]
    var count: [Int: Int] = [:]
    for layer in graph.layers {
      for v in layer where graph.group[v] >= 0 {
        sum[graph.group[v], default: 0] += Double(position[v]) / Double(max(1, layer.count))
        count[graph.group[v], default: 0] += 1
      }
    }
    var rank: [Int: Double] = [:]
    for (g, s) in sum { rank[g] = s / Double(count[g] ?? 1) }
    return rank
  }

  /// The layer sorted by key, a group's nodes as one block at their mean key, and the group
  /// blocks then put in the global group order in the slots the groups took.
  private static func sorted(
    _ layer: [Int], key: [Int: Double], graph: LayeredGraph, groupRank: [Int: Double], position: [Int]
  ) -> [Int] {
    var units: [(key: Double, first: Int, nodes: [Int], group: Int)] = []
    var unitOfGroup: [Int: Int] = [:]
    for v in layer {
      let g = graph.group[v]
      if g >= 0, let u = unitOfGroup[g] {
        units[u].nodes.append(v)
      } else {
        if g >= 0 { unitOfGroup[g] = units.count }
        units.append((0, position[v], [v], g))
      }
    }
    for i in units.indices {
      units[i].key = units[i].nodes.reduce(0) { $0 + (key[$1] ?? 0) } / Double(units[i].nodes.count)
      units[i].nodes.sort { (key[$0] ?? 0, position[$0]) < (key[$1] ?? 0, position[$1]) }
    }
    units.sort { ($0.key, $0.first) < ($1.key, $1.first) }
    let slots = units.indices.filter { units[$0].group >= 0 }
    let groupUnits = slots.map { units[$0] }.sorted {
      (groupRank[$0.group] ?? 0, $0.group) < (groupRank[$1.group] ?? 0, $1.group)
    }
    for (slot, unit) in zip(slots, groupUnits) { units[slot] = unit }
    return units.flatMap(\.nodes)
  }

  /// Moves each node, most connected first, to the place in its layer where its edges cross the
  /// fewest edges of the others (both neighbouring layers counted), keeping every group in one
  /// piece; stops after a round that moves nothing.
  static func sift(_ graph: inout LayeredGraph, _ position: inout [Int]) {
    var spent = 0
    for _ in 0..<siftRounds {
      var moved = false
      for l in graph.layers.indices where graph.layers[l].count > 1 {
        spent += graph.layers[l].count * graph.layers[l].count
        if spent > siftBudget { return }
        var layer = graph.layers[l]
        // The other layers stay still while this one is sifted: count their positions once.
        let up = NeighbourCounts(layer, graph.up, width: l > 0 ? graph.layers[l - 1].count : 0, position)
        let down = NeighbourCounts(
          layer, graph.down, width: l + 1 < graph.layers.count ? graph.layers[l + 1].count : 0, position)
        // Each node's row in the counts, kept beside the layer as nodes move.
        var rows = Array(layer.indices)
        let movers = layer.indices.sorted {
          (up.degree[$0] + down.degree[$0], $1) > (up.degree[$1] + down.degree[$1], $0)
        }
        for row in movers {
          guard let from = rows.firstIndex(of: row) else { continue }
          let v = layer.remove(at: from)
          rows.remove(at: from)
          var before = Array(repeating: 0, count: rows.count)
          var after = Array(repeating: 0, count: rows.count)
          up.add(graph.up[v].map { position[$0] }, rows: rows, before: &before, after: &after)
          down.add(graph.down[v].map { position[$0] }, rows: rows, before: &before, after: &after)
          let slot = bestSlot(v, in: layer, current: from, before: before, after: after, graph: graph)
          if slot != from { moved = true }
          layer.insert(v, at: slot)
          rows.insert(row, at: slot)
        }
        for (i, v) in layer.enumerated() { position[v] = i }
        graph.layers[l] = layer
      }
      if !moved { break }
    }
  }

  /// For each node of a layer (a row, in the order the counts were made) and each position `p`
  /// of the neighbouring layer, how many of the node's neighbours there lie before `p`.
  private struct NeighbourCounts {
    let stride: Int
    var below: [Int]
    var degree: [Int]

    init(_ layer: [Int], _ neighbours: [[Int]], width: Int, _ position: [Int]) {
      stride = width + 2
      below = Array(repeating: 0, count: layer.count * stride)
      degree = layer.map { neighbours[$0].count }
      for (i, v) in layer.enumerated() where !neighbours[v].isEmpty {
        let base = i * stride
        for w in neighbours[v] { below[base + position[w] + 1] += 1 }
        for p in (base + 1)..<(base + stride) { below[p] += below[p - 1] }
      }
    }

    /// Adds the crossings of edges to the positions `xs` with each row's edges on this side: when
    /// they come before the row's (its neighbours before theirs), and when after.
    func add(_ xs: [Int], rows: [Int], before: inout [Int], after: inout [Int]) {
      guard !xs.isEmpty else { return }
      for (j, row) in rows.enumerated() where degree[row] > 0 {
        let base = row * stride
        var earlier = 0
        var later = 0
        for x in xs {
          earlier += below[base + x]
          later += degree[row] - below[base + x + 1]
        }
        before[j] += earlier
        after[j] += later
      }
    }
  }

  /// The slot of `layer` (which no longer holds `v`) where `v` crosses the fewest edges, from
  /// the crossings with each node when `v` comes before it and after it; the current slot on a
  /// tie, so that sifting ends.
  private static func bestSlot(
    _ v: Int, in layer: [Int], current: Int, before: [Int], after: [Int], graph: LayeredGraph
  ) -> Int {
    // Allowed slots keep every group in one piece and the groups in their order: a grouped node
    // stays next to its group, or, alone in this layer, between the same other groups' nodes.
    let g = graph.group[v]
    let alone = g >= 0 && !layer.contains { graph.group[$0] == g }
    var low = 0
    var high = layer.count
    if alone {
      low = (layer[..<current].lastIndex { graph.group[$0] >= 0 }).map { $0 + 1 } ?? 0
      high = layer[current...].firstIndex { graph.group[$0] >= 0 } ?? layer.count
    }
    var cost = before.reduce(0, +)
    var bestCost = Int.max
    var best = current
    for slot in 0...layer.count {
      if slot > 0 { cost += after[slot - 1] - before[slot - 1] }
      let left = slot > 0 ? graph.group[layer[slot - 1]] : -1
      let right = slot < layer.count ? graph.group[layer[slot]] : -1
      let allowed =
        g >= 0 && !alone
        ? (left == g || right == g) : (slot >= low && slot <= high && (left < 0 || right < 0 || left != right))
      guard allowed else { continue }
      if cost < bestCost || (cost == bestCost && slot == current) {
        bestCost = cost
        best = slot
      }
    }
    return best
  }

  /// Swaps neighbours in a layer while that lowers the crossings with both adjacent layers;
  /// only swaps that keep groups together (two ungrouped nodes, or two of one group).
  private static func transpose(_ graph: inout LayeredGraph, _ position: inout [Int]) {
    for _ in 0..<4 {
      var improved = false
      for l in graph.layers.indices where graph.layers[l].count > 1 && graph.layers[l].count <= 400 {
        for i in 0..<(graph.layers[l].count - 1) {
          let a = graph.layers[l][i]
          let b = graph.layers[l][i + 1]
          guard graph.group[a] == graph.group[b] else { continue }
          let before = pairCrossings(a, b, graph, position)
          let after = pairCrossings(b, a, graph, position)
          if after < before {
            graph.layers[l].swapAt(i, i + 1)
            position[a] = i + 1
            position[b] = i
            improved = true
          }
        }
      }
      if !improved { break }
    }
  }

  /// Crossings between the edges of `a` and of `b` when `a` is just before `b`.
  private static func pairCrossings(_ a: Int, _ b: Int, _ graph: LayeredGraph, _ position: [Int]) -> Int {
    var count = 0
    for (na, nb) in [(graph.up[a], graph.up[b]), (graph.down[a], graph.down[b])] {
      for x in na { for y in nb where position[x] > position[y] { count += 1 } }
    }
    return count
  }

  /// Total crossings between consecutive layers (edges sorted by one end, inversions in the other).
  static func crossings(_ graph: LayeredGraph, _ position: [Int]) -> Int {
    var total = 0
    for l in 0..<max(0, graph.layers.count - 1) {
      var edges: [(Int, Int)] = []
      for v in graph.layers[l] { for w in graph.down[v] { edges.append((position[v], position[w])) } }
      edges.sort { $0 < $1 }
      let size = graph.layers[l + 1].count + 1
      var tree = Array(repeating: 0, count: size + 1)
      var inserted = 0
      for (_, p) in edges {
        // Count earlier edges whose lower end is right of this one.
        var i = p + 1
        var notGreater = 0
        while i > 0 {
          notGreater += tree[i]
          i -= i & -i
        }
        total += inserted - notGreater
        i = p + 1
        while i <= size {
          tree[i] += 1
          i += i & -i
        }
        inserted += 1
      }
    }
    return total
  }
}
