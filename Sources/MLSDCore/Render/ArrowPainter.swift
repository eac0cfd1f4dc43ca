// Draws routed arrows: every cell's glyph comes from the union of the directions of all arrows
// through it, so merges become ├ ┤ ┬ ┴ and crossings ┼; then arrowheads, attach points, labels.

struct ArrowPainter {
  let charset: Charset
  let offset: GridPoint

  /// `frames` are the group frames drawn before the arrows: where an arrow crosses one's line,
  /// the line opens round it, except where a box stands on the line (`covering`: the frames of
  /// the boxes drawn over the frames, all of them, not only the ends of `routes`): a box is drawn whole.
  func paint(
    board: Board, routes: [ArrowRoute], highlight: Set<Int>, frames groupFrames: [GroupFrame] = [],
    covering boxes: [GridRect] = [], into canvas: inout Canvas
  ) {
    let w = canvas.width
    let h = canvas.height
    guard w > 0, h > 0 else { return }
    // One byte a cell: the directions leaving it (bits 0-3), the style of the last arrow through
    // it (bits 4-5) and whether a highlighted arrow passes (bit 6).
    var grid = [UInt8](repeating: 0, count: w * h)
    var frames: [String: GridRect] = [:]
    frames.reserveCapacity(board.boxes.count)
    for box in board.boxes { frames[box.id] = box.frame }
    var heads: [(GridPoint, Int, Bool)] = []
    var attaches: [(GridPoint, Int, Bool)] = []

    // Cells lie inside the bounding box of a route's corner points; a route whose box (plus the
    // cell an arrowhead or border junction takes) misses the canvas is skipped without walking it.
    let view = GridRect(x: offset.x - 1, y: offset.y - 1, width: w + 2, height: h + 2)
    grid.withUnsafeMutableBufferPointer { grid in
      for (a, route) in routes.enumerated() where a < board.arrows.count {
        guard let bounds = route.bounds, bounds.intersects(view) else { continue }
        let cells = route.cells
        guard let last = cells.last else { continue }
        let isSelected = highlight.contains(a)
        let styleBits = ArrowPainter.styleBits(board.arrows[a].style) | (isSelected ? ArrowPainter.selectedBit : 0)
        for k in cells.indices {
          let cell = cells[k]
          var bits: LineMask = []
          if k > 0 { bits.insert(.direction(GridDirection.of(from: cell, to: cells[k - 1]))) }
          if k < cells.count - 1 { bits.insert(.direction(GridDirection.of(from: cell, to: cells[k + 1]))) }
          if k == 0, let source = frames[board.arrows[a].from],
            let d = GridDirection.intoBox(from: cell, frame: source)
          {
            bits.insert(.direction(d))
            attaches.append(
              (GridPoint(x: cell.x + GridDirection.dx[d], y: cell.y + GridDirection.dy[d]), (d + 2) & 3, isSelected))
          }
          let x = cell.x - offset.x
          let y = cell.y - offset.y
          guard x >= 0, y >= 0, x < w, y < h else { continue }
          let i = y * w + x
          grid[i] = (grid[i] & ~ArrowPainter.styleMask) | bits.rawValue | styleBits
        }
        var inward = cells.count > 1 ? GridDirection.of(from: cells[cells.count - 2], to: last) : 0
        if let target = frames[board.arrows[a].to], let d = GridDirection.intoBox(from: last, frame: target) {
          inward = d
        }
        heads.append((last, inward, isSelected))
      }
    }

    if !groupFrames.isEmpty { openGaps(groupFrames, routes: routes, grid: grid, boxes: boxes, into: &canvas) }
    ArrowPainter.forEachMarked(grid) { i, byte in
      let role: StyleRole = byte & ArrowPainter.selectedBit != 0 ? .arrowSelected : .arrow
      let glyph = charset.line(LineMask(rawValue: byte & ArrowPainter.directionMask), style: ArrowPainter.style(byte))
      canvas.put(scalar: glyph, x: i % w, y: i / w, style: CellStyle(role))
    }
    for (cell, d, isSelected) in heads {
      canvas.put(
        scalar: charset.arrowhead(d), x: cell.x - offset.x, y: cell.y - offset.y,
        style: CellStyle(isSelected ? .arrowSelected : .arrow))
    }
    for (cell, d, isSelected) in attaches {
      guard let glyph = charset.attach(d) else { continue }
      let x = cell.x - offset.x
      let y = cell.y - offset.y
      // Only a straight piece of border becomes a junction; corners stay corners.
      let current = canvas.slot(x: x, y: y).glyph
      guard current == charset.vertical.value || current == charset.horizontal.value else { continue }
      let role: StyleRole = isSelected ? .arrowSelected : .arrow
      canvas.put(scalar: glyph, x: x, y: y, style: CellStyle(role))
    }
    for (a, route) in routes.enumerated() where a < board.arrows.count {
      // A label starting right of the canvas or with no row on it draws nothing: it is not
      // prepared (a scrolled window of a large board skips most labels).
      guard let origin = route.labelOrigin, let text = route.label, origin.x - offset.x < w,
        origin.y - offset.y < h, origin.y - offset.y + text.height > 0
      else { continue }
      for (row, line) in text.lines.enumerated() where (0..<h).contains(origin.y + row - offset.y) {
        canvas.put(
          text: charset.text(line), x: origin.x - offset.x, y: origin.y + row - offset.y, style: CellStyle(.arrowLabel))
      }
    }
  }

