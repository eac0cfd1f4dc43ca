// The routing grid: which cells hold boxes, group frames and titles, which arrows already use
// each cell and how, and which cells labels took. Flat arrays so that lookups in the search are cheap.

/// How an arrow uses a cell.
enum CellUse: UInt8 {
  case horizontal, vertical, bend, start, end
}

/// What stands on a cell before any arrow is routed. The open kinds come first and the walls
/// last, in the order one stamped over another stays (`RouteGrid.stamp`): `isOpen` and
/// `isBlocked` are one comparison each, and they run for most cells a search or a label looks at.
enum CellKind: UInt8 {
  case free = 0
  /// A cell next to a box side: arrows attach here, others keep off it when they can.
  case nearBox
  /// A cell next to a group frame's line: crossing it is fine, running along it hides the line.
  case nearFrame
  /// A cell outside a frame's corner, next to it: an arrow there touches the corner and the two
  /// read as one broken frame ("│┌"), so paths keep off it when they can.
  case nearCorner
  case frame
  /// A frame line's cell next to a corner: an arrow crossing there is drawn touching the corner
  /// ("┌│ Title") and the two read as one broken frame. Walled, except to a search that may
  /// take it as a frame line to cross fewer arrows (`RouteRequest.cornerLines`).
  case cornerLine
  case box
  /// Group titles and frame corners: never crossed.
  case title
}

struct RouteGrid: Sendable {
  /// Board coordinates of the grid's top-left cell.
  let origin: GridPoint
  let width: Int
  let height: Int
  private(set) var kind: [CellKind]
  /// First use of each cell in the use pool (-1 for none); uses chain through `useNext`.
  private(set) var head: [Int32]
  private(set) var useArrow: [Int32] = []
  private(set) var useKind: [CellUse] = []
  private(set) var useNext: [Int32] = []
  /// Released uses, chained through `useNext`, for `occupy` to take again.
  private var freeUse: Int32 = -1
  /// How many arrow labels take each cell (a count, so that a kept grid can take one away).
  private(set) var labels: [UInt8]

  /// Free room kept around everything so that arrows can go round the diagram.
  static let margin = 6

  /// Whether the frame line's cells next to a corner are walled (`cornerLine`) and the cells
  /// outside a corner dear (`nearCorner`); without, they are frame line and open cells like any.
  let cornerWalls: Bool
  /// Whether a strict search may not end where an arrow into the same box already ends (one
  /// arrowhead would be drawn for both): the drawing shown asks for it (`Diagram.clearOfCorners`).
  var separateHeads = false

  /// The grid around the whole board, or only the part inside `clip` (after an edit, the
  /// neighbourhood of the arrows to re-route: building the whole grid would cost more).
  init(board: Board, frames: [GroupFrame], clip: GridRect? = nil, cornerWalls: Bool = false) {
    self.cornerWalls = cornerWalls
    var rect = RouteGrid.extent(board: board, frames: frames)
    if let clip {
      let left = max(rect.minX, clip.minX)
      let top = max(rect.minY, clip.minY)
      let right = min(rect.maxX, clip.maxX)
      let bottom = min(rect.maxY, clip.maxY)
      rect = GridRect(x: left, y: top, width: max(1, right - left + 1), height: max(1, bottom - top + 1))
    }
    origin = GridPoint(x: rect.x, y: rect.y)
    width = rect.width
    height = rect.height
    kind = Array(repeating: .free, count: width * height)
    head = Array(repeating: -1, count: width * height)
    labels = Array(repeating: 0, count: width * height)
    stampStatics(board: board, frames: frames, within: rect)
  }

  /// The rectangle of board cells the grid covers.
  var rect: GridRect { GridRect(x: origin.x, y: origin.y, width: width, height: height) }

