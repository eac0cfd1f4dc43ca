// A* search for one arrow's path on the routing grid: orthogonal moves inside a bounded region,
// a penalty per bend, and costs for crossing other arrows, so that arrows stay short, straight
// and apart. The state is a cell plus the direction the path entered it by. A strict search
// first treats running along or turning on an unrelated arrow as walls (which keeps the search
// small); only when that finds nothing are they allowed at a high cost.

/// What one search needs to know about the arrow it routes.
struct RouteRequest {
  var arrow: Int
  var source: GridRect
  var target: GridRect
  /// Only cells inside this rectangle (board coordinates) are searched.
  var region: GridRect
  /// Cells outside this rectangle are never searched either, whatever the region (a kept grid
  /// larger than the part of the board an edit may touch).
  var limit: GridRect? = nil
  /// For feedback arrows: moves along `axis` (0 horizontal, 1 vertical) inside `rect` cost
  /// extra, so that the arrow goes round the diagram instead of through it.
  var against: (axis: Int, rect: GridRect)?
  /// Whether conflicts with other arrows are walls (true) or only expensive.
  var strict = true
  /// States the search may expand before it gives up (a strict search that fails in a crowded
  /// board would otherwise visit its whole region before the fallback).
  var budget = Int.max
  /// Work (states expanded plus steps along other arrows' use lists, which grow long where many
  /// arrows share cells) the search may do: what is left of the router's budget for one routing.
  var workLimit = Int.max
  /// How much the distance left weighs against the cost so far: above 1 trades optimality
  /// for far fewer states.
  var weight: Int32 = 2
  /// What crossing an unrelated arrow costs, and crossing an arrow that shares one end with this
  /// one (which the first routing lets pass for free, so that arrows of one box may meet).
  var crossing: Int32 = PathFinder.crossing
  var relatedCrossing: Int32 = 0
  /// Whether cells that labels take are walls (routing again after labels were placed).
  var avoidLabels = false
  /// Whether a frame line's cells next to its corners may be crossed (at a price): the crossing
  /// pass's last resort when the walled path crosses more arrows.
  var cornerLines = false
  /// Whether arrows that share one end with this one count as unrelated: the path keeps off
  /// their lines instead of joining them (an arrow whose label found no room beside a shared run).
  var apart = false
  /// On a grid that keeps heads apart (`RouteGrid.separateHeads`): whether a strict search may
  /// end where an arrow into the same box ends; without, that cell is a wall to it.
  var sharesHeads = false
  /// Whether a path may end on another arrow's line or pass through another arrow's arrowhead
  /// (its last cell): on a grid that keeps heads apart (`RouteGrid.separateHeads`, the drawing
  /// shown), without, those cells are walls even to a soft search, since the head would be drawn
  /// on the passing line and read as that arrow entering the box. Only the last resort
  /// (`Router.search`, when no search finds a path without) may.
  var crossesHeads = false
  /// Whether this search treats arrowheads as a grid that keeps heads apart does
  /// (`RouteGrid.separateHeads`, `sharesHeads`, `crossesHeads`) on a grid that does not: the
  /// re-routing after an edit, so that an arrow it routes seldom asks for the corner pass (a
  /// routing of the whole board) for its head.
  var shownHeads = false
}

struct PathFinder {
  static let step: Int32 = 2
  static let bend: Int32 = 12
  static let crossing: Int32 = 10
  /// Running along, or turning on, an unrelated arrow (soft search only).
  static let conflict: Int32 = 120
  /// Touching another arrow's end cells (soft search only); its arrowhead cell is a wall unless
  /// the search `crossesHeads`.
  static let endConflict: Int32 = 400
  static let frameCost: Int32 = 6
  static let nearBoxCost: Int32 = 1
  /// Beside a group frame's line: a path that crosses the line pays it twice, one that runs
  /// along the line pays it at every cell.
  static let nearFrameCost: Int32 = 2
  static let againstCost: Int32 = 3
  /// Next to a frame's corner outside it: more than three bends, so a path moves its run or its
  /// bend a cell over rather than touch the corner, but less than running along another arrow.
  static let nearCornerCost: Int32 = 40
  /// Crossing a frame line beside its corner, when the search may (on top of `frameCost`).
  static let cornerLineCost: Int32 = 40
  /// Ending in the cell where an arrow into the same box already ends, in a routing of the
  /// drawing shown (`RouteGrid.separateHeads`): both would be drawn with one arrowhead, and a reader sees one
  /// arrow arriving. A wall to a strict search unless it `sharesHeads` (its weighted estimate
  /// would take the first such end it meets over a free port a cell over); else dearer than the
  /// two bends and the steps of moving to the next port, cheaper than running along an unrelated
  /// arrow. Elsewhere free, as running along a related arrow is.
  static let sharedHeadCost: Int32 = 36

