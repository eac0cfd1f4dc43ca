// A board laid out again to fit an area of the screen, for the views that must show all of it:
// the app's fit-to-window zoom and the practice review's panels. The search is DiagramFit's
// (`mlsd render --fit`). When nothing fits, of its smallest layout and the first that fits the
// area's width (the rest is a scroll away), the one with more of its drawing inside the area is
// kept, and the view says so. A board whose boxes alone need more cells than the area is not
// searched (no layout fits it): its compact layout is drawn.

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
    /// The first layout as narrow as the area (taller than it).
    case width
    /// Not searched: the boxes alone cover more cells than the area; the compact layout.
    case boxes
  }

  /// The first layout that fits, else the smallest one tried. Kept for the process: the same
  /// reference is fitted to the same room in every practice review of its template.
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

  static func search(_ board: Board, columns: Int, rows: Int) -> ScreenFit {
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
    let smallest: ScreenFit
    switch DiagramFit.fit(board, columns: columns, rows: rows) {
    case .success(let choice):
      return ScreenFit(choice, fits: true)
    case .failure(let failure):
      guard let choice = failure.smallest else {
        return ScreenFit(diagram: Diagram(board: board), fits: false, layout: "as drawn")
      }
      smallest = ScreenFit(choice, fits: false)
    }
    guard smallest.columns > columns, case .success(let narrow) = DiagramFit.fit(board, columns: columns, rows: .max)
    else { return smallest }
    var tall = ScreenFit(narrow, fits: false)
    tall.shortfall = .width
    return tall.shown(columns, rows) > smallest.shown(columns, rows) ? tall : smallest
  }

  /// The share of the drawing inside `columns` × `rows`.
  func shown(_ columns: Int, _ rows: Int) -> Double {
    guard self.columns > 0, self.rows > 0 else { return 1 }
    return Double(min(columns, self.columns) * min(rows, self.rows)) / Double(self.columns * self.rows)
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

  /// Why a drawing that does not fit is shown as it is: "130x49 at its smallest", "78x90 as
  /// narrow as the room", "the boxes alone need more room; 15x1797".
  public var whyShown: String {
    switch shortfall {
    case .smallest: "\(size) at its smallest"
    case .width: "\(size) as narrow as the room"
    case .boxes: "the boxes alone need more room; \(size)"
    }
  }
}
