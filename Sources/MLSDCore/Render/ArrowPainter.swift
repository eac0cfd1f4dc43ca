// Draws routed arrows: every cell's glyph comes from the union of the directions of all arrows
// through it, so merges become ├ ┤ ┬ ┴ and crossings ┼; then arrowheads, attach points, labels.

struct ArrowPainter {
  let charset: Charset
  let offset: GridPoint

  func paint(board: Board, routes: [ArrowRoute], highlight: Set<Int>, into canvas: inout Canvas) {
    let w = canvas.width
    let h = canvas.height
    guard w > 0, h > 0 else { return }
    var masks = [UInt8](repeating: 0, count: w * h)
    var styles = [ArrowStyle](repeating: .solid, count: w * h)
    var selected = [Bool](repeating: false, count: w * h)
    var frames: [String: GridRect] = [:]
    for box in board.boxes { frames[box.id] = box.frame }
    var heads: [(GridPoint, Int, Bool)] = []
    var attaches: [(GridPoint, Int, Bool)] = []

    func mark(_ p: GridPoint, _ bits: LineMask, _ arrow: Int) {
      let x = p.x - offset.x
      let y = p.y - offset.y
      guard x >= 0, y >= 0, x < w, y < h else { return }
      let i = y * w + x
      masks[i] |= bits.rawValue
      styles[i] = board.arrows[arrow].style
      if highlight.contains(arrow) { selected[i] = true }
    }

    // Cells lie inside the bounding box of a route's corner points; a route whose box (plus the
    // cell an arrowhead or border junction takes) misses the canvas is skipped without walking it.
    let view = GridRect(x: offset.x - 1, y: offset.y - 1, width: w + 2, height: h + 2)
    for (a, route) in routes.enumerated() where a < board.arrows.count {
      guard let bounds = ArrowPainter.bounds(of: route.points), bounds.intersects(view) else { continue }
      let cells = route.cells
      guard let first = cells.first, let last = cells.last else { continue }
      let isSelected = highlight.contains(a)
      for (k, cell) in cells.enumerated() {
        var bits: LineMask = []
        if k > 0 { bits.insert(.direction(GridDirection.of(from: cell, to: cells[k - 1]))) }
        if k < cells.count - 1 { bits.insert(.direction(GridDirection.of(from: cell, to: cells[k + 1]))) }
        if k == 0, let source = frames[board.arrows[a].from], let d = GridDirection.intoBox(from: cell, frame: source) {
          bits.insert(.direction(d))
          attaches.append(
            (GridPoint(x: cell.x + GridDirection.dx[d], y: cell.y + GridDirection.dy[d]), (d + 2) & 3, isSelected))
        }
        mark(cell, bits, a)
      }
      var inward = cells.count > 1 ? GridDirection.of(from: cells[cells.count - 2], to: last) : 0
      if let target = frames[board.arrows[a].to], let d = GridDirection.intoBox(from: last, frame: target) {
        inward = d
      }
      _ = first
      heads.append((last, inward, isSelected))
    }

    for y in 0..<h {
      for x in 0..<w where masks[y * w + x] != 0 {
        let i = y * w + x
        let role: StyleRole = selected[i] ? .arrowSelected : .arrow
        canvas.put(charset.line(LineMask(rawValue: masks[i]), style: styles[i]), x: x, y: y, style: CellStyle(role))
      }
    }
    for (cell, d, isSelected) in heads {
      canvas.put(
        charset.arrowhead(d), x: cell.x - offset.x, y: cell.y - offset.y,
        style: CellStyle(isSelected ? .arrowSelected : .arrow))
    }
    for (cell, d, isSelected) in attaches {
      guard let glyph = charset.attach(d) else { continue }
      let x = cell.x - offset.x
      let y = cell.y - offset.y
      // Only a straight piece of border becomes a junction; corners stay corners.
      let current = canvas[x, y].text
      guard current == String(charset.vertical) || current == String(charset.horizontal) else { continue }
      let role: StyleRole = isSelected ? .arrowSelected : .arrow
      canvas.put(glyph, x: x, y: y, style: CellStyle(role))
    }
    for (a, route) in routes.enumerated() where a < board.arrows.count {
      guard let origin = route.labelOrigin, let text = LabelPlacer.text(board.arrows[a].label) else { continue }
      canvas.put(text: text, x: origin.x - offset.x, y: origin.y - offset.y, style: CellStyle(.arrowLabel))
    }
  }

  /// The smallest rectangle holding every corner point (nil for an empty route).
  static func bounds(of points: [GridPoint]) -> GridRect? {
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
}
