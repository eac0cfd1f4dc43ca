// Where each group's titled frame goes: around its boxes, one blank cell of padding inside.

/// A group's frame on the grid.
struct GroupFrame: Hashable, Sendable {
  /// Position of the group in `board.groups`.
  var group: Int
  var rect: GridRect
  /// The title as drawn in the top border (already cut to fit).
  var title: String
  /// Columns the title covers in the top border, spaces around it included.
  var titleColumns: Range<Int>

  /// Distance from a member box to the frame line.
  static let padding = 2

  /// The frames of every group that has at least one box on the board.
  static func frames(of board: Board) -> [GroupFrame] {
    guard !board.groups.isEmpty else { return [] }
    var frames: [String: GridRect] = [:]
    for box in board.boxes { frames[box.id] = box.frame }
    var out: [GroupFrame] = []
    for (index, group) in board.groups.enumerated() {
      var rect: GridRect?
      for id in group.boxIDs {
        guard let frame = frames[id] else { continue }
        rect = rect?.union(frame) ?? frame
      }
      guard let inner = rect else { continue }
      let outer = inner.insetBy(dx: -padding, dy: -padding)
      let room = max(0, outer.width - 4)
      let title = DisplayWidth.truncate(Sanitizer.visible(group.title), to: max(0, room - 2))
      let titleWidth = title.isEmpty ? 0 : DisplayWidth.of(title) + 2
      let start = outer.x + 2
      out.append(GroupFrame(group: index, rect: outer, title: title, titleColumns: start..<(start + titleWidth)))
    }
    return out
  }
}
