// How readable a routed diagram is, in counts: crossings, bends, size, arrow length, lost and
// overlapping labels, arrows through boxes. The quality benchmark prints them and a unit test
// holds the reference designs to a stored table, so a layout change is measured, not guessed.

/// Counts that say how readable a routed diagram is.
public struct LayoutQuality: Hashable, Sendable {
  /// Places where one arrow runs straight across another that runs straight the other way:
  /// a cell passed horizontally by arrow A and vertically by arrow B counts once per pair (A, B).
  /// Merges and splits (an arrow turning where another passes) are not crossings.
  public var crossings = 0
  /// Corners of all arrows.
  public var bends = 0
  /// The drawing's size in terminal columns and rows (boxes, frames, arrows and labels).
  public var columns = 0
  public var rows = 0
  /// Cells of all arrows' paths, ends included.
  public var arrowLength = 0
  /// Labelled arrows, and those whose label the text drawing does not show whole: with no place,
  /// or cut (a label past `LabelPlacer.maxLines` lines ends in "…").
  public var labels = 0
  public var droppedLabels = 0
  /// Labels in the text drawing that cover a box, another label or another arrow's line (each
  /// label counted once).
  public var labelOverlaps = 0
  /// Labels written over a group frame's line (the label placer's last resort before losing one).
  public var labelsOnFrames = 0
  /// Labels in the SVG export whose text box (one cell of 9 × 18 pixels a column) overlaps a
  /// box or another label (each label counted once).
  public var svgLabelOverlaps = 0
  /// Labels drawn more than one row or two columns away from every cell of their own arrow.
  public var labelsAway = 0
  /// Arrows with a cell inside a box they do not start or end at (or inside their own boxes).
  public var throughBoxes = 0
  /// Arrows whose arrowhead (last cell) is on another arrow's line: the head is drawn over the
  /// passing line and reads as that arrow entering the box. Two arrows ending in one cell (one
  /// head for both, `SharedArrowheads`) are not counted here.
  public var headsOnLines = 0
  /// Labels nearer (in cells, across and down) to another arrow's line than to their own: a
  /// reader takes them for that arrow's.
  public var labelsNearerOther = 0
  /// Labels with less than two blank columns to another label on the same row, or right above or
  /// below one: the two read as one.
  public var labelsTouching = 0

