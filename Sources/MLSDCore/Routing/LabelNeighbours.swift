// Whether a place for a label lies where only one arrow's line is beside it: a label with lines of
// two different arrows hard by it on opposite sides (`│online features│`) reads as belonging to
// either (issue 13). The same test as `Render/LabelPinning`, asked of the routing grid while the
// labels are placed, so that the placer can take a place a reader pins to one arrow first.

enum LabelNeighbours {
  /// Whether a label of `size` at (x, y) would lie nearer (cells across plus cells down) to
  /// another arrow's line than to its own `cells`: a reader takes it for that arrow's (as
  /// `LayoutQuality.labelsNearerOther` counts). Only cells nearer than its own line are looked at.
  static func isNearerOther(x: Int, y: Int, size: LabelSize, arrow: Int, cells: [GridPoint], grid: RouteGrid) -> Bool {
    let rect = GridRect(x: x, y: y, width: size.width, height: size.height)
    let own = cells.reduce(Int.max) { min($0, LayoutQuality.distance(rect, $1)) }
    guard own > 1, own != Int.max else { return false }
    let window = rect.insetBy(dx: -(own - 1), dy: -(own - 1))
    for row in window.minY...window.maxY {
      for column in window.minX...window.maxX {
        guard let i = grid.index(x: column, y: row), grid.head[i] >= 0,
          LayoutQuality.distance(rect, GridPoint(x: column, y: row)) < own
        else { continue }
        var use = grid.head[i]
        while use >= 0 {
          if Int(grid.useArrow[Int(use)]) != arrow { return true }
          use = grid.useNext[Int(use)]
        }
      }
    }
    return false
  }

  /// Whether a label of `size` at (x, y) would sit between parallel lines of two different
  /// arrows: vertical lines within `LabelPinning.reach.columns` left and right of it, or
  /// horizontal lines on the rows just above and below it. An arrow's first and last cells
  /// count as both (the grid does not say which way they run), so the test errs strict.
  static func isSqueezed(x: Int, y: Int, size: LabelSize, grid: RouteGrid) -> Bool {
    let maxX = x + size.width - 1
    let maxY = y + size.height - 1
    var left = Lines()
    var right = Lines()
    for row in y...maxY {
      for d in 1...LabelPinning.reach.columns {
        collect(x: x - d, y: row, vertical: true, grid: grid, into: &left)
        collect(x: maxX + d, y: row, vertical: true, grid: grid, into: &right)
      }
    }
    if differ(left, right) { return true }
    var above = Lines()
    var below = Lines()
    for column in x...maxX {
      for d in 1...LabelPinning.reach.rows {
        collect(x: column, y: y - d, vertical: false, grid: grid, into: &above)
        collect(x: column, y: maxY + d, vertical: false, grid: grid, into: &below)
      }
    }
    return differ(above, below)
  }

  /// The arrows whose line runs through (x, y) along the axis asked for (a bend runs both ways).
  private static func collect(x: Int, y: Int, vertical: Bool, grid: RouteGrid, into arrows: inout Lines) {
    guard let i = grid.index(x: x, y: y) else { return }
    var use = grid.head[i]
    while use >= 0 {
      let kind = grid.useKind[Int(use)]
      if kind != (vertical ? .horizontal : .vertical) { arrows.insert(grid.useArrow[Int(use)]) }
      use = grid.useNext[Int(use)]
    }
  }

  /// Whether the two sides hold lines of two different arrows (as `LabelPinning` decides).
  private static func differ(_ one: Lines, _ other: Lines) -> Bool {
    guard one.first >= 0, other.first >= 0 else { return false }
    return one.second >= 0 || other.second >= 0 || one.first != other.first
  }

  /// Up to two different arrows seen on one side: all the test needs, without a set's allocation
  /// (the layout search places every candidate's labels).
  struct Lines {
    var first: Int32 = -1
    var second: Int32 = -1

    mutating func insert(_ arrow: Int32) {
      if first < 0 {
        first = arrow
      } else if arrow != first && second < 0 {
        second = arrow
      }
    }
  }
}
