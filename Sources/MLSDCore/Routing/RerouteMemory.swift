// What the crossing pass remembers of each arrow's last search, so that it need not run a search
// again whose answer cannot have changed. A search reads the grid only on the cells it expands
// and their neighbours (and the cells around the source box where it starts); the decision to
// take its path reads the arrow's old path too. While no path that changed since touches any of
// those cells, the same search finds the same path and makes the same decision.

struct RerouteMemory {
  private let rect: GridRect
  /// Paths changed so far.
  private var changes: Int32 = 0
  /// For each grid cell, the number of the last change whose old or new path ran over it or a
  /// neighbouring cell (0: none). Allocated with the first change.
  private var changedAt: [Int32] = []
  /// For each arrow searched: the cells its search read, the work it did, and the changes
  /// that had happened when it ended.
  private var last: [Int: (cells: [Int32], work: Int, changes: Int32)] = [:]

  init(grid rect: GridRect) { self.rect = rect }

  private func index(_ x: Int, _ y: Int) -> Int? {
    let gx = x - rect.x
    let gy = y - rect.y
    guard gx >= 0, gy >= 0, gx < rect.width, gy < rect.height else { return nil }
    return gy * rect.width + gx
  }

  /// An arrow's path went from `old` to `new`.
  mutating func changed(from old: [GridPoint], to new: [GridPoint]) {
    if changedAt.isEmpty { changedAt = Array(repeating: 0, count: rect.width * rect.height) }
    changes += 1
    for path in [old, new] {
      for p in path {
        for (dx, dy) in [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)] {
          if let i = index(p.x + dx, p.y + dy) { changedAt[i] = changes }
        }
      }
    }
  }

  /// Records a search of `arrow` that expanded the grid cells `expanded`, started from
  /// `source` and was compared with the arrow's path `path`.
  mutating func searched(
    arrow: Int, expanded: UnsafeBufferPointer<Int32>, path: [GridPoint], source: GridRect, work: Int
  ) {
    var cells = Array(expanded)
    for p in path { if let i = index(p.x, p.y) { cells.append(Int32(i)) } }
    for (p, _, _) in PathFinder.ports(of: source) { if let i = index(p.x, p.y) { cells.append(Int32(i)) } }
    last[arrow] = (cells, work, changes)
  }

  /// The work of the arrow's last search when no path changed on what it read since, and that
  /// work is less than `left` (so that no budget stopped it then or would stop it now); else nil.
  func unchanged(arrow: Int, left: Int) -> Int? {
    guard let memo = last[arrow], memo.work < left else { return nil }
    if memo.changes < changes {
      for i in memo.cells where changedAt[Int(i)] > memo.changes { return nil }
    }
    return memo.work
  }
}