  let grid: RouteGrid
  /// Box number of each arrow's source and target (index-aligned with the board's arrows).
  let arrowFrom: [Int32]
  let arrowTo: [Int32]
  let scratch: SearchScratch

  /// The cells of the cheapest path, or nil when the region holds none or the budget ran out.
  func find(_ request: RouteRequest) -> [GridPoint]? { search(request).path }

  /// The cheapest path, and whether the search stopped because it ran out of budget (rather
  /// than because the region holds no path).
  func search(_ request: RouteRequest) -> (path: [GridPoint]?, outOfBudget: Bool) {
    // The searched rectangle, in grid cells; states are numbered inside it.
    var x0 = max(0, request.region.minX - grid.origin.x)
    var y0 = max(0, request.region.minY - grid.origin.y)
    var x1 = min(grid.width - 1, request.region.maxX - grid.origin.x)
    var y1 = min(grid.height - 1, request.region.maxY - grid.origin.y)
    if let limit = request.limit {
      x0 = max(x0, limit.minX - grid.origin.x)
      y0 = max(y0, limit.minY - grid.origin.y)
      x1 = min(x1, limit.maxX - grid.origin.x)
      y1 = min(y1, limit.maxY - grid.origin.y)
    }
    guard x0 <= x1, y0 <= y1 else { return (nil, false) }
    let rw = x1 - x0 + 1
    let width = grid.width
    let strict = request.strict
    // Memory for the states refused: no path, as when the budget runs out.
    guard let gen = scratch.begin(states: rw * (y1 - y0 + 1) * 4) else { return (nil, true) }
    let seenMark = gen << SearchScratch.generationShift
    let closedMark = seenMark | SearchScratch.closedBit
    let states = scratch.states
    var queue = scratch.takeQueue()
    defer { scratch.give(back: queue) }
    queue.removeAll()

    let me = request.arrow
    let myFrom = arrowFrom[me]
    let myTo = arrowTo[me]
    let apart = request.apart
    @inline(__always) func related(_ other: Int) -> Bool {
      !apart && (arrowFrom[other] == myFrom) != (arrowTo[other] == myTo)
    }
    let ox = grid.origin.x
    let oy = grid.origin.y

    // Arriving: a port cell of the target entered towards the box; the cost is the distance
    // from the middle of the side (arrows prefer to attach in the middle).
    let target = request.target
    let hasPorts = target.width >= 3 && target.height >= 3
    let midX = target.minX + target.width / 2
    let midY = target.minY + target.height / 2
    @inline(__always) func arrival(_ x: Int, _ y: Int, _ d: Int) -> Int32? {
      guard hasPorts else { return nil }
      switch d {
      case 0, 2:
        guard x == (d == 0 ? target.minX - 1 : target.maxX + 1), y > target.minY, y < target.maxY else { return nil }
        return Int32(abs(y - midY))
      default:
        guard y == (d == 1 ? target.minY - 1 : target.maxY + 1), x > target.minX, x < target.maxX else { return nil }
        return Int32(abs(x - midX) / 2)
      }
    }

    let heuristic = Estimate(ring: target.insetBy(dx: -1, dy: -1), weight: request.weight)

    for (cell, outward, offset) in PathFinder.ports(of: request.source) {
      let gx = cell.x - ox
      let gy = cell.y - oy
      guard gx >= x0, gx <= x1, gy >= y0, gy <= y1 else { continue }
      let i = gy * width + gx
      guard !grid.isBlocked(i), !(request.avoidLabels && grid.labels[i] > 0) else { continue }
      var cost = Int32(offset)
      var blocked = false
      var headWall = false
      var use = grid.head[i]
      while use >= 0 {
        let other = Int(grid.useArrow[Int(use)])
        let shares = grid.useKind[Int(use)] == .start && related(other) && arrowFrom[other] == myFrom
        if !shares {
          cost += PathFinder.endConflict
          blocked = true
          // Starting on another arrow's arrowhead.
          if grid.useKind[Int(use)] == .end && (grid.separateHeads || request.shownHeads) && !request.crossesHeads {
            headWall = true
          }
        }
        use = grid.useNext[Int(use)]
      }
      if (blocked && strict) || headWall { continue }
      let s = ((gy - y0) * rw + (gx - x0)) * 4 + outward
      if states[s].stamp & ~0x1F != seenMark || cost < states[s].g {
        let arrives = arrival(cell.x, cell.y, outward) != nil ? SearchScratch.arrivalBit : 0
        states[s] = SearchState(stamp: seenMark | SearchScratch.startBit | arrives, g: cost)
        queue.push(Int(cost + heuristic.cost(cell.x, cell.y, outward)), UInt32(s))
      }
    }

    // Feedback arrows pay for moves along the flow between the boxes they skip.
    let againstAxis = request.against?.axis ?? -1
    let againstRect = request.against?.rect ?? GridRect(x: 0, y: 0, width: 0, height: 0)
    let crossingCost = request.crossing
    let relatedCrossingCost = request.relatedCrossing
    let avoidLabels = request.avoidLabels
    let separateHeads = grid.separateHeads || request.shownHeads
    let sharesHeads = request.sharesHeads
    // Only the drawing shown and the re-routing after an edit keep arrowheads off other lines:
    // walling them in the layout's candidates changed the layouts chosen for the references
    // (more crossings, youtube-video-search past 200 × 60).
    let crossesHeads = request.crossesHeads || !separateHeads
    // Only a walled grid has corner-line cells: without walls the check is skipped (the loop
    // below is the routing's hot path).
    let wallsCornerLines = grid.cornerWalls && !request.cornerLines
    // The grid's tables as locals: the loop below reads them for every neighbour.
    let cellKind = grid.kind
    let useHead = grid.head
    let useArrow = grid.useArrow
    let useKind = grid.useKind
    let useNext = grid.useNext
    // No search expands more states than its budget allows or its region holds.
    let recording = scratch.recordExpanded
    if recording { scratch.reserveExpanded(min(request.budget, rw * (y1 - y0 + 1) * 4)) }
    let expandedCells = scratch.expanded
    var recorded = scratch.expandedCount
    var expanded = 0
    var steps = 0
    defer {
      scratch.work += expanded + steps
      if recording { scratch.expandedCount = recorded }
    }
    while let top = queue.pop() {
      let s = Int(top)
      let here = states[s]
      if here.stamp & ~0x1B == closedMark { continue }
      states[s].stamp = here.stamp | SearchScratch.closedBit
      expanded &+= 1
      if expanded > request.budget || expanded + steps > request.workLimit { return (nil, true) }
      // Indices stay far below the range of Int32 (the grid has at most maxGridCells cells):
      // wrapping arithmetic spares the overflow checks in the loop the search spends its time in.
      let d = s & 3
      let ly = (s >> 2) / rw
      let lx = (s >> 2) &- ly &* rw
      let cx = lx &+ x0
      let cy = ly &+ y0
      let i = cy &* width &+ cx
      if recording {
        expandedCells[recorded] = Int32(truncatingIfNeeded: i)
        recorded &+= 1
      }
      // Whether the state arrives was worked out when it was entered.
      if here.stamp & SearchScratch.arrivalBit != 0 {
        return (path(to: s, states: states, rw: rw, x0: x0, y0: y0), false)
      }
      let isStart = here.stamp & SearchScratch.startBit != 0
      let gHere = here.g
      var turnCost: Int32 = -1
      for d2 in 0..<4 {
        if d2 == (d + 2) & 3 || (isStart && d2 != d) { continue }
        let nx = cx &+ (d2 == 0 ? 1 : (d2 == 2 ? -1 : 0))
        let ny = cy &+ (d2 == 1 ? 1 : (d2 == 3 ? -1 : 0))
        guard nx >= x0, ny >= y0, nx <= x1, ny <= y1 else { continue }
        let n = ny &* width &+ nx
        let kind = cellKind[n]
        // Boxes and titles (and corners) are the last kinds: one comparison walls them.
        if kind.rawValue >= CellKind.box.rawValue || (wallsCornerLines && kind == .cornerLine)
          || (avoidLabels && grid.labels[n] > 0)
        {
          continue
        }
        var cost = PathFinder.step
        if d2 != d {
          if turnCost < 0 { turnCost = bendCost(at: i, related: related, steps: &steps) }
          if strict && turnCost > 0 { continue }
          cost += PathFinder.bend + turnCost
        }
        // A state already expanded is never entered again: only the steps along the cell's
        // uses are counted, as they were when the cost was worked out first.
        let ns = ((ny &- y0) &* rw &+ (nx &- x0)) << 2 | d2
        let old = states[ns]
        if old.stamp & ~0x1B == closedMark {
          var use = useHead[n]
          while use >= 0 {
            steps &+= 1
            use = useNext[Int(use)]
          }
          continue
        }
        let arrivingCost = arrival(nx &+ ox, ny &+ oy, d2)
        let arriving = arrivingCost != nil
        switch kind {
        case .frame: cost += PathFinder.frameCost
        case .nearBox: if !arriving { cost += PathFinder.nearBoxCost }
        case .nearFrame: if !arriving { cost += PathFinder.nearFrameCost }
        case .nearCorner: cost += PathFinder.nearCornerCost
        case .cornerLine: cost += PathFinder.frameCost + PathFinder.cornerLineCost
        default: break
        }
        if let arrivingCost { cost += arrivingCost }
        if (d2 & 1) == againstAxis && againstRect.contains(GridPoint(x: nx + ox, y: ny + oy)) {
          cost += PathFinder.againstCost
        }
        var wall = false
        // An arrowhead on another arrow's line, or a line through another arrow's arrowhead:
        // the head reads as the passing arrow's. A wall to every search but the last resort.
        var headWall = false
        var use = useHead[n]
        while use >= 0 {
          steps &+= 1
          let other = Int(useArrow[Int(use)])
          if other != me {
            let isRelated = related(other)
            let sharedHead = isRelated && arrowTo[other] == myTo && arriving && useKind[Int(use)] == .end
            if !sharedHead && !crossesHeads && (arriving || useKind[Int(use)] == .end) { headWall = true }
            var extra: Int32 = 0
            switch useKind[Int(use)] {
            case .start:
              extra = PathFinder.endConflict
            case .end:
              if sharedHead {
                // One arrowhead for two arrows: in the drawing shown, a strict search ends
                // elsewhere or fails. (The layout's candidates share heads freely: walling them
                // there changed the layout chosen for people-you-may-know to one more crossing.)
                if separateHeads {
                  extra = PathFinder.sharedHeadCost
                  if !sharesHeads { wall = true }
                }
              } else {
                extra = PathFinder.endConflict
              }
            case .bend:
              if !isRelated { extra = PathFinder.conflict }
            case .horizontal:
              if !isRelated {
                extra = (d2 & 1) == 0 ? PathFinder.conflict : crossingCost
              } else if (d2 & 1) == 1 {
                extra = relatedCrossingCost
              }
            case .vertical:
              if !isRelated {
                extra = (d2 & 1) == 1 ? PathFinder.conflict : crossingCost
              } else if (d2 & 1) == 0 {
                extra = relatedCrossingCost
              }
            }
            if extra >= PathFinder.conflict { wall = true }
            cost += extra
          }
          use = useNext[Int(use)]
        }
        if (wall && strict) || headWall { continue }
        let ng = gHere + cost
        if old.stamp & ~0x1F != seenMark || (old.stamp & SearchScratch.closedBit == 0 && ng < old.g) {
          states[ns] = SearchState(stamp: seenMark | UInt32(d) | (arriving ? SearchScratch.arrivalBit : 0), g: ng)
          // Estimate.cost, written out: the compiler does not inline it into this loop.
          let ex = nx &+ ox
          let ey = ny &+ oy
          let needX = ex < heuristic.minX ? 1 : (ex > heuristic.maxX ? -1 : 0)
          let needY = ey < heuristic.minY ? 1 : (ey > heuristic.maxY ? -1 : 0)
          let dist =
            max(0, heuristic.minX &- ex, ex &- heuristic.maxX) &+ max(0, heuristic.minY &- ey, ey &- heuristic.maxY)
          let hx = d2 == 0 ? 1 : (d2 == 2 ? -1 : 0)
          let hy = d2 == 1 ? 1 : (d2 == 3 ? -1 : 0)
          var bends: Int32 = 0
          if needX != 0 && needY != 0 {
            bends = hx == needX || hy == needY ? 1 : 2
          } else if needX != 0 {
            bends = hx == needX ? 0 : (hx == 0 ? 1 : 2)
          } else if needY != 0 {
            bends = hy == needY ? 0 : (hy == 0 ? 1 : 2)
          }
          let h = (PathFinder.step &* Int32(truncatingIfNeeded: dist) &+ PathFinder.bend &* bends) &* heuristic.weight
          queue.push(Int(ng &+ h), UInt32(truncatingIfNeeded: ns))
        }
      }
    }
    return (nil, false)
  }

