// Finds a place for an arrow's label next to its own path where it overwrites nothing: above or

import Foundation

// below a horizontal run, beside a vertical one, or written into the line as a last resort.

enum LabelPlacer {
  /// Widest line of a label, in columns; a longer label is wrapped at word boundaries.
  static let maxWidth = 24
  /// Most lines of a label; only text past them (about 70 columns and more) is cut, ending in "…".
  static let maxLines = 5

  /// The label as drawn: made visible and wrapped into lines of at most `maxWidth` columns, at
  /// most `lines` of them (the Excalidraw export, which has room to spare, asks for all).
  static func text(_ label: String?, lines: Int = maxLines) -> LabelText? {
    guard let label else { return nil }
    // Most labels are short printable ASCII with no space at either end: one column per byte,
    // nothing to clean. (The router asks for every kept label's text after each edit.)
    let bytes = label.utf8
    if let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, bytes.count <= maxWidth,
      bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
    {
      return LabelText(line: label, width: bytes.count)
    }
    let visible = Sanitizer.visible(label).trimmingCharacters(in: .whitespacesAndNewlines)
      .replacingOccurrences(of: "\n", with: " ")
    if visible.isEmpty { return nil }
    // Only the first lines are drawn, and they depend on the first few lines' worth of text
    // alone: wrapping the whole of a huge label (the hostile corpus holds a word of 10,000
    // characters) cost a walk as long as the word for each line broken off it.
    let head = lines <= maxLines ? DisplayWidth.prefix(visible, fitting: (lines + 5) * maxWidth) : visible
    return LabelText.wrapped(head, columns: maxWidth, maxLines: lines)
  }

  /// Whether a label of `size` fits at (x, y), each of its rows with two columns of gap to other
  /// labels (one blank reads as a space between words: "if recall@10 up canary"); with `clearance`, also a free cell before and after each row, so that it does not
  /// run into a line or a frame and read as belonging to it.
  static func fits(
    x: Int, y: Int, size: LabelSize, grid: RouteGrid, clearance: Bool = false, overFrames: Bool = false
  ) -> Bool {
    for row in y..<(y + size.height)
    where !fits(x: x, y: row, width: size.width, grid: grid, clearance: clearance, overFrames: overFrames) {
      return false
    }
    return true
  }

  /// Whether one row of `width` columns fits at (x, y) (see `fits(x:y:size:)`).
  static func fits(
    x: Int, y: Int, width: Int, grid: RouteGrid, clearance: Bool = false, overFrames: Bool = false
  ) -> Bool {
    for column in x..<(x + width) where !grid.isFreeForLabel(x: column, y: y, overFrame: overFrames) {
      return false
    }
    if !apart(x: x, y: y, width: width, grid: grid) { return false }
    if clearance {
      return grid.isFreeForLabel(x: x - 1, y: y) && grid.isFreeForLabel(x: x + width, y: y)
    }
    return true
  }

  /// Whether no other label takes the two columns before or after a row of `width` at (x, y).
  static func apart(x: Int, y: Int, width: Int, grid: RouteGrid) -> Bool {
    !grid.isLabelled(x: x - 1, y: y) && !grid.isLabelled(x: x + width, y: y) && !grid.isLabelled(x: x - 2, y: y)
      && !grid.isLabelled(x: x + width + 1, y: y)
  }

