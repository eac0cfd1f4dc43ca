// A* search for one arrow's path on the routing grid: orthogonal moves inside a bounded region,
// a penalty per bend, and costs for crossing other arrows, so that arrows stay short, straight
// and apart. The state is a cell plus the direction the path entered it by. A strict search
// first treats running along or turning on an unrelated arrow as walls (which keeps the search
// small); only when that finds nothing are they allowed at a high cost.

/// What one search needs to know about the arrow it routes.
struct RouteRequest {
  var arrow: Int
  var source: GridRect
  var target: GridRect
  /// Only cells inside this rectangle (board coordinates) are searched.
  var region: GridRect
  /// For feedback arrows: moves along `axis` (0 horizontal, 1 vertical) inside `rect` cost
  /// extra, so that the arrow goes round the diagram instead of through it.
  var against: (axis: Int, rect: GridRect)?
  /// Whether conflicts with other arrows are walls (true) or only expensive.
  var strict = true
  /// States the search may expand before it gives up (a strict search that fails in a crowded
  /// board would otherwise visit its whole region before the fallback).
  var budget = Int.max
}

/// Search arrays for a rectangle of the grid, reused from one search to the next: a state is
/// valid only when its stamp is the current generation, so nothing is cleared between searches.
/// After an edit only the neighbourhood of the changed arrows is covered, which keeps it small.
final class SearchScratch {
  /// The covered rectangle, in grid cells.
  let x0: Int
  let y0: Int
  let width: Int
  let height: Int
  var g: [Int32]
  var parent: [Int32]
  var seen: [UInt32]
  var closed: [UInt32]
  var targetSeen: [UInt32]
  var targetDir: [Int8]
  var targetCost: [Int32]
  var generation: UInt32 = 0
  var heap = MinHeap()

  init(x0: Int, y0: Int, width: Int, height: Int) {
    self.x0 = x0
    self.y0 = y0
    self.width = max(1, width)
    self.height = max(1, height)
    let cells = self.width * self.height
    g = Array(repeating: 0, count: cells * 4)
    parent = Array(repeating: -1, count: cells * 4)
    seen = Array(repeating: 0, count: cells * 4)
    closed = Array(repeating: 0, count: cells * 4)
    targetSeen = Array(repeating: 0, count: cells)
    targetDir = Array(repeating: -1, count: cells)
    targetCost = Array(repeating: 0, count: cells)
  }
}

struct PathFinder {
  static let step: Int32 = 2
  static let bend: Int32 = 12
  static let crossing: Int32 = 10
  /// Running along, or turning on, an unrelated arrow (soft search only).
  static let conflict: Int32 = 120
  /// Touching another arrow's end cells (soft search only).
  static let endConflict: Int32 = 400
  static let frameCost: Int32 = 6
  static let nearBoxCost: Int32 = 1
  static let againstCost: Int32 = 3

  let grid: RouteGrid
  /// Box number of each arrow's source and target (index-aligned with the board's arrows).
  let arrowFrom: [Int32]
  let arrowTo: [Int32]
  let scratch: SearchScratch

