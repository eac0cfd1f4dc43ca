// The review's two diagrams fitted to the screen, so that the whole reference shows at once:
// side by side when the reference fits beside the board (the board's panel as narrow as its
// drawing allows), else stacked, the reference first, when it fits the screen's width, else the
// smallest layout, placed where more of it shows, with a note saying so (the pan keys move it).

extension PracticeReview {
  /// How the diagrams are drawn on a screen of one size.
  public struct Fit: Sendable {
    public enum Placement: Sendable, Equatable {
      case sideBySide, stacked
    }

    public var placement: Placement
    public var board: ScreenFit
    public var reference: ScreenFit
    /// Columns of the board's panel when side by side (the reference takes the rest).
    public var boardColumns: Int
    /// The room each panel was fitted to: columns and rows.
    public var boardRoom: (columns: Int, rows: Int)
    public var referenceRoom: (columns: Int, rows: Int)
    /// The screen it was made for.
    public var width: Int
    public var height: Int

    /// Whether the whole reference is seen at once on this screen.
    public var referenceFits: Bool { reference.fits }

    /// Cells of the reference's drawing inside its room.
    var referenceSeen: Int {
      min(reference.columns, referenceRoom.columns) * min(reference.rows, referenceRoom.rows)
    }
  }

  /// Columns between the two panels side by side.
  static let panelGap = 3
  /// Rows a panel's heading and note take above its drawing.
  static let panelHeader = 2

  /// The diagrams fitted to a screen of `width` × `height` (the rows the review page shows).
  public func fit(width: Int, height: Int) -> Fit {
    let (beside, stacked) = placements(width: width, height: height)
    guard let stacked, !beside.referenceFits else { return beside }
    if stacked.referenceFits { return stacked }
    // Nothing fits: whichever shows more of the reference on the first screen.
    return stacked.referenceSeen > beside.referenceSeen ? stacked : beside
  }

  /// Side by side, and (when the reference does not fit there) stacked with the reference first.
  /// The reference is fitted to two areas (and the board to two when it does not fit the
  /// first): its lanes are laid out and packed once for both (`LanePackings`).
  func placements(width: Int, height: Int) -> (beside: Fit, stacked: Fit?) {
    LanePackings.$current.withValue(LanePackings.current ?? LanePackings()) {
      placed(width: width, height: height)
    }
  }

  func placed(width: Int, height: Int) -> (beside: Fit, stacked: Fit?) {
    let width = max(1, width)
    let rows = max(3, height - headerRows(width: width) - Self.panelHeader)
    let half = max(1, (width - Self.panelGap) / 2)
    let mine = ScreenFit.fit(board, columns: half, rows: rows)
    // The board's panel is no wider than its drawing, and wide enough for its heading.
    let left = mine.fits ? min(half, max(mine.columns, 32)) : half
    let right = max(1, width - Self.panelGap - left)
    let theirs = ScreenFit.fit(reference, columns: right, rows: rows)
    let beside = Fit(
      placement: .sideBySide, board: mine, reference: theirs, boardColumns: left, boardRoom: (half, rows),
      referenceRoom: (right, rows), width: width, height: height)
    if theirs.fits { return (beside, nil) }
    let stackedReference = ScreenFit.fit(reference, columns: width, rows: rows)
    let stackedBoard = mine.fits ? mine : ScreenFit.fit(board, columns: width, rows: rows)
    let stacked = Fit(
      placement: .stacked, board: stackedBoard, reference: stackedReference, boardColumns: width,
      boardRoom: mine.fits ? (half, rows) : (width, rows), referenceRoom: (width, rows), width: width, height: height)
    return (beside, stacked)
  }

  /// The note under a panel's heading: how the diagram was laid out, and whether it fits.
  static func note(_ fitted: ScreenFit, room: (columns: Int, rows: Int)) -> String? {
    guard let layout = fitted.layout else { return nil }
    if fitted.fits { return "Fitted: " + layout }
    return "Does not fit: \(fitted.whyShown), room \(room.columns)x\(room.rows) (\(layout)); h/l pan"
  }

  /// Rows of the page above the diagrams' headings at this width.
  func headerRows(width: Int) -> Int {
    var page = PageWriter(width: max(1, width))
    paintHeader(into: &page)
    return page.row
  }
}
