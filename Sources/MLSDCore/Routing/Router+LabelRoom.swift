// Room for a label that found no place beside its own line: other arrows' lines that take the
// best place beside it are routed again round that place, so the label is drawn there instead
// of being lost or written over a group frame's line.

extension Router {
  /// Arrows one label may move out of its way.
  static let labelRoomMovers = 3
  /// Places tried for one label.
  static let labelRoomTries = 4
  /// Crossings an arrow routed apart from those sharing its boxes may add to keep its label:
  /// a lost label is worse than one more crossing.
  static let apartCrossings = 1

  /// A place for the label of an arrow: its row and first column, and the arrows whose lines
  /// run through it.
  private struct Spot {
    var x: Int
    var y: Int
    var movers: [Int]
    /// Segments of the path by length (0 the longest), then the distance from its middle.
    var rank: (Int, Int)
  }

  /// Gives a place to the label of each arrow of `arrows` that has none (or one over a group
  /// frame's line) by routing the arrows that take a place beside its line again round it.
  /// A try is kept only when every moved arrow finds a strict path (no running along others),
  /// its label finds a place no worse than before, and no crossing is added; otherwise the
  /// drawing stays as it was. `within` is what the drawing covers: places outside it are not used.
  static func makeLabelRoom(
    _ arrows: [Int], labelSizes: [LabelSize?], requests: [RouteRequest], routes: inout [ArrowRoute],
    grid: inout RouteGrid,
    arrowFrom: [Int32], arrowTo: [Int32], scratch: SearchScratch, within: GridRect?, budget: Int
  ) {
    let start = scratch.work
    var requestOf: [Int: RouteRequest] = [:]
    for request in requests { requestOf[request.arrow] = request }
    for i in arrows {
      guard let size = labelSizes[i], !routes[i].points.isEmpty else { continue }
      if let origin = routes[i].labelOrigin, !onFrame(origin, size: size, grid: grid) { continue }
      let spots = Router.spots(size: size, arrow: i, route: routes[i], grid: grid, within: within) {
        requestOf[$0] != nil && !routes[$0].isSimple
      }
      var placed = false
      for spot in spots.prefix(labelRoomTries) {
        guard budget - (scratch.work - start) > 0 else { return }
        if clear(
          spot, size: size, arrow: i, labelSizes: labelSizes, requestOf: requestOf, routes: &routes, grid: &grid,
          arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch, within: within)
        {
          placed = true
          break
        }
      }
      if !placed {
        placed = displace(size: size, arrow: i, labelSizes: labelSizes, routes: &routes, grid: &grid, within: within)
      }
      if !placed, let request = requestOf[i], !routes[i].isSimple, budget - (scratch.work - start) > 0 {
        _ = apart(
          request, size: size, routes: &routes, grid: &grid, arrowFrom: arrowFrom, arrowTo: arrowTo,
          scratch: scratch, within: within)
      }
    }
  }

  /// Routes the arrow of `request` again off the lines of the arrows that share one of its
  /// boxes (whose labels may take both sides of a run they share) and places its label beside
  /// the new path; true when that was kept: the label found a place off frame lines and inside
  /// the drawing, and the arrow crosses at most `apartCrossings` more arrows than before.
  private static func apart(
    _ request: RouteRequest, size: LabelSize, routes: inout [ArrowRoute], grid: inout RouteGrid, arrowFrom: [Int32],
    arrowTo: [Int32], scratch: SearchScratch, within: GridRect?
  ) -> Bool {
    let i = request.arrow
    let savedGrid = grid
    let savedRoute = routes[i]
    let before = crossings(of: routes[i].cells, arrow: i, grid: grid)
    grid.release(routes[i].cells, arrow: i)
    if let origin = routes[i].labelOrigin { grid.unmarkLabel(at: origin, size: size) }
    var alone = request
    alone.crossing = reroutingCrossing
    alone.relatedCrossing = reroutingCrossing / 2
    alone.limit = within
    alone.avoidLabels = true
    alone.apart = true
    let found = strictSearch(alone, grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch)
    if let cells = found, crossings(of: cells, arrow: i, grid: grid) <= before + apartCrossings {
      routes[i] = ArrowRoute(points: ArrowRoute.corners(of: cells))
      grid.occupy(routes[i].cells, arrow: i)
      if let origin = LabelPlacer.place(size: size, cells: routes[i].cells, arrow: i, grid: &grid, within: within),
        !onFrame(origin, size: size, grid: grid),
        within.map({ contains($0, size.rect(at: origin)) }) ?? true
      {
        routes[i].labelOrigin = origin
        return true
      }
    }
    grid = savedGrid
    routes[i] = savedRoute
    return false
  }

