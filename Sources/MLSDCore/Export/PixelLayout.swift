// Grid cells to pixels for the drawing exports (SVG, Excalidraw): boxes, group frames and arrow
// routes placed as the terminal draws them, one cell being `cellWidth` × `cellHeight` pixels.

/// A point in pixels.
public struct PixelPoint: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// A rectangle in pixels.
public struct PixelRect: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double
}

/// The board routed and measured in pixels, with a margin of one cell around everything.
struct PixelLayout {
  static let cellWidth = 9.0
  static let cellHeight = 18.0

  let diagram: Diagram
  let frames: [GroupFrame]
  /// The grid cell drawn at pixel (0, 0), so that the picture starts at the origin.
  let origin: GridPoint
  let width: Double
  let height: Double

  init(board: Board) { self.init(diagram: Diagram(board: board)) }

  /// An already routed diagram, measured in pixels.
  init(diagram: Diagram) {
    self.diagram = diagram
    let board = diagram.board
    frames = GroupFrame.frames(of: board)
    let bounds = diagram.bounds ?? GridRect(x: 0, y: 0, width: 1, height: 1)
    origin = GridPoint(x: bounds.x - 1, y: bounds.y - 1)
    width = Double(bounds.width + 2) * Self.cellWidth
    height = Double(bounds.height + 2) * Self.cellHeight
  }

  var board: Board { diagram.board }

  /// The pixel rectangle covering a rectangle of cells.
  func rect(_ cells: GridRect) -> PixelRect {
    PixelRect(
      x: Double(cells.x - origin.x) * Self.cellWidth, y: Double(cells.y - origin.y) * Self.cellHeight,
      width: Double(cells.width) * Self.cellWidth, height: Double(cells.height) * Self.cellHeight)
  }

  /// The centre of a cell.
  func center(_ cell: GridPoint) -> PixelPoint {
    PixelPoint(
      x: (Double(cell.x - origin.x) + 0.5) * Self.cellWidth, y: (Double(cell.y - origin.y) + 0.5) * Self.cellHeight)
  }

  /// An arrow's polyline through the centres of its corner cells, each end pushed half a cell
  /// outwards so that the line touches the source box and the arrowhead touches the target.
  func polyline(_ arrow: Int) -> [PixelPoint] {
    guard diagram.routes.indices.contains(arrow) else { return [] }
    let cells = diagram.routes[arrow].points
    var points = cells.map(center)
    guard points.count >= 2 else { return points }
    points[0] = extend(points[0], awayFrom: points[1])
    points[points.count - 1] = extend(points[points.count - 1], awayFrom: points[points.count - 2])
    return points
  }

  /// Where an arrow's label goes: the router's spot, else the middle of its longest segment
  /// (the label's lines then stand above it, each centred). The point is the left end (or the
  /// middle, when centred) of the first line, halfway down its row; each further line is a
  /// row lower.
  func labelPosition(_ arrow: Int) -> (point: PixelPoint, centered: Bool)? {
    guard diagram.routes.indices.contains(arrow) else { return nil }
    let loose = diagram.looseLabels[arrow].flatMap { $0.isDrawn ? $0.origin : nil }
    if let origin = diagram.routes[arrow].labelOrigin ?? loose {
      let cell = center(origin)
      return (PixelPoint(x: cell.x - Self.cellWidth / 2, y: cell.y), false)
    }
    let points = polyline(arrow)
    guard points.count >= 2 else { return nil }
    var best = (points[0], points[1])
    for (a, b) in zip(points, points.dropFirst()) where length(a, b) > length(best.0, best.1) {
      best = (a, b)
    }
    let rows = Double(diagram.routes[arrow].label?.height ?? 1)
    return (
      PixelPoint(x: (best.0.x + best.1.x) / 2, y: (best.0.y + best.1.y) / 2 - Self.cellHeight * (rows - 0.5)), true
    )
  }

  /// An arrow label as the text drawing writes it (a loose one where `LooseLabels` put it, cut as
  /// it is there) and where: the SVG export draws these, so that its labels cover no box and no
  /// other label wherever the text drawing's do not. Nil for a label the text drawing does not
  /// draw (only noted).
  func drawnLabel(_ arrow: Int) -> (text: LabelText, spot: (point: PixelPoint, centered: Bool))? {
    guard diagram.routes.indices.contains(arrow) else { return nil }
    let route = diagram.routes[arrow]
    let text: LabelText?
    if route.labelOrigin != nil {
      text = route.label
    } else if let loose = diagram.looseLabels[arrow], loose.isDrawn {
      text = loose.text
    } else {
      text = nil
    }
    guard let text, let spot = labelPosition(arrow) else { return nil }
    return (text, spot)
  }

  /// The box a label's lines take when drawn from `spot` (see `labelPosition`): a cell of
  /// `cellWidth` × `cellHeight` per column and line.
  static func labelBox(_ text: LabelText, at spot: (point: PixelPoint, centered: Bool)) -> PixelRect {
    let width = Double(text.width) * cellWidth
    let left = spot.centered ? spot.point.x - width / 2 : spot.point.x
    return PixelRect(
      x: left, y: spot.point.y - cellHeight / 2, width: width, height: cellHeight * Double(text.height))
  }

  private func length(_ a: PixelPoint, _ b: PixelPoint) -> Double { abs(a.x - b.x) + abs(a.y - b.y) }

  private func extend(_ point: PixelPoint, awayFrom other: PixelPoint) -> PixelPoint {
    var out = point
    if point.x != other.x { out.x += (point.x > other.x ? 1 : -1) * Self.cellWidth / 2 }
    if point.y != other.y { out.y += (point.y > other.y ? 1 : -1) * Self.cellHeight / 2 }
    return out
  }

  /// A box's text as the terminal shows it: the label wrapped, then the detail, cut to the box.
  static func lines(of box: Box) -> (label: [String], detail: [String]) {
    let inner = max(1, box.frame.width > 4 ? box.frame.width - 4 : box.frame.width - 2)
    let rows = max(1, box.frame.height - 2)
    var detail = box.detail.map { DisplayWidth.wrap(Sanitizer.visible($0), to: inner) } ?? []
    detail.removeAll { $0.isEmpty }
    let labelRoom = max(1, rows - min(detail.count, 1))
    var label = DisplayWidth.wrap(Sanitizer.visible(box.label), to: inner)
    if label.count > labelRoom {
      label = Array(label.prefix(labelRoom))
      label[labelRoom - 1] = DisplayWidth.truncate(label[labelRoom - 1] + " …", to: inner)
    }
    let detailRoom = max(0, rows - label.count)
    if detail.count > detailRoom {
      detail = Array(detail.prefix(detailRoom))
      if let last = detail.indices.last { detail[last] = DisplayWidth.truncate(detail[last] + " …", to: inner) }
    }
    return (label, detail)
  }
}
