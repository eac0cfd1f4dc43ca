// Routes a board's arrows: all of them for a new diagram, or after an edit only those whose
// boxes changed or whose old path is now blocked. Then places the labels that need a place.

struct Router {
  /// Cells of search room around the two boxes of an arrow before the whole grid is tried.
  static let searchMargin = 8
  /// Extra room for a second strict search before conflicts are allowed.
  static let widerMargin = 12
  /// States a strict search may expand per cell of distance between the boxes (and at least
  /// the minimum): a strict search that fails in a crowded board would otherwise visit its
  /// whole region before the soft search, which is what made large boards slow.
  static let strictBudgetPerCell = 10
  static let minimumStrictBudget = 2_000
  /// Heuristic weights (see RouteRequest.weight). A strict search keeps paths short and
  /// straight; the soft search only runs when the neighbourhood is crowded, and there a
  /// nearly greedy search finds a passable path in a fraction of the states.
  static let strictWeight: Int32 = 3
  static let softWeight: Int32 = 16
  /// The largest routing grid built (cells). A board whose boxes lie further apart than this
  /// covers gets simple routes instead: the grid costs 6 bytes a cell and the search up to 32,
  /// so two boxes 100,000 cells apart would otherwise ask for tens of gigabytes.
  static let maxGridCells = 8_000_000
  /// The work (search states, and steps along the lists of arrows sharing a cell) one routing
  /// may do in all. Arrows still pending when it is spent get simple routes, so that a board too
  /// dense to route well (a hub with thousands of arrows) still opens at once.
  static let workBudget = 8_000_000

  struct Result {
    var routes: [ArrowRoute]
    var rerouted: [Int]
    /// The grid of the whole board with every route and label in it, when the routing built one.
    var grid: RouteGrid? = nil
    /// Whether the work budget ran out (then arrows got simple routes that a larger one may route).
    var outOfBudget = false
    /// Searches of the second pass not run again because nothing they read had changed.
    var reusedSearches = 0
  }

  /// Routes `board`; with `previous`, keeps every old route that is still valid.
  /// `budget` is the work the routing may do (tests pass a small one).
  /// Without `rerouting`, a fresh routing makes one pass only (tests compare the two). Without
  /// `remembering`, the second pass runs every search again, also those whose answer it knows
  /// (tests check that the drawing is the same). With `cornerWalls`, a routing (fresh, or of the
  /// arrows `previous` has no path for) keeps arrows off frame corners (`Diagram.clearOfCorners`,
  /// the drawing shown; not kept in the memo: the searches for a layout route without the walls, and only the drawing chosen is routed
  /// with them). With `shownHeads`, the searches keep arrowheads apart and off other arrows' lines
  /// where they can, as the drawing shown does (`RouteRequest.shownHeads`: the re-routing after an
  /// edit).
  static func route(
    _ board: Board, previous: (board: Board, routes: [ArrowRoute])? = nil, budget: Int = workBudget,
    rerouting: Bool = true, remembering: Bool = true, cornerWalls: Bool = false, separateHeads: Bool = false,
    shownHeads: Bool = false
  ) -> Result {
    if let previous {
      var texts = LabelTexts(board.arrows, previous: (previous.board.arrows, previous.routes))
      if var result = route(
        board, previous: previous, local: true, budget: budget, rerouting: false, cornerWalls: cornerWalls,
        shownHeads: shownHeads, texts: &texts)
      {
        label(&result.routes, texts: &texts)
        return result
      }
    }
    func fresh() -> Result {
      var texts = LabelTexts(board.arrows, previous: previous.map { ($0.board.arrows, $0.routes) })
      var result =
        route(
          board, previous: previous, local: false, budget: budget, rerouting: rerouting, remembering: remembering,
          cornerWalls: cornerWalls, separateHeads: separateHeads, shownHeads: shownHeads, texts: &texts)
        ?? Result(routes: [], rerouted: [])
      label(&result.routes, texts: &texts)
      return result
    }
    guard previous == nil && board.arrows.count <= RouteMemo.maxArrows && !cornerWalls && !separateHeads else {
      return fresh()
    }
    let key = RouteMemo.Key(board, budget: budget, rerouting: rerouting, remembering: remembering)
    return RouteMemo.shared.value(key, make: fresh)
  }

  /// Sets each route's label to its arrow's label as drawn, for everything that draws or
  /// measures it.
  static func label(_ routes: inout [ArrowRoute], texts: inout LabelTexts) {
    for i in routes.indices where i < texts.count {
      let text = texts.text(i)
      if routes[i].label != text { routes[i].label = text }
    }
  }

