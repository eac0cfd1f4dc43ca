// Where an arrow's label that the router found no place for beside its own line is drawn all
// the same. In the editor the user places the boxes, so there is not always room: the label
// then goes to the nearest free place a few cells from its line, else cut ("…") to the room
// there is, else into the middle of its longest straight run when that leaves a line cell at
// either end (the arrow still reads as a line with its head), else it is not drawn. It is never
// left out silently: the drawing reports it (`Diagram.labelNotes`) for the status line and
// `mlsd render`'s stderr.

/// A label drawn away from its line, cut to the room there is, over the line, or not drawn.
public struct LooseLabel: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// Whole, at the nearest free place a few cells from its line.
    case away
    /// Cut to one line that fits near its line, ending in "…".
    case shortened
    /// Written over the inside of its own line's longest straight run, cut to it: no free place
    /// near it at all. The run's end cells (the head, a corner, the stub) stay drawn.
    case overLine
    /// Not drawn: no free place near it and no run long enough to write it in without hiding
    /// the arrow. Only the notes name it.
    case notDrawn
  }

  public var origin: GridPoint
  public var text: LabelText
  public var kind: Kind

  /// Whether the drawing shows it (every kind but `notDrawn`).
  public var isDrawn: Bool { kind != .notDrawn }
}

enum LooseLabels {
  /// Farthest a loose label may be from its line (columns plus rows between them).
  static let maxDistance = 6
  /// Narrowest cut label worth drawing beside the line: two characters and "…".
  static let minWidth = 3
  /// The most of a path's extent searched, round its middle cell.
  static let maxSpan = (width: 80, height: 30)

  /// A place for every arrow with a label and a path but no label origin.
  static func place(board: Board, routes: [ArrowRoute]) -> [Int: LooseLabel] {
    let lacking = routes.indices.filter {
      $0 < board.arrows.count && routes[$0].labelOrigin == nil && routes[$0].label != nil
        && !routes[$0].points.isEmpty
    }
    guard !lacking.isEmpty else { return [:] }
    let frames = GroupFrame.frames(of: board)
    let drawing = RouteGrid.extent(board: board, frames: frames).insetBy(dx: RouteGrid.margin, dy: RouteGrid.margin)
    let floor = GridPoint(x: min(0, drawing.minX), y: min(0, drawing.minY))
    var out: [Int: LooseLabel] = [:]
    for i in lacking {
      guard let text = routes[i].label, var bounds = routes[i].bounds else { continue }
      // A long arrow is searched round the middle of its path only: the cost then stays that of
      // a short one (the app works this out after each edit of a large board too).
      let cells = routes[i].cells
      let middle = cells[cells.count / 2]
      let reach = GridRect(
        x: middle.x - maxSpan.width / 2, y: middle.y - maxSpan.height / 2, width: maxSpan.width, height: maxSpan.height)
      if bounds.width > maxSpan.width || bounds.height > maxSpan.height {
        let x0 = max(bounds.minX, reach.minX)
        let y0 = max(bounds.minY, reach.minY)
        bounds = GridRect(
          x: x0, y: y0, width: min(bounds.maxX, reach.maxX) - x0 + 1, height: min(bounds.maxY, reach.maxY) - y0 + 1)
      }
      let window = bounds.insetBy(dx: -(LabelPlacer.maxWidth + maxDistance + 2), dy: -(text.height + maxDistance + 2))
      var room = Occupancy(window)
      // Off the board (left of column 0, above row 0) is no place for a label: the app cannot
      // scroll there.
      room.mark(GridRect(x: window.minX, y: window.minY, width: floor.x - window.minX, height: window.height))
      room.mark(GridRect(x: window.minX, y: window.minY, width: window.width, height: floor.y - window.minY))
      for box in board.boxes { room.mark(box.frame) }
      for frame in frames { room.markOutline(frame.rect) }
      for route in routes {
        guard let b = route.bounds, b.intersects(window) else { continue }
        for cell in route.cells { room.mark(GridRect(x: cell.x, y: cell.y, width: 1, height: 1)) }
        if let rect = route.labelRect { room.mark(rect.insetBy(dx: -1, dy: 0)) }
      }
      for loose in out.values where loose.isDrawn {
        room.mark(loose.text.size.rect(at: loose.origin).insetBy(dx: -1, dy: 0))
      }
      room.finish()
      let distance = room.distances(to: cells)
      room.markClose(distance)
      if let origin = room.nearest(size: text.size, distance: distance, middle: middle) {
        out[i] = LooseLabel(origin: origin, text: text, kind: .away)
        continue
      }
      let whole = text.lines.joined(separator: " ")
      var placed = false
      for width in stride(from: min(LabelPlacer.maxWidth, DisplayWidth.of(whole) - 1), through: minWidth, by: -1) {
        let cut = LabelText(lines: [DisplayWidth.truncate(whole, to: width)], isCut: true)
        if let origin = room.nearest(size: cut.size, distance: distance, middle: middle) {
          out[i] = LooseLabel(origin: origin, text: cut, kind: .shortened)
          placed = true
          break
        }
      }
      if placed { continue }
      out[i] = overLine(whole, cells: cells)
    }
    return out
  }

