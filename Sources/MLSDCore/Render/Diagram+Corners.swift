// An arrow that crosses a group frame's line beside a corner, or runs past a corner outside it,
// is drawn touching the corner ("┌│ Title") and the two read as one broken frame. Routing with
// the corners walled costs a second routing, and the layout for reading and the fit route many
// candidate drawings, so the walls are put up only for the drawing shown, only when its routing
// touches a corner, and the walled routing is kept only when it reads no worse: a compact layout
// may owe its few crossings, or its size, to an arrow beside a corner.

extension Diagram {
  /// Bends the walled routing may add for each route cell it takes off a corner: stepping round a
  /// corner takes about two, and a drawing that wanders to clear a corner reads worse than the
  /// touch (visual-search: 33 bends more for 5 cells).
  static let bendsPerCorner = 2

  /// Bends the walled routing may add for each arrowhead it takes off another arrow's line: the
  /// arrow then goes round to another port, often on another side of its box (round the box's
  /// corner and in: three or four).
  static let bendsPerHeadOffLine = 4

  /// The most boxes a drawing is routed again for its corners (as `LabelRoom`: past this, one
  /// more routing costs more than the corners).
  static let maxCornerBoxes = 300

  /// The drawing with its arrows routed again with the frame corners walled, when its routing
  /// touches a corner and the walled one touches fewer, crosses no more arrows, leaves no more
  /// labels without a place or over a frame's line, has no more simple routes, is no wider or
  /// taller and bends at most `bendsPerCorner` more for each cell cleared; otherwise the drawing
  /// itself. When the walled routing takes an arrow out of the dash before a title
  /// (`titleTouches`), its bends are not counted, and a drawing fitted to `room` (the review's
  /// panels, the zoom) may grow within it.
  ///
  /// The walled routing also gives each arrow an arrowhead of its own (`PathFinder`: no ending
  /// where an arrow into the same box ends), so a drawing with arrows sharing a head
  /// (`SharedArrowheads`) is routed again too, and the walled one is kept as well when it shares
  /// fewer heads and touches no more corners, by the same bar (a head moved a port over costs
  /// about two bends, as a corner does).
  public func clearOfCorners(room: (columns: Int, rows: Int)? = nil) -> Diagram {
    guard board.boxes.count <= Diagram.maxCornerBoxes, !routingOutOfBudget else { return self }
    let frames = GroupFrame.frames(of: board)
    let touched = frames.isEmpty ? 0 : Diagram.cornerTouches(routes, frames: frames)
    let shared = SharedArrowheads.sharing(self).count
    let onLines = SharedArrowheads.onLines(self)
    guard touched > 0 || shared > 0 || onLines > 0 else { return self }
    // Walls with heads kept apart, then (when corners are touched) walls alone: keeping heads
    // apart must not cost a corner the walls alone would clear.
    var best = self
    var bestCleared = 0
    for separateHeads in touched > 0 ? [true, false] : [true] where !(separateHeads && shared == 0 && onLines == 0) {
      let result = Router.route(board, cornerWalls: true, separateHeads: separateHeads)
      guard !result.outOfBudget else { continue }
      let walled = Diagram(board: board, routes: result.routes)
      let cleared = touched - (frames.isEmpty ? 0 : Diagram.cornerTouches(walled.routes, frames: frames))
      // Walls alone are held to corners only, as before heads were kept apart.
      let separated = separateHeads ? shared - SharedArrowheads.sharing(walled).count : 0
      // Heads taken off other arrows' lines: each may cross that line instead (a crossing the
      // head hid), counted from both arrows.
      let offLines = separateHeads ? onLines - SharedArrowheads.onLines(walled) : 0
      let gains =
        separateHeads
        ? cleared >= 0 && separated >= 0 && offLines >= 0 && cleared + separated + offLines > 0 : cleared > 0
      guard gains, best.routes == routes || cleared > bestCleared else { continue }
      // An arrow in the dash before a title reads as through the title ("┌│ Title"): clearing
      // one (with a corner) is worth any number of bends, and a fitted drawing's room.
      let titles =
        frames.isEmpty
        ? 0 : Diagram.titleTouches(routes, frames: frames) - Diagram.titleTouches(walled.routes, frames: frames)
      let offTitle = cleared > 0 && titles > 0
      let extraBends =
        offTitle ? Int.max / 2 : (cleared + separated) * Diagram.bendsPerCorner + offLines * Diagram.bendsPerHeadOffLine
      if walled.readsNoWorse(
        than: self, frames: frames, extraBends: extraBends, room: offTitle ? room : nil, extraCrossings: 2 * offLines)
      {
        best = walled
        bestCleared = cleared
      }
    }
    // Nothing walled reads better: the arrows in a title's dash alone are routed again
    // (`clearOfTitles`), keeping every other route.
    if best.routes == routes, touched > 0 { return clearOfTitles(frames: frames, room: room) ?? self }
    return best
  }