  /// With `local`, the grid covers only the neighbourhood of what must be re-routed; nil when a
  /// search needed more room than that (the caller then routes with the whole grid).
  private static func route(
    _ board: Board, previous: (board: Board, routes: [ArrowRoute])?, local: Bool, budget workBudget: Int,
    rerouting: Bool, remembering: Bool = true, cornerWalls: Bool = false, separateHeads: Bool = false,
    shownHeads: Bool = false, texts: inout LabelTexts
  ) -> Result? {
    let frames = GroupFrame.frames(of: board)
    var boxNumber: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() where boxNumber[box.id] == nil { boxNumber[box.id] = i }
    let arrowFrom = board.arrows.map { Int32(boxNumber[$0.from] ?? -1) }
    let arrowTo = board.arrows.map { Int32(boxNumber[$0.to] ?? -1) }
    var routes = Array(repeating: ArrowRoute(points: []), count: board.arrows.count)
    var pending = Array(board.arrows.indices)
    var keptLabels: [Int] = []
    var blocked: [GridRect] = []
    if let previous {
      let moved = movedBoxes(board, previous: previous.board)
      blocked = newlyBlocked(board, frames: frames, previous: previous.board, moved: moved)
      let kept = keptRoutes(board, previous: previous, blocked: blocked, moved: moved, boxNumber: boxNumber)
      pending = []
      for i in board.arrows.indices {
        if let route = kept[i] {
          routes[i] = route
          keptLabels.append(i)
        } else {
          pending.append(i)
        }
      }
    }

    var (requests, cover) = Router.requests(for: pending, board: board, arrowFrom: arrowFrom, arrowTo: arrowTo)
    if shownHeads { for k in requests.indices { requests[k].shownHeads = true } }
    // Kept labels that a changed box now covers need a new place, near their own arrow.
    var needLabel = Set(pending)
    for i in keptLabels {
      guard let origin = routes[i].labelOrigin else {
        if texts.text(i) != nil { needLabel.insert(i) }
        continue
      }
      // No label is larger than maxWidth × maxLines: most are far from every change, and that
      // is cheaper to see than the label's text.
      let widest = GridRect(x: origin.x, y: origin.y, width: LabelPlacer.maxWidth, height: LabelPlacer.maxLines)
      guard blocked.contains(where: { $0.intersects(widest) }) else { continue }
      guard let size = texts.size(i) else { continue }
      let rect = size.rect(at: origin)
      if blocked.contains(where: { $0.intersects(rect) }) { needLabel.insert(i) }
    }
    if local {
      for i in needLabel {
        guard let bounds = routes[i].bounds else { continue }
        let rect = bounds.insetBy(dx: -LabelPlacer.maxWidth - 2, dy: -LabelPlacer.maxLines - 1)
        cover = cover?.union(rect) ?? rect
      }
      // Nothing to route and no label to move: the old drawing stands.
      guard let cover else {
        return Result(routes: routes, rerouted: [])
      }
      if cover.width * cover.height > maxGridCells { return nil }
    }
    let extent = RouteGrid.extent(board: board, frames: frames)
    if !local && extent.width * extent.height > maxGridCells {
      return simplyRouted(
        board, routes: routes, requests: requests, needLabel: needLabel, pending: pending,
        arrowFrom: arrowFrom, arrowTo: arrowTo, texts: &texts)
    }

    var grid = RouteGrid(board: board, frames: frames, clip: local ? cover : nil, cornerWalls: cornerWalls)
    grid.separateHeads = separateHeads
    let whole = GridRect(x: grid.origin.x, y: grid.origin.y, width: grid.width, height: grid.height)
    for i in keptLabels where routes[i].bounds?.intersects(whole) == true { grid.occupy(routes[i].cells, arrow: i) }
    let scratch = ScratchPool.shared.take()
    defer { ScratchPool.shared.give(back: scratch) }
    let spentBefore = scratch.work
    var ranOut = false
    for request in requests {
      let left = workBudget - (scratch.work - spentBefore)
      guard left > 0 else {
        ranOut = true
        // No search follows to steer clear of it, so the path is not entered in the grid: on a
        // hub with thousands of long arrows that would cost more than all the searches.
        var route = ArrowRoute(points: SimpleRoute.points(from: request.source, to: request.target))
        route.isSimple = true
        routes[request.arrow] = route
        continue
      }
      var cells = search(request, grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch, left: left)
      if cells == nil {
        if local { return nil }
        // Nothing near: the whole grid, first strictly, then with conflicts at a price.
        var wide = request
        wide.region = whole
        let left = workBudget - (scratch.work - spentBefore)
        if left > 0 {
          cells = search(wide, grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch, left: left)
        }
      }
      var route: ArrowRoute
      if let cells {
        route = ArrowRoute(points: ArrowRoute.corners(of: cells))
      } else {
        // A box walled in, or the budget spent inside this search.
        if workBudget - (scratch.work - spentBefore) <= 0 { ranOut = true }
        route = ArrowRoute(points: SimpleRoute.points(from: request.source, to: request.target))
        route.isSimple = true
      }
      grid.occupy(route.cells, arrow: request.arrow)
      routes[request.arrow] = route
    }
    // A routing that ran out of budget has simple routes to hand over as they are (the app routes
    // it again with the whole budget), not a budget left for a second pass.
    if rerouting && previous == nil && board.arrows.count <= reroutingMaxArrows && !ranOut {
      // The paths of one pass, labelled, are kept instead when the second pass leaves more
      // labels without a place (or only one over a group frame's line) once room is made for
      // them (`makeLabelRoom`), or when its paths and labels reach further than theirs (a label
      // pushed out past the edge of the drawing).
      var plainRoutes = routes
      var plainGrid = grid
      var dearRoutes = routes
      var dearGrid = grid
      let reused = rerouteCrossings(
        requests, routes: &routes, grid: &grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch,
        budget: workBudget - (scratch.work - spentBefore), remembering: remembering)
      let thorough = requests.count <= thoroughMaxArrows
      let crossed = thorough ? totalCrossings(routes, grid: grid) : 0
      let order = needLabel.sorted()
      let labels = LabelTable(board, frames: frames, texts: &texts)
      let plainLacking = placeLabels(
        order, labels: labels, routes: &plainRoutes, grid: &plainGrid, within: reach(plainRoutes, labels: labels))
      var lacking = placeLabels(
        order, labels: labels, routes: &routes, grid: &grid, within: reach(routes, labels: labels))
      // On small boards the pass also runs with crossings dearer, from the same paths; its paths
      // are kept when they cross fewer arrows in all, leave no more labels without a place and
      // reach no further.
      if thorough && crossed > 0 {
        _ = rerouteCrossings(
          requests, routes: &dearRoutes, grid: &dearGrid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch,
          budget: workBudget - (scratch.work - spentBefore), remembering: remembering, crossing: thoroughCrossing)
        if totalCrossings(dearRoutes, grid: dearGrid) < crossed {
          let dearLacking = placeLabels(
            order, labels: labels, routes: &dearRoutes, grid: &dearGrid, within: reach(dearRoutes, labels: labels))
          if dearLacking <= lacking && fits(reach(dearRoutes, labels: labels), in: reach(routes, labels: labels)) {
            routes = dearRoutes
            grid = dearGrid
            lacking = dearLacking
          }
        }
      }
      func makeRoom(_ routes: inout [ArrowRoute], _ grid: inout RouteGrid) {
        makeLabelRoom(
          order, labelSizes: labels.sizes, requests: requests, routes: &routes, grid: &grid, arrowFrom: arrowFrom,
          arrowTo: arrowTo, scratch: scratch, within: reach(routes, labels: labels),
          budget: workBudget - (scratch.work - spentBefore))
      }
      let passFits = fits(reach(routes, labels: labels), in: reach(plainRoutes, labels: labels))
      if passFits && lacking > plainLacking {
        // Labels placed one by one on the pass's paths may lack a place that making room (below)
        // gives them: the pass is then judged on both drawings with room made (board-100: one
        // label more lacking before room, none after, and 82 crossings fewer).
        makeRoom(&routes, &grid)
        makeRoom(&plainRoutes, &plainGrid)
        let after = lackingLabels(order, labels: labels, routes: routes, grid: grid)
        let plainAfter = lackingLabels(order, labels: labels, routes: plainRoutes, grid: plainGrid)
        if after > plainAfter || totalCrossings(routes, grid: grid) > totalCrossings(plainRoutes, grid: plainGrid)
          || !fits(reach(routes, labels: labels), in: reach(plainRoutes, labels: labels))
        {
          routes = plainRoutes
          grid = plainGrid
        }
      } else {
        if !passFits {
          routes = plainRoutes
          grid = plainGrid
        }
        if min(lacking, plainLacking) > 0 { makeRoom(&routes, &grid) }
      }
      replaceNearerOther(
        order, sizes: labels.sizes, routes: &routes, grid: &grid, within: reach(routes, labels: labels))
      return Result(
        routes: routes, rerouted: pending.filter { arrowFrom[$0] >= 0 && arrowTo[$0] >= 0 }, grid: grid,
        reusedSearches: reused)
    }

    // Old labels stay where they are while nothing now covers them; the rest get a new place.
    let gridRect = whole
    for i in keptLabels where !needLabel.contains(i) {
      guard let origin = routes[i].labelOrigin else { continue }
      // A label wholly outside a local grid is far from every change: it stays as it is.
      let widest = GridRect(x: origin.x, y: origin.y, width: LabelPlacer.maxWidth, height: LabelPlacer.maxLines)
      if local && !widest.intersects(gridRect) { continue }
      guard let size = texts.size(i) else { continue }
      let rect = size.rect(at: origin)
      if local && !rect.intersects(gridRect) { continue }
      if LabelPlacer.fits(x: origin.x, y: origin.y, size: size, grid: grid, overFrames: true)
        || (size.height == 1 && isInline(origin, width: size.width, arrow: i, grid: grid))
        || (local && !contains(gridRect, rect))
      {
        grid.markLabel(at: origin, size: size)
      } else {
        needLabel.insert(i)
      }
    }
    for i in needLabel.sorted() {
      guard let size = texts.size(i), !routes[i].points.isEmpty else {
        routes[i].labelOrigin = nil
        continue
      }
      routes[i].labelOrigin = LabelPlacer.place(size: size, cells: routes[i].cells, arrow: i, grid: &grid)
    }
    return Result(
      routes: routes, rerouted: pending.filter { arrowFrom[$0] >= 0 && arrowTo[$0] >= 0 }, grid: local ? nil : grid,
      outOfBudget: ranOut)
  }