  /// Whether a label of `size` at `origin` covers a group frame's line.
  static func onFrame(_ origin: GridPoint, size: LabelSize, grid: RouteGrid) -> Bool {
    for y in origin.y..<(origin.y + size.height) {
      for x in origin.x..<(origin.x + size.width) {
        if let cell = grid.index(x: x, y: y), grid.kind[cell] == .frame { return true }
      }
    }
    return false
  }

  /// Places beside the runs of `route` where the label would fit if the lines of one to
  /// `labelRoomMovers` other arrows (each `movable`) were not there; fewest movers first.
  private static func spots(
    size: LabelSize, arrow: Int, route: ArrowRoute, grid: RouteGrid, within: GridRect?, movable: (Int) -> Bool
  ) -> [Spot] {
    var out: [Spot] = []
    search: for place in places(size: size, route: route, within: within) {
      let (x, y) = (place.x, place.y)
      var movers: [Int] = []
      for row in y..<(y + size.height) {
        if grid.isLabelled(x: x - 1, y: row) || grid.isLabelled(x: x + size.width, y: row) { continue search }
        for column in x..<(x + size.width) {
          guard let i = grid.index(x: column, y: row), !grid.isLabelled(x: column, y: row), grid.isOpen(i) else {
            continue search
          }
          var use = grid.head[i]
          while use >= 0 {
            let other = Int(grid.useArrow[Int(use)])
            guard other != arrow, movable(other) else { continue search }
            if !movers.contains(other) {
              movers.append(other)
              if movers.count > labelRoomMovers { continue search }
            }
            use = grid.useNext[Int(use)]
          }
        }
      }
      if !movers.isEmpty { out.append(Spot(x: x, y: y, movers: movers, rank: place.rank)) }
    }
    out.sort {
      $0.movers.count != $1.movers.count
        ? $0.movers.count < $1.movers.count
        : ($0.rank != $1.rank ? $0.rank < $1.rank : ($0.y, $0.x) < ($1.y, $1.x))
    }
    return out
  }

  /// The origins of a label of `size` beside the runs of `route` that lie inside `within`: above
  /// and below each horizontal run, either side of each vertical one. The rank is the run's
  /// place by length (0 the longest), then the distance from its middle.
  static func places(size: LabelSize, route: ArrowRoute, within: GridRect?) -> [(x: Int, y: Int, rank: (Int, Int))] {
    let width = size.width
    let height = size.height
    let corners = route.points
    guard corners.count >= 2 else { return [] }
    var segments: [(GridPoint, GridPoint)] = []
    for k in 0..<(corners.count - 1) { segments.append((corners[k], corners[k + 1])) }
    let order = segments.indices.sorted {
      let la = abs(segments[$0].0.x - segments[$0].1.x) + abs(segments[$0].0.y - segments[$0].1.y)
      let lb = abs(segments[$1].0.x - segments[$1].1.x) + abs(segments[$1].0.y - segments[$1].1.y)
      return la != lb ? la > lb : $0 < $1
    }
    var out: [(x: Int, y: Int, rank: (Int, Int))] = []
    func consider(x: Int, y: Int, rank: (Int, Int)) {
      if let within, y < within.minY || y + height - 1 > within.maxY || x < within.minX || x + width - 1 > within.maxX {
        return
      }
      out.append((x, y, rank))
    }
    for (n, s) in order.enumerated() {
      let (a, b) = segments[s]
      if a.y == b.y {
        let x0 = min(a.x, b.x)
        let x1 = max(a.x, b.x)
        let ideal = (x0 + x1 + 1) / 2 - width / 2
        for x in min(ideal, x0 - width / 2)...max(ideal, x1 - width / 2) {
          for y in [a.y - height, a.y + 1] { consider(x: x, y: y, rank: (n, abs(x - ideal))) }
        }
      } else {
        let y0 = min(a.y, b.y)
        let y1 = max(a.y, b.y)
        let mid = (y0 + y1) / 2 - (height - 1) / 2
        for y in min(y0, mid)...max(mid, y1 - height + 1) {
          for x in [a.x + 2, a.x - 1 - width] { consider(x: x, y: y, rank: (n, abs(y - mid))) }
        }
      }
    }
    return out
  }

