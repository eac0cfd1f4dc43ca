// Whether a reader can tell which line an arrow label belongs to. A label with two parallel
// lines of different arrows hard by it on opposite sides (`│online features│`, one line either
// side; or a run just above it and another just below) reads as belonging to either: issue 13's
// user tester could not pin such labels in the compact and fit views. `Benchmarks/pinning.sh`
// counts them on the references' full and fitted drawings.

public enum LabelPinning {
  /// Columns either side of a label (and rows above and below it) looked at for a line.
  static let reach = (columns: 2, rows: 1)

  /// The arrows whose drawn labels sit between parallel lines of two different arrows.
  public static func squeezed(_ diagram: Diagram) -> [Int] {
    let routes = diagram.drawnRoutes
    var vertical: [GridPoint: Set<Int>] = [:]
    var horizontal: [GridPoint: Set<Int>] = [:]
    for (a, route) in routes.enumerated() {
      let cells = route.cells
      for (k, cell) in cells.enumerated() {
        let neighbours = [k > 0 ? cells[k - 1] : nil, k + 1 < cells.count ? cells[k + 1] : nil].compactMap { $0 }
        if neighbours.contains(where: { $0.x == cell.x }) { vertical[cell, default: []].insert(a) }
        if neighbours.contains(where: { $0.y == cell.y }) { horizontal[cell, default: []].insert(a) }
      }
    }
    var out: [Int] = []
    for (a, route) in routes.enumerated() where a < diagram.board.arrows.count {
      guard let rect = route.labelRect else { continue }
      var left = Set<Int>()
      var right = Set<Int>()
      for y in rect.minY...rect.maxY {
        for d in 1...reach.columns {
          left.formUnion(vertical[GridPoint(x: rect.minX - d, y: y)] ?? [])
          right.formUnion(vertical[GridPoint(x: rect.maxX + d, y: y)] ?? [])
        }
      }
      var above = Set<Int>()
      var below = Set<Int>()
      for x in rect.minX...rect.maxX {
        for d in 1...reach.rows {
          above.formUnion(horizontal[GridPoint(x: x, y: rect.minY - d)] ?? [])
          below.formUnion(horizontal[GridPoint(x: x, y: rect.maxY + d)] ?? [])
        }
      }
      if differ(left, right) || differ(above, below) { out.append(a) }
    }
    return out
  }

  /// Whether the two sides hold lines of two different arrows.
  private static func differ(_ one: Set<Int>, _ other: Set<Int>) -> Bool {
    guard !one.isEmpty, !other.isEmpty else { return false }
    return one.count > 1 || other.count > 1 || one != other
  }
}
