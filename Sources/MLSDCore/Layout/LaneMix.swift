// Groups as lanes, each drawn its own way: a long chain left to right, a deep one top to bottom,
// as a person fills a whiteboard region by region. Lanes all one way leave a page either too wide
// (a dozen layers in a row) or too tall (lanes side by side, each a column of layers); mixing
// them, then packing the lanes in shelves across or down the page, fills it. Packing costs no
// routing, so every mix is measured by its boxes and frames and only the few that fit the page
// best are handed on to be routed.

enum LaneMix {
  /// Mixes handed on for routing.
  static let kept = 2
  /// Mixes weighed at most (each lane's ways multiplied); past it, lanes are drawn one of two
  /// ways, and past that all one way (`mixes`).
  static let maxMixes = 729

  /// One lane drawn each way worth weighing: left to right (as LaneLayout lays it), top to
  /// bottom, and top to bottom with the layers close; a way that gives the same size is left out.
  static func ways(_ lane: LaneLayout.Lane, count: Int) -> [LaneLayout.Lane] {
    var out = [lane]
    var seen: Set<[Int]> = [[lane.bounds.width, lane.bounds.height]]
    for tight in [false, true].prefix(count - 1) {
      let laid = LayeredLayout.layout(lane.laid, direction: .topToBottom, tight: tight)
      guard let bounds = LayeredLayout.drawnBounds(laid), seen.insert([bounds.width, bounds.height]).inserted
      else { continue }
      out.append(LaneLayout.Lane(laid: laid, bounds: bounds))
    }
    return out
  }

  /// The board's lanes, each drawn one of its ways, packed in shelves across the page (lanes
  /// side by side, a new shelf under them past its columns) and down it (a new shelf beside them
  /// past its rows): the `kept` packings whose boxes and frames leave the most room on the page
  /// (the larger of their share of its columns and of its rows is least). Empty without a page
  /// or with fewer than two lanes.
  static func layouts(_ board: Board, page: (columns: Int, rows: Int)?) -> [Board] {
    guard let page else { return [] }
    var out: [Board] = []
    for lanes in laneSets(board) where lanes.lanes != nil {
      out += layouts(board, lanes, page: page)
    }
    return out
  }

  /// The board's lanes made both ways (`LaneLayout.lanes(of:stacking:)` in rows, and `apart`),
  /// kept for the fit being made (LanePackings).
  static func laneSets(_ board: Board) -> [LanePackings.Lanes] {
    [
      LanePackings.lanes(board, .lanes(.rows)) { LaneLayout.lanes(of: board, stacking: .rows) },
      LanePackings.lanes(board, .apart) { apart(board) },
    ]
  }

  /// A mix (its place in the lanes' `mixes`) packed so, measured: kept with its lanes.
  static func packed(
    _ board: Board, _ lanes: LanePackings.Lanes, mix: Int, _ mixes: [[LaneLayout.Lane]],
    stacking: LaneLayout.Stacking, limit: Int
  ) -> (key: LanePackings.PackKey, packed: LanePackings.Packed) {
    let key = LanePackings.PackKey(
      mix: mix, stacking: stacking,
      shelfStarts: LaneLayout.shelfStarts(mixes[mix], stacking: stacking, limit: limit))
    let measured = lanes.packed(key) {
      let board = LaneLayout.pack(board, mixes[mix], stacking: stacking, limit: limit)
      return LanePackings.Packed(frames: board.boxes.map(\.frame), bounds: LayeredLayout.drawnBounds(board))
    }
    return (key, measured)
  }