  /// Routes the movers of `spot` again with the label's place (and a cell either side) walled
  /// off; true when that was kept.
  private static func clear(
    _ spot: Spot, size: LabelSize, arrow: Int, labelSizes allSizes: [LabelSize?], requestOf: [Int: RouteRequest],
    routes: inout [ArrowRoute],
    grid: inout RouteGrid, arrowFrom: [Int32], arrowTo: [Int32], scratch: SearchScratch, within: GridRect?
  ) -> Bool {
    let savedGrid = grid
    let savedRoutes = routes
    var before = 0
    for m in spot.movers { before += crossings(of: routes[m].cells, arrow: m, grid: grid) }
    let labelSizes = spot.movers.map { allSizes[$0] }
    for (k, m) in spot.movers.enumerated() {
      grid.release(routes[m].cells, arrow: m)
      if let origin = routes[m].labelOrigin, let w = labelSizes[k] { grid.unmarkLabel(at: origin, size: w) }
    }
    let origin = GridPoint(x: spot.x, y: spot.y)
    if let old = routes[arrow].labelOrigin { grid.unmarkLabel(at: old, size: size) }
    let walls = (spot.y..<(spot.y + size.height)).map { grid.block(row: $0, from: spot.x - 1, to: spot.x + size.width) }
    var ok = true
    for m in spot.movers {
      guard var request = requestOf[m] else {
        ok = false
        break
      }
      request.crossing = reroutingCrossing
      request.relatedCrossing = reroutingCrossing / 2
      request.limit = within
      request.avoidLabels = true
      guard let cells = strictSearch(request, grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch)
      else {
        ok = false
        break
      }
      routes[m] = ArrowRoute(points: ArrowRoute.corners(of: cells))
      grid.occupy(routes[m].cells, arrow: m)
    }
    for wall in walls.reversed() { grid.unblock(wall) }
    if ok {
      grid.markLabel(at: origin, size: size)
      for (k, m) in spot.movers.enumerated() {
        guard let w = labelSizes[k] else { continue }
        let old = savedRoutes[m].labelOrigin
        let moved = LabelPlacer.place(size: w, cells: routes[m].cells, arrow: m, grid: &grid, within: within)
        routes[m].labelOrigin = moved
        // A moved arrow's label must keep a place, and off a frame's line when it was.
        guard let old else { continue }
        guard let moved, onFrame(old, size: w, grid: grid) || !onFrame(moved, size: w, grid: grid),
          within.map({ contains($0, w.rect(at: moved)) }) ?? true
        else {
          ok = false
          break
        }
      }
    }
    if ok {
      var after = 0
      for m in spot.movers { after += crossings(of: routes[m].cells, arrow: m, grid: grid) }
      ok = after <= before
    }
    if ok {
      routes[arrow].labelOrigin = origin
      return true
    }
    grid = savedGrid
    routes = savedRoutes
    return false
  }

  /// A strict search (no running along or turning on other arrows) in the request's region,
  /// then in a wider one.
  private static func strictSearch(
    _ request: RouteRequest, grid: RouteGrid, arrowFrom: [Int32], arrowTo: [Int32], scratch: SearchScratch
  ) -> [GridPoint]? {
    let finder = PathFinder(grid: grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch)
    var request = strict(request)
    if let cells = finder.find(request) { return cells }
    request.region = request.region.insetBy(dx: -widerMargin, dy: -widerMargin)
    return finder.find(request)
  }
}