  /// Recomputes what stands on the cells of `area` (after boxes moved there or away) exactly as
  /// building the grid afresh would; arrows and labels are left as they are.
  mutating func restamp(_ area: GridRect, board: Board, frames: [GroupFrame]) {
    let left = max(origin.x, area.minX)
    let right = min(origin.x + width - 1, area.maxX)
    let top = max(origin.y, area.minY)
    let bottom = min(origin.y + height - 1, area.maxY)
    guard left <= right, top <= bottom else { return }
    for y in top...bottom {
      for x in left...right { kind[(y - origin.y) * width + x - origin.x] = .free }
    }
    stampStatics(
      board: board, frames: frames, within: GridRect(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
    )
  }

  /// Stamps group frames and boxes on the cells of `area`, in the order that decides which wins
  /// on a cell: frames and titles, cells beside frames, then boxes and the cells beside them.
  private mutating func stampStatics(board: Board, frames: [GroupFrame], within area: GridRect) {
    for frame in frames where frame.rect.insetBy(dx: -1, dy: -1).intersects(area) {
      let r = frame.rect
      for x in r.minX...r.maxX {
        // With the corners walled (the drawing shown), the dash before a title too: never
        // crossed, not even as the crossing pass's last resort ("┌│ Title").
        let isTitle = (cornerWalls ? frame.titleCells : frame.titleColumns).contains(x)
        stamp(x: x, y: r.minY, isTitle ? .title : .frame, within: area)
        stamp(x: x, y: r.maxY, .frame, within: area)
      }
      for y in r.minY...r.maxY {
        stamp(x: r.minX, y: y, .frame, within: area)
        stamp(x: r.maxX, y: y, .frame, within: area)
      }
      // The corners (never crossed), and the line's cell either side of each.
      for (x, y, dx, dy) in [
        (r.minX, r.minY, 1, 1), (r.maxX, r.minY, -1, 1), (r.minX, r.maxY, 1, -1), (r.maxX, r.maxY, -1, -1),
      ] {
        stamp(x: x, y: y, .title, within: area)
        guard cornerWalls else { continue }
        stamp(x: x + dx, y: y, .cornerLine, within: area)
        stamp(x: x, y: y + dy, .cornerLine, within: area)
      }
    }
    // Beside a frame line: arrows running along a frame hide it.
    for frame in frames where frame.rect.insetBy(dx: -1, dy: -1).intersects(area) {
      let r = frame.rect.insetBy(dx: -1, dy: -1)
      for x in r.minX...r.maxX {
        for y in [r.minY, r.minY + 2, r.maxY - 2, r.maxY] { markNear(x: x, y: y, within: area) }
      }
      for y in r.minY...r.maxY {
        for x in [r.minX, r.minX + 2, r.maxX - 2, r.maxX] { markNear(x: x, y: y, within: area) }
      }
    }
    // Outside each corner, the cells next to it along both lines.
    for frame in frames where cornerWalls && frame.rect.insetBy(dx: -1, dy: -1).intersects(area) {
      let r = frame.rect
      for (x, y, dx, dy) in [
        (r.minX, r.minY, -1, -1), (r.maxX, r.minY, 1, -1), (r.minX, r.maxY, -1, 1), (r.maxX, r.maxY, 1, 1),
      ] {
        markNearCorner(x: x + dx, y: y, within: area)
        markNearCorner(x: x, y: y + dy, within: area)
      }
    }
    for box in board.boxes {
      let f = box.frame
      let ring = f.insetBy(dx: -1, dy: -1)
      guard f.width > 0, f.height > 0, ring.intersects(area) else { continue }
      for y in max(ring.minY, area.minY)...min(ring.maxY, area.maxY) {
        for x in max(ring.minX, area.minX)...min(ring.maxX, area.maxX) {
          let inside = f.contains(GridPoint(x: x, y: y))
          if inside {
            stamp(x: x, y: y, .box, within: area)
          } else if let i = index(x: x, y: y), kind[i] == .free {
            kind[i] = .nearBox
          }
        }
      }
    }
  }

  /// Everything the grid of a whole board covers: boxes, frames and a margin around them.
  static func extent(board: Board, frames: [GroupFrame]) -> GridRect {
    var rect = board.bounds ?? GridRect(x: 0, y: 0, width: 1, height: 1)
    for frame in frames { rect = rect.union(frame.rect) }
    return rect.insetBy(dx: -RouteGrid.margin, dy: -RouteGrid.margin)
  }

  private mutating func markNear(x: Int, y: Int, within area: GridRect) {
    guard area.contains(GridPoint(x: x, y: y)) else { return }
    if let i = index(x: x, y: y), kind[i] == .free { kind[i] = .nearFrame }
  }

  private mutating func markNearCorner(x: Int, y: Int, within area: GridRect) {
    guard area.contains(GridPoint(x: x, y: y)) else { return }
    if let i = index(x: x, y: y), kind[i] == .free || kind[i] == .nearFrame { kind[i] = .nearCorner }
  }

  private mutating func stamp(x: Int, y: Int, _ value: CellKind, within area: GridRect) {
    guard area.contains(GridPoint(x: x, y: y)), let i = index(x: x, y: y) else { return }
    if value.rawValue > kind[i].rawValue || isOpen(i) { kind[i] = value }
  }

  /// The flat index of a board cell, nil outside the grid.
  @inline(__always)
  func index(x: Int, y: Int) -> Int? {
    let gx = x - origin.x
    let gy = y - origin.y
    guard gx >= 0, gy >= 0, gx < width, gy < height else { return nil }
    return gy * width + gx
  }

  func index(_ p: GridPoint) -> Int? { index(x: p.x, y: p.y) }

  /// Whether nothing but arrows and labels may stand on the cell: free, or beside a box, frame or
  /// frame corner.
  @inline(__always)
  func isOpen(_ i: Int) -> Bool { kind[i].rawValue <= CellKind.nearCorner.rawValue }

  /// Whether arrows may never use the cell.
  @inline(__always)
  func isBlocked(_ i: Int) -> Bool { kind[i].rawValue >= CellKind.cornerLine.rawValue }

  /// Makes the open cells (free or beside a box) of row `y` from `x0` to `x1` unusable for
  /// arrows, as a box would; returns what stood there, for `unblock`.
  mutating func block(row y: Int, from x0: Int, to x1: Int) -> [(Int, CellKind)] {
    var saved: [(Int, CellKind)] = []
    for x in x0...max(x0, x1) {
      guard let i = index(x: x, y: y), isOpen(i) else { continue }
      saved.append((i, kind[i]))
      kind[i] = .box
    }
    return saved
  }

  /// Gives back what `block` took.
  mutating func unblock(_ saved: [(Int, CellKind)]) {
    for (i, value) in saved { kind[i] = value }
  }

  /// Records the cells of an arrow's path so that later arrows and labels see it.
  mutating func occupy(_ cells: [GridPoint], arrow: Int) {
    for (n, cell) in cells.enumerated() {
      guard let i = index(cell) else { continue }
      let use: CellUse
      if n == 0 {
        use = .start
      } else if n == cells.count - 1 {
        use = .end
      } else {
        let a = cells[n - 1]
        let b = cells[n + 1]
        if a.y == b.y {
          use = .horizontal
        } else if a.x == b.x {
          use = .vertical
        } else {
          use = .bend
        }
      }
      if freeUse >= 0 {
        let slot = Int(freeUse)
        freeUse = useNext[slot]
        useArrow[slot] = Int32(arrow)
        useKind[slot] = use
        useNext[slot] = head[i]
        head[i] = Int32(slot)
      } else {
        useArrow.append(Int32(arrow))
        useKind.append(use)
        useNext.append(head[i])
        head[i] = Int32(useArrow.count - 1)
      }
    }
  }

  /// Takes an arrow's path away again (a kept grid, before the arrow is routed anew).
  mutating func release(_ cells: [GridPoint], arrow: Int) {
    let mine = Int32(arrow)
    for cell in cells {
      guard let i = index(cell) else { continue }
      var previous: Int32 = -1
      var use = head[i]
      while use >= 0 {
        let next = useNext[Int(use)]
        if useArrow[Int(use)] == mine {
          if previous >= 0 { useNext[Int(previous)] = next } else { head[i] = next }
          useNext[Int(use)] = freeUse
          freeUse = use
        } else {
          previous = use
        }
        use = next
      }
    }
  }

  /// The uses of a cell as (arrow, how), in no particular order (for tests that compare grids).
  func uses(at i: Int) -> [(arrow: Int, use: CellUse)] {
    var out: [(arrow: Int, use: CellUse)] = []
    var use = head[i]
    while use >= 0 {
      out.append((Int(useArrow[Int(use)]), useKind[Int(use)]))
      use = useNext[Int(use)]
    }
    return out
  }

  /// Whether a label may be written on the cell: nothing else is drawn there.
  /// Whether a label may take the cell; with `overFrame`, a group frame's line may be written
  /// over too (never its title or corners): the last resort before a label is lost.
  func isFreeForLabel(x: Int, y: Int, overFrame: Bool = false) -> Bool {
    guard let i = index(x: x, y: y) else { return false }
    let open = isOpen(i) || (overFrame && kind[i] == .frame)
    return open && head[i] < 0 && labels[i] == 0
  }

  func isLabelled(x: Int, y: Int) -> Bool {
    guard let i = index(x: x, y: y) else { return false }
    return labels[i] > 0
  }

  mutating func markLabel(x: Int, y: Int, width: Int) {
    for column in x..<(x + width) {
      if let i = index(x: column, y: y), labels[i] < UInt8.max { labels[i] += 1 }
    }
  }

  /// Takes back one `markLabel` of the same place.
  mutating func unmarkLabel(x: Int, y: Int, width: Int) {
    for column in x..<(x + width) {
      if let i = index(x: column, y: y), labels[i] > 0 { labels[i] -= 1 }
    }
  }
}
