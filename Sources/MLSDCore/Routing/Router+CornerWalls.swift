// A fresh routing of a board with groups is made twice: with the frame line's cells next to each
// corner walled and the cells outside a corner dear (an arrow there is drawn touching the corner,
// "┌│ Title", and the two read as one broken frame), and without. The walled one is kept unless
// it reads worse: a compact layout may owe its few crossings, or its size, to an arrow crossing a
// frame's line beside a corner, and a crossing costs a reader more than a touched corner.

extension Router {
  /// Whether `walled` crosses no more arrows than `open`, leaves no more labels without a place
  /// and puts no more over a frame's line, has no more simple routes and reaches no further
  /// either way.
  static func readsNoWorse(_ walled: Result, than open: Result, board: Board) -> Bool {
    guard let walledGrid = walled.grid, let openGrid = open.grid else { return true }
    if totalCrossings(walled.routes, grid: walledGrid) > totalCrossings(open.routes, grid: openGrid) { return false }
    let (walledMissing, walledOnFrames) = lacking(walled.routes, grid: walledGrid)
    let (openMissing, openOnFrames) = lacking(open.routes, grid: openGrid)
    // Each on its own: a label without a place gets room made for it (LabelRoom), one over a
    // frame's line does not.
    if walledMissing > openMissing || walledOnFrames > openOnFrames { return false }
    if walled.routes.count(where: \.isSimple) > open.routes.count(where: \.isSimple) { return false }
    guard let inner = reach(walled.routes, board: board) else { return true }
    guard let outer = reach(open.routes, board: board) else { return false }
    return inner.width <= outer.width && inner.height <= outer.height
  }

  /// Labels without a place, and labels over a group frame's line.
  private static func lacking(_ routes: [ArrowRoute], grid: RouteGrid) -> (missing: Int, onFrames: Int) {
    var out = (missing: 0, onFrames: 0)
    for route in routes {
      guard let label = route.label, !label.size.isEmpty else { continue }
      if let origin = route.labelOrigin {
        if onFrame(origin, size: label.size, grid: grid) { out.onFrames += 1 }
      } else {
        out.missing += 1
      }
    }
    return out
  }

  /// The rectangle the boxes, paths and labels cover (frames lie within the paths' reach or
  /// are the same in both routings).
  private static func reach(_ routes: [ArrowRoute], board: Board) -> GridRect? {
    var out = board.bounds
    for route in routes {
      for rect in [route.bounds, route.labelRect].compactMap({ $0 }) { out = out?.union(rect) ?? rect }
    }
    return out
  }
}
