// Groups as lanes: each group (with the ungrouped boxes that talk mostly to it) is laid out on
// its own, and the lanes are put one after the other in the order the data flows through them:
// stacked top to bottom, each left to right (Offline above Online), or side by side, each top
// to bottom (as dot draws clusters). A long pipeline then takes two or three short rows, or
// columns, instead of one run of a dozen layers.

enum LaneLayout {
  /// How the lanes are put together.
  enum Stacking: Sendable {
    /// Lanes one under the other, each left to right.
    case rows
    /// Lanes side by side, each top to bottom.
    case columns
  }

  /// Rows between one lane's frame and the next: room for the arrows between lanes.
  static let laneGap = 3
  /// Columns between lanes side by side.
  static let columnGap = 2

  /// The board in lanes, or nil when it has fewer than two groups (nothing to make lanes of).
  /// With a `limit` (rows for lanes stacked in rows, columns for lanes side by side), lanes that
  /// would reach past it start a new shelf: lanes in rows then also stand side by side, lanes in
  /// columns under each other.
  static func layout(_ board: Board, stacking: Stacking = .rows, limit: Int? = nil) -> Board? {
    lanes(of: board, stacking: stacking).map { pack(board, $0, stacking: stacking, limit: limit) }
  }

  /// The board in lanes put in each number of shelves from one to `maxShelves` (as even as the
  /// lanes' order allows), and filled up to `limit` (and to nine and eight tenths of it: the
  /// arrows between lanes take room too) when one is given; the same packing is given once.
  static func layouts(_ board: Board, stacking: Stacking, maxShelves: Int = 3, limit: Int? = nil) -> [Board] {
    guard let laid = LanePackings.lanes(board, .lanes(stacking), make: { lanes(of: board, stacking: stacking) }).lanes
    else { return [] }
    var out: [Board] = []
    // Nine and eight tenths, reckoned so that a limit of Int.max (no limit) cannot overflow.
    var limits: [Int?] = [nil, limit, limit.map { $0 - $0 / 10 }, limit.map { $0 - $0 / 5 }]
    let lengths = laid.map { stacking == .rows ? $0.bounds.height : $0.bounds.width }
    let gap = stacking == .rows ? laneGap : columnGap
    if laid.count > 1 {
      for shelves in 2...max(2, min(maxShelves, laid.count)) {
        limits.append(shortestLimit(lengths, gap: gap, shelves: shelves))
      }
    }
    var seen: Set<Int?> = []
    for limit in limits where seen.insert(limit).inserted {
      out.append(pack(board, laid, stacking: stacking, limit: limit))
    }
    return out
  }

  /// The smallest limit under which lanes of these lengths, in order, take at most `shelves`
  /// shelves.
  static func shortestLimit(_ lengths: [Int], gap: Int, shelves: Int) -> Int {
    func count(_ limit: Int) -> Int {
      var n = 1
      var along = 0
      for length in lengths {
        if along > 0 && along + length > limit {
          n += 1
          along = 0
        }
        along += length + gap
      }
      return n
    }
    var low = lengths.max() ?? 0
    var high = lengths.reduce(0) { $0 + $1 + gap }
    while low < high {
      let mid = (low + high) / 2
      if count(mid) <= shelves { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// One lane: its boxes laid out on their own, and the bounds of that drawing.
  struct Lane {
    var laid: Board
    var bounds: GridRect
  }

  /// Each lane laid out on its own, in the order the data flows through them; nil when there
  /// are fewer than two.
  static func lanes(of board: Board, stacking: Stacking) -> [Lane]? {
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
    var out: [Lane] = []
    for lane in lanes {
      let ids = Set(board.boxes.filter { laneOf[$0.id] == lane }.map(\.id))
      var part = Board(title: board.title)
      part.boxes = board.boxes.filter { ids.contains($0.id) }
      part.arrows = board.arrows.filter { ids.contains($0.from) && ids.contains($0.to) }
      part.groups = board.groups.enumerated().filter { $0.offset == lane }.map(\.element)
      let laid = LayeredLayout.layout(part, direction: stacking == .rows ? .leftToRight : .topToBottom)
      guard let bounds = LayeredLayout.drawnBounds(laid) else { continue }
      out.append(Lane(laid: laid, bounds: bounds))
    }
    return out.count >= 2 ? out : nil
  }

  /// The lanes after which `pack` starts a new shelf (their places in `lanes`): two limits with
  /// the same shelf starts pack the lanes alike.
  static func shelfStarts(_ lanes: [Lane], stacking: Stacking, limit: Int?) -> [Int] {
    guard let limit else { return [] }
    var out: [Int] = []
    var along = 0
    for (i, lane) in lanes.enumerated() {
      let length = stacking == .rows ? lane.bounds.height : lane.bounds.width
      if along > 0, along + length > limit {
        out.append(i)
        along = 0
      }
      along += length + (stacking == .rows ? laneGap : columnGap)
    }
    return out
  }

  /// The lanes put in place: one after the other across the page (rows: under each other;
  /// columns: side by side); past `limit` rows or columns, the next lane starts a new shelf
  /// beside (or under) the ones so far, as regions on a whiteboard.
  static func pack(_ board: Board, _ lanes: [Lane], stacking: Stacking, limit: Int?) -> Board {
    var out = board
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() where index[box.id] == nil { index[box.id] = i }
    var shelf = (start: 0, along: 0, depth: 0)
    for lane in lanes {
      let (laid, bounds) = (lane.laid, lane.bounds)
      // Along the stacking (rows: down) and across it (rows: right).
      let length = stacking == .rows ? bounds.height : bounds.width
      let breadth = stacking == .rows ? bounds.width : bounds.height
      let gapAlong = stacking == .rows ? laneGap : columnGap
      let gapAcross = stacking == .rows ? columnGap : laneGap
      if let limit, shelf.along > 0, shelf.along + length > limit {
        shelf = (shelf.start + shelf.depth + gapAcross, 0, 0)
      }
      let along = shelf.along
      let across = shelf.start
      shelf.along += length + gapAlong
      shelf.depth = max(shelf.depth, breadth)
      let dy = LayeredLayout.origin.y + (stacking == .rows ? along : across) - bounds.minY
      let dx = LayeredLayout.origin.x + (stacking == .rows ? across : along) - bounds.minX
      for box in laid.boxes {
        guard let i = index[box.id] else { continue }
        out.boxes[i].frame = box.frame
        out.boxes[i].frame.x += dx
        out.boxes[i].frame.y += dy
      }
    }
    return out
  }
}