  /// The label cut to the inside of the longest horizontal run of its path (the run less its
  /// two end cells, at least `minWidth` columns) and written there from its start, so that the
  /// line keeps a cell before it and its head or corner after it; with no such run it is not
  /// drawn (an arrow is never replaced by its label).
  private static func overLine(_ whole: String, cells: [GridPoint]) -> LooseLabel {
    var best = (start: cells[cells.count / 2], length: 0)
    var k = 0
    while k < cells.count {
      var end = k
      while end + 1 < cells.count && cells[end + 1].y == cells[k].y { end += 1 }
      if end - k + 1 > best.length { best = (cells[k].x <= cells[end].x ? cells[k] : cells[end], end - k + 1) }
      k = end + 1
    }
    let inside = best.length - 2
    guard inside >= minWidth else {
      return LooseLabel(
        origin: cells[cells.count / 2], text: LabelText(lines: [whole], isCut: false), kind: .notDrawn)
    }
    let line = DisplayWidth.truncate(whole, to: min(LabelPlacer.maxWidth, inside))
    return LooseLabel(
      origin: GridPoint(x: best.start.x + 1, y: best.start.y),
      text: LabelText(lines: [line], isCut: line != whole), kind: .overLine)
  }
}

/// Which cells of a window are taken, with sums to test a rectangle in constant time.
private struct Occupancy {
  let window: GridRect
  private var taken: [Bool]
  private var sums: [Int] = []
  /// Sums over the cells within `LooseLabels.maxDistance` of the path: a place with none of
  /// them is skipped without measuring it.
  private var closeSums: [Int] = []

  init(_ window: GridRect) {
    self.window = window
    taken = Array(repeating: false, count: window.width * window.height)
  }

  mutating func mark(_ rect: GridRect) {
    let x0 = max(rect.minX, window.minX)
    let x1 = min(rect.maxX, window.maxX)
    let y0 = max(rect.minY, window.minY)
    let y1 = min(rect.maxY, window.maxY)
    guard x0 <= x1, y0 <= y1 else { return }
    for y in y0...y1 {
      for x in x0...x1 { taken[(y - window.y) * window.width + (x - window.x)] = true }
    }
  }

  mutating func markOutline(_ rect: GridRect) {
    mark(GridRect(x: rect.x, y: rect.y, width: rect.width, height: 1))
    mark(GridRect(x: rect.x, y: rect.maxY, width: rect.width, height: 1))
    mark(GridRect(x: rect.x, y: rect.y, width: 1, height: rect.height))
    mark(GridRect(x: rect.maxX, y: rect.y, width: 1, height: rect.height))
  }

  /// Builds the sums; call once everything is marked.
  mutating func finish() { sums = Occupancy.sums(taken, window: window) }

  /// Builds the sums of the cells near the path.
  mutating func markClose(_ distance: [Int]) {
    closeSums = Occupancy.sums(distance.map { $0 <= LooseLabels.maxDistance }, window: window)
  }

  private static func sums(_ cells: [Bool], window: GridRect) -> [Int] {
    let w = window.width + 1
    var out = Array(repeating: 0, count: w * (window.height + 1))
    for y in 0..<window.height {
      for x in 0..<window.width {
        out[(y + 1) * w + x + 1] =
          (cells[y * window.width + x] ? 1 : 0) + out[y * w + x + 1] + out[(y + 1) * w + x] - out[y * w + x]
      }
    }
    return out
  }

  /// How many cells of the window-relative rectangle `sums` counts.
  private func count(_ sums: [Int], x: Int, y: Int, width: Int, height: Int) -> Int {
    let w = window.width + 1
    return sums[(y + height) * w + x + width] - sums[y * w + x + width] - sums[(y + height) * w + x] + sums[y * w + x]
  }

  /// Whether every cell of the window-relative rectangle is free.
  private func isFree(x: Int, y: Int, width: Int, height: Int) -> Bool {
    count(sums, x: x, y: y, width: width, height: height) == 0
  }

  /// Each free window cell's distance (columns plus rows, round what is taken) to the nearest of
  /// `cells`: a place behind a box is not near the line, however few rows lie between.
  func distances(to cells: [GridPoint]) -> [Int] {
    var out = Array(repeating: Int.max, count: window.width * window.height)
    var queue: [Int] = []
    for cell in cells where window.contains(cell) {
      let i = (cell.y - window.y) * window.width + (cell.x - window.x)
      if out[i] != 0 {
        out[i] = 0
        queue.append(i)
      }
    }
    var head = 0
    while head < queue.count {
      let i = queue[head]
      head += 1
      let x = i % window.width
      let y = i / window.width
      for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)]
      where nx >= 0 && ny >= 0 && nx < window.width && ny < window.height {
        let n = ny * window.width + nx
        if out[n] == Int.max && !taken[n] {
          out[n] = out[i] + 1
          queue.append(n)
        }
      }
    }
    return out
  }

  /// The free place for a block of `size` (with a free column either side) nearest the path,
  /// within `LooseLabels.maxDistance`; of equally near ones, the one whose middle is nearest
  /// the path's middle cell. Nil when there is none.
  func nearest(size: LabelSize, distance: [Int], middle: GridPoint) -> GridPoint? {
    guard size.width + 2 <= window.width, size.height <= window.height else { return nil }
    var best: (key: (Int, Int), origin: GridPoint)?
    for y in 0...(window.height - size.height) {
      for x in 1...(window.width - size.width - 1)
      where count(closeSums, x: x, y: y, width: size.width, height: size.height) > 0
        && isFree(x: x - 1, y: y, width: size.width + 2, height: size.height)
      {
        var near = Int.max
        for row in y..<(y + size.height) {
          near = min(near, distance[row * window.width + x], distance[row * window.width + x + size.width - 1])
        }
        for column in x..<(x + size.width) {
          near = min(near, distance[y * window.width + column], distance[(y + size.height - 1) * window.width + column])
        }
        guard near <= LooseLabels.maxDistance else { continue }
        let cx = window.x + x + size.width / 2
        let cy = window.y + y + size.height / 2
        let key = (near, abs(cx - middle.x) + abs(cy - middle.y))
        if best == nil || key < best!.key { best = (key, GridPoint(x: window.x + x, y: window.y + y)) }
      }
    }
    return best?.origin
  }
}
