// A board with its arrows routed, kept between edits so that only what changed is re-routed;
// it paints itself into a Canvas for the screen and the text exports alike.

/// A board with its arrows routed; kept between edits so that only what changed is re-routed.
public struct Diagram: Sendable {
  public private(set) var board: Board
  /// Index-aligned with board.arrows.
  public private(set) var routes: [ArrowRoute]
  /// The labels the router found no place for beside their lines, drawn all the same (away from
  /// the line, cut to the room there is, or over it) or, with no room at all, only noted; by
  /// arrow; empty on most boards.
  public private(set) var looseLabels: [Int: LooseLabel] = [:]
  /// The arrows the last `init` or `update(to:)` routed afresh, in increasing order.
  public private(set) var reroutedArrows: [Int]
  /// Position in board.boxes of the last box with each id (the one whose frame the arrow painter
  /// uses), so that painting a window finds the boxes of its arrows without hashing every id.
  private var lastBoxWithID: [String: Int]
  /// The routing grid kept between edits, for a drawing that is edited (the app's); nil for a
  /// drawing made once (exports, the command line), which need not hold on to it.
  private var kept: KeptGrid?

  /// With `keepingGrid`, the routing grid is kept for `update(to:)` to bring up to date.
  /// `budget` is the routing's work budget (nil: `Router.workBudget`; the app's first frame uses less).
  public init(board: Board, keepingGrid: Bool = false, budget: Int? = nil) {
    self.board = board
    let result = Router.route(board, budget: budget ?? Router.workBudget)
    routingOutOfBudget = result.outOfBudget
    routes = result.routes
    reroutedArrows = result.rerouted
    lastBoxWithID = Diagram.lastBoxWithID(board)
    looseLabels = LooseLabels.place(board: board, routes: routes)
    if keepingGrid {
      kept = KeptGrid(
        state: result.grid.map {
          KeptGrid.state(board: board, routes: result.routes, frames: GroupFrame.frames(of: board), grid: $0)
        })
    }
  }

  /// The kept grid's state, for tests that compare it with a grid built afresh.
  var keptState: KeptGrid.State? { kept?.current }

  /// A diagram with routes already computed (a folded copy of another, see `folded()`).
  init(board: Board, routes: [ArrowRoute]) {
    self.board = board
    self.routes = routes
    reroutedArrows = []
    lastBoxWithID = Diagram.lastBoxWithID(board)
    looseLabels = LooseLabels.place(board: board, routes: routes)
  }

  /// Whether the routing of `init` spent its whole work budget (its simple routes are then the
  /// budget's doing, not the board's size).
  public private(set) var routingOutOfBudget = false

  /// How many arrows are drawn on simple routes (SimpleRoute) because the board was too large or
  /// too dense to route within the router's budget.
  public var simpleArrowCount: Int { routes.reduce(0) { $0 + ($1.isSimple ? 1 : 0) } }

  private static func lastBoxWithID(_ board: Board) -> [String: Int] {
    Dictionary(board.boxes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { _, last in last })
  }

  /// Replaces the board, re-routing only the arrows whose route or ends are affected.
  public mutating func update(to board: Board) {
    if routesStand(for: board) {
      // The same ids in the same order: lastBoxWithID holds.
      self.board = board
      reroutedArrows = []
      return
    }
    // An edit that moves an end of every arrow (`L` laying the whole board out again) keeps no
    // route: the board is routed as a board opened is, with the second pass that makes room for
    // labels (a routing after an edit makes one pass), so that it draws as the same board
    // reopened does.
    if Diagram.keepsNoRoute(board, previous: self.board) {
      self = Diagram(board: board, keepingGrid: kept != nil)
      reroutedArrows = Array(board.arrows.indices)
      return
    }
    let previous = (board: self.board, routes: routes)
    // The searches keep arrowheads apart and off other lines, as the drawing shown does: an arrow
    // routed with a shared head or its head on another line would ask for the corner pass, a
    // routing of the whole board.
    let result =
      kept?.reroute(from: previous, to: board) ?? Router.route(board, previous: previous, shownHeads: true)
    if board.boxes.count != self.board.boxes.count
      || zip(board.boxes, self.board.boxes).contains(where: { $0.id != $1.id })
    {
      lastBoxWithID = Diagram.lastBoxWithID(board)
    }
    self.board = board
    routes = result.routes
    reroutedArrows = result.rerouted.sorted()
    looseLabels = LooseLabels.place(board: board, routes: routes)
  }

  /// Whether no route of `previous` can stand on `board`: every arrow has an end that is new or
  /// was moved or resized (the router keeps a route only when both its ends are unchanged).
  static func keepsNoRoute(_ board: Board, previous: Board) -> Bool {
    guard !board.arrows.isEmpty else { return false }
    let moved = Set(Router.movedBoxes(board, previous: previous).map { board.boxes[$0].id })
    return board.arrows.allSatisfy { moved.contains($0.from) || moved.contains($0.to) }
  }

  /// Takes the routes and labels of `other`, a drawing of the same board routed another way (the
  /// corner pass's), keeping this drawing's routing grid: the next `update(to:)` brings the grid
  /// to these routes by their difference.
  mutating func takeRoutes(of other: Diagram) {
    precondition(other.routes.count == routes.count, "a drawing of the same board")
    reroutedArrows = routes.indices.filter { routes[$0] != other.routes[$0] }
    routes = other.routes
    looseLabels = other.looseLabels
  }