  /// Where an arrow runs straight across a group frame's line, the line's cells either side of
  /// it are left blank when no arrow takes them: the arrow enters the group through a gap
  /// instead of joining the frame's line. Corners and the title stay, and so does a cell of a box
  /// that stands on the frame's line (its border is drawn there, not the line).
  private func openGaps(
    _ frames: [GroupFrame], routes: [ArrowRoute], grid: [UInt8], boxes: [GridRect], into canvas: inout Canvas
  ) {
    let w = canvas.width
    let h = canvas.height
    func isFree(_ x: Int, _ y: Int) -> Bool {
      let cx = x - offset.x
      let cy = y - offset.y
      guard cx >= 0 && cy >= 0 && cx < w && cy < h && grid[cy * w + cx] & ArrowPainter.directionMask == 0 else {
        return false
      }
      let cell = GridPoint(x: x, y: y)
      return !boxes.contains { $0.contains(cell) }
    }
    func blank(_ x: Int, _ y: Int) {
      canvas.put(scalar: " ", x: x - offset.x, y: y - offset.y, style: CellStyle(.group))
    }
    for frame in frames {
      let r = frame.rect
      for route in routes {
        guard let bounds = route.bounds, bounds.intersects(r) else { continue }
        let cells = route.cells
        for k in cells.indices {
          let cell = cells[k]
          let before = k > 0 ? cells[k - 1] : nil
          let after = k + 1 < cells.count ? cells[k + 1] : nil
          let vertical = (before ?? after)?.x == cell.x && (after ?? before)?.x == cell.x
          let horizontal = (before ?? after)?.y == cell.y && (after ?? before)?.y == cell.y
          if vertical, cell.y == r.minY || cell.y == r.maxY, cell.x > r.minX, cell.x < r.maxX {
            for x in [cell.x - 1, cell.x + 1] where x > r.minX && x < r.maxX && isFree(x, cell.y) {
              if cell.y == r.minY && frame.titleColumns.contains(x) { continue }
              blank(x, cell.y)
            }
          } else if horizontal, cell.x == r.minX || cell.x == r.maxX, cell.y > r.minY, cell.y < r.maxY {
            for y in [cell.y - 1, cell.y + 1] where y > r.minY && y < r.maxY && isFree(cell.x, y) { blank(cell.x, y) }
          }
        }
      }
    }
  }

  static let directionMask: UInt8 = 0x0F
  static let selectedBit: UInt8 = 0x40
  /// Style and selection: what a later arrow through a cell replaces (selection is kept).
  static let styleMask: UInt8 = 0x30

  static func styleBits(_ style: ArrowStyle) -> UInt8 {
    switch style {
    case .solid: 0x00
    case .dashed: 0x10
    case .thick: 0x20
    }
  }

  static func style(_ byte: UInt8) -> ArrowStyle {
    switch byte & styleMask {
    case 0x10: .dashed
    case 0x20: .thick
    default: .solid
    }
  }

  /// Calls `body` with the index and byte of each cell some arrow leaves, in index order. Most
  /// of the grid is empty: it is read eight cells at a time.
  static func forEachMarked(_ grid: [UInt8], _ body: (Int, UInt8) -> Void) {
    grid.withUnsafeBufferPointer { bytes in
      let words = bytes.count / 8
      let raw = UnsafeRawBufferPointer(bytes)
      for word in 0..<words where raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self) != 0 {
        for i in (word * 8)..<(word * 8 + 8) where bytes[i] & directionMask != 0 { body(i, bytes[i]) }
      }
      for i in (words * 8)..<bytes.count where bytes[i] & directionMask != 0 { body(i, bytes[i]) }
    }
  }
}