  /// Places the labels of `arrows` (a fresh routing: no label is placed yet); returns how many
  /// found no place or only one over a group frame's line.
  private static func placeLabels(
    _ arrows: [Int], labels: LabelTable, routes: inout [ArrowRoute], grid: inout RouteGrid, within: GridRect?
  ) -> Int {
    var lacking = 0
    for i in arrows {
      guard let size = labels.sizes[i], !routes[i].points.isEmpty else {
        routes[i].labelOrigin = nil
        continue
      }
      let origin = LabelPlacer.place(size: size, cells: routes[i].cells, arrow: i, grid: &grid, within: within)
      routes[i].labelOrigin = origin
      guard let origin else {
        lacking += 1
        continue
      }
      if onFrame(origin, size: size, grid: grid) { lacking += 1 }
    }
    return lacking
  }

  /// How many of the labels of `arrows` have no place or only one over a group frame's line.
  private static func lackingLabels(
    _ arrows: [Int], labels: LabelTable, routes: [ArrowRoute], grid: RouteGrid
  ) -> Int {
    arrows.count { i in
      guard let size = labels.sizes[i], !routes[i].points.isEmpty else { return false }
      guard let origin = routes[i].labelOrigin else { return true }
      return onFrame(origin, size: size, grid: grid)
    }
  }

