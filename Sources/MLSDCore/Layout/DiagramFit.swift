// Fitting a page: the search for the first layout, in order of how much it shows (LevelOfDetail),
// whose text drawing fits a given number of columns and rows (`mlsd render --fit`, the app's
// zoom).

/// Lays a board out to fit a page.
public enum DiagramFit {
  /// How the boxes are arranged.
  public enum Arrangement: String, Sendable, CaseIterable {
    case topToBottom = "top to bottom"
    case leftToRight = "left to right"
    /// Groups as lanes stacked top to bottom, each left to right (LaneLayout).
    case lanes = "groups as lanes"
    /// Groups as lanes side by side, each top to bottom (LaneLayout).
    case laneColumns = "groups as lanes side by side"
    /// Top to bottom with the layers as close as their bends allow.
    case closeLayers = "top to bottom, layers close"
    /// Without groups: the flow cut into two or three bands, each left to right, stacked
    /// (BandLayout).
    case bands = "left to right in rows"
    /// Groups as lanes, each left to right or top to bottom, packed in shelves to fill the page
    /// (LaneMix).
    case mixedLanes = "groups as lanes, each its own way"
  }

  /// One way of drawing the board: its detail, arrangement and the routed result.
  public struct Choice: Sendable {
    public var detail: LevelOfDetail
    public var arrangement: Arrangement
    public var diagram: Diagram
    /// Columns and rows of the drawing.
    public var columns: Int
    public var rows: Int

    init(_ detail: LevelOfDetail, _ drawing: PageFit.Drawing) {
      self.detail = detail
      arrangement = drawing.arrangement ?? .topToBottom
      diagram = drawing.diagram
      columns = drawing.quality.columns
      rows = drawing.quality.rows
    }
  }

  /// The board arranged so; nil for lanes on a board with fewer than two groups. Lanes reaching
  /// past `limit` (rows for lanes stacked, columns for lanes side by side) start a new column or
  /// row of lanes (LaneLayout).
  static func arrange(_ board: Board, _ arrangement: Arrangement, limit: Int? = nil) -> Board? {
    switch arrangement {
    case .topToBottom: LayeredLayout.layout(board, direction: .topToBottom)
    case .leftToRight: LayeredLayout.layout(board, direction: .leftToRight)
    case .lanes: LaneLayout.layout(board, stacking: .rows, limit: limit)
    case .laneColumns: LaneLayout.layout(board, stacking: .columns, limit: limit)
    case .closeLayers: LayeredLayout.layout(board, direction: .topToBottom, tight: true)
    case .bands: BandLayout.layout(board, bands: 2)
    // Packed to a page: arrangements(_:_:page:).
    case .mixedLanes: nil
    }
  }

  /// Rows and columns kept free at a page's edges when lanes are packed into it: room for the
  /// arrows that go round the drawing.
  static let pageMargin = 4

  /// The board arranged so in every way worth weighing: lanes in one, two or three shelves and
  /// filled up to the page (LaneLayout.layouts), the other arrangements once.
  static func arrangements(_ board: Board, _ arrangement: Arrangement, page: (columns: Int, rows: Int)? = nil)
    -> [Board]
  {
    switch arrangement {
    case .lanes: LaneLayout.layouts(board, stacking: .rows, limit: page.map { $0.rows - pageMargin })
    case .laneColumns: LaneLayout.layouts(board, stacking: .columns, limit: page.map { $0.columns - pageMargin })
    case .bands: [2, 3].compactMap { BandLayout.layout(board, bands: $0) }
    case .mixedLanes: LaneMix.layouts(board, page: page)
    default: arrange(board, arrangement).map { [$0] } ?? []
    }
  }

  /// The board in each arrangement wanted (by default all but lanes each their own way, which
  /// only the fit's second search weighs), each from the first `seeds` seeds of the crossing
  /// reduction (`LayeredLayout.seeds`), with the boxes in the board's own order; a layout that
  /// another seed or arrangement already gave is left out.
  static func candidates(
    _ board: Board, page: (columns: Int, rows: Int)? = nil, arrangements wanted: [Arrangement] = searches[0],
    seeds: Int = Int.max
  ) -> [(Arrangement, Board)] {
    var out: [(Arrangement, Board)] = []
    var seen: Set<[GridRect]> = []
    for seed in LayeredLayout.seeds(of: board).prefix(seeds) {
      for arrangement in wanted {
        for var laid in arrangements(seed, arrangement, page: page) {
          if laid.boxes.map(\.id) != board.boxes.map(\.id) { laid = LayeredLayout.inOrder(of: board, laid) }
          guard seen.insert(laid.boxes.map(\.frame)).inserted else { continue }
          out.append((arrangement, laid))
        }
      }
    }
    return out
  }

  /// The arrangements searched at each level of detail, in turn: lanes each their own way
  /// (LaneMix) only when no other arrangement fits at that level, since their many packings
  /// cost routing time.
  static let searches: [[Arrangement]] = [Arrangement.allCases.filter { $0 != .mixedLanes }, [.mixedLanes]]

  /// How a fitted drawing is weighed, least first: labels dropped, then labels on frame lines,
  /// then labels away from their line, over others or arrows through boxes, then the score.
  static func key(_ q: LayoutQuality) -> [Int] {
    [
      q.droppedLabels, q.labelsOnFrames, q.labelsAway + q.labelOverlaps + q.svgLabelOverlaps + q.throughBoxes,
      LayeredLayout.score(q),
    ]
  }

  /// The layout that shows the most and fits `columns` × `rows`: full boxes when any full layout
  /// fits, else compact, narrow, then narrowest ones (at each level the `searches` in turn); of
  /// those that fit in the first search that has any, the one that drops and covers the fewest
  /// labels and then has the best `LayeredLayout.score` (crossings and area). When none fits, `.failure`
  /// holds the smallest drawing tried, so that the caller can say how far it is.
  public static func fit(_ board: Board, columns: Int, rows: Int) -> Result<Choice, FitFailure> {
    var smallest: Choice?
    let page = (columns: columns, rows: rows)
    for detail in LevelOfDetail.allCases {
      let sized = detail.apply(to: board)
      for arrangements in searches {
        let drawings = PageFit.drawings(
          PageFit.plausible(
            candidates(sized, page: page, arrangements: arrangements, seeds: 2), page: page))
        let best = PageFit.best(drawings, columns: columns, rows: rows, key: key)
        if let best { return .success(Choice(detail, best)) }
        for drawing in drawings {
          if let small = smallest, small.columns * small.rows <= drawing.quality.columns * drawing.quality.rows {
            continue
          }
          smallest = Choice(detail, drawing)
        }
      }
    }
    return .failure(FitFailure(smallest: smallest))
  }

  /// Nothing fitted; the smallest drawing tried.
  public struct FitFailure: Error, Sendable {
    public var smallest: Choice?
  }
}
