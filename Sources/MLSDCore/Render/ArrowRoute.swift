// One arrow's path on the grid, as the router computes it and the painters and exporters draw it.

/// One arrow's path on the grid: corner points of an orthogonal polyline from the cell just
/// outside the source box's side to the cell just outside the target box's side (the arrowhead
/// cell), plus its label as drawn and where (the origin is nil when it has no label or no room).
public struct ArrowRoute: Hashable, Sendable {
  public var points: [GridPoint] {
    didSet { cells = ArrowRoute.walk(points) }
  }
  /// Where the label's first line starts; each further line starts a row below it.
  public var labelOrigin: GridPoint?
  /// The arrow's label as drawn (nil when it has none), set by the router: every painter,
  /// exporter and measure reads these lines rather than wrapping the label again.
  public var label: LabelText?
  /// Whether the router drew this arrow without a search (SimpleRoute): the board was too large
  /// or too dense to route within its budget, and the path may cross boxes.
  public var isSimple = false
  /// Every cell of the path in order, corners included once. Kept with the points: the router
  /// and the app ask for the cells of every kept route after each edit.
  public private(set) var cells: [GridPoint]

  public init(points: [GridPoint], labelOrigin: GridPoint? = nil, label: LabelText? = nil) {
    self.points = points
    self.labelOrigin = labelOrigin
    self.label = label
    self.cells = ArrowRoute.walk(points)
  }

  /// The cells of the polyline through `points`.
  private static func walk(_ points: [GridPoint]) -> [GridPoint] {
    guard var current = points.first else { return [] }
    var out = [current]
    for next in points.dropFirst() {
      let dx = (next.x > current.x ? 1 : (next.x < current.x ? -1 : 0))
      let dy = (next.y > current.y ? 1 : (next.y < current.y ? -1 : 0))
      while current != next {
        // A diagonal pair (never produced by the router) is walked as an L, x first.
        if current.x != next.x {
          current.x += dx
        } else {
          current.y += dy
        }
        out.append(current)
      }
    }
    return out
  }

  /// The cells the placed label covers; nil when it has no place.
  public var labelRect: GridRect? {
    guard let labelOrigin, let label else { return nil }
    return label.size.rect(at: labelOrigin)
  }

  /// The smallest rectangle holding every point of the path; nil for an empty path.
  var bounds: GridRect? {
    guard let first = points.first else { return nil }
    var minX = first.x
    var maxX = first.x
    var minY = first.y
    var maxY = first.y
    for p in points {
      minX = min(minX, p.x)
      maxX = max(maxX, p.x)
      minY = min(minY, p.y)
      maxY = max(maxY, p.y)
    }
    return GridRect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
  }

  /// The corner points of a cell path: its ends and every cell where the direction changes.
  static func corners(of cells: [GridPoint]) -> [GridPoint] {
    guard cells.count > 2 else { return cells }
    var out = [cells[0]]
    for i in 1..<(cells.count - 1) {
      let a = cells[i - 1]
      let b = cells[i]
      let c = cells[i + 1]
      let straight = (a.x == b.x && b.x == c.x) || (a.y == b.y && b.y == c.y)
      if !straight { out.append(b) }
    }
    out.append(cells[cells.count - 1])
    return out
  }
}

/// Grid directions as the router and painters number them.
enum GridDirection {
  static let dx = [1, 0, -1, 0]
  static let dy = [0, 1, 0, -1]

  /// The direction of a unit step from `a` to `b` (0 east, 1 south, 2 west, 3 north).
  static func of(from a: GridPoint, to b: GridPoint) -> Int {
    if b.x > a.x { return 0 }
    if b.y > a.y { return 1 }
    if b.x < a.x { return 2 }
    return 3
  }

  /// The direction from a cell just outside `frame` towards the box (nil when not beside a side).
  static func intoBox(from cell: GridPoint, frame: GridRect) -> Int? {
    let withinRows = cell.y > frame.minY && cell.y < frame.maxY
    let withinColumns = cell.x > frame.minX && cell.x < frame.maxX
    if cell.x == frame.minX - 1 && withinRows { return 0 }
    if cell.y == frame.minY - 1 && withinColumns { return 1 }
    if cell.x == frame.maxX + 1 && withinRows { return 2 }
    if cell.y == frame.maxY + 1 && withinColumns { return 3 }
    return nil
  }
}