  /// The cells of the cheapest path, or nil when the region holds none.
  func find(_ request: RouteRequest) -> [GridPoint]? {
    let sx0 = scratch.x0
    let sy0 = scratch.y0
    let sw = scratch.width
    let x0 = max(0, sx0, request.region.minX - grid.origin.x)
    let y0 = max(0, sy0, request.region.minY - grid.origin.y)
    let x1 = min(grid.width - 1, sx0 + sw - 1, request.region.maxX - grid.origin.x)
    let y1 = min(grid.height - 1, sy0 + scratch.height - 1, request.region.maxY - grid.origin.y)
    guard x0 <= x1, y0 <= y1 else { return nil }
    let width = grid.width
    let strict = request.strict
    scratch.generation &+= 1
    if scratch.generation == 0 {
      for i in scratch.seen.indices { scratch.seen[i] = 0 }
      for i in scratch.closed.indices { scratch.closed[i] = 0 }
      for i in scratch.targetSeen.indices { scratch.targetSeen[i] = 0 }
      scratch.generation = 1
    }
    let gen = scratch.generation
    // The arrays move out of the scratch object for the search: locals are checked for
    // exclusive access at compile time, class properties on every access.
    var g = scratch.g
    var parent = scratch.parent
    var seen = scratch.seen
    var closed = scratch.closed
    var targetSeen = scratch.targetSeen
    var targetDir = scratch.targetDir
    var targetCost = scratch.targetCost
    var heap = scratch.heap
    scratch.g = []
    scratch.parent = []
    scratch.seen = []
    scratch.closed = []
    scratch.targetSeen = []
    scratch.targetDir = []
    scratch.targetCost = []
    scratch.heap = MinHeap()
    defer {
      scratch.g = g
      scratch.parent = parent
      scratch.seen = seen
      scratch.closed = closed
      scratch.targetSeen = targetSeen
      scratch.targetDir = targetDir
      scratch.targetCost = targetCost
      scratch.heap = heap
    }
    let me = request.arrow
    let myFrom = arrowFrom[me]
    let myTo = arrowTo[me]
    func related(_ other: Int) -> Bool { (arrowFrom[other] == myFrom) != (arrowTo[other] == myTo) }
    func inRegion(_ i: Int) -> Bool {
      let x = i % width
      let y = i / width
      return x >= x0 && x <= x1 && y >= y0 && y <= y1
    }
    /// Scratch index of a grid cell (inside the region).
    func local(_ i: Int) -> Int { (i / width - sy0) * sw + (i % width - sx0) }
    func gridIndex(_ li: Int) -> Int { (li / sw + sy0) * width + li % sw + sx0 }

    for (cell, outward, offset) in PathFinder.ports(of: request.target) {
      guard let i = grid.index(cell), inRegion(i), !grid.isBlocked(i) else { continue }
      targetSeen[local(i)] = gen
      targetDir[local(i)] = Int8((outward + 2) & 3)
      targetCost[local(i)] = Int32(offset)
    }
    // Read-only from here on; constants keep the nested functions from boxing the arrays.
    let targetSeenNow = targetSeen
    let targetDirNow = targetDir
    let targetCostNow = targetCost
    func isTarget(_ li: Int, _ d: Int) -> Bool { targetSeenNow[li] == gen && Int(targetDirNow[li]) == d }

    let ring = request.target.insetBy(dx: -1, dy: -1)
    let ox = grid.origin.x
    let oy = grid.origin.y
    func heuristic(_ i: Int) -> Int32 {
      let x = i % width + ox
      let y = i / width + oy
      let dx = max(0, ring.minX - x, x - ring.maxX)
      let dy = max(0, ring.minY - y, y - ring.maxY)
      // Off both axes of the target, one more bend is certain. Weighted twice: a little
      // optimality traded for far fewer states on long arrows.
      let turns: Int32 = dx > 0 && dy > 0 ? PathFinder.bend : 0
      return (PathFinder.step * Int32(dx + dy) + turns) * 2
    }
    let states = sw * scratch.height * 4
    let stateBits = max(1, Int.bitWidth - states.leadingZeroBitCount)
    let hBits = min(16, 64 - 24 - stateBits)
    func key(_ f: Int32, _ h: Int32, _ s: Int) -> UInt64 {
      let fc = UInt64(min(Int(f), (1 << 24) - 1))
      let hc = UInt64(min(Int(h), (1 << hBits) - 1))
      return (fc << UInt64(hBits + stateBits)) | (hc << UInt64(stateBits)) | UInt64(s)
    }
    let stateMask = (UInt64(1) << UInt64(stateBits)) - 1
    heap.removeAll()

    for (cell, outward, offset) in PathFinder.ports(of: request.source) {
      guard let i = grid.index(cell), inRegion(i), !grid.isBlocked(i) else { continue }
      var cost = Int32(offset)
      var blocked = false
      var use = grid.head[i]
      while use >= 0 {
        let other = Int(grid.useArrow[Int(use)])
        let shares = grid.useKind[Int(use)] == .start && related(other) && arrowFrom[other] == myFrom
        if !shares {
          cost += PathFinder.endConflict
          blocked = true
        }
        use = grid.useNext[Int(use)]
      }
      if blocked && strict { continue }
      let s = local(i) * 4 + outward
      if seen[s] != gen || cost < g[s] {
        seen[s] = gen
        g[s] = cost
        parent[s] = -1
        let h = heuristic(i)
        heap.push(key(cost + h, h, s))
      }
    }

    var expanded = 0
    while let top = heap.pop() {
      let s = Int(top & stateMask)
      if closed[s] == gen { continue }
      closed[s] = gen
      expanded += 1
      if expanded > request.budget { return nil }
      let li = s >> 2
      let i = gridIndex(li)
      let d = s & 3
      if isTarget(li, d) {
        var cells: [GridPoint] = []
        var state = s
        while state >= 0 {
          cells.append(grid.point(gridIndex(state >> 2)))
          state = Int(parent[state])
        }
        return cells.reversed()
      }
      let cx = i % width
      let cy = i / width
      let isStart = parent[s] < 0
      let gHere = g[s]
      var turnCost: Int32 = -1
      for d2 in 0..<4 {
        if d2 == (d + 2) & 3 || (isStart && d2 != d) { continue }
        let nx = cx + GridDirection.dx[d2]
        let ny = cy + GridDirection.dy[d2]
        guard nx >= x0, ny >= y0, nx <= x1, ny <= y1 else { continue }
        let n = ny * width + nx
        if grid.isBlocked(n) { continue }
        var cost = PathFinder.step
        if d2 != d {
          if turnCost < 0 { turnCost = bendCost(at: i, related: related) }
          if strict && turnCost > 0 { continue }
          cost += PathFinder.bend + turnCost
        }
        let nli = (ny - sy0) * sw + (nx - sx0)
        let arriving = isTarget(nli, d2)
        switch grid.kind[n] {
        case .frame: cost += PathFinder.frameCost
        case .nearBox: if !arriving { cost += PathFinder.nearBoxCost }
        default: break
        }
        if arriving { cost += targetCostNow[nli] }
        if let against = request.against, (d2 & 1) == against.axis,
          against.rect.contains(GridPoint(x: nx + ox, y: ny + oy))
        {
          cost += PathFinder.againstCost
        }
        var wall = false
        var use = grid.head[n]
        while use >= 0 {
          let other = Int(grid.useArrow[Int(use)])
          if other != me {
            let isRelated = related(other)
            var extra: Int32 = 0
            switch grid.useKind[Int(use)] {
            case .start:
              extra = PathFinder.endConflict
            case .end:
              if !(isRelated && arrowTo[other] == myTo && arriving) { extra = PathFinder.endConflict }
            case .bend:
              if !isRelated { extra = PathFinder.conflict }
            case .horizontal:
              if !isRelated { extra = (d2 & 1) == 0 ? PathFinder.conflict : PathFinder.crossing }
            case .vertical:
              if !isRelated { extra = (d2 & 1) == 1 ? PathFinder.conflict : PathFinder.crossing }
            }
            if extra >= PathFinder.conflict { wall = true }
            cost += extra
          }
          use = grid.useNext[Int(use)]
        }
        if wall && strict { continue }
        let ns = nli * 4 + d2
        let ng = gHere + cost
        if seen[ns] != gen || ng < g[ns] {
          seen[ns] = gen
          g[ns] = ng
          parent[ns] = Int32(s)
          let h = heuristic(n)
          heap.push(key(ng + h, h, ns))
        }
      }
    }
    return nil
  }