  /// The packings within the page whose arrows are guessed to cross least (LaneCrossings), from
  /// every seed's lanes (both ways of making them) and every mix and packing of their ways:
  /// at most `count`, fewest guessed crossings first, then the most room left. Each in the
  /// board's box order.
  static func guessed(_ board: Board, seeds: [Board], page: (columns: Int, rows: Int), count: Int) -> [Board] {
    let margin = DiagramFit.pageMargin
    let columns = max(1, min(page.columns, Int.max / 2) - margin)
    let rows = max(1, min(page.rows, Int.max / 2) - margin)
    var weighed: [(crossings: Int, share: Int, board: () -> Board)] = []
    var seen: Set<[GridRect]> = []
    for seed in seeds {
      for lanes in laneSets(seed) where lanes.lanes != nil {
        let (mixes, shortest) = lanes.mixes { Self.mixes(lanes.lanes ?? []) }
        for (m, mix) in mixes.enumerated() {
          for (stacking, limit) in packings(mix, columns: columns, rows: rows, shortest: shortest[m]) {
            let (key, packed) = Self.packed(seed, lanes, mix: m, mixes, stacking: stacking, limit: limit)
            guard let bounds = packed.bounds else { continue }
            let share = max(bounds.width * 1000 / columns, bounds.height * 1000 / rows)
            guard share <= 1000, seen.insert(packed.frames).inserted else { continue }
            let board = { LaneLayout.pack(seed, mix, stacking: stacking, limit: limit) }
            let crossings = packed.crossings ?? LaneCrossings.estimate(board())
            if packed.crossings == nil { lanes.setCrossings(crossings, for: key) }
            weighed.append((crossings, share, board))
          }
        }
      }
    }
    return weighed.sorted { ($0.crossings, $0.share) < ($1.crossings, $1.share) }.prefix(count).map {
      LayeredLayout.inOrder(of: board, $0.board())
    }
  }

  /// Each group a lane of its own members only, and the boxes in no group in lanes of their
  /// own, one for each run of them joined by arrows: no frame then spans a box that is not in
  /// its group. In the order the data flows through them; nil with fewer than two groups.
  static func apart(_ board: Board) -> [LaneLayout.Lane]? {
    guard board.groups.count >= 2 else { return nil }
    var laneOf: [String: Int] = [:]
    for (g, group) in board.groups.enumerated() {
      for id in group.boxIDs where laneOf[id] == nil { laneOf[id] = g }
    }
    // Boxes in no group: joined runs, found by spreading lane numbers along arrows between them.
    var next = board.groups.count
    for box in board.boxes where laneOf[box.id] == nil {
      laneOf[box.id] = next
      var stack = [box.id]
      while let id = stack.popLast() {
        for arrow in board.arrows where arrow.from == id || arrow.to == id {
          let other = arrow.from == id ? arrow.to : arrow.from
          guard laneOf[other] == nil else { continue }
          laneOf[other] = next
          stack.append(other)
        }
      }
      next += 1
    }
    // Lanes in flow order: by the mean column of their boxes in the one-row layout.
    let flat = LayeredLayout.layout(board, direction: .leftToRight)
    var sum: [Int: (total: Int, count: Int)] = [:]
    for box in flat.boxes {
      guard let l = laneOf[box.id] else { continue }
      sum[l, default: (0, 0)].total += box.frame.center.x
      sum[l, default: (0, 0)].count += 1
    }
    let order = sum.keys.sorted { a, b in
      let (sa, sb) = (sum[a]!, sum[b]!)
      let (ma, mb) = (sa.total * sb.count, sb.total * sa.count)
      return ma != mb ? ma < mb : a < b
    }
    var out: [LaneLayout.Lane] = []
    for lane in order {
      let ids = Set(board.boxes.filter { laneOf[$0.id] == lane }.map(\.id))
      var part = Board(title: board.title)
      part.boxes = board.boxes.filter { ids.contains($0.id) }
      part.arrows = board.arrows.filter { ids.contains($0.from) && ids.contains($0.to) }
      part.groups = lane < board.groups.count ? [board.groups[lane]] : []
      let laid = LayeredLayout.layout(part, direction: .leftToRight)
      guard let bounds = LayeredLayout.drawnBounds(laid) else { continue }
      out.append(LaneLayout.Lane(laid: laid, bounds: bounds))
    }
    return out.count >= 2 ? out : nil
  }

