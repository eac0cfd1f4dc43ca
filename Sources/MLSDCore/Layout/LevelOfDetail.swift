// Level of detail: how much of each box a fitted drawing shows. Full boxes (label and detail),
// compact boxes (the label on one line), and narrow boxes (the label wrapped, at two widths):
// each level gives up some of what a box shows for room, in the order the fit tries them.

/// How much each box shows.
public enum LevelOfDetail: String, Sendable, CaseIterable {
  /// Label (wrapped) and detail line, as the board file sizes them.
  case full
  /// The label on one line, cut with "…" beyond BoxSizing.maxTextWidth; no detail.
  case compact
  /// The label wrapped to `narrowTextWidth` columns (up to three lines); no detail. Taller than
  /// compact boxes but narrower, for boards whose lanes stand side by side.
  case narrow
  /// The label wrapped to `narrowestTextWidth` columns: narrower still, and taller.
  case narrowest

  /// Widest text line of a narrow box (a word longer than that widens the box, up to
  /// BoxSizing.maxTextWidth, rather than being cut in two).
  public static let narrowTextWidth = 16
  /// Widest text line of a narrowest box, a long word excepted as for narrow ones.
  public static let narrowestTextWidth = 12
  /// Text lines of a wrapped box at most.
  public static let maxLines = 3

  /// The wrapping width of this level; nil for levels that do not wrap the label.
  public var textWidth: Int? {
    switch self {
    case .full, .compact: nil
    case .narrow: LevelOfDetail.narrowTextWidth
    case .narrowest: LevelOfDetail.narrowestTextWidth
    }
  }

  /// The board with every box sized for this level (positions are left to the layout).
  public func apply(to board: Board) -> Board {
    guard self != .full else { return board }
    var board = board
    for i in board.boxes.indices {
      let label = Sanitizer.visible(board.boxes[i].label)
      board.boxes[i].detail = nil
      guard let wrap = textWidth else {
        board.boxes[i].frame.width = min(BoxSizing.maxTextWidth, max(3, DisplayWidth.of(label))) + 4
        board.boxes[i].frame.height = 3
        continue
      }
      // A word is not cut in two: the painter wraps to the box's width, so the box is as wide as
      // its longest word.
      let longestWord = label.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
      let lines = DisplayWidth.wrap(label, to: min(BoxSizing.maxTextWidth, max(wrap, longestWord)))
      let textWidth = max(3, lines.map { DisplayWidth.of($0) }.max() ?? 0)
      board.boxes[i].frame.width = textWidth + 4
      board.boxes[i].frame.height = min(LevelOfDetail.maxLines, max(1, lines.count)) + 2
    }
    return board
  }
}
