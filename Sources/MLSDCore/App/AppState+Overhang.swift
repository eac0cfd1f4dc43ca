// What is drawn above row 0 or left of column 0: a group's frame around boxes in the top row
// (its title sits two rows above them) or an arrow routed around the board's top. The canvas
// may scroll that far, and it does whenever it shows the board's top or left edge, so that the
// whole frame and every arrow can be seen and reached.

extension AppState {
  /// The top-left corner the canvas may scroll to: (0, 0), or further up and left by what the
  /// drawing shown puts there.
  var scrollOrigin: GridPoint {
    let diagram = zoom == .full ? layer.diagram : (zoomDrawing?.diagram ?? layer.diagram)
    guard let corner = AppState.topLeft(of: diagram) else { return GridPoint(x: 0, y: 0) }
    return GridPoint(x: min(0, corner.x), y: min(0, corner.y))
  }

  /// The top-left corner of `diagram.bounds` (nil for no boxes). The bounds' right and bottom
  /// need every label's width, which is most of their cost (1 ms a key on a 300-box board when
  /// the selection is at the board's top or left edge); the corner needs a label's text only
  /// when its origin lies beyond everything else (the route carries it).
  static func topLeft(of diagram: Diagram) -> GridPoint? {
    let board = diagram.board
    guard let boxes = board.bounds else { return nil }
    var x = boxes.x
    var y = boxes.y
    for frame in GroupFrame.frames(of: board) {
      x = min(x, frame.rect.x)
      y = min(y, frame.rect.y)
    }
    for route in diagram.routes {
      for point in route.points {
        x = min(x, point.x)
        y = min(y, point.y)
      }
      if let origin = route.labelOrigin, origin.x < x || origin.y < y, route.label != nil {
        x = min(x, origin.x)
        y = min(y, origin.y)
      }
    }
    return GridPoint(x: x, y: y)
  }

  /// A scroll position kept from going past `scrollOrigin`.
  func clampedScroll(_ point: GridPoint) -> GridPoint {
    // The origin is never past (0, 0): a scroll inside the board needs no look at the drawing's
    // bounds (every route's every point: half a millisecond a key on a 300-box board).
    if point.x >= 0 && point.y >= 0 { return point }
    let origin = scrollOrigin
    return GridPoint(x: max(origin.x, point.x), y: max(origin.y, point.y))
  }

  /// Pans the canvas by a number of columns and rows, no further than `scrollOrigin`.
  mutating func pan(dx: Int, dy: Int) {
    scroll = clampedScroll(GridPoint(x: scroll.x + dx, y: scroll.y + dy))
  }
}