  /// What `reach` and `placeLabels` read of the board, worked out once per routing: the second
  /// pass asks for the reach of three sets of paths, some more than once.
  struct LabelTable {
    /// The rectangle the boxes and group frames cover (nil for none).
    var statics: GridRect?
    /// Each arrow's label size as drawn (`LabelPlacer.text`), nil for no label.
    var sizes: [LabelSize?]

    init(_ board: Board, frames: [GroupFrame], texts: inout LabelTexts) {
      var out = board.bounds
      for frame in frames { out = out?.union(frame.rect) ?? frame.rect }
      statics = out
      sizes = board.arrows.indices.map { texts.size($0) }
    }
  }

  /// The rectangle the boxes, group frames, paths and placed labels cover (nil for none).
  private static func reach(_ routes: [ArrowRoute], labels: LabelTable) -> GridRect? {
    var out = labels.statics
    for (i, route) in routes.enumerated() {
      guard let bounds = route.bounds else { continue }
      out = out?.union(bounds) ?? bounds
      if let origin = route.labelOrigin, let size = labels.sizes[i] {
        let label = size.rect(at: origin)
        out = out?.union(label) ?? label
      }
    }
    return out
  }

  /// Whether `inner` lies within `outer` (nothing lies within everything).
  private static func fits(_ inner: GridRect?, in outer: GridRect?) -> Bool {
    guard let inner else { return true }
    guard let outer else { return false }
    return contains(outer, inner)
  }