  /// Extra cost of turning on a cell: frame lines and unrelated arrows must stay readable.
  private func bendCost(at i: Int, related: (Int) -> Bool) -> Int32 {
    if grid.kind[i] == .frame { return PathFinder.conflict }
    var use = grid.head[i]
    while use >= 0 {
      let other = Int(grid.useArrow[Int(use)])
      if !related(other) && grid.useKind[Int(use)] != .start { return PathFinder.conflict }
      use = grid.useNext[Int(use)]
    }
    return 0
  }

  /// The cells just outside a box's sides (corners left out), with the outward direction and
  /// the distance from the middle of the side (arrows prefer to attach in the middle).
  static func ports(of frame: GridRect) -> [(GridPoint, Int, Int)] {
    var out: [(GridPoint, Int, Int)] = []
    guard frame.width >= 3, frame.height >= 3 else { return out }
    let midY = frame.minY + frame.height / 2
    let midX = frame.minX + frame.width / 2
    for y in (frame.minY + 1)..<frame.maxY {
      out.append((GridPoint(x: frame.maxX + 1, y: y), 0, abs(y - midY)))
      out.append((GridPoint(x: frame.minX - 1, y: y), 2, abs(y - midY)))
    }
    for x in (frame.minX + 1)..<frame.maxX {
      out.append((GridPoint(x: x, y: frame.maxY + 1), 1, abs(x - midX) / 2))
      out.append((GridPoint(x: x, y: frame.minY - 1), 3, abs(x - midX) / 2))
    }
    return out
  }
}

/// A binary min-heap of packed search keys.
struct MinHeap {
  private var items: [UInt64] = []

  mutating func removeAll() { items.removeAll(keepingCapacity: true) }

  mutating func push(_ value: UInt64) {
    items.append(value)
    var i = items.count - 1
    while i > 0 {
      let p = (i - 1) / 2
      if items[p] <= items[i] { break }
      items.swapAt(p, i)
      i = p
    }
  }

  mutating func pop() -> UInt64? {
    guard let first = items.first else { return nil }
    let last = items.removeLast()
    if items.isEmpty { return first }
    items[0] = last
    var i = 0
    let n = items.count
    while true {
      let l = 2 * i + 1
      let r = l + 1
      var m = i
      if l < n && items[l] < items[m] { m = l }
      if r < n && items[r] < items[m] { m = r }
      if m == i { break }
      items.swapAt(i, m)
      i = m
    }
    return first
  }
}