  /// The origin (top left) of the label of `size` for the arrow `arrow` whose path is `cells`,
  /// marked in the grid; nil when there is no room. With `within` (what the drawing covers
  /// without labels), a place beside a run inside it is taken before one beside a run that
  /// would make the drawing larger. A label of several lines is placed as one block beside the
  /// path: above or below a horizontal run, beside a vertical one.
  static func place(
    size: LabelSize, cells: [GridPoint], arrow: Int, grid: inout RouteGrid, within: GridRect? = nil
  ) -> GridPoint? {
    guard !size.isEmpty, cells.count >= 1 else { return nil }
    let width = size.width
    let height = size.height
    let corners = ArrowRoute.corners(of: cells)
    var segments: [(GridPoint, GridPoint)] = []
    if corners.count == 1 {
      segments.append((corners[0], corners[0]))
    } else {
      for i in 0..<(corners.count - 1) { segments.append((corners[i], corners[i + 1])) }
    }
    // Longer runs first: the label then sits in the open, clearly beside its own arrow;
    // horizontal runs before vertical ones because text reads along them.
    let order = segments.indices.sorted { a, b in
      let la = length(segments[a])
      let lb = length(segments[b])
      let ha = segments[a].0.y == segments[a].1.y
      let hb = segments[b].0.y == segments[b].1.y
      if ha != hb && min(la, lb) >= 3 { return ha }
      if la != lb { return la > lb }
      return a < b
    }
    // A place where only its own arrow's line is beside it comes first (a label between two
    // parallel lines reads as either's, `LabelNeighbours`), then one with a free cell either side.
    for bound in within == nil ? [nil] : [within, nil] {
      for pinned in [true, false] {
        for clearance in [true, false] {
          if let origin = candidate(
            size: size, segments: segments, order: order, arrow: arrow, clearance: clearance, pinned: pinned,
            within: bound, grid: grid)
          {
            grid.markLabel(at: origin, size: size)
            return origin
          }
        }
      }
    }
    // Written into or across the line: only a one-line label reads as part of it.
    if height == 1 {
      if let origin = inline(width: width, segments: segments, arrow: arrow, grid: &grid) { return origin }
      if let origin = across(width: width, segments: segments, arrow: arrow, grid: &grid) { return origin }
    }
    // Short runs leave no room beside them: any free place touching the path will do, from the
    // middle of the path outwards, every column from just left of a cell to just right of it.
    // Only then may a label be written over a group frame's line.
    let middle = cells.count / 2
    let byDistance = cells.indices.sorted {
      abs($0 - middle) != abs($1 - middle) ? abs($0 - middle) < abs($1 - middle) : $0 < $1
    }
    // Every place tried from here on lies beside the path and asks for no more room than one
    // over a frame's line: where none of those fits, none of them does.
    let overFrame = LabelSpots(size: size, cells: cells, grid: grid, overFrames: true)
    if overFrame.isEmpty { return nil }
    // A place nearer another arrow's line than its own is taken only when no other touches the
    // path (the label would read as that arrow's).
    for (overFrames, ownNearest) in [(false, true), (false, false), (true, false)] {
      if overFrames,
        let origin = candidate(
          size: size, segments: segments, order: order, arrow: arrow, clearance: false, overFrames: true, grid: grid)
      {
        grid.markLabel(at: origin, size: size)
        return origin
      }
      // Neighbouring cells of a run offer the same places: which of them fit is worked out
      // once for the whole neighbourhood (a label that fits nowhere used to cost the editor
      // milliseconds, trying them again cell after cell).
      let spots = overFrames ? overFrame : LabelSpots(size: size, cells: cells, grid: grid, overFrames: false)
      if spots.isEmpty { continue }
      for k in byDistance {
        let cell = cells[k]
        // Above the cell, below it, or level with it (the block's middle row on the cell's row).
        for dy in [-height, 1, -(height - 1) / 2] {
          let y = cell.y + dy
          let preferred = (cell.x + 2, cell.x - width - 1, cell.x - width / 2)
          for n in 0..<(3 + width + 2) {
            let x =
              switch n {
              case 0: preferred.0
              case 1: preferred.1
              case 2: preferred.2
              default: cell.x - width + (n - 3)
              }
            if spots.fits(x: x, y: y, grid: grid, overFrames: overFrames)
              && !(ownNearest
                && LabelNeighbours.isNearerOther(x: x, y: y, size: size, arrow: arrow, cells: cells, grid: grid))
            {
              let origin = GridPoint(x: x, y: y)
              grid.markLabel(at: origin, size: size)
              return origin
            }
          }
        }
      }
    }
    return nil
  }

  /// The first free place beside the segments, longest segments first, nearest their middle.
  private static func candidate(
    size: LabelSize, segments: [(GridPoint, GridPoint)], order: [Int], arrow: Int, clearance: Bool,
    overFrames: Bool = false, pinned: Bool = false, within: GridRect? = nil, grid: RouteGrid
  ) -> GridPoint? {
    let width = size.width
    let height = size.height
    func inside(_ x: Int, _ y: Int) -> Bool {
      guard let within else { return true }
      return y >= within.minY && y + height - 1 <= within.maxY && x >= within.minX && x + width - 1 <= within.maxX
    }
    for s in order {
      let (a, b) = segments[s]
      if a.y == b.y {
        let x0 = min(a.x, b.x)
        let x1 = max(a.x, b.x)
        let ideal = (x0 + x1 + 1) / 2 - width / 2
        let low = min(ideal, x0 - width / 2)
        let high = max(ideal, x1 - width / 2)
        for shift in 0...max(0, high - low) {
          for x in shift == 0 ? [ideal] : [ideal - shift, ideal + shift] where x >= low && x <= high {
            // Above the run (its last row just above it) or below.
            for y in [a.y - height, a.y + 1]
            where inside(x, y)
              && fits(x: x, y: y, size: size, grid: grid, clearance: clearance, overFrames: overFrames)
              && !(pinned && LabelNeighbours.isSqueezed(x: x, y: y, size: size, grid: grid))
            {
              return GridPoint(x: x, y: y)
            }
          }
        }
      } else {
        // The block's rows beside the run, centred on its middle; a run shorter than the block
        // leaves it overhanging as little as it can.
        let y0 = min(a.y, b.y)
        let y1 = max(a.y, b.y)
        let ideal = (y0 + y1) / 2 - (height - 1) / 2
        let low = min(ideal, y0)
        let high = max(ideal, y1 - height + 1)
        for shift in 0...(high - low) {
          for y in shift == 0 ? [ideal] : [ideal - shift, ideal + shift] where y >= low && y <= high {
            // The column between the label and its run holds no other arrow's line: the label
            // would read as that arrow's.
            for (x, gap) in [(a.x + 2, a.x + 1), (a.x - 1 - width, a.x - 1)]
            where inside(x, y)
              && fits(x: x, y: y, size: size, grid: grid, clearance: clearance, overFrames: overFrames)
              && (y..<(y + height)).allSatisfy({ holdsNoOther(arrow: arrow, x: gap, y: $0, grid: grid) })
              && !(pinned && LabelNeighbours.isSqueezed(x: x, y: y, size: size, grid: grid))
            {
              return GridPoint(x: x, y: y)
            }
          }
        }
      }
    }
    return nil
  }

