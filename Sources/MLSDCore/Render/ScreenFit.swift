// A board laid out again to fit an area of the screen, for the views that must show all of it:
// the app's fit-to-window zoom and the practice review's panels. The search is DiagramFit's, the
// one `mlsd render --fit` makes, at the same cost: the drawing that fits is the command's
// drawing for a page of the area's size plus its title lines, given the command's corner pass
// (`Diagram.clearOfCorners`). When nothing fits, the smallest layout tried whose labels are all
// clear is drawn, else the smallest (the one the command names), and the view says so. A board whose boxes alone need more cells than the area
// is not searched (no layout fits it): its compact layout is drawn.

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
  /// Which drawing it is when it does not fit.
  public var shortfall = Shortfall.smallest

  public enum Shortfall: Sendable, Equatable {
    /// The smallest layout tried.
    case smallest
    /// The smallest layout tried with every label clear of boxes, frames and other lines.
    case smallestClear
    /// Not searched: the boxes alone cover more cells than the area; the compact layout.
    case boxes
  }

  /// The first layout that fits, else the smallest one tried (`DiagramFit.fit`). Kept for the
  /// process: the same reference is fitted to the same room in every practice review of its
  /// template.
  public static func fit(_ board: Board, columns: Int, rows: Int) -> ScreenFit {
    kept.value(Key(board: board, columns: columns, rows: rows, engine: LayoutEngine.orderingName)) {
      search(board, columns: columns, rows: rows)
    }
  }

  struct Key: Hashable {
    var board: Board
    var columns: Int
    var rows: Int
    var engine: String
  }

  /// A fitted drawing holds its routes, so fewer are kept than layouts.
  static let kept = ProcessMemo<Key, ScreenFit>(capacity: 32)

  /// The drawing `choose` picks, with the corner pass `mlsd render` gives the drawing it prints
  /// (made in `choose`, on the chosen drawing only, not on the candidates the search routes).
  static func search(_ board: Board, columns: Int, rows: Int) -> ScreenFit {
    choose(board, columns: columns, rows: rows)
  }

  static func choose(_ board: Board, columns: Int, rows: Int) -> ScreenFit {
    guard !board.boxes.isEmpty else {
      return ScreenFit(diagram: Diagram(board: board), columns: 0, rows: 0, fits: true, layout: nil)
    }
    if compactArea(of: board) > columns * rows {
      // Not even the boxes fit: the compact layout the app's `L` would make at this width.
      let diagram = LabelRoom.routed(
        LayeredLayout.layoutFitting(LevelOfDetail.compact.apply(to: board), width: columns))
      var fitted = ScreenFit(diagram: diagram, fits: false, layout: "compact boxes")
      fitted.shortfall = .boxes
      return fitted
    }
    // No second search for a drawing as narrow as the area: at the zoom's 50 × 22 it cost news
    // feed's reference several times the first (Benchmarks/RESULTS.md, fit11).
    // The drawing shown, as `mlsd render --fit` prints it: its arrows off the frames' corners and
    // titles' dashes where that reads no worse (`Diagram.clearOfCorners`; off a title's dash,
    // within the area).
    switch DiagramFit.fit(board, columns: columns, rows: rows) {
    case .success(var choice):
      choice.diagram = choice.diagram.clearOfCorners(room: (columns, rows))
      return ScreenFit(choice, fits: true)
    case .failure(let failure):
      // The smallest drawing whose labels are all clear, else the smallest: a smaller one whose
      // labels sit over titles and borders is not worth the rows it saves (ux18, finding 2).
      guard var choice = failure.clear ?? failure.smallest else {
        return ScreenFit(diagram: Diagram(board: board), fits: false, layout: "as drawn")
      }
      choice.diagram = choice.diagram.clearOfCorners()
      var fitted = ScreenFit(choice, fits: false)
      if failure.clear != nil { fitted.shortfall = .smallestClear }
      return fitted
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

  /// Why a drawing that does not fit is shown as it is: "130x49 at its smallest", "the boxes
  /// alone need more room; 15x1797".
  public var whyShown: String {
    switch shortfall {
    case .smallest: "\(size) at its smallest"
    case .smallestClear: "\(size) at its smallest with labels clear"
    case .boxes: "the boxes alone need more room; \(size)"
    }
  }
}