  public init(_ diagram: Diagram) {
    let board = diagram.board
    if let bounds = diagram.bounds {
      columns = bounds.width
      rows = bounds.height
    }
    let routes = diagram.routes
    var horizontal: [GridPoint: [Int]] = [:]
    var vertical: [GridPoint: [Int]] = [:]
    var arrowCells: [GridPoint: Set<Int>] = [:]
    for (a, route) in routes.enumerated() {
      let cells = route.cells
      arrowLength += cells.count
      bends += max(0, route.points.count - 2)
      for (k, cell) in cells.enumerated() {
        arrowCells[cell, default: []].insert(a)
        guard k > 0, k < cells.count - 1 else { continue }
        let p = cells[k - 1]
        let n = cells[k + 1]
        if p.y == cell.y && n.y == cell.y { horizontal[cell, default: []].append(a) }
        if p.x == cell.x && n.x == cell.x { vertical[cell, default: []].append(a) }
      }
    }
    for (cell, across) in horizontal {
      guard let down = vertical[cell] else { continue }
      for a in across { for b in down where a != b { crossings += 1 } }
    }
    for (a, route) in routes.enumerated() where a < board.arrows.count {
      guard let last = route.cells.last, let users = arrowCells[last] else { continue }
      if users.contains(where: { $0 != a && routes[$0].cells.last != last }) { headsOnLines += 1 }
    }
    let frames = board.boxes.map(\.frame)
    for route in routes where route.cells.contains(where: { cell in frames.contains { $0.contains(cell) } }) {
      throughBoxes += 1
    }

    // Text labels.
    var groupLines = Set<GridPoint>()
    for frame in GroupFrame.frames(of: board) {
      let r = frame.rect
      for x in r.minX...r.maxX {
        groupLines.insert(GridPoint(x: x, y: r.minY))
        groupLines.insert(GridPoint(x: x, y: r.maxY))
      }
      for y in r.minY...r.maxY {
        groupLines.insert(GridPoint(x: r.minX, y: y))
        groupLines.insert(GridPoint(x: r.maxX, y: y))
      }
    }
    var placed: [(arrow: Int, rect: GridRect)] = []
    for (a, route) in routes.enumerated() where a < board.arrows.count {
      guard let text = route.label else { continue }
      labels += 1
      if route.labelOrigin == nil || text.isCut { droppedLabels += 1 }
      if let rect = route.labelRect { placed.append((a, rect)) }
    }
    for (i, label) in placed.enumerated() {
      let r = label.rect
      var covers = frames.contains { $0.intersects(r) }
      var onFrame = false
      covers = covers || placed.indices.contains { $0 != i && placed[$0].rect.intersects(r) }
      for y in r.minY...r.maxY {
        for x in r.minX...r.maxX {
          let cell = GridPoint(x: x, y: y)
          if groupLines.contains(cell) { onFrame = true }
          if let users = arrowCells[cell], users.contains(where: { $0 != label.arrow }) { covers = true }
        }
      }
      let around = r.insetBy(dx: -2, dy: -1)
      let near = routes[label.arrow].cells.contains { around.contains($0) }
      if LayoutQuality.nearerOther(label.rect, arrow: label.arrow, routes: routes, arrowCells: arrowCells) {
        labelsNearerOther += 1
      }
      let apart = placed.indices.allSatisfy { j in
        j == i
          || !(r.insetBy(dx: -2, dy: 0).intersects(placed[j].rect)
            || r.insetBy(dx: 0, dy: -1).intersects(placed[j].rect))
      }
      if !apart { labelsTouching += 1 }
      if covers { labelOverlaps += 1 }
      if onFrame { labelsOnFrames += 1 }
      if !near { labelsAway += 1 }
    }

    // SVG labels, where the SVG exporter puts them.
    let layout = PixelLayout(diagram: diagram)
    var svgRects: [PixelRect] = []
    for a in routes.indices where a < board.arrows.count {
      guard let (text, spot) = layout.drawnLabel(a) else { continue }
      svgRects.append(PixelLayout.labelBox(text, at: spot))
    }
    // Boxes as the SVG draws them: inset 2 pixels left and right, 4 top and bottom.
    let boxRects = board.boxes.map { box -> PixelRect in
      let r = layout.rect(box.frame)
      return PixelRect(x: r.x + 2, y: r.y + 4, width: r.width - 4, height: r.height - 8)
    }
    for (i, r) in svgRects.enumerated() {
      let hit =
        boxRects.contains { LayoutQuality.overlap($0, r) }
        || svgRects.indices.contains { $0 != i && LayoutQuality.overlap(svgRects[$0], r) }
      if hit { svgLabelOverlaps += 1 }
    }
  }

  /// Cells across plus cells down from a rectangle to a cell (0 inside it).
  static func distance(_ rect: GridRect, _ cell: GridPoint) -> Int {
    max(0, rect.minX - cell.x, cell.x - rect.maxX) + max(0, rect.minY - cell.y, cell.y - rect.maxY)
  }

  /// Whether a cell of another arrow's line is nearer the label's rectangle than every cell of
  /// its own arrow's line. Only the cells nearer than its own line are looked at.
  static func nearerOther(
    _ rect: GridRect, arrow: Int, routes: [ArrowRoute], arrowCells: [GridPoint: Set<Int>]
  ) -> Bool {
    let own = routes[arrow].cells.reduce(Int.max) { min($0, distance(rect, $1)) }
    guard own > 0, own != Int.max else { return false }
    let window = rect.insetBy(dx: -(own - 1), dy: -(own - 1))
    for y in window.minY...window.maxY {
      for x in window.minX...window.maxX {
        let cell = GridPoint(x: x, y: y)
        guard let users = arrowCells[cell], distance(rect, cell) < own else { continue }
        if users.contains(where: { $0 != arrow }) { return true }
      }
    }
    return false
  }

  /// Whether two pixel rectangles share more than a hairline (half a pixel either way).
  static func overlap(_ a: PixelRect, _ b: PixelRect) -> Bool {
    min(a.x + a.width, b.x + b.width) - max(a.x, b.x) > 0.5
      && min(a.y + a.height, b.y + b.height) - max(a.y, b.y) > 0.5
  }

  /// The names of the counts, in the order `values` gives them.
  public static let columnNames = [
    "crossings", "bends", "columns", "rows", "arrow length", "labels", "dropped", "overlaps", "on frames",
    "svg overlaps", "away", "through boxes", "heads on lines", "labels nearer other", "labels touching",
  ]

  public var values: [Int] {
    [
      crossings, bends, columns, rows, arrowLength, labels, droppedLabels, labelOverlaps, labelsOnFrames,
      svgLabelOverlaps, labelsAway, throughBoxes, headsOnLines, labelsNearerOther, labelsTouching,
    ]
  }
}