  /// The lanes, each drawn one of its ways, packed: the `kept` packings that fit the page best.
  static func layouts(_ board: Board, _ lanes: LanePackings.Lanes, page: (columns: Int, rows: Int)) -> [Board] {
    let margin = DiagramFit.pageMargin
    let columns = max(1, min(page.columns, Int.max / 2) - margin)
    let rows = max(1, min(page.rows, Int.max / 2) - margin)
    var weighed: [(share: Int, board: () -> Board)] = []
    var seen: Set<[GridRect]> = []
    let (mixes, shortest) = lanes.mixes { Self.mixes(lanes.lanes ?? []) }
    for (m, mix) in mixes.enumerated() {
      for (stacking, limit) in packings(mix, columns: columns, rows: rows, shortest: shortest[m]) {
        let packed = Self.packed(board, lanes, mix: m, mixes, stacking: stacking, limit: limit).packed
        guard let bounds = packed.bounds, seen.insert(packed.frames).inserted else { continue }
        // Thousandths of the page: the larger share, columns or rows.
        let share = max(bounds.width * 1000 / columns, bounds.height * 1000 / rows)
        weighed.append((share, { LaneLayout.pack(board, mix, stacking: stacking, limit: limit) }))
      }
    }
    return weighed.sorted { $0.share < $1.share }.prefix(kept).map { $0.board() }
  }

  /// Every mix of the lanes' ways (each lane drawn one of its three ways, or of two when that
  /// makes more than `maxMixes`); with more lanes still, every lane the same way, each way once.
  static func mixes(_ lanes: [LaneLayout.Lane]) -> [[LaneLayout.Lane]] {
    func count(_ ways: [[LaneLayout.Lane]]) -> Int { ways.reduce(1) { min($0 * $1.count, maxMixes + 1) } }
    var ways = lanes.map { Self.ways($0, count: 3) }
    if count(ways) > maxMixes {
      let two = ways.map { Array($0.prefix(2)) }
      guard count(two) > maxMixes else { return odometer(two) }
      return (0..<3).map { k in ways.map { $0[min(k, $0.count - 1)] } }
    }
    return odometer(ways)
  }

  /// Every choice of one way per lane.
  static func odometer(_ ways: [[LaneLayout.Lane]]) -> [[LaneLayout.Lane]] {
    var out: [[LaneLayout.Lane]] = []
    var choice = [Int](repeating: 0, count: ways.count)
    while true {
      out.append(zip(ways, choice).map { $0[$1] })
      var i = 0
      while i < choice.count {
        choice[i] += 1
        if choice[i] < ways[i].count { break }
        choice[i] = 0
        i += 1
      }
      if i == choice.count { return out }
    }
  }

  /// Ways to pack lanes: across the page (new shelves under) and down it (new shelves beside),
  /// each filled up to the page and as evenly as two and three shelves allow.
  /// `shortest`: the lanes' `shortestLimits`, when already worked out (they do not depend on the
  /// page).
  static func packings(
    _ lanes: [LaneLayout.Lane], columns: Int, rows: Int, shortest: [[Int]]? = nil
  ) -> [(LaneLayout.Stacking, Int)] {
    var out: [(LaneLayout.Stacking, Int)] = []
    let shortest = shortest ?? shortestLimits(lanes)
    for (s, (stacking, page)) in [(LaneLayout.Stacking.columns, columns), (.rows, rows)].enumerated() {
      var limits = [page]
      for limit in shortest[s] where limit < page && !limits.contains(limit) { limits.append(limit) }
      out += limits.map { (stacking, $0) }
    }
    return out
  }

  /// For lanes side by side and then stacked, the shortest limits that pack them in two and in
  /// three shelves (`LaneLayout.shortestLimit`), as many as there are lanes for.
  static func shortestLimits(_ lanes: [LaneLayout.Lane]) -> [[Int]] {
    [LaneLayout.Stacking.columns, .rows].map { stacking in
      let lengths = lanes.map { stacking == .rows ? $0.bounds.height : $0.bounds.width }
      let gap = stacking == .rows ? LaneLayout.laneGap : LaneLayout.columnGap
      return (2...3).filter { $0 <= lanes.count }.map {
        LaneLayout.shortestLimit(lengths, gap: gap, shelves: $0)
      }
    }
  }
}
