// The canvas's zoom (the z key): full boxes, compact boxes (one line each, where the user put
// them), or the whole board laid out again to fit the canvas. The zoomed-out drawings are views
// only: they are never written to the board, so nothing is moved and nothing is marked modified.

/// How the canvas draws the board.
public enum CanvasZoom: String, Sendable, CaseIterable {
  /// The board as it is: label and detail line, where the user put each box.
  case full
  /// Each box on one line (the label, no detail) at its own place.
  case compact
  /// The whole board laid out again to fit the canvas (`mlsd render --fit` at the canvas's size).
  case fit

  /// The next level the z key goes to.
  public var next: CanvasZoom {
    switch self {
    case .full: .compact
    case .compact: .fit
    case .fit: .full
    }
  }

  /// The level as the status line and messages name it.
  public var name: String {
    switch self {
    case .full: "full boxes"
    case .compact: "compact boxes"
    case .fit: "fit to window"
    }
  }
}

/// What a zoomed-out canvas draws, and what it was made from.
struct ZoomDrawing: Sendable {
  let zoom: CanvasZoom
  /// The boxes, arrows and groups drawn (what the drawing depends on).
  let boxes: [Box]
  let arrows: [Arrow]
  let groups: [Group]
  /// The canvas's size it was fitted to (for `fit`).
  let columns: Int
  let rows: Int
  private(set) var diagram: Diagram
  /// Whether the drawing needs no corner pass (`CornerPass`): the fit's search made it, or the
  /// compact drawing touches no frame corner, or the pass was made for it.
  private(set) var cornersSettled = true
  /// Whether the whole drawing fits the canvas (compact: always true, it is not fitted).
  let fits: Bool
  /// How `fit` laid it out ("compact boxes, groups as lanes").
  let layout: String?
  /// Why it does not fit ("150x40 at its smallest"); nil when it fits.
  let shortfall: String?

  init(_ zoom: CanvasZoom, board: Board, columns: Int, rows: Int) {
    self.zoom = zoom
    boxes = board.boxes
    arrows = board.arrows
    groups = board.groups
    self.columns = columns
    self.rows = rows
    switch zoom {
    case .full, .compact:
      // The corner pass `mlsd render` gives its drawing comes after, off the main loop.
      diagram = Diagram(board: ZoomDrawing.compactInPlace(board))
      cornersSettled = !diagram.wantsShownRouting()
      fits = true
      layout = nil
      shortfall = nil
    case .fit:
      let fitted = ScreenFit.fit(board, columns: columns, rows: rows)
      diagram = fitted.diagram
      fits = fitted.fits
      layout = fitted.layout
      shortfall = fitted.fits ? nil : fitted.whyShown
    }
  }

  /// Takes the corner pass's drawing when it was made for this drawing; false otherwise.
  mutating func settleCorners(_ done: ClearedCorners) -> Bool {
    guard !cornersSettled, done.board == diagram.board, done.routes == diagram.routes else { return false }
    if let cleared = done.cleared { diagram = cleared }
    cornersSettled = true
    return true
  }

  /// Whether the drawing still shows this board on a canvas of this size.
  func isCurrent(for board: Board, columns: Int, rows: Int) -> Bool {
    guard board.boxes == boxes, board.arrows == arrows, board.groups == groups else { return false }
    return zoom != .fit || (columns == self.columns && rows == self.rows)
  }

  /// Every box one line high and no wider than it is (so that no two boxes come to overlap), at
  /// its own place.
  static func compactInPlace(_ board: Board) -> Board {
    var compact = LevelOfDetail.compact.apply(to: board)
    for i in compact.boxes.indices {
      compact.boxes[i].frame.width = min(compact.boxes[i].frame.width, board.boxes[i].frame.width)
    }
    return compact
  }

}
