// A board with its arrows routed, kept between edits so that only what changed is re-routed;
// it paints itself into a Canvas for the screen and the text exports alike.

/// A board with its arrows routed; kept between edits so that only what changed is re-routed.
public struct Diagram: Sendable {
  public private(set) var board: Board
  /// Index-aligned with board.arrows.
  public private(set) var routes: [ArrowRoute]
  /// The arrows the last `init` or `update(to:)` routed afresh, in increasing order.
  public private(set) var reroutedArrows: [Int]

  public init(board: Board) {
    self.board = board
    let result = Router.route(board)
    routes = result.routes
    reroutedArrows = result.rerouted
  }

  /// Replaces the board, re-routing only the arrows whose route or ends are affected.
  public mutating func update(to board: Board) {
    let result = Router.route(board, previous: (self.board, routes))
    self.board = board
    routes = result.routes
    reroutedArrows = result.rerouted.sorted()
  }

  /// Everything drawn (boxes, group frames, arrows, labels); nil for an empty board.
  public var bounds: GridRect? {
    guard var rect = board.bounds else { return nil }
    for frame in GroupFrame.frames(of: board) { rect = rect.union(frame.rect) }
    for (i, route) in routes.enumerated() {
      for point in route.points { rect = rect.union(GridRect(x: point.x, y: point.y, width: 1, height: 1)) }
      if let origin = route.labelOrigin, let text = LabelPlacer.text(board.arrows[i].label) {
        rect = rect.union(GridRect(x: origin.x, y: origin.y, width: DisplayWidth.of(text), height: 1))
      }
    }
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
    let painter = BoxPainter(charset: charset, offset: offset)
    for frame in GroupFrame.frames(of: board) { painter.paintFrame(frame, into: &canvas) }
    for box in board.boxes {
      painter.paint(box, selected: highlightBoxes.contains(box.id), into: &canvas)
    }
    ArrowPainter(charset: charset, offset: offset).paint(
      board: board, routes: routes, highlight: highlightArrows, into: &canvas)
  }
}
