// The box selected when a board is opened, restored or reloaded with nothing selected: the one a
// reader meets first (topmost, then leftmost), so that the canvas, which follows the selection,
// starts at the drawing's top-left corner instead of wherever the file happens to list its first box.

extension Selection {
  /// The topmost, then leftmost box of `board`; nil when it has none.
  static func start(of board: Board) -> Selection? {
    board.boxes.min { ($0.frame.y, $0.frame.x) < ($1.frame.y, $1.frame.x) }.map { .box($0.id) }
  }
}
