// Whether each arrowhead belongs to one arrow. Two arrows whose paths end in the same cell (the
// cell just outside their target's side) are drawn with one arrowhead: a reader sees one arrow
// arriving where two do (issue 13). `Benchmarks/pinning.sh` counts them on the references.

public enum SharedArrowheads {
  /// The arrows (indices into the board's arrows) whose last cell is another arrow's last cell.
  public static func sharing(_ diagram: Diagram) -> [Int] {
    let routes = diagram.drawnRoutes.prefix(diagram.board.arrows.count)
    var byHead: [GridPoint: [Int]] = [:]
    for (a, route) in routes.enumerated() {
      guard let last = route.cells.last else { continue }
      byHead[last, default: []].append(a)
    }
    return byHead.values.filter { $0.count > 1 }.flatMap { $0 }.sorted()
  }

  /// The arrows whose arrowhead (last cell) lies on another arrow's path, two arrows ending in
  /// one cell left out (as `LayoutQuality.headsOnLines` counts them).
  public static func onLines(_ diagram: Diagram) -> Int { onLineArrows(diagram).count }

  /// The arrows `onLines` counts.
  public static func onLineArrows(_ diagram: Diagram) -> [Int] {
    let routes = diagram.routes.prefix(diagram.board.arrows.count)
    var users: [GridPoint: [Int]] = [:]
    for (a, route) in routes.enumerated() { for cell in route.cells { users[cell, default: []].append(a) } }
    return routes.indices.filter { a in
      guard let last = routes[a].cells.last else { return false }
      return users[last, default: []].contains { $0 != a && routes[$0].cells.last != last }
    }
  }

  /// Whether `arrow`'s arrowhead is shared (`sharing`) or lies on another arrow's line
  /// (`onLineArrows`): the same answer for one arrow, looked for along the other routes' corner
  /// points instead of a table of every cell of the board (the app asks after every edit).
  static func wantsApart(_ diagram: Diagram, arrow: Int) -> Bool {
    let routes = diagram.routes.prefix(diagram.board.arrows.count)
    guard routes.indices.contains(arrow), let head = routes[arrow].cells.last else { return false }
    for (b, route) in routes.enumerated() where b != arrow {
      guard let last = route.cells.last else { continue }
      if last == head || passes(route.points, through: head) { return true }
    }
    return false
  }

  /// Whether the path through `points` (walked as `ArrowRoute` walks it) takes `cell`.
  static func passes(_ points: [GridPoint], through cell: GridPoint) -> Bool {
    guard var current = points.first else { return false }
    if current == cell { return true }
    for next in points.dropFirst() {
      // A diagonal pair (never produced by the router) is walked as an L, x first.
      let bend = GridPoint(x: next.x, y: current.y)
      if cell.y == current.y && min(current.x, bend.x) <= cell.x && cell.x <= max(current.x, bend.x) { return true }
      if cell.x == next.x && min(bend.y, next.y) <= cell.y && cell.y <= max(bend.y, next.y) { return true }
      current = next
    }
    return false
  }
}