  /// The cells from a start state to state `s`, following the direction each state was reached from.
  private func path(to s: Int, states: UnsafeMutablePointer<SearchState>, rw: Int, x0: Int, y0: Int) -> [GridPoint] {
    var cells: [GridPoint] = []
    var state = s
    while true {
      let d = state & 3
      let x = (state >> 2) % rw
      let y = (state >> 2) / rw
      cells.append(GridPoint(x: x + x0 + grid.origin.x, y: y + y0 + grid.origin.y))
      let mark = states[state].stamp
      if mark & SearchScratch.startBit != 0 { break }
      let from = Int(mark & 3)
      state = ((y - GridDirection.dy[d]) * rw + (x - GridDirection.dx[d])) * 4 + from
    }
    return cells.reversed()
  }

  /// Extra cost of turning on a cell: frame lines and unrelated arrows must stay readable.
  @inline(__always)
  private func bendCost(at i: Int, related: (Int) -> Bool, steps: inout Int) -> Int32 {
    if grid.kind[i] == .frame || (grid.cornerWalls && grid.kind[i] == .cornerLine) { return PathFinder.conflict }
    var use = grid.head[i]
    while use >= 0 {
      steps += 1
      let other = Int(grid.useArrow[Int(use)])
      if !related(other) && grid.useKind[Int(use)] != .start { return PathFinder.conflict }
      use = grid.useNext[Int(use)]
    }
    return 0
  }

