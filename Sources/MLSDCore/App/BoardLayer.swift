// The drawing of the board inside the app: the routed diagram kept in step with the board (only
// the arrows an edit affects are re-routed), and hit-testing of arrows for the mouse.

/// The board as drawn on the canvas.
public struct BoardLayer: Sendable {
  public private(set) var diagram: Diagram
  /// Path cells of each arrow, index-aligned with the board's arrows.
  public private(set) var cells: [[GridPoint]]

  public init(board: Board) {
    diagram = Diagram(board: board)
    cells = diagram.routes.map(\.cells)
  }

  public mutating func update(to next: Board) {
    diagram.update(to: next)
    cells = diagram.routes.map(\.cells)
  }

  public var routes: [ArrowRoute] { diagram.routes }

  /// The arrow whose path passes through a board cell.
  public func arrowIndex(at point: GridPoint) -> Int? {
    cells.lastIndex { $0.contains(point) }
  }

  /// Where an arrow's label is (or would be) written: its label origin, else the middle of its path.
  public func labelPoint(of index: Int) -> GridPoint? {
    guard routes.indices.contains(index) else { return nil }
    if let origin = routes[index].labelOrigin { return origin }
    let path = cells[index]
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
