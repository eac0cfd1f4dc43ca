// Room for a label taken by other labels: where the only things beside a label's own line are
// the labels of other arrows (written there first), those move to another place beside their
// own lines and the label takes theirs. Before, such a label was written into its own line on
// one row; a label of several lines cannot be.

extension Router {
  /// Labels one label may move out of its way.
  static let displacedLabels = 2
  /// Places tried for one label.
  static let displaceTries = 8

  /// Gives the label of `arrow` (without a place, or with one over a frame's line) a place
  /// beside its line now taken by the labels of at most `displacedLabels` other arrows, each of
  /// which must find another place off frame lines and inside `within`; true when kept, else
  /// the grid and routes stay as they were.
  static func displace(
    size: LabelSize, arrow: Int, labelSizes: [LabelSize?], routes: inout [ArrowRoute], grid: inout RouteGrid,
    within: GridRect?
  ) -> Bool {
    var tried = 0
    let places = places(size: size, route: routes[arrow], within: within).sorted { $0.rank < $1.rank }
    for place in places where tried < displaceTries {
      let origin = GridPoint(x: place.x, y: place.y)
      // The label's cells and a cell either side (the gap between labels).
      let reach = GridRect(x: origin.x - 1, y: origin.y, width: size.width + 2, height: size.height)
      var owners: [(arrow: Int, origin: GridPoint, size: LabelSize)] = []
      for (k, route) in routes.enumerated() where k != arrow {
        guard let at = route.labelOrigin, let other = labelSizes[k],
          other.rect(at: at).intersects(reach)
        else { continue }
        owners.append((k, at, other))
        if owners.count > displacedLabels { break }
      }
      guard !owners.isEmpty, owners.count <= displacedLabels else { continue }
      // Only labels in the way (no line, box or frame): seen with them taken out for a moment.
      for owner in owners { grid.unmarkLabel(at: owner.origin, size: owner.size) }
      let free = LabelPlacer.fits(x: origin.x, y: origin.y, size: size, grid: grid)
      for owner in owners { grid.markLabel(at: owner.origin, size: owner.size) }
      guard free else { continue }
      tried += 1
      let savedGrid = grid
      let savedRoutes = routes
      for owner in owners {
        grid.unmarkLabel(at: owner.origin, size: owner.size)
        routes[owner.arrow].labelOrigin = nil
      }
      if let old = routes[arrow].labelOrigin { grid.unmarkLabel(at: old, size: size) }
      var kept = LabelPlacer.fits(x: origin.x, y: origin.y, size: size, grid: grid)
      if kept {
        grid.markLabel(at: origin, size: size)
        routes[arrow].labelOrigin = origin
        for owner in owners {
          let moved = LabelPlacer.place(
            size: owner.size, cells: routes[owner.arrow].cells, arrow: owner.arrow, grid: &grid, within: within)
          routes[owner.arrow].labelOrigin = moved
          guard let moved, !onFrame(moved, size: owner.size, grid: grid),
            within.map({ contains($0, owner.size.rect(at: moved)) }) ?? true
          else {
            kept = false
            break
          }
        }
      }
      if kept { return true }
      grid = savedGrid
      routes = savedRoutes
    }
    return false
  }
}