  /// The cells just outside a box's sides (corners left out), with the outward direction and
  /// the distance from the middle of the side (arrows prefer to attach in the middle).
  static func ports(of frame: GridRect) -> [(GridPoint, Int, Int)] {
    var out: [(GridPoint, Int, Int)] = []
    guard frame.width >= 3, frame.height >= 3 else { return out }
    let midY = frame.minY + frame.height / 2
    let midX = frame.minX + frame.width / 2
    for y in (frame.minY + 1)..<frame.maxY {
      out.append((GridPoint(x: frame.maxX + 1, y: y), 0, abs(y - midY)))
      out.append((GridPoint(x: frame.minX - 1, y: y), 2, abs(y - midY)))
    }
    for x in (frame.minX + 1)..<frame.maxX {
      out.append((GridPoint(x: x, y: frame.maxY + 1), 1, abs(x - midX) / 2))
      out.append((GridPoint(x: x, y: frame.minY - 1), 3, abs(x - midX) / 2))
    }
    return out
  }
}

/// The search's estimate of the cost left: the distance to the ring of cells around the target,
/// plus the bends that are certain from the direction a state heads in, times the weight.
private struct Estimate {
  let minX: Int
  let maxX: Int
  let minY: Int
  let maxY: Int
  let weight: Int32