  /// Writes the label into a horizontal run of the arrow's own line, keeping two line cells
  /// either side so that the arrow still reads as one.
  private static func inline(width: Int, segments: [(GridPoint, GridPoint)], arrow: Int, grid: inout RouteGrid)
    -> GridPoint?
  {
    for (a, b) in segments where a.y == b.y && abs(a.x - b.x) + 1 >= width + 4 {
      let x = (min(a.x, b.x) + max(a.x, b.x) + 1) / 2 - width / 2
      var ok = true
      for column in x..<(x + width) {
        guard let i = grid.index(x: column, y: a.y), !grid.isLabelled(x: column, y: a.y) else {
          ok = false
          break
        }
        var use = grid.head[i]
        while use >= 0 {
          if Int(grid.useArrow[Int(use)]) != arrow || grid.useKind[Int(use)] != .horizontal { ok = false }
          use = grid.useNext[Int(use)]
        }
        if !ok { break }
      }
      if ok {
        grid.markLabel(x: x, y: a.y, width: width)
        return GridPoint(x: x, y: a.y)
      }
    }
    return nil
  }

  /// Writes the label across a vertical run of the arrow's own line, centred on it, with line
  /// cells above and below and a free cell either side: where a group frame or a neighbour
  /// leaves no room beside a short run, the label still reads as part of its arrow.
  private static func across(width: Int, segments: [(GridPoint, GridPoint)], arrow: Int, grid: inout RouteGrid)
    -> GridPoint?
  {
    let vertical = segments.filter { $0.0.x == $0.1.x && abs($0.0.y - $0.1.y) >= 2 }
      .sorted { abs($0.0.y - $0.1.y) > abs($1.0.y - $1.1.y) }
    for (a, b) in vertical {
      let y0 = min(a.y, b.y) + 1
      let y1 = max(a.y, b.y) - 1
      let mid = (y0 + y1) / 2
      for shift in 0...(y1 - y0) {
        for y in shift == 0 ? [mid] : [mid - shift, mid + shift] where y >= y0 && y <= y1 {
          let x = a.x - (width - 1) / 2
          var ok = grid.isFreeForLabel(x: x - 1, y: y) && grid.isFreeForLabel(x: x + width, y: y)
          for column in x..<(x + width) where ok {
            if column == a.x {
              ok = isOnly(arrow: arrow, x: column, y: y, grid: grid)
            } else {
              ok = grid.isFreeForLabel(x: column, y: y)
            }
          }
          if ok {
            grid.markLabel(x: x, y: y, width: width)
            return GridPoint(x: x, y: y)
          }
        }
      }
    }
    return nil
  }

  /// Whether no arrow but `arrow` uses the cell.
  private static func holdsNoOther(arrow: Int, x: Int, y: Int, grid: RouteGrid) -> Bool {
    guard let i = grid.index(x: x, y: y) else { return true }
    var use = grid.head[i]
    while use >= 0 {
      if Int(grid.useArrow[Int(use)]) != arrow { return false }
      use = grid.useNext[Int(use)]
    }
    return true
  }

  /// Whether the cell holds only arrow `arrow`'s line and no label.
  private static func isOnly(arrow: Int, x: Int, y: Int, grid: RouteGrid) -> Bool {
    guard let i = grid.index(x: x, y: y), !grid.isLabelled(x: x, y: y), grid.head[i] >= 0 else { return false }
    var use = grid.head[i]
    while use >= 0 {
      if Int(grid.useArrow[Int(use)]) != arrow { return false }
      use = grid.useNext[Int(use)]
    }
    return true
  }

  private static func length(_ segment: (GridPoint, GridPoint)) -> Int {
    abs(segment.0.x - segment.1.x) + abs(segment.0.y - segment.1.y)
  }
}