  /// Boards with more arrows than this are routed once, without the second pass that takes
  /// crossing arrows out and routes them again (on the generated boards it takes about as long
  /// as the first routing, and the N = 1000 pipeline has no time to spare).
  static let reroutingMaxArrows = 300
  /// Rounds of that second pass (the second only for arrows near a path the first changed),
  /// and what a crossing costs in it: a detour of up to 40 cells, or of two bends and 28 cells,
  /// beats crossing one arrow (at 40 the references kept more crossings: Benchmarks/RESULTS.md).
  static let reroutingRounds = 2
  static let reroutingCrossing: Int32 = 80
  /// Boards with up to this many arrows (the references have 21 to 27) also get the pass with a
  /// crossing that costs a detour of up to 150 cells; the paths that cross fewer arrows win.
  /// Neither price is better on every board: each alone moved crossings and sizes of the
  /// references both ways (Benchmarks/RESULTS.md).
  static let thoroughMaxArrows = 60
  static let thoroughCrossing: Int32 = 300

  /// Takes each arrow that crosses others out of the grid and searches again with crossings
  /// dearer (also those with arrows that share one of its boxes); the new path is kept only
  /// when it crosses fewer arrows, so the total never grows. Routing in one pass, the arrows
  /// routed first cannot know the ones that come later; this lets them make way.
  /// Returns how many searches it did not run again (see RerouteMemory).
  private static func rerouteCrossings(
    _ requests: [RouteRequest], routes: inout [ArrowRoute], grid: inout RouteGrid, arrowFrom: [Int32],
    arrowTo: [Int32], scratch: SearchScratch, budget: Int, remembering: Bool, crossing: Int32 = reroutingCrossing
  ) -> Int {
    let start = scratch.work
    // A detour never makes the drawing larger: new paths stay inside what is drawn already.
    var drawn: GridRect?
    for request in requests {
      drawn = drawn?.union(request.source.union(request.target)) ?? request.source.union(request.target)
      if let bounds = routes[request.arrow].bounds { drawn = drawn?.union(bounds) }
    }
    // After the first round, only arrows near a path that changed may find a better one.
    var changed: [GridRect]? = nil
    let cornerLines = grid.cornerWalls
    var memory = RerouteMemory(grid: grid.rect)
    var reused = 0
    scratch.recordExpanded = remembering
    defer { scratch.recordExpanded = false }
    for _ in 0..<reroutingRounds {
      var moved: [GridRect] = []
      for request in requests {
        let i = request.arrow
        guard !routes[i].isSimple, routes[i].cells.count > 2, let bounds = routes[i].bounds else { continue }
        if let changed, !changed.contains(where: { $0.intersects(request.region) || $0.intersects(bounds) }) {
          continue
        }
        let before = crossings(of: routes[i].cells, arrow: i, grid: grid)
        guard before > 0 else { continue }
        let left = budget - (scratch.work - start)
        guard left > 0 else { return reused }
        grid.release(routes[i].cells, arrow: i)
        if remembering, let work = memory.unchanged(arrow: i, left: left) {
          // The search would find what it found before, which is its path now or was not taken.
          // Its work counts as done, so that the budget, and with it the drawing, is the same.
          scratch.work += work
          grid.occupy(routes[i].cells, arrow: i)
          reused += 1
          continue
        }
        var dear = request
        dear.crossing = crossing
        dear.relatedCrossing = crossing / 2
        dear.limit = drawn
        let workBefore = scratch.work
        scratch.expandedCount = 0
        let old = routes[i].cells
        var best = before
        var found: [GridPoint]?
        if let cells = search(dear, grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch, left: left) {
          let count = crossings(of: cells, arrow: i, grid: grid)
          if count < best { (best, found) = (count, cells) }
        }
        // The last resort: across a frame's line beside a corner, when that crosses fewer arrows
        // (a compact layout may have no other way into a group that does not cross one).
        if best > 0, cornerLines {
          dear.cornerLines = true
          let rest = budget - (scratch.work - start)
          if rest > 0,
            let cells = search(dear, grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch, left: rest),
            crossings(of: cells, arrow: i, grid: grid) < best
          {
            found = cells
          }
        }
        if let cells = found {
          routes[i] = ArrowRoute(points: ArrowRoute.corners(of: cells))
          moved.append(bounds.union(routes[i].bounds ?? bounds))
          memory.changed(from: old, to: routes[i].cells)
        }
        if remembering {
          memory.searched(
            arrow: i, expanded: UnsafeBufferPointer(start: scratch.expanded, count: scratch.expandedCount), path: old,
            source: request.source, work: scratch.work - workBefore)
        }
        grid.occupy(routes[i].cells, arrow: i)
      }
      if moved.isEmpty { return reused }
      changed = moved
    }
    return reused
  }