  /// The routes as drawn: each loose label in its place (its text perhaps cut).
  public var drawnRoutes: [ArrowRoute] {
    guard !looseLabels.isEmpty else { return routes }
    var out = routes
    for (i, loose) in looseLabels where loose.isDrawn {
      out[i].labelOrigin = loose.origin
      out[i].label = loose.text
    }
    return out
  }

  /// Whether the router would keep every route as it is: it reads only the boxes' ids and frames,
  /// the arrows and the groups, and with none of them changed it keeps every route and label
  /// except a label that found no room, which it tries to place again. Skipping it matters for
  /// edits of text and notes, where routing the unchanged board cost more than the edit.
  private func routesStand(for next: Board) -> Bool {
    guard next.arrows == board.arrows, next.groups == board.groups, next.boxes.count == board.boxes.count,
      routes.count == board.arrows.count
    else { return false }
    for (a, b) in zip(next.boxes, board.boxes) where a.frame != b.frame || a.id != b.id { return false }
    // An arrow without a path (an end is missing) is routed again too.
    for (i, route) in routes.enumerated() {
      if route.points.isEmpty { return false }
      if route.labelOrigin == nil && route.label != nil { return false }
    }
    return true
  }

  /// Everything drawn (boxes, group frames, arrows, labels); nil for an empty board.
  public var bounds: GridRect? {
    guard var rect = board.bounds else { return nil }
    for frame in GroupFrame.frames(of: board) { rect = rect.union(frame.rect) }
    for route in routes {
      for point in route.points { rect = rect.union(GridRect(x: point.x, y: point.y, width: 1, height: 1)) }
      if let label = route.labelRect { rect = rect.union(label) }
    }
    for loose in looseLabels.values where loose.isDrawn { rect = rect.union(loose.text.size.rect(at: loose.origin)) }
    return rect
  }

  /// Draws the diagram with board cell (x, y) at canvas cell (x - offset.x, y - offset.y),
  /// clipped to the canvas. Highlighted boxes use StyleRole.boxSelected, highlighted arrows
  /// StyleRole.arrowSelected; boxes use .box, detail lines .detail, arrows .arrow, labels
  /// .arrowLabel, group frames .group.
  public func paint(
    into canvas: inout Canvas, offset: GridPoint, charset: Charset,
    highlightBoxes: Set<String> = [], highlightArrows: Set<Int> = []
  ) {
    // Only what touches the canvas is painted: the app's screen shows a small part of a large board.
    let view = GridRect(x: offset.x, y: offset.y, width: canvas.width, height: canvas.height)
    let painter = BoxPainter(charset: charset, offset: offset)
    let frames = GroupFrame.frames(of: board)
    for frame in frames { painter.paintFrame(frame, into: &canvas) }
    var covering: [GridRect] = []
    for box in board.boxes where box.frame.intersects(view) {
      painter.paint(box, selected: highlightBoxes.contains(box.id), into: &canvas)
      if !frames.isEmpty { covering.append(box.frame) }
    }
    let routes = drawnRoutes
    let shown = routes.indices.filter { $0 < board.arrows.count && shows(routes[$0], in: view) }
    let arrows = ArrowPainter(charset: charset, offset: offset)
    guard shown.count < board.arrows.count else {
      arrows.paint(
        board: board, routes: routes, highlight: highlightArrows, frames: frames, covering: covering, into: &canvas)
      return
    }
    // The painter takes the arrows it draws and the boxes they join (for the sides they leave
    // and enter), renumbered; drawn in the same order, they give the same cells.
    var visible = Board(title: board.title)
    var ends: [Int] = []
    var highlight: Set<Int> = []
    for i in shown {
      if highlightArrows.contains(i) { highlight.insert(visible.arrows.count) }
      visible.arrows.append(board.arrows[i])
      if let from = lastBoxWithID[board.arrows[i].from] { ends.append(from) }
      if let to = lastBoxWithID[board.arrows[i].to] { ends.append(to) }
    }
    visible.boxes = Set(ends).sorted().map { board.boxes[$0] }
    arrows.paint(
      board: visible, routes: shown.map { routes[$0] }, highlight: highlight, frames: frames, covering: covering,
      into: &canvas)
  }

  /// Whether an arrow's `route` can put anything into `view`: its path (and the cell beyond either end,
  /// where an arrowhead or a junction with a box border goes), or its label's lines, each
  /// starting at the origin's column and taking its width plus one column per zero-width
  /// character (the canvas gives those a column); the line's byte count bounds those.
  private func shows(_ route: ArrowRoute, in view: GridRect) -> Bool {
    let near = view.insetBy(dx: -1, dy: -1)
    if let bounds = route.bounds, bounds.intersects(near) { return true }
    guard let origin = route.labelOrigin, let label = route.label else { return false }
    let width = label.width + (label.lines.map(\.utf8.count).max() ?? 0)
    return view.intersects(GridRect(x: origin.x, y: origin.y, width: width, height: label.height))
  }
}