  init(ring: GridRect, weight: Int32) {
    minX = ring.minX
    maxX = ring.maxX
    minY = ring.minY
    maxY = ring.maxY
    self.weight = weight
  }

  @inline(__always)
  func cost(_ x: Int, _ y: Int, _ d: Int) -> Int32 {
    // Grid coordinates are far from overflowing: wrapping arithmetic spares the checks.
    let needX = x < minX ? 1 : (x > maxX ? -1 : 0)
    let needY = y < minY ? 1 : (y > maxY ? -1 : 0)
    let dist = max(0, minX &- x, x &- maxX) &+ max(0, minY &- y, y &- maxY)
    let hx = d == 0 ? 1 : (d == 2 ? -1 : 0)
    let hy = d == 1 ? 1 : (d == 3 ? -1 : 0)
    var bends: Int32 = 0
    if needX != 0 && needY != 0 {
      bends = hx == needX || hy == needY ? 1 : 2
    } else if needX != 0 {
      bends = hx == needX ? 0 : (hx == 0 ? 1 : 2)
    } else if needY != 0 {
      bends = hy == needY ? 0 : (hy == 0 ? 1 : 2)
    }
    return (PathFinder.step &* Int32(truncatingIfNeeded: dist) &+ PathFinder.bend &* bends) &* weight
  }
}