  /// The drawing with only the arrows in a title's dash routed again, walled, every other route and
  /// label kept (routing them all again moved labels and crossings elsewhere: the practice
  /// review's ad-click and visual-search references at 160 × 45 kept "┌│ Prediction pipeline");
  /// taken when no arrow is left on a title, it touches no more corners, loses no label and puts
  /// none more over a frame's line, crosses at most one arrow more (an arrow through a title reads worse than a crossing)
  /// and is no larger (within `room`, for a fitted drawing). Nil otherwise.
  func clearOfTitles(frames: [GroupFrame], room: (columns: Int, rows: Int)? = nil) -> Diagram? {
    var titleCells = Set<GridPoint>()
    for frame in frames {
      for x in frame.titleCells { titleCells.insert(GridPoint(x: x, y: frame.rect.minY)) }
    }
    let onTitles = routes.indices.filter { routes[$0].cells.contains(where: titleCells.contains) }
    guard !onTitles.isEmpty else { return nil }
    var previous = routes
    for i in onTitles { previous[i] = ArrowRoute(points: []) }
    let result = Router.route(board, previous: (board, previous), cornerWalls: true)
    guard !result.outOfBudget, result.routes.count == routes.count else { return nil }
    let cleared = Diagram(board: board, routes: result.routes)
    guard Diagram.titleTouches(cleared.routes, frames: frames) == 0,
      Diagram.cornerTouches(cleared.routes, frames: frames) <= Diagram.cornerTouches(routes, frames: frames)
    else { return nil }
    return cleared.readsNoWorse(
      than: self, frames: frames, extraBends: Int.max / 2, room: room, extraCrossings: Diagram.crossingsPerTitle)
      ? cleared : nil
  }

  /// Crossings (counted from both arrows, as the router counts them: one crossing is two) an
  /// arrow taken out of a title's dash may add.
  static let crossingsPerTitle = 2

  /// Route cells on a frame's title or the dash before it (`GroupFrame.titleCells`).
  static func titleTouches(_ routes: [ArrowRoute], frames: [GroupFrame]) -> Int {
    var cells = Set<GridPoint>()
    for frame in frames {
      for x in frame.titleCells { cells.insert(GridPoint(x: x, y: frame.rect.minY)) }
    }
    return routes.reduce(0) { $0 + $1.cells.count(where: cells.contains) }
  }

  /// Whether `clearOfCorners` may route this drawing again for these arrows (all when nil): one
  /// of them touches a frame's corner (`touchesCorners`) or shares its arrowhead with another
  /// arrow, or has its arrowhead on another arrow's line (`SharedArrowheads`). For given arrows
  /// (those an edit routed) only their heads are looked at, not every cell of the board.
  public func wantsShownRouting(arrows: [Int]? = nil) -> Bool {
    if touchesCorners(arrows: arrows) { return true }
    guard let arrows else {
      return !SharedArrowheads.sharing(self).isEmpty || !SharedArrowheads.onLineArrows(self).isEmpty
    }
    return arrows.contains { SharedArrowheads.wantsApart(self, arrow: $0) }
  }

