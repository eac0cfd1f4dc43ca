// Level of detail and fitting a page: full boxes (label and detail), compact boxes (the label on
// one line), and the search for the first layout, in order of how much it shows, whose text
// drawing fits a given number of columns and rows (`mlsd render --fit`, the app's zoom).

/// How much each box shows.
public enum LevelOfDetail: String, Sendable, CaseIterable {
  /// Label (wrapped) and detail line, as the board file sizes them.
  case full
  /// The label on one line, cut with "…" beyond BoxSizing.maxTextWidth; no detail.
  case compact

  /// The board with every box sized for this level (positions are left to the layout).
  public func apply(to board: Board) -> Board {
    guard self == .compact else { return board }
    var board = board
    for i in board.boxes.indices {
      let width = DisplayWidth.of(Sanitizer.visible(board.boxes[i].label))
      board.boxes[i].detail = nil
      board.boxes[i].frame.width = min(BoxSizing.maxTextWidth, max(3, width)) + 4
      board.boxes[i].frame.height = 3
    }
    return board
  }
}

/// Lays a board out to fit a page.
public enum DiagramFit {
  /// How the boxes are arranged.
  public enum Arrangement: String, Sendable, CaseIterable {
    case topToBottom = "top to bottom"
    case leftToRight = "left to right"
    /// Groups as lanes stacked top to bottom, each left to right (LaneLayout).
    case lanes = "groups as lanes"
    /// Top to bottom with the layers as close as their bends allow.
    case closeLayers = "top to bottom, layers close"
  }

  /// One way of drawing the board: its detail, arrangement and the routed result.
  public struct Choice: Sendable {
    public var detail: LevelOfDetail
    public var arrangement: Arrangement
    public var diagram: Diagram
    /// Columns and rows of the drawing.
    public var columns: Int
    public var rows: Int
  }

  /// The layouts tried, most shown first: full boxes before compact ones, and for each the
  /// direction of the board's usual layout first.
  static let order: [(LevelOfDetail, Arrangement)] = [
    (.full, .topToBottom), (.full, .leftToRight), (.full, .lanes), (.full, .closeLayers), (.compact, .topToBottom),
    (.compact, .leftToRight), (.compact, .lanes), (.compact, .closeLayers),
  ]

  /// The board arranged so; nil for lanes on a board with fewer than two groups.
  static func arrange(_ board: Board, _ arrangement: Arrangement) -> Board? {
    switch arrangement {
    case .topToBottom: LayeredLayout.layout(board, direction: .topToBottom)
    case .leftToRight: LayeredLayout.layout(board, direction: .leftToRight)
    case .lanes: LaneLayout.layout(board)
    case .closeLayers: LayeredLayout.layout(board, direction: .topToBottom, tight: true)
    }
  }

  /// The first layout whose drawing is at most `columns` × `rows`, or (as `.failure`) the
  /// smallest one tried, so that the caller can say how far it is.
  public static func fit(_ board: Board, columns: Int, rows: Int) -> Result<Choice, FitFailure> {
    var smallest: Choice?
    for (detail, arrangement) in order {
      guard let arranged = arrange(detail.apply(to: board), arrangement) else { continue }
      let diagram = LabelRoom.routed(arranged)
      let bounds = diagram.bounds ?? GridRect(x: 0, y: 0, width: 0, height: 0)
      let choice = Choice(
        detail: detail, arrangement: arrangement, diagram: diagram, columns: bounds.width, rows: bounds.height)
      if choice.columns <= columns && choice.rows <= rows { return .success(choice) }
      if let best = smallest, best.columns * best.rows <= choice.columns * choice.rows { continue }
      smallest = choice
    }
    return .failure(FitFailure(smallest: smallest))
  }

  /// Nothing fitted; the smallest drawing tried.
  public struct FitFailure: Error, Sendable {
    public var smallest: Choice?
  }
}
