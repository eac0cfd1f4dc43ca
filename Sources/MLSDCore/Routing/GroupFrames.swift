// Where each group's titled frame goes: around its boxes, one blank cell of padding inside, and
// wider than its boxes when its title needs it and the cells beside it are free.

/// A group's frame on the grid.
struct GroupFrame: Hashable, Sendable {
  /// Position of the group in `board.groups`.
  var group: Int
  var rect: GridRect
  /// The title as drawn in the top border (already cut to fit).
  var title: String
  /// Columns the title covers in the top border, spaces around it included.
  var titleColumns: Range<Int>
  /// Whether the frame was widened past its boxes for its title.
  var widened = false

  /// Columns of the top line no arrow may cross: the title's (its spaces included) and the
  /// dash between the corner and it, so that a title always reads "┌┄ Title" (an arrow in that
  /// dash read as "┌│ Title", through the title). Empty for a frame without a title.
  var titleCells: Range<Int> {
    guard !titleColumns.isEmpty else { return titleColumns }
    return max(rect.minX, titleColumns.lowerBound - 1)..<titleColumns.upperBound
  }

  /// Distance from a member box to the frame line.
  static let padding = 2

  /// Columns of frame the title takes besides its own: a corner and a dash, then a space, on
  /// each side.
  static let titleMargin = 6

  /// The frame width a title needs to be drawn whole.
  static func widthNeeded(title: String) -> Int {
    let width = DisplayWidth.of(Sanitizer.visible(title))
    return width == 0 ? 0 : width + titleMargin
  }

  /// The frames of every group that has at least one box on the board. A frame whose title would
  /// be cut is widened to the title's width (both ways, else to the right, else to the left)
  /// when the columns it gains, with one cell beside them, hold no box and cross no other frame;
  /// otherwise the title is cut with "…".
  static func frames(of board: Board) -> [GroupFrame] {
    guard !board.groups.isEmpty else { return [] }
    var frames: [String: GridRect] = [:]
    for box in board.boxes { frames[box.id] = box.frame }
    var rects: [(group: Int, rect: GridRect, widened: Bool)] = []
    for (index, group) in board.groups.enumerated() {
      var rect: GridRect?
      for id in group.boxIDs {
        guard let frame = frames[id] else { continue }
        rect = rect?.union(frame) ?? frame
      }
      guard let inner = rect else { continue }
      rects.append((index, inner.insetBy(dx: -padding, dy: -padding), false))
    }
    for i in rects.indices {
      let need = widthNeeded(title: board.groups[rects[i].group].title)
      if need > rects[i].rect.width, let wider = widened(i, to: need, rects.map(\.rect), board) {
        rects[i].rect = wider
        rects[i].widened = true
      }
    }
    return rects.map { group, outer, widened in
      let room = max(0, outer.width - 4)
      let title = DisplayWidth.truncate(Sanitizer.visible(board.groups[group].title), to: max(0, room - 2))
      let titleWidth = title.isEmpty ? 0 : DisplayWidth.of(title) + 2
      let start = outer.x + 2
      return GroupFrame(
        group: group, rect: outer, title: title, titleColumns: start..<(start + titleWidth), widened: widened)
    }
  }

  /// Frame `index` widened to `width` columns, or nil when no way of widening it leaves the
  /// columns it gains (and one beside them) clear of boxes and other frames' lines.
  private static func widened(_ index: Int, to width: Int, _ rects: [GridRect], _ board: Board) -> GridRect? {
    let base = rects[index]
    let extra = width - base.width
    for left in [extra / 2, 0, extra] {
      var wider = base
      wider.x -= left
      wider.width = width
      guard wider.x >= 0 else { continue }
      // The columns gained, one cell around them included.
      var strips: [GridRect] = []
      if left > 0 { strips.append(GridRect(x: wider.x - 1, y: base.y - 1, width: left + 1, height: base.height + 2)) }
      if extra - left > 0 {
        strips.append(GridRect(x: base.maxX + 1, y: base.y - 1, width: extra - left + 1, height: base.height + 2))
      }
      let boxFree = !board.boxes.contains { box in strips.contains { $0.intersects(box.frame) } }
      let frameFree = rects.indices.allSatisfy { other in
        guard other != index else { return true }
        let outer = rects[other]
        // A frame around this one (a group holding another's boxes) must still hold it whole,
        // a cell clear of its line; any other must stay clear of the columns gained.
        if Router.contains(outer, base) { return Router.contains(outer.insetBy(dx: 1, dy: 1), wider) }
        return !strips.contains { $0.intersects(outer) }
      }
      if boxFree && frameFree { return wider }
    }
    return nil
  }
}