  /// Whether any of these arrows' routes touches a group frame's corner (a route cell on a frame's
  /// line next to a corner, or outside a corner next to it): the drawing is one `clearOfCorners`
  /// may route again. All arrows when `arrows` is nil.
  public func touchesCorners(arrows: [Int]? = nil) -> Bool {
    guard !board.groups.isEmpty else { return false }
    let picked = arrows.map { $0.compactMap { routes.indices.contains($0) ? routes[$0] : nil } } ?? routes
    return !picked.isEmpty && Diagram.cornerTouches(picked, frames: GroupFrame.frames(of: board)) > 0
  }

  /// Route cells on a frame's line next to a corner or outside a corner next to it.
  static func cornerTouches(_ routes: [ArrowRoute], frames: [GroupFrame]) -> Int {
    var near = Set<GridPoint>()
    for frame in frames {
      let r = frame.rect
      for (x, y, dx, dy) in [
        (r.minX, r.minY, 1, 1), (r.maxX, r.minY, -1, 1), (r.minX, r.maxY, 1, -1), (r.maxX, r.maxY, -1, -1),
      ] {
        // Along each of the corner's two lines, the cell inside the line and the one past the corner.
        near.insert(GridPoint(x: x + dx, y: y))
        near.insert(GridPoint(x: x, y: y + dy))
        near.insert(GridPoint(x: x - dx, y: y))
        near.insert(GridPoint(x: x, y: y - dy))
      }
    }
    return routes.reduce(0) { $0 + $1.cells.count(where: near.contains) }
  }

  /// Whether this drawing crosses no more arrows than `other` (of the same board), leaves no more
  /// labels without a place and puts no more over a frame's line (each on its own: a label
  /// without a place is drawn loose, one over a frame's line hides it), has no more simple
  /// routes, bends at most `extraBends` more, and takes no more columns or rows.
  private func readsNoWorse(
    than other: Diagram, frames: [GroupFrame], extraBends: Int, room: (columns: Int, rows: Int)? = nil,
    extraCrossings: Int = 0
  ) -> Bool {
    let mine = Diagram.figures(routes, board: board, frames: frames)
    let theirs = Diagram.figures(other.routes, board: board, frames: frames)
    guard mine.crossings <= theirs.crossings + extraCrossings, mine.missing <= theirs.missing,
      mine.onFrames <= theirs.onFrames,
      mine.simple <= theirs.simple, mine.bends <= theirs.bends + extraBends
    else { return false }
    guard let inner = bounds else { return true }
    if let room, inner.width <= room.columns && inner.height <= room.rows { return true }
    guard let outer = other.bounds else { return false }
    return inner.width <= outer.width && inner.height <= outer.height
  }

  /// Crossings (each counted from both arrows, as the router counts them), labels without a
  /// place, labels over a frame's line, simple routes and bends, measured on a grid without walls.
  private static func figures(_ routes: [ArrowRoute], board: Board, frames: [GroupFrame])
    -> (crossings: Int, missing: Int, onFrames: Int, simple: Int, bends: Int)
  {
    var grid = RouteGrid(board: board, frames: frames)
    for (i, route) in routes.enumerated() { grid.occupy(route.cells, arrow: i) }
    var out = (crossings: Router.totalCrossings(routes, grid: grid), missing: 0, onFrames: 0, simple: 0, bends: 0)
    for route in routes {
      if route.isSimple { out.simple += 1 }
      out.bends += max(0, route.points.count - 2)
      guard let label = route.label, !label.size.isEmpty else { continue }
      if let origin = route.labelOrigin {
        if Router.onFrame(origin, size: label.size, grid: grid) { out.onFrames += 1 }
      } else {
        out.missing += 1
      }
    }
    return out
  }
}
