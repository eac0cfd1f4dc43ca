// A* search for one arrow's path on the routing grid: orthogonal moves inside a bounded region,
// a penalty per bend, and costs for crossing or running along other arrows, so that arrows stay
// short, straight and apart. The state is a cell plus the direction the path entered it by.

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
}

struct PathFinder {
  static let step: Int32 = 2
  static let bend: Int32 = 12
  static let crossing: Int32 = 10
  /// Running along, or turning on, an unrelated arrow: hides which arrow goes where.
  static let conflict: Int32 = 120
  /// Touching another arrow's end cells.
  static let endConflict: Int32 = 400
  static let frameCost: Int32 = 6
  static let nearBoxCost: Int32 = 1
  static let againstCost: Int32 = 3

  let grid: RouteGrid
  /// Box number of each arrow's source and target (index-aligned with the board's arrows).
  let arrowFrom: [Int32]
  let arrowTo: [Int32]

  /// The cells of the cheapest path, or nil when the region holds none.
  func find(_ request: RouteRequest) -> [GridPoint]? {
    let gx0 = max(0, request.region.minX - grid.origin.x)
    let gy0 = max(0, request.region.minY - grid.origin.y)
    let gx1 = min(grid.width - 1, request.region.maxX - grid.origin.x)
    let gy1 = min(grid.height - 1, request.region.maxY - grid.origin.y)
    guard gx0 <= gx1, gy0 <= gy1 else { return nil }
    let rw = gx1 - gx0 + 1
    let rh = gy1 - gy0 + 1
    let cellCount = rw * rh
    var g = [Int32](repeating: .max, count: cellCount * 4)
    var parent = [Int32](repeating: -1, count: cellCount * 4)
    var closed = [Bool](repeating: false, count: cellCount * 4)
    var targetDir = [Int8](repeating: -1, count: cellCount)
    var targetCost = [Int32](repeating: 0, count: cellCount)

    func local(_ p: GridPoint) -> Int? {
      let x = p.x - grid.origin.x - gx0
      let y = p.y - grid.origin.y - gy0
      guard x >= 0, y >= 0, x < rw, y < rh else { return nil }
      return y * rw + x
    }
    func gridIndex(_ lc: Int) -> Int { (gy0 + lc / rw) * grid.width + gx0 + lc % rw }

    let me = request.arrow
    let myFrom = arrowFrom[me]
    let myTo = arrowTo[me]
    @inline(__always) func related(_ other: Int) -> Bool {
      let sameFrom = arrowFrom[other] == myFrom
      let sameTo = arrowTo[other] == myTo
      return sameFrom != sameTo
    }

    for (cell, outward, offset) in PathFinder.ports(of: request.target) {
      guard let lc = local(cell), !grid.isBlocked(gridIndex(lc)) else { continue }
      targetDir[lc] = Int8((outward + 2) & 3)
      targetCost[lc] = Int32(offset)
    }
    let ring = request.target.insetBy(dx: -1, dy: -1)
    let stateBits = max(1, (cellCount * 4).bitWidth - (cellCount * 4).leadingZeroBitCount)
    let hBits = min(16, 64 - 24 - stateBits)
    func key(_ f: Int32, _ h: Int32, _ s: Int) -> UInt64 {
      let fc = UInt64(min(Int(f), (1 << 24) - 1))
      let hc = UInt64(min(Int(h), (1 << hBits) - 1))
      return (fc << UInt64(hBits + stateBits)) | (hc << UInt64(stateBits)) | UInt64(s)
    }
    func heuristic(_ lc: Int) -> Int32 {
      let x = gx0 + lc % rw + grid.origin.x
      let y = gy0 + lc / rw + grid.origin.y
      let dx = max(0, ring.minX - x, x - ring.maxX)
      let dy = max(0, ring.minY - y, y - ring.maxY)
      return PathFinder.step * Int32(dx + dy)
    }
    let stateMask = (UInt64(1) << UInt64(stateBits)) - 1
    var heap = MinHeap()

    for (cell, outward, offset) in PathFinder.ports(of: request.source) {
      guard let lc = local(cell) else { continue }
      let gi = gridIndex(lc)
      guard !grid.isBlocked(gi) else { continue }
      var cost = Int32(offset)
      var use = grid.head[gi]
      while use >= 0 {
        let other = Int(grid.useArrow[Int(use)])
        let shares = grid.useKind[Int(use)] == .start && related(other) && arrowFrom[other] == myFrom
        if !shares { cost += PathFinder.endConflict }
        use = grid.useNext[Int(use)]
      }
      let s = lc * 4 + outward
      if cost < g[s] {
        g[s] = cost
        heap.push(key(cost + heuristic(lc), heuristic(lc), s))
      }
    }

    while let top = heap.pop() {
      let s = Int(top & stateMask)
      if closed[s] { continue }
      closed[s] = true
      let lc = s >> 2
      let d = s & 3
      if Int(targetDir[lc]) == d {
        var cells: [GridPoint] = []
        var state = s
        while state >= 0 {
          cells.append(grid.point(gridIndex(state >> 2)))
          state = Int(parent[state])
        }
        return cells.reversed()
      }
      let cx = lc % rw
      let cy = lc / rw
      let gi = gridIndex(lc)
      let isStart = parent[s] < 0
      var turnCost: Int32 = -1
      for d2 in 0..<4 {
        if d2 == (d + 2) & 3 || (isStart && d2 != d) { continue }
        let nx = cx + GridDirection.dx[d2]
        let ny = cy + GridDirection.dy[d2]
        guard nx >= 0, ny >= 0, nx < rw, ny < rh else { continue }
        let nlc = ny * rw + nx
        let ngi = gridIndex(nlc)
        if grid.isBlocked(ngi) { continue }
        var cost = PathFinder.step
        if d2 != d {
          if turnCost < 0 { turnCost = bendCost(at: gi, related: related) }
          cost += PathFinder.bend + turnCost
        }
        let arriving = Int(targetDir[nlc]) == d2
        switch grid.kind[ngi] {
        case .frame: cost += PathFinder.frameCost
        case .nearBox: if !arriving { cost += PathFinder.nearBoxCost }
        default: break
        }
        if arriving { cost += targetCost[nlc] }
        if let against = request.against, (d2 & 1) == against.axis {
          let p = grid.point(ngi)
          if against.rect.contains(p) { cost += PathFinder.againstCost }
        }
        var use = grid.head[ngi]
        while use >= 0 {
          let other = Int(grid.useArrow[Int(use)])
          if other != me {
            let isRelated = related(other)
            switch grid.useKind[Int(use)] {
            case .start:
              cost += PathFinder.endConflict
            case .end:
              let joins = isRelated && arrowTo[other] == myTo && arriving
              if !joins { cost += PathFinder.endConflict }
            case .bend:
              if !isRelated { cost += PathFinder.conflict }
            case .horizontal:
              if !isRelated { cost += (d2 & 1) == 0 ? PathFinder.conflict : PathFinder.crossing }
            case .vertical:
              if !isRelated { cost += (d2 & 1) == 1 ? PathFinder.conflict : PathFinder.crossing }
            }
          }
          use = grid.useNext[Int(use)]
        }
        let ns = nlc * 4 + d2
        let ng = g[s] + cost
        if ng < g[ns] {
          g[ns] = ng
          parent[ns] = Int32(s)
          let h = heuristic(nlc)
          heap.push(key(ng + h, h, ns))
        }
      }
    }
    return nil
  }

  /// Extra cost of turning on a cell: frame lines and unrelated arrows must stay readable.
  private func bendCost(at gi: Int, related: (Int) -> Bool) -> Int32 {
    if grid.kind[gi] == .frame { return PathFinder.conflict }
    var use = grid.head[gi]
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
