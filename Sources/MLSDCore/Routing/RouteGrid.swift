// The routing grid: which cells hold boxes, group frames and titles, which arrows already use
// each cell and how, and which cells labels took. Flat arrays so that lookups in the search are cheap.

/// How an arrow uses a cell.
enum CellUse: UInt8 {
  case horizontal, vertical, bend, start, end
}

/// What stands on a cell before any arrow is routed.
enum CellKind: UInt8 {
  case free = 0
  /// A cell next to a box side: arrows attach here, others keep off it when they can.
  case nearBox
  case frame
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
  /// Cells taken by arrow labels.
  private(set) var labelled: [Bool]

  /// Free room kept around everything so that arrows can go round the diagram.
  static let margin = 6

  /// The grid around the whole board, or only the part inside `clip` (after an edit, the
  /// neighbourhood of the arrows to re-route: building the whole grid would cost more).
  init(board: Board, frames: [GroupFrame], clip: GridRect? = nil) {
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
    labelled = Array(repeating: false, count: width * height)
    for frame in frames {
      let r = frame.rect
      for x in r.minX...r.maxX {
        let isTitle = frame.titleColumns.contains(x)
        stamp(x: x, y: r.minY, isTitle ? .title : .frame)
        stamp(x: x, y: r.maxY, .frame)
      }
      for y in r.minY...r.maxY {
        stamp(x: r.minX, y: y, .frame)
        stamp(x: r.maxX, y: y, .frame)
      }
      for (x, y) in [(r.minX, r.minY), (r.maxX, r.minY), (r.minX, r.maxY), (r.maxX, r.maxY)] {
        stamp(x: x, y: y, .title)
      }
    }
    // Beside a frame line counts as beside a box: arrows running along a frame hide it.
    for frame in frames {
      let r = frame.rect.insetBy(dx: -1, dy: -1)
      for x in r.minX...r.maxX {
        for y in [r.minY, r.minY + 2, r.maxY - 2, r.maxY] { markNear(x: x, y: y) }
      }
      for y in r.minY...r.maxY {
        for x in [r.minX, r.minX + 2, r.maxX - 2, r.maxX] { markNear(x: x, y: y) }
      }
    }
    for box in board.boxes {
      let f = box.frame
      guard f.width > 0, f.height > 0, f.insetBy(dx: -1, dy: -1).intersects(rect) else { continue }
      for y in (f.minY - 1)...(f.maxY + 1) {
        for x in (f.minX - 1)...(f.maxX + 1) {
          let inside = f.contains(GridPoint(x: x, y: y))
          if inside {
            stamp(x: x, y: y, .box)
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

  private mutating func markNear(x: Int, y: Int) {
    if let i = index(x: x, y: y), kind[i] == .free { kind[i] = .nearBox }
  }

  private mutating func stamp(x: Int, y: Int, _ value: CellKind) {
    guard let i = index(x: x, y: y) else { return }
    if value.rawValue > kind[i].rawValue || kind[i] == .nearBox { kind[i] = value }
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

  /// Whether arrows may never use the cell.
  @inline(__always)
  func isBlocked(_ i: Int) -> Bool { kind[i] == .box || kind[i] == .title }

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
      useArrow.append(Int32(arrow))
      useKind.append(use)
      useNext.append(head[i])
      head[i] = Int32(useArrow.count - 1)
    }
  }

  /// Whether a label may be written on the cell: nothing else is drawn there.
  /// Whether a label may take the cell; with `overFrame`, a group frame's line may be written
  /// over too (never its title or corners): the last resort before a label is lost.
  func isFreeForLabel(x: Int, y: Int, overFrame: Bool = false) -> Bool {
    guard let i = index(x: x, y: y) else { return false }
    let open = kind[i] == .free || kind[i] == .nearBox || (overFrame && kind[i] == .frame)
    return open && head[i] < 0 && !labelled[i]
  }

  func isLabelled(x: Int, y: Int) -> Bool {
    guard let i = index(x: x, y: y) else { return false }
    return labelled[i]
  }

  mutating func markLabel(x: Int, y: Int, width: Int) {
    for column in x..<(x + width) {
      if let i = index(x: column, y: y) { labelled[i] = true }
    }
  }
}
