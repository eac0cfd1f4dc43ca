// Positions across the flow (rows when left to right): every node is pulled towards the median of
// its neighbours so that chains run straight, while nodes of a layer keep their order and gaps.
// A group is one block shared by all the layers it spans, so its frame holds only its own boxes;
// a block is as wide as `minGroupSize` asks (its title's width), its boxes centred in it.

struct CrossAxisPlacement {
  /// Start of each node across the flow, with the group blocks resolved.
  var position: [Int]

  /// Iterations of the alternating forward and backward passes.
  static let passes = 8

  init(graph: LayeredGraph, gap: Int, dummyGap: Int, minGroupSize: [Int: Int] = [:]) {
    let n = graph.count
    // Items: one per ungrouped node, one per group; nodes sit at an offset inside their item.
    var itemOf = Array(repeating: -1, count: n)
    var offset = Array(repeating: 0, count: n)
    var itemSize: [Int] = []
    var itemNodes: [[Int]] = []
    var groupItem: [Int: Int] = [:]
    var groupLayers: [Int: [Int: [Int]]] = [:]
    for layer in graph.layers {
      for v in layer {
        let g = graph.group[v]
        if g < 0 {
          itemOf[v] = itemSize.count
          itemSize.append(graph.crossSize[v])
          itemNodes.append([v])
        } else {
          if groupItem[g] == nil {
            groupItem[g] = itemSize.count
            itemSize.append(0)
            itemNodes.append([])
          }
          itemOf[v] = groupItem[g] ?? 0
          itemNodes[itemOf[v]].append(v)
          groupLayers[g, default: [:]][graph.layer[v], default: []].append(v)
        }
      }
    }
    // Inside a group: each layer's nodes stacked and centred in the band, inside the frame padding.
    let padding = GroupFrame.padding
    for (g, byLayer) in groupLayers {
      var stacks: [Int: Int] = [:]
      for (l, nodes) in byLayer {
        var y = 0
        for v in nodes {
          offset[v] = y
          y += graph.crossSize[v] + (graph.box[v] >= 0 ? gap : dummyGap)
        }
        stacks[l] = max(0, y - gap)
      }
      let band = stacks.values.max() ?? 0
      let size = max(band + 2 * padding, minGroupSize[g] ?? 0)
      for (l, nodes) in byLayer {
        let shift = (size - 2 * padding - (stacks[l] ?? 0)) / 2
        for v in nodes { offset[v] += padding + shift }
      }
      if let item = groupItem[g] { itemSize[item] = size }
    }

    // Constraints: consecutive items of a layer keep their order and gap.
    let itemCount = itemSize.count
    var before = Array(repeating: [(Int, Int)](), count: itemCount)
    var after = Array(repeating: [(Int, Int)](), count: itemCount)
    for layer in graph.layers {
      var previous = -1
      var previousNode = -1
      for v in layer {
        let item = itemOf[v]
        if item == previous { continue }
        if previous >= 0 {
          let bothDummies = graph.box[previousNode] < 0 && graph.box[v] < 0 && graph.group[v] < 0
          let separation = itemSize[previous] + (bothDummies ? dummyGap : gap)
          before[item].append((previous, separation))
          after[previous].append((item, separation))
        }
        previous = item
        previousNode = v
      }
    }
    let order = CrossAxisPlacement.topological(before: before, after: after)
    var pos = Array(repeating: 0, count: itemCount)
    for item in order { pos[item] = before[item].map { pos[$0.0] + $0.1 }.max() ?? 0 }

    func desired(_ item: Int, _ useUp: Bool, _ useDown: Bool) -> Int? {
      var wants: [Int] = []
      for v in itemNodes[item] {
        let mine = offset[v] + graph.crossSize[v] / 2
        for (list, use) in [(graph.up[v], useUp), (graph.down[v], useDown)] where use {
          for w in list {
            let theirs = pos[itemOf[w]] + offset[w] + graph.crossSize[w] / 2
            wants.append(theirs - mine)
          }
        }
      }
      guard !wants.isEmpty else { return nil }
      wants.sort()
      let m = wants.count / 2
      return wants.count % 2 == 1 ? wants[m] : (wants[m - 1] + wants[m]) / 2
    }

    for pass in 0..<CrossAxisPlacement.passes {
      let useUp = pass % 4 != 2
      let useDown = pass % 4 != 0
      if pass % 2 == 0 {
        for item in order {
          let low = before[item].map { pos[$0.0] + $0.1 }.max() ?? Int.min
          pos[item] = max(low, desired(item, useUp, useDown) ?? (low == Int.min ? pos[item] : low))
        }
      } else {
        for item in order.reversed() {
          let high = after[item].map { pos[$0.0] - $0.1 }.min() ?? Int.max
          pos[item] = min(high, desired(item, useUp, useDown) ?? (high == Int.max ? pos[item] : high))
        }
      }
    }
    // A last forward pass without pulls leaves no item below where its constraints need it.
    for item in order {
      let low = before[item].map { pos[$0.0] + $0.1 }.max() ?? Int.min
      pos[item] = max(low, pos[item])
    }
    CrossAxisPlacement.closeEmptyStripes(&pos, sizes: itemSize, gap: gap)
    position = (0..<n).map { pos[itemOf[$0]] + offset[$0] }
  }

  /// Removes stretches across the flow that hold no item at all, down to one gap: pulls can leave
  /// a block far from the rest, and the arrows to it would be long lines through nothing.
  static func closeEmptyStripes(_ pos: inout [Int], sizes: [Int], gap: Int) {
    let order = pos.indices.sorted { pos[$0] < pos[$1] }
    guard let first = order.first else { return }
    var end = pos[first] + max(1, sizes[first])
    var shift = 0
    for item in order {
      let start = pos[item]
      if start > end + gap { shift += start - (end + gap) }
      end = max(end, start + max(1, sizes[item]))
      pos[item] = start - shift
    }
  }

  /// Items in an order where every item comes after those it must follow.
  private static func topological(before: [[(Int, Int)]], after: [[(Int, Int)]]) -> [Int] {
    var remaining = before.map(\.count)
    var queue = remaining.indices.filter { remaining[$0] == 0 }
    var head = 0
    while head < queue.count {
      let item = queue[head]
      head += 1
      for (next, _) in after[item] {
        remaining[next] -= 1
        if remaining[next] == 0 { queue.append(next) }
      }
    }
    // Group orders are kept consistent, so a cycle cannot happen; if one did, the rest follow.
    if queue.count < before.count {
      for item in before.indices where remaining[item] > 0 { queue.append(item) }
    }
    return queue
  }
}
