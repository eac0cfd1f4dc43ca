// A board laid out again to fit an area of the screen, for the views that must show all of it:
// the app's fit-to-window zoom and the practice review's panels. The search is DiagramFit's
// (`mlsd render --fit`); when nothing fits, its smallest layout is kept and the view says so.
// A board whose boxes alone need more cells than the area is never searched: no layout fits it.

/// A board drawn to fit `columns` × `rows`, or as small as the layouts tried make it.
public struct ScreenFit: Sendable {
  /// The drawing, laid out again (its boxes keep their ids, its arrows their order).
  public var diagram: Diagram
  /// Columns and rows of the drawing.
  public var columns: Int
  public var rows: Int
  /// Whether the drawing fits the area it was made for.
  public var fits: Bool
  /// How it was laid out ("compact boxes, groups as lanes"); nil for an empty board.
  public var layout: String?

  /// The first layout that fits, else the smallest one tried.
  public static func fit(_ board: Board, columns: Int, rows: Int) -> ScreenFit {
    guard !board.boxes.isEmpty else {
      return ScreenFit(diagram: Diagram(board: board), columns: 0, rows: 0, fits: true, layout: nil)
    }
    if compactArea(of: board) > columns * rows {
      // Not even the boxes fit: the compact layout the app's `L` would make at this width.
      let diagram = LabelRoom.routed(
        LayeredLayout.layoutFitting(LevelOfDetail.compact.apply(to: board), width: columns))
      return ScreenFit(diagram: diagram, fits: false, layout: "compact boxes")
    }
    switch DiagramFit.fit(board, columns: columns, rows: rows) {
    case .success(let choice):
      return ScreenFit(choice, fits: true)
    case .failure(let failure):
      if let smallest = failure.smallest { return ScreenFit(smallest, fits: false) }
      return ScreenFit(diagram: Diagram(board: board), fits: false, layout: "as drawn")
    }
  }

  /// Cells the boxes cover at their smaller size, full or compact: no layout of the board can
  /// be smaller, since boxes never overlap.
  static func compactArea(of board: Board) -> Int {
    zip(board.boxes, LevelOfDetail.compact.apply(to: board).boxes).reduce(0) { sum, pair in
      sum + min(pair.0.frame.width * pair.0.frame.height, pair.1.frame.width * pair.1.frame.height)
    }
  }

  init(_ choice: DiagramFit.Choice, fits: Bool) {
    self.init(
      diagram: choice.diagram, columns: choice.columns, rows: choice.rows, fits: fits,
      layout: "\(choice.detail.rawValue) boxes, \(choice.arrangement.rawValue)")
  }

  init(diagram: Diagram, fits: Bool, layout: String) {
    let bounds = diagram.bounds ?? GridRect(x: 0, y: 0, width: 0, height: 0)
    self.init(diagram: diagram, columns: bounds.width, rows: bounds.height, fits: fits, layout: layout)
  }

  init(diagram: Diagram, columns: Int, rows: Int, fits: Bool, layout: String?) {
    self.diagram = diagram
    self.columns = columns
    self.rows = rows
    self.fits = fits
    self.layout = layout
  }

  /// "130x49": the drawing's size (ASCII, as `mlsd render --fit` writes sizes).
  public var size: String { "\(columns)x\(rows)" }
}