  /// Crossings of all the routes, each counted from both arrows.
  static func totalCrossings(_ routes: [ArrowRoute], grid: RouteGrid) -> Int {
    routes.indices.reduce(0) { $0 + crossings(of: routes[$1].cells, arrow: $1, grid: grid) }
  }

  /// How many times a path of `arrow` runs straight across another arrow's straight line (as
  /// LayoutQuality counts crossings), against the arrows in the grid.
  static func crossings(of cells: [GridPoint], arrow: Int, grid: RouteGrid) -> Int {
    guard cells.count > 2 else { return 0 }
    var count = 0
    for k in 1..<(cells.count - 1) {
      let p = cells[k - 1]
      let n = cells[k + 1]
      let across: CellUse
      if p.y == n.y {
        across = .vertical
      } else if p.x == n.x {
        across = .horizontal
      } else {
        continue
      }
      guard let i = grid.index(cells[k]) else { continue }
      var use = grid.head[i]
      while use >= 0 {
        if grid.useKind[Int(use)] == across && Int(grid.useArrow[Int(use)]) != arrow { count += 1 }
        use = grid.useNext[Int(use)]
      }
    }
    return count
  }

  /// The searches for the arrows in `pending`, feedback arrows last and short arrows first, and
  /// the rectangle every search (even a wider one) stays in.
  static func requests(for pending: [Int], board: Board, arrowFrom: [Int32], arrowTo: [Int32])
    -> (requests: [RouteRequest], cover: GridRect?)
  {
    let flow = FlowDirection(board: board, arrowFrom: arrowFrom, arrowTo: arrowTo)
    var forward: [(Int, Int)] = []
    var backward: [(Int, Int)] = []
    for i in pending {
      guard arrowFrom[i] >= 0, arrowTo[i] >= 0 else { continue }
      let a = board.boxes[Int(arrowFrom[i])].frame
      let b = board.boxes[Int(arrowTo[i])].frame
      let distance = abs(a.center.x - b.center.x) + abs(a.center.y - b.center.y)
      if flow.isBackward(from: a, to: b) {
        backward.append((distance, i))
      } else {
        forward.append((distance, i))
      }
    }
    // Short arrows first: they have the fewest choices and take the straight lines.
    forward.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    backward.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }

    var requests: [RouteRequest] = []
    var cover: GridRect?
    for (_, i) in forward + backward {
      let source = board.boxes[Int(arrowFrom[i])].frame
      let target = board.boxes[Int(arrowTo[i])].frame
      var against: (axis: Int, rect: GridRect)?
      var region = source.union(target).insetBy(dx: -searchMargin, dy: -searchMargin)
      if flow.isBackward(from: source, to: target), let between = flow.boxesBetween(source, target, in: board) {
        against = (flow.axis, between)
        region = region.union(between.insetBy(dx: -searchMargin, dy: -searchMargin))
      }
      requests.append(RouteRequest(arrow: i, source: source, target: target, region: region, against: against))
      let reach = region.insetBy(dx: -widerMargin, dy: -widerMargin)
      cover = cover?.union(reach) ?? reach
    }
    return (requests, cover)
  }

  /// Indices (in `board`) of the boxes that are new or whose frame changed since `previous`.
  /// Boards keep their box order between edits, so boxes are compared by position when the ids
  /// line up (no hashing of every id after each edit).
  static func movedBoxes(_ board: Board, previous: Board) -> [Int] {
    if board.boxes.count == previous.boxes.count,
      zip(board.boxes, previous.boxes).allSatisfy({ $0.id == $1.id })
    {
      return board.boxes.indices.filter { board.boxes[$0].frame != previous.boxes[$0].frame }
    }
    var oldFrames: [String: GridRect] = [:]
    for box in previous.boxes where oldFrames[box.id] == nil { oldFrames[box.id] = box.frame }
    return board.boxes.indices.filter { oldFrames[board.boxes[$0].id] != board.boxes[$0].frame }
  }

  /// Cells an edit made unusable for arrows: the new frames of moved, resized or added boxes,
  /// and the titles and corners of group frames that changed.
  static func newlyBlocked(_ board: Board, frames: [GroupFrame], previous: Board, moved: [Int]) -> [GridRect] {
    var out: [GridRect] = moved.map { board.boxes[$0].frame }
    let oldGroups = Set(GroupFrame.frames(of: previous).map { [$0.rect.x, $0.rect.y, $0.rect.width, $0.rect.height] })
    for frame in frames where !oldGroups.contains([frame.rect.x, frame.rect.y, frame.rect.width, frame.rect.height]) {
      let r = frame.rect
      let title = frame.titleColumns
      if !title.isEmpty { out.append(GridRect(x: title.lowerBound, y: r.minY, width: title.count, height: 1)) }
      for (x, y) in [(r.minX, r.minY), (r.maxX, r.minY), (r.minX, r.maxY), (r.maxX, r.maxY)] {
        out.append(GridRect(x: x, y: y, width: 1, height: 1))
      }
    }
    return out
  }

  static func contains(_ outer: GridRect, _ inner: GridRect) -> Bool {
    inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY
  }

  /// The request as a strict search makes it: no running along or turning on other arrows, and a
  /// budget in proportion to how far apart its ends are.
  static func strict(_ request: RouteRequest) -> RouteRequest {
    var request = request
    let distance =
      abs(request.source.center.x - request.target.center.x)
      + abs(request.source.center.y - request.target.center.y)
    request.weight = strictWeight
    request.budget = max(minimumStrictBudget, strictBudgetPerCell * (distance + 20))
    return request
  }

  /// A strict search, then one with conflicts allowed at a price. (A function
  /// of its own so that no copy of the grid outlives the search: occupying it must not copy it.)
  /// `left` is what remains of the routing's work budget; no search expands more.
  static func search(
    _ request: RouteRequest, grid: RouteGrid, arrowFrom: [Int32], arrowTo: [Int32], scratch: SearchScratch,
    left: Int = .max
  ) -> [GridPoint]? {
    let finder = PathFinder(grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch)
    var request = strict(request)
    request.workLimit = left
    let spentBefore = scratch.work
    let first = finder.search(request)
    if let cells = first.path {
      // Its own arrowhead is not worth a crossing: on a grid that keeps heads apart,
      // when the path crosses arrows, a strict search that may end where an arrow into the same
      // box ends is taken if it crosses fewer.
      guard grid.separateHeads || request.shownHeads else { return cells }
      let crossed = crossings(of: cells, arrow: request.arrow, grid: grid)
      guard crossed > 0 else { return cells }
      var sharing = request
      sharing.sharesHeads = true
      sharing.workLimit = left - (scratch.work - spentBefore)
      if sharing.workLimit > 0, let other = finder.find(sharing),
        crossings(of: other, arrow: request.arrow, grid: grid) < crossed
      {
        return other
      }
      return cells
    }
    // A wider region helps only when the first search saw all of its own.
    if !first.outOfBudget {
      var wider = request
      wider.region = request.region.insetBy(dx: -widerMargin, dy: -widerMargin)
      wider.workLimit = left - (scratch.work - spentBefore)
      if let cells = finder.find(wider) { return cells }
    }
    // Near the boxes, a path that runs along or turns on another arrow beats a search of the
    // whole grid (which on large boards costs more than all other arrows together).
    request.strict = false
    request.weight = softWeight
    let span = request.limit.map { min($0.width, grid.width) } ?? grid.width
    request.budget = request.region.width >= span ? 4 * request.budget : Int.max
    request.workLimit = left - (scratch.work - spentBefore)
    guard request.workLimit > 0 else { return nil }
    let soft = finder.find(request)
    guard soft == nil, grid.separateHeads || request.shownHeads else { return soft }
    // The last resort: a path that ends on another arrow's line or passes through another
    // arrow's arrowhead, when there is none without.
    request.crossesHeads = true
    request.workLimit = left - (scratch.work - spentBefore)
    guard request.workLimit > 0 else { return nil }
    return finder.find(request)
  }

  /// Every pending arrow on a simple route, with its label beside it: the board is too large
  /// for a routing grid.
  private static func simplyRouted(
    _ board: Board, routes: [ArrowRoute], requests: [RouteRequest], needLabel: Set<Int>, pending: [Int],
    arrowFrom: [Int32], arrowTo: [Int32], texts: inout LabelTexts
  ) -> Result {
    var routes = routes
    for request in requests {
      var route = ArrowRoute(points: SimpleRoute.points(from: request.source, to: request.target))
      route.isSimple = true
      routes[request.arrow] = route
    }
    for i in needLabel.sorted() {
      guard let size = texts.size(i), !routes[i].points.isEmpty else {
        routes[i].labelOrigin = nil
        continue
      }
      routes[i].labelOrigin = SimpleRoute.labelOrigin(points: routes[i].points, size: size)
    }
    return Result(routes: routes, rerouted: pending.filter { arrowFrom[$0] >= 0 && arrowTo[$0] >= 0 })
  }

  /// Old routes that still hold: same arrow, both boxes unchanged, and no cell newly blocked.
  static func keptRoutes(
    _ board: Board, previous: (board: Board, routes: [ArrowRoute]), blocked: [GridRect], moved: [Int],
    boxNumber: [String: Int]
  ) -> [ArrowRoute?] {
    let movedIDs = Set(moved.map { board.boxes[$0].id })
    func unchanged(_ id: String) -> Bool { boxNumber[id] != nil && !movedIDs.contains(id) }
    // Arrows are matched by their content, in order, so that deleting one keeps the others
    // (when no arrow changed, which is most edits, arrow i is old arrow i).
    let sameArrows = previous.board.arrows == board.arrows && previous.routes.count == board.arrows.count
    var oldByArrow: [Arrow: [Int]] = [:]
    if !sameArrows {
      for (j, arrow) in previous.board.arrows.enumerated().reversed() where j < previous.routes.count {
        oldByArrow[arrow, default: []].append(j)
      }
    }
    var out: [ArrowRoute?] = Array(repeating: nil, count: board.arrows.count)
    for (i, arrow) in board.arrows.enumerated() {
      guard let j = sameArrows ? i : oldByArrow[arrow]?.popLast() else { continue }
      guard unchanged(arrow.from), unchanged(arrow.to) else { continue }
      let route = previous.routes[j]
      guard let box = route.bounds else { continue }
      let near = blocked.filter { $0.intersects(box) }
      if near.isEmpty || !route.cells.contains(where: { cell in near.contains { $0.contains(cell) } }) {
        out[i] = route
      }
    }
    return out
  }

  static func isInline(_ origin: GridPoint, width: Int, arrow: Int, grid: RouteGrid) -> Bool {
    // Written into its own line along a run, or across it (free cells either side).
    for x in origin.x..<(origin.x + width) {
      guard let i = grid.index(x: x, y: origin.y), !grid.isLabelled(x: x, y: origin.y) else { return false }
      if grid.head[i] < 0 {
        if grid.isFreeForLabel(x: x, y: origin.y) { continue }
        return false
      }
      var use = grid.head[i]
      while use >= 0 {
        if Int(grid.useArrow[Int(use)]) != arrow { return false }
        use = grid.useNext[Int(use)]
      }
    }
    return true
  }
}

