// Groups as lanes: each group (with the ungrouped boxes that talk mostly to it) is laid out left
// to right on its own, and the lanes are stacked top to bottom in the order the data flows
// through them, the way a person draws Offline above Online. A long pipeline then takes two
// or three short rows instead of one row of a dozen layers.

enum LaneLayout {
  /// Rows between one lane's frame and the next: room for the arrows between lanes.
  static let laneGap = 3

  /// The board in lanes, or nil when it has fewer than two groups (nothing to make lanes of).
  static func layout(_ board: Board) -> Board? {
    guard board.groups.count >= 2 else { return nil }
    var laneOf: [String: Int] = [:]
    for (g, group) in board.groups.enumerated() {
      for id in group.boxIDs where laneOf[id] == nil { laneOf[id] = g }
    }
    guard board.boxes.contains(where: { laneOf[$0.id] != nil }) else { return nil }
    // Ungrouped boxes join the lane they have most arrows with (repeatedly, so that chains of
    // ungrouped boxes follow); the rest make a lane of their own.
    var changed = true
    while changed {
      changed = false
      for box in board.boxes where laneOf[box.id] == nil {
        var votes: [Int: Int] = [:]
        for arrow in board.arrows {
          if arrow.from == box.id, let l = laneOf[arrow.to] { votes[l, default: 0] += 1 }
          if arrow.to == box.id, let l = laneOf[arrow.from] { votes[l, default: 0] += 1 }
        }
        if let best = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
          laneOf[box.id] = best.key
          changed = true
        }
      }
    }
    let rest = board.groups.count
    for box in board.boxes where laneOf[box.id] == nil { laneOf[box.id] = rest }

    // Lanes in flow order: by the mean column of their boxes in the one-row layout.
    let flat = LayeredLayout.layout(board, direction: .leftToRight)
    var sum: [Int: (Int, Int)] = [:]
    for box in flat.boxes {
      guard let l = laneOf[box.id] else { continue }
      let s = sum[l] ?? (0, 0)
      sum[l] = (s.0 + box.frame.center.x, s.1 + 1)
    }
    let lanes = sum.keys.sorted { a, b in
      let ma = Double(sum[a]!.0) / Double(sum[a]!.1)
      let mb = Double(sum[b]!.0) / Double(sum[b]!.1)
      return ma != mb ? ma < mb : a < b
    }
    guard lanes.count >= 2 else { return nil }

    var out = board
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() where index[box.id] == nil { index[box.id] = i }
    var top = LayeredLayout.origin.y
    for lane in lanes {
      let ids = Set(board.boxes.filter { laneOf[$0.id] == lane }.map(\.id))
      var part = Board(title: board.title)
      part.boxes = board.boxes.filter { ids.contains($0.id) }
      part.arrows = board.arrows.filter { ids.contains($0.from) && ids.contains($0.to) }
      part.groups = board.groups.enumerated().filter { $0.offset == lane }.map(\.element)
      let laid = LayeredLayout.layout(part, direction: .leftToRight)
      guard let bounds = LayeredLayout.drawnBounds(laid) else { continue }
      let dy = top - bounds.minY
      let dx = LayeredLayout.origin.x - bounds.minX
      for box in laid.boxes {
        guard let i = index[box.id] else { continue }
        out.boxes[i].frame = box.frame
        out.boxes[i].frame.x += dx
        out.boxes[i].frame.y += dy
      }
      top += bounds.height + laneGap
    }
    return out
  }
}
