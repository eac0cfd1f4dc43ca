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
}
