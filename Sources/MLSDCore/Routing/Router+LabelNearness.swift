// A label placed beside its own line can end up nearer another arrow's line when that arrow is
// routed again after the labels were placed (room made for another label, the crossing pass):
// the other line then runs between the label and its own, and a reader takes the label for the
// other arrow's. Such labels are placed again once the routing is done.

extension Router {
  /// Places again each label of `arrows` that lies nearer another arrow's line than its own
  /// (`LabelNeighbours.isNearerOther`); the new place is kept when it is nearest its own line,
  /// not over a group frame's line and inside `within` (the drawing does not grow), else the
  /// label stays where it was.
  static func replaceNearerOther(
    _ arrows: [Int], sizes: [LabelSize?], routes: inout [ArrowRoute], grid: inout RouteGrid, within: GridRect?
  ) {
    for i in arrows where i < sizes.count {
      guard let size = sizes[i], let origin = routes[i].labelOrigin else { continue }
      let cells = routes[i].cells
      guard LabelNeighbours.isNearerOther(x: origin.x, y: origin.y, size: size, arrow: i, cells: cells, grid: grid)
      else { continue }
      grid.unmarkLabel(at: origin, size: size)
      if let moved = LabelPlacer.place(size: size, cells: cells, arrow: i, grid: &grid, within: within) {
        let inside = within.map { contains($0, size.rect(at: moved)) } ?? true
        if inside && !onFrame(moved, size: size, grid: grid)
          && !LabelNeighbours.isNearerOther(x: moved.x, y: moved.y, size: size, arrow: i, cells: cells, grid: grid)
        {
          routes[i].labelOrigin = moved
          continue
        }
        grid.unmarkLabel(at: moved, size: size)
      }
      grid.markLabel(at: origin, size: size)
    }
  }
}
