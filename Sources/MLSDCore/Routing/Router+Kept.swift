// Re-routing after an edit on the kept grid (KeptGrid): the same choices as Router.route with a
// previous drawing (which arrows keep their path, the order and regions of the searches), but
// the grid is brought up to date instead of being built again around the change.

extension Router {
  /// Routes `next`, the board after an edit of `state.board`, and brings `state` to it; nil
  /// (with `state` no longer usable) when the edit is not one the kept grid follows or a search
  /// needs more room than the neighbourhood of the change.
  static func reroute(_ next: Board, kept state: inout KeptGrid.State) -> Result? {
    let previous = state.board
    let old = state.routes
    let frames = GroupFrame.frames(of: next)
    guard KeptGrid.sameShape(state, next, frames: frames), next.arrows.count >= previous.arrows.count else {
      return nil
    }
    // The same boxes in the same order: the box numbers hold, and only changed or new arrows
    // need their ends looked up.
    let sameArrows = KeptGrid.sameStorage(next.arrows, previous.arrows)
    if !sameArrows {
      for i in next.arrows.indices where i >= previous.arrows.count || next.arrows[i] != previous.arrows[i] {
        state.setEnds(of: i, in: next)
      }
    }
    let arrowFrom = state.arrowFrom
    let arrowTo = state.arrowTo

    // Boxes that moved or changed size: their old and new cells are stamped again.
    // The boxes line up by position (sameShape), so frames are compared in place.
    var moved: [Int] = []
    for i in next.boxes.indices where next.boxes[i].frame != previous.boxes[i].frame { moved.append(i) }
    var isMoved = [Bool](repeating: false, count: next.boxes.count)
    for m in moved {
      isMoved[m] = true
      let area = previous.boxes[m].frame.union(next.boxes[m].frame).insetBy(dx: -1, dy: -1)
      state.grid.restamp(area, board: next, frames: frames)
    }
    let blocked = moved.map { next.boxes[$0].frame }

    var texts = LabelTexts(next.arrows, previous: (previous.arrows, old))
    var sizes = state.labelSizes
    for i in next.arrows.indices
    where i >= previous.arrows.count || (!sameArrows && next.arrows[i] != previous.arrows[i]) {
      let size = texts.size(i) ?? .zero
      if i < sizes.count { sizes[i] = size } else { sizes.append(size) }
    }

    // An arrow keeps its path when it is the same arrow between unchanged boxes and no moved
    // box now stands on the path (as Router.keptRoutes decides).
    var routes = Array(repeating: ArrowRoute(points: []), count: next.arrows.count)
    var pending: [Int] = []
    var keptLabels: [Int] = []
    for i in next.arrows.indices {
      var keep = false
      if i < previous.arrows.count, sameArrows || next.arrows[i] == previous.arrows[i], arrowFrom[i] >= 0,
        arrowTo[i] >= 0, !isMoved[Int(arrowFrom[i])], !isMoved[Int(arrowTo[i])], let box = old[i].bounds
      {
        let near = blocked.filter { $0.intersects(box) }
        keep = near.isEmpty || !old[i].cells.contains { cell in near.contains { $0.contains(cell) } }
      }
      if keep {
        routes[i] = old[i]
        keptLabels.append(i)
      } else {
        pending.append(i)
      }
    }
    for i in pending where i < old.count {
      state.grid.release(old[i].cells, arrow: i)
      if let origin = old[i].labelOrigin, !state.labelSizes[i].isEmpty {
        state.grid.unmarkLabel(at: origin, size: state.labelSizes[i])
      }
    }

    var (requests, cover) = Router.requests(for: pending, board: next, arrowFrom: arrowFrom, arrowTo: arrowTo)
    // Kept labels that a moved box now covers need a new place, near their own arrow.
    var needLabel = Set(pending)
    for i in keptLabels {
      guard let origin = routes[i].labelOrigin else {
        if !sizes[i].isEmpty { needLabel.insert(i) }
        continue
      }
      let rect = sizes[i].rect(at: origin)
      guard !sizes[i].isEmpty, blocked.contains(where: { $0.intersects(rect) }) else { continue }
      needLabel.insert(i)
      state.grid.unmarkLabel(at: origin, size: sizes[i])
      routes[i].labelOrigin = nil
    }
    for i in needLabel {
      guard let bounds = routes[i].bounds else { continue }
      let rect = bounds.insetBy(dx: -LabelPlacer.maxWidth - 2, dy: -LabelPlacer.maxLines - 1)
      cover = cover?.union(rect) ?? rect
    }
    guard let cover else {
      label(&routes, texts: &texts)
      state.board = next
      state.routes = routes
      state.labelSizes = sizes
      return Result(routes: routes, rerouted: [])
    }
    // Searches stay inside the neighbourhood the grid of the change alone would have covered.
    let extent = state.grid.rect
    let limit = GridRect(
      x: max(extent.minX, cover.minX), y: max(extent.minY, cover.minY),
      width: max(1, min(extent.maxX, cover.maxX) - max(extent.minX, cover.minX) + 1),
      height: max(1, min(extent.maxY, cover.maxY) - max(extent.minY, cover.minY) + 1))
    let scratch = ScratchPool.shared.take()
    defer { ScratchPool.shared.give(back: scratch) }
    var newPaths: [GridRect] = []
    for var request in requests {
      request.limit = limit
      request.shownHeads = true
      guard let cells = search(request, grid: state.grid, arrowFrom: arrowFrom, arrowTo: arrowTo, scratch: scratch)
      else { return nil }
      let route = ArrowRoute(points: ArrowRoute.corners(of: cells))
      routes[request.arrow] = route
      state.grid.occupy(cells, arrow: request.arrow)
      if let bounds = route.bounds { newPaths.append(bounds) }
    }

    // A kept label stays unless a new path now runs where it is written.
    for i in keptLabels where !needLabel.contains(i) {
      guard let origin = routes[i].labelOrigin, !sizes[i].isEmpty else { continue }
      let rect = sizes[i].rect(at: origin)
      guard newPaths.contains(where: { $0.intersects(rect) }) else { continue }
      state.grid.unmarkLabel(at: origin, size: sizes[i])
      if LabelPlacer.fits(x: origin.x, y: origin.y, size: sizes[i], grid: state.grid)
        || (sizes[i].height == 1 && isInline(origin, width: sizes[i].width, arrow: i, grid: state.grid))
      {
        state.grid.markLabel(at: origin, size: sizes[i])
      } else {
        needLabel.insert(i)
        routes[i].labelOrigin = nil
      }
    }
    for i in needLabel.sorted() {
      guard !sizes[i].isEmpty, !routes[i].points.isEmpty else {
        routes[i].labelOrigin = nil
        continue
      }
      routes[i].labelOrigin = LabelPlacer.place(size: sizes[i], cells: routes[i].cells, arrow: i, grid: &state.grid)
    }
    label(&routes, texts: &texts)
    state.board = next
    state.routes = routes
    state.labelSizes = sizes
    return Result(routes: routes, rerouted: pending.filter { arrowFrom[$0] >= 0 && arrowTo[$0] >= 0 })
  }
}
