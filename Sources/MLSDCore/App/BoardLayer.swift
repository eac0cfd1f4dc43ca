// The drawing of the board inside the app: the routed diagram kept in step with the board (only
// the arrows an edit affects are re-routed), and hit-testing of arrows for the mouse. The first
// frame is routed within a smaller budget, so that a board too dense to route at once still
// shows at once; the first idle tick routes it again with the whole budget (`routeFully`).
// A drawing whose routes touch a group frame's corner is then given the corner pass that
// `mlsd render` gives its drawing (`Diagram.clearOfCorners`), off the main loop (`CornerPass`);
// after an edit, only when an arrow it re-routed touches a corner, shares its arrowhead or has
// it on another arrow's line (the re-routing keeps heads off lines where it can).

/// The board as drawn on the canvas.
public struct BoardLayer: Sendable {
  public private(set) var diagram: Diagram
  /// Whether the drawing was routed within the first frame's budget and some arrows fell back to
  /// simple routes that the whole budget may route properly.
  public private(set) var isProvisional = false

  /// Whether the drawing needs no corner pass: its routes touch no frame corner, or the pass was
  /// made for them (and kept them or took the walled routing).
  public private(set) var cornersSettled = true
  /// Edits whose re-routed arrows wanted the corner pass: each asks for a routing of the whole
  /// board (on the runner's thread, or on the next tick without one), so tests count them.
  public private(set) var editsWantingPass = 0

  /// The first frame's share of the routing budget.
  static let firstFrameBudget = Router.workBudget / 8

  /// With `firstFrame`, routed within `firstFrameBudget`.
  public init(board: Board, firstFrame: Bool = false) {
    self.init(board: board, firstFrameBudget: firstFrame ? BoardLayer.firstFrameBudget : nil)
  }

  /// Routed within `firstFrameBudget` (nil: the whole budget, and never provisional).
  init(board: Board, firstFrameBudget: Int?) {
    diagram = Diagram(board: board, keepingGrid: true, budget: firstFrameBudget)
    isProvisional = firstFrameBudget != nil && diagram.routingOutOfBudget && diagram.simpleArrowCount > 0
    cornersSettled = !diagram.wantsShownRouting()
  }

  /// Routes a provisional drawing again with the whole budget; false when it was not provisional.
  public mutating func routeFully() -> Bool {
    guard isProvisional else { return false }
    diagram = Diagram(board: diagram.board, keepingGrid: true)
    isProvisional = false
    cornersSettled = !diagram.wantsShownRouting()
    return true
  }

  public mutating func update(to next: Board) {
    diagram.update(to: next)
    // Arrows the edit left alone keep their routes: the pass is wanted again only when one it
    // routed afresh touches a corner or shares an arrowhead.
    if !diagram.reroutedArrows.isEmpty, diagram.wantsShownRouting(arrows: diagram.reroutedArrows) {
      editsWantingPass += 1
      cornersSettled = false
    }
  }

  /// Takes the corner pass's drawing when it was made for the drawing shown now (same board,
  /// same routes); false when it was made for an earlier one.
  mutating func settleCorners(_ done: ClearedCorners) -> Bool {
    guard !cornersSettled, done.board == diagram.board, done.routes == diagram.routes else { return false }
    if let cleared = done.cleared { diagram.takeRoutes(of: cleared) }
    cornersSettled = true
    return true
  }

  public var routes: [ArrowRoute] { diagram.routes }

  /// The arrow whose path passes through a board cell (the last one drawn when several do).
  /// Walks the routes' corner points instead of keeping every cell of every path: listing the
  /// cells again after each edit cost more than all hit tests.
  public func arrowIndex(at point: GridPoint) -> Int? {
    routes.lastIndex { BoardLayer.path($0.points, contains: point) }
  }

  /// Whether the cells of a path through these corner points (as ArrowRoute.cells walks it: a
  /// diagonal pair as an L, x first) include `point`.
  static func path(_ points: [GridPoint], contains point: GridPoint) -> Bool {
    guard var current = points.first else { return false }
    if current == point { return true }
    for next in points.dropFirst() {
      let corner = GridPoint(x: next.x, y: current.y)
      if point.y == current.y && between(point.x, current.x, next.x) { return true }
      if point.x == next.x && between(point.y, corner.y, next.y) { return true }
      current = next
    }
    return false
  }

  private static func between(_ v: Int, _ a: Int, _ b: Int) -> Bool { min(a, b) <= v && v <= max(a, b) }

  /// Where an arrow's label is (or would be) written: its label origin, else the middle of its path.
  public func labelPoint(of index: Int) -> GridPoint? {
    guard routes.indices.contains(index) else { return nil }
    if let origin = routes[index].labelOrigin { return origin }
    let path = routes[index].cells
    return path.isEmpty ? nil : path[path.count / 2]
  }

  public func paint(
    into canvas: inout Canvas, offset: GridPoint, charset: Charset, highlightBoxes: Set<String> = [],
    highlightArrows: Set<Int> = []
  ) {
    diagram.paint(
      into: &canvas, offset: offset, charset: charset, highlightBoxes: highlightBoxes,
      highlightArrows: highlightArrows)
  }
}
