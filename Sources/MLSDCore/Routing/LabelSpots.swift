// Every place a label of one width fits around a path, worked out once for the whole
// neighbourhood: `LabelPlacer`'s last resort tries up to 3 × (width + 5) places per cell of the
// path, and a label that fits nowhere (a crowded board keeps a few, and every edit tries them
// again) used to cost a hashed set of tried places and a walk along the label's cells at each.

/// Which places around a path a label fits in, exactly as `LabelPlacer.fits` without clearance
/// decides, answered in constant time per row of the label; and whether any does.
struct LabelSpots {
  private let y0: Int
  private let width: Int
  private let height: Int
  /// Per row from `y0`: the first and last origin column of the neighbourhood (low > high when
  /// the row has none), and where the row's answers start in `fit`.
  private var low: [Int]
  private var high: [Int]
  private var start: [Int]
  /// By row, then column from the row's `low`: whether the label fits with its origin there.
  private var fit: [Bool] = []
  /// Whether no place of the neighbourhood fits even one row of the label (then no place of
  /// it fits the label).
  private(set) var isEmpty = true

  /// The neighbourhood is every place the last resort tries and every place beside the path's
  /// runs: origins from `width + 1` columns left of a cell of the path to two right of it, from
  /// `height` rows above the cell to `height` below. Each row is worked out for one row of the
  /// label; a label of several rows fits where each of its rows does.
  init(size: LabelSize, cells: [GridPoint], grid: RouteGrid, overFrames: Bool) {
    width = size.width
    height = max(1, size.height)
    let minY = cells.map(\.y).min() ?? 0
    let maxY = cells.map(\.y).max() ?? -1
    y0 = minY - height
    let rows = max(0, maxY - minY + 2 * height + 1)
    low = Array(repeating: Int.max, count: rows)
    high = Array(repeating: Int.min, count: rows)
    start = Array(repeating: 0, count: rows)
    guard width > 0, rows > 0 else { return }
    for cell in cells {
      for row in (cell.y - height - y0)...(cell.y + height - y0) {
        low[row] = min(low[row], cell.x - width - 1)
        high[row] = max(high[row], cell.x + 2)
      }
    }
    var count = 0
    for row in 0..<rows {
      start[row] = count
      if low[row] <= high[row] { count += high[row] - low[row] + 1 }
    }
    fit = Array(repeating: false, count: count)
    for row in 0..<rows where low[row] <= high[row] {
      let y = y0 + row
      // Right to left: the length of the free run that starts at each column, counted over
      // the label's cells past the last origin too.
      var run = 0
      for x in stride(from: high[row] + width - 1, through: low[row], by: -1) {
        run = grid.isFreeForLabel(x: x, y: y, overFrame: overFrames) ? run + 1 : 0
        guard x <= high[row], run >= width, LabelPlacer.apart(x: x, y: y, width: width, grid: grid) else { continue }
        fit[start[row] + x - low[row]] = true
        isEmpty = false
      }
    }
  }

  /// Whether a label fits with its origin at (x, y): its cells free, and no other label in the
  /// two columns before or after any of its rows. Places outside the neighbourhood ask the grid.
  func fits(x: Int, y: Int, grid: RouteGrid, overFrames: Bool) -> Bool {
    for line in y..<(y + height) where !rowFits(x: x, y: line, grid: grid, overFrames: overFrames) { return false }
    return true
  }

  private func rowFits(x: Int, y: Int, grid: RouteGrid, overFrames: Bool) -> Bool {
    let row = y - y0
    guard row >= 0, row < low.count, x >= low[row], x <= high[row] else {
      return LabelPlacer.fits(x: x, y: y, width: width, grid: grid, overFrames: overFrames)
    }
    return fit[start[row] + x - low[row]]
  }
}