/// Which way most arrows of a board point, so that the others can be told apart as feedback loops.
struct FlowDirection {
  /// 0 when the flow is horizontal, 1 when vertical.
  var axis: Int
  /// +1 when the flow goes right or down, -1 when left or up.
  var sign: Int

  /// `arrowFrom` and `arrowTo` give each arrow's box numbers (-1 for a missing box).
  init(board: Board, arrowFrom: [Int32], arrowTo: [Int32]) {
    var sumX = 0
    var sumY = 0
    for (from, to) in zip(arrowFrom, arrowTo) where from >= 0 && to >= 0 {
      let a = board.boxes[Int(from)].frame.center
      let b = board.boxes[Int(to)].frame.center
      sumX += b.x - a.x
      sumY += b.y - a.y
    }
    // Boxes are wider than tall, so a horizontal flow moves further per step: weigh it down.
    if abs(sumX) >= 2 * abs(sumY) {
      axis = 0
      sign = sumX >= 0 ? 1 : -1
    } else {
      axis = 1
      sign = sumY >= 0 ? 1 : -1
    }
  }

  private func span(_ r: GridRect) -> (Int, Int) { axis == 0 ? (r.minX, r.maxX) : (r.minY, r.maxY) }

  /// Whether an arrow goes against the flow, its target wholly behind its source.
  func isBackward(from source: GridRect, to target: GridRect) -> Bool {
    let s = span(source)
    let t = span(target)
    return sign > 0 ? t.1 < s.0 : t.0 > s.1
  }

  /// The rectangle of the boxes strictly between a feedback arrow's ends along the flow.
  func boxesBetween(_ source: GridRect, _ target: GridRect, in board: Board) -> GridRect? {
    let s = span(source)
    let t = span(target)
    let low = min(s.1, t.1) + 1
    let high = max(s.0, t.0) - 1
    guard low <= high else { return nil }
    var out: GridRect?
    for box in board.boxes {
      let b = span(box.frame)
      if b.0 >= low && b.1 <= high { out = out?.union(box.frame) ?? box.frame }
    }
    return out
  }
}
