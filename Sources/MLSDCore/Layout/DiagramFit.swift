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
    /// Where the board already has its boxes, each box shrunk about its centre (`inPlace`): the
    /// order and sides its layout chose (the most searched, crossing least) are kept, and the
    /// rows and columns its shrinking frees are squeezed out.
    case asLaidOut = "as laid out"
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
    // Packed to a page: arrangements(_:_:page:); made from the board's own places: inPlace.
    case .mixedLanes, .asLaidOut: nil
    }
  }

  /// Packings of lanes each their own way routed for a page, of those guessed to cross least
  /// (LaneMix.guessed), besides the `LaneMix.kept` that leave the most room.
  static let mixesGuessed = 4

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
    // The packings that leave the most room, and those whose arrows are guessed to cross least.
    case .mixedLanes:
      LaneMix.layouts(board, page: page)
        + (page.map { LaneMix.guessed(board, seeds: [board], page: $0, count: mixesGuessed) } ?? [])
    default: arrange(board, arrangement).map { [$0] } ?? []
    }
  }

  /// The board in each arrangement wanted (by default all but lanes each their own way, which
  /// only the fit's second search weighs), each from the first `seeds` seeds of the crossing
  /// reduction (`LayeredLayout.seeds`), with the boxes in the board's own order; a layout that
  /// another seed or arrangement already gave is left out.
  /// With `grown`, only the arrangements packed to a page (lanes), packed to each page a little
  /// larger than `page` (`grownPages`), less those packed to `page` itself.
  static func candidates(
    _ board: Board, page: (columns: Int, rows: Int)? = nil, arrangements wanted: [Arrangement] = searches[0],
    seeds: Int = Int.max, grown: Bool = false
  ) -> [(Arrangement, Board)] {
    var out: [(Arrangement, Board)] = []
    var seen: Set<[GridRect]> = []
    if grown, let page {
      for (_, laid) in candidates(board, page: page, arrangements: wanted, seeds: seeds) {
        seen.insert(laid.boxes.map(\.frame))
      }
    }
    let pages: [(columns: Int, rows: Int)?] = grown ? (page.map { grownPages($0) } ?? []) : [page]
    for seed in LayeredLayout.seeds(of: board).prefix(seeds) {
      for arrangement in wanted where !grown || packedToPage.contains(arrangement) {
        for var laid in pages.flatMap({ arrangements(seed, arrangement, page: $0) }) {
          if laid.boxes.map(\.id) != board.boxes.map(\.id) { laid = LayeredLayout.inOrder(of: board, laid) }
          guard seen.insert(laid.boxes.map(\.frame)).inserted else { continue }
          out.append((arrangement, laid))
        }
      }
    }
    return out
  }

  /// The arrangements whose layouts depend on the page they are packed to.
  static let packedToPage: Set<Arrangement> = [.lanes, .laneColumns, .mixedLanes]

  /// The pages a little larger than `page` (up to `pageMargin` more columns, rows or both) whose
  /// lane packings a fit that finds nothing for `page` weighs too: a packing made for a page one
  /// column wider may draw within `page` (the packings keep `pageMargin` free for arrows going
  /// round, and those may need less), and without it a wider page got a smaller drawing than any
  /// `page` got (harmful content detection: 121 × 27 for 125 × 30, nothing for 124 × 30).
  static func grownPages(_ page: (columns: Int, rows: Int)) -> [(columns: Int, rows: Int)] {
    // A page as large as need be (Int.max rows) is not grown: its packings are the same.
    func plus(_ n: Int, _ k: Int) -> Int { n < Int.max / 2 ? n + k : n }
    return (1...pageMargin).flatMap { k in
      [
        (plus(page.columns, k), page.rows), (page.columns, plus(page.rows, k)),
        (plus(page.columns, k), plus(page.rows, k)),
      ]
    }
  }

  /// The arrangements searched at each level of detail, in turn: lanes each their own way
  /// (LaneMix) only when no other arrangement fits at that level, since their many packings
  /// cost routing time.
  static let searches: [[Arrangement]] = [
    Arrangement.allCases.filter { $0 != .mixedLanes && $0 != .asLaidOut }, [.mixedLanes],
  ]

  /// The board where it is, each box sized for `detail` about its centre (so that boxes lined up
  /// by their centres stay lined up); nil when two boxes would then come closer than a cell
  /// apart (a board never laid out, or boxes grown by the level).
  static func inPlace(_ board: Board, _ detail: LevelOfDetail) -> Board? {
    var sized = detail.apply(to: board)
    for i in sized.boxes.indices {
      let old = board.boxes[i].frame
      let new = sized.boxes[i].frame
      sized.boxes[i].frame.x = old.x + (old.width - new.width) / 2
      sized.boxes[i].frame.y = old.y + (old.height - new.height) / 2
    }
    let frames = sized.boxes.map(\.frame).sorted { $0.x < $1.x }
    for (i, a) in frames.enumerated() {
      let apart = a.insetBy(dx: -1, dy: -1)
      for b in frames[(i + 1)...] {
        if b.x > apart.maxX { break }
        if apart.intersects(b) { return nil }
      }
    }
    return sized
  }

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
  /// labels and then has the best `LayeredLayout.score` (crossings and area). The level after
  /// the first that fits is weighed too, and its drawing is taken when it crosses fewer arrows and
  /// drops and covers no more labels (`crossesFewer`): crossings are what most hinder reading a
  /// drawing, more than a detail line. When the drawing so chosen still crosses more arrows than
  /// `ceiling` (by default Graphviz dot's own drawing of the board, what the reader would be
  /// shown instead), the levels after it are weighed too, each with titles whole and cut, and a
  /// drawing taken when it reads better (`readsBetter`: fewer crossings, a label over a frame
  /// line counted as one, a crossing more for each level given up) and cuts no more group titles
  /// than the drawing first chosen (`titlesCut`), until one crosses no more than the ceiling. When none fits,
  /// `.failure` holds the smallest drawing tried, so that the caller can say how far it is.
  /// Lanes are laid out and packed once in a fit (`LanePackings`; the caller's, when it fits the
  /// board to several areas), whichever pages and levels weigh them.
  public static func fit(
    _ board: Board, columns: Int, rows: Int, ceiling: (Board) -> Int? = DiagramFit.dotCrossings
  ) -> Result<Choice, FitFailure> {
    LanePackings.$current.withValue(LanePackings.current ?? LanePackings()) {
      search(board, columns: columns, rows: rows, ceiling: ceiling)
    }
  }

  static func search(
    _ board: Board, columns: Int, rows: Int, ceiling: (Board) -> Int?
  ) -> Result<Choice, FitFailure> {
    var smallest = SmallestTried(page: (columns, rows))
    let page = (columns: columns, rows: rows)
    let levels = LevelOfDetail.allCases
    // Each level's search, titles whole and cut, is made once: the rules below weigh some twice.
    var searched: [String: LevelSearch] = [:]
    // First the candidates packed to the page; when none fits, the lanes packed to pages a little
    // larger (`grownPages`), the same rules weighing them.
    var grown = false
    func best(_ detail: LevelOfDetail, cutTitles: Bool, wide: Bool = false) -> LevelSearch {
      let key = "\(detail.rawValue) \(cutTitles) \(wide) \(grown)"
      if let done = searched[key] { return done }
      let done = DiagramFit.best(board, detail, page: page, cutTitles: cutTitles, wide: wide, grown: grown)
      searched[key] = done
      return done
    }
    var weighings = 0
    func weighed(_ detail: LevelOfDetail, cutTitles: Bool) -> PageFit.Drawing? {
      let search = best(detail, cutTitles: cutTitles)
      for (order, drawing) in search.routed { smallest.weigh(drawing, detail, order: [weighings] + order) }
      for var candidate in search.unrouted {
        candidate.order = [weighings] + candidate.order
        smallest.keep(candidate)
      }
      weighings += 1
      return search.found
    }
    func firstFit() -> Choice? {
      for (index, detail) in levels.enumerated() {
        // Titles whole (frames as wide as their titles want where there is room), and, when some
        // frame wanted to be wider, cut: taken when nothing fits with them whole or when it
        // crosses fewer arrows and loses no more labels.
        var found = weighed(detail, cutTitles: false)
        var cutTitles = false
        // A drawing that crosses nothing cannot be crossed less: the cut titles' search is not made.
        if found.map({ $0.quality.crossings > 0 }) ?? true, titlesWiden(detail.apply(to: board)),
          let cut = weighed(detail, cutTitles: true), found.map({ crossesFewer(cut.quality, than: $0.quality) }) ?? true
        {
          (found, cutTitles) = (cut, true)
        }
        guard let found else { continue }
        var choice = Choice(detail, found)
        var quality = found.quality
        // Nor the next level's (nor dot's drawing asked for) when the drawing crosses nothing.
        if found.quality.crossings > 0, index + 1 < levels.count,
          let next = best(levels[index + 1], cutTitles: cutTitles).found,
          crossesFewer(next.quality, than: found.quality)
        {
          (choice, quality) = (Choice(levels[index + 1], next), next.quality)
        }
        // Past dot's crossings, crossings come before detail.
        guard quality.crossings > 0, let bar = ceiling(board), quality.crossings > bar else { return choice }
        var chosenIndex = choice.detail == detail ? index : index + 1
        // Titles cut: no more than the drawing the levels above chose.
        let cutCount = titlesCut(choice.diagram.board, of: board)
        // Each level from the first that fits: its usual search (weighed already at the first),
        // then, at that level and the next, the wide one (`best(wide:)`: the crossings it saved on
        // the references were found there; past them news feed's search found none, at several times the cost).
        for (laterIndex, later) in levels.enumerated().dropFirst(index) {
          // Never back to more detail than the drawing chosen (readsBetter's levels given up).
          for wide in [false, true]
          where laterIndex >= chosenIndex && (wide ? laterIndex <= index + wideLevels - 1 : laterIndex > index) {
            for cut in [false, true] where !cut || titlesWiden(later.apply(to: board)) {
              guard quality.crossings > bar, let drawing = best(later, cutTitles: cut, wide: wide).found,
                readsBetter(drawing.quality, than: quality, levelsDown: laterIndex - chosenIndex),
                titlesCut(drawing.diagram.board, of: board) <= cutCount
              else { continue }
              (choice, quality, chosenIndex) = (Choice(later, drawing), drawing.quality, laterIndex)
            }
          }
        }
        return choice
      }
      return nil
    }
    for pass in [false, true] {
      grown = pass
      if let choice = firstFit() { return .success(choice) }
    }
    let (least, clear) = smallest.resolved()
    if let near = smallest.nearest, let cleared = cornersCleared(near, page: page) { return .success(cleared) }
    return .failure(FitFailure(smallest: least, clear: clear))
  }

  /// The drawing with the corner pass the drawing shown gets (`Diagram.clearOfCorners`, within
  /// the page), when that brings it within the page; else nil. A fit that finds nothing within
  /// the page weighs the drawing reaching least past it so (`SmallestTried.nearest`): news feed
  /// measured 111 × 34 for a page of 111 × 34 and was drawn 110 × 34, while a page of 110 × 34
  /// found nothing; a fit succeeds whenever a drawing it made fits.
  static func cornersCleared(_ choice: Choice, page: (columns: Int, rows: Int)) -> Choice? {
    let cleared = choice.diagram.clearOfCorners(room: page)
    let quality = LayoutQuality(cleared)
    guard quality.columns <= page.columns, quality.rows <= page.rows else { return nil }
    return Choice(
      choice.detail,
      PageFit.Drawing(arrangement: choice.arrangement, diagram: cleared, quality: quality, moved: false))
  }

  /// Whether `next`, drawn `levelsDown` levels of detail below `first`, reads better: it crosses
  /// fewer arrows by more than a crossing for each level given up (as a drawing whole on the page
  /// is worth `PageFit.crossingAllowance` crossing, so is a level of detail), a label written
  /// over a frame line counted as a crossing (the reader tells the label from the line as a
  /// crossing's two lines), and it drops, overlaps, strays and runs through boxes no more. The
  /// rule that weighs levels past dot's crossings: harmful content detection at 120 × 40 crosses
  /// 20 with compact boxes, 6 and a label on a frame with narrow ones; visual search at 160 × 45
  /// 4 with full boxes, 3 with the narrowest (kept full).
  static func readsBetter(_ next: LayoutQuality, than first: LayoutQuality, levelsDown: Int = 0) -> Bool {
    func others(_ q: LayoutQuality) -> Int { q.labelsAway + q.labelOverlaps + q.svgLabelOverlaps + q.throughBoxes }
    return next.crossings + next.labelsOnFrames + levelsDown * PageFit.crossingAllowance
      < first.crossings + first.labelsOnFrames
      && next.droppedLabels <= first.droppedLabels && others(next) <= others(first)
  }

  /// How many group titles the drawing of `drawn` cuts ("…") that `original` has whole: fewer
  /// crossings are never bought with a title cut.
  static func titlesCut(_ drawn: Board, of original: Board) -> Int {
    GroupFrame.frames(of: drawn).filter { frame in
      frame.group < original.groups.count && frame.title != Sanitizer.visible(original.groups[frame.group].title)
    }.count
  }

  /// The crossings of Graphviz dot's own drawing of the board (its DOT export, labels included:
  /// what the reader would be shown instead), when the layout has that engine; else nil.
  public static func dotCrossings(_ board: Board) -> Int? {
    LayoutEngine.ordering.flatMap { LayeredLayout.engineCrossings(board, engine: $0) }
  }

  /// Whether some group's title is wider than a frame round its widest box: only then can its
  /// title change the layout.
  static func titlesWiden(_ board: Board) -> Bool {
    var width: [String: Int] = [:]
    for box in board.boxes { width[box.id] = box.frame.width }
    return board.groups.contains { group in
      let widest = group.boxIDs.compactMap { width[$0] }.max() ?? 0
      return GroupFrame.widthNeeded(title: group.title) > widest + 2 * GroupFrame.padding
    }
  }

  /// Whether `next` crosses fewer arrows than `first` and drops and covers no more labels.
  static func crossesFewer(_ next: LayoutQuality, than first: LayoutQuality) -> Bool {
    next.crossings < first.crossings && !Array(key(first).prefix(3)).lexicographicallyPrecedes(key(next).prefix(3))
  }

  /// Levels of detail, from the first that fits, searched wide (`best(wide:)`) when the drawing
  /// chosen crosses more than dot's.
  static let wideLevels = 2

  /// Seeds of the crossing reduction (`LayeredLayout.seeds`) a level's usual search lays out:
  /// the file's order and its reverse.
  static let usualSeeds = 2

  /// The best drawing within the page at one level of detail (nil when none fits; the `searches`
  /// in turn, the board as laid out among the first), with the drawings routed and the candidates
  /// left unrouted (`LevelSearch`).
  /// With `cutTitles`, the boxes are laid out as if the groups had no titles (no frame wider
  /// than its boxes) and each title is then cut to its frame (`titled`). `wide`, for a drawing
  /// that still crosses more than dot's: every seed (the shuffled orders too) and both searches,
  /// all weighed together (similar listings at 160 × 45: 12 crossings drawn with the usual
  /// search, as many as dot's 6 with the wide one, Benchmarks/RESULTS.md, fit10).
  /// A candidate whose least size already keys higher than a drawing that fits is not routed
  /// (`leastKey`; `bounded: false` routes every candidate, for the tests' comparison).
  static func best(
    _ board: Board, _ detail: LevelOfDetail, page: (columns: Int, rows: Int), cutTitles: Bool = false,
    wide: Bool = false, bounded: Bool = true, grown: Bool = false
  ) -> LevelSearch {
    var source = board
    if cutTitles { for g in source.groups.indices { source.groups[g].title = "" } }
    let sized = detail.apply(to: source)
    var out = LevelSearch()
    var all: [PageFit.Drawing] = []
    for (search, arrangements) in searches.enumerated() {
      var laid = candidates(
        sized, page: page, arrangements: arrangements, seeds: wide ? Int.max : usualSeeds, grown: grown)
      if search == 0, !grown, let kept = inPlace(source, detail) { laid.insert((.asLaidOut, kept), at: 0) }
      if cutTitles { laid = laid.map { ($0.0, titled($0.1, like: board)) } }
      var drawings: [PageFit.Drawing] = []
      // A candidate that cannot fit is routed only if nothing fits (SmallestTried).
      for (c, candidate) in PageFit.plausible(laid, page: page).enumerated() {
        let least = PageFit.leastSize(candidate.1)
        guard least.columns <= page.columns && least.rows <= page.rows else {
          out.unrouted.append(
            SmallestTried.Unrouted(
              detail: detail, arrangement: candidate.0, board: candidate.1,
              leastArea: least.columns * least.rows, order: [search, c]))
          continue
        }
        // Nor is one that cannot beat a drawing that fits (`bound`): then this search finds one.
        if bounded, let bound = out.bound, bound.lexicographicallyPrecedes(leastKey(least)) {
          out.skipped += 1
          continue
        }
        for (k, drawing) in PageFit.drawings([candidate]).enumerated() {
          out.routed.append(([search, c, k], drawing))
          drawings.append(drawing)
          let q = drawing.quality
          if !drawing.moved && q.columns <= page.columns && q.rows <= page.rows,
            out.bound.map({ key(q).lexicographicallyPrecedes($0) }) ?? true
          {
            out.bound = key(q)
          }
        }
      }
      all += drawings
      if wide { continue }
      if let found = PageFit.best(drawings, columns: page.columns, rows: page.rows, asMeasured: true, key: key) {
        out.found = found
        return out
      }
    }
    // Wide: every drawing of both searches weighed together.
    if wide { out.found = PageFit.best(all, columns: page.columns, rows: page.rows, asMeasured: true, key: key) }
    return out
  }

  /// One level's search: the best drawing within the page (nil when none fits), the drawings
  /// routed, each with its place in the search (search, candidate, drawing), and the candidates
  /// left unrouted because they cannot fit (SmallestTried).
  struct LevelSearch {
    var found: PageFit.Drawing?
    var routed: [(order: [Int], drawing: PageFit.Drawing)] = []
    var unrouted: [SmallestTried.Unrouted] = []
    /// The least `key` of the drawings routed as laid out (not squeezed) that fit the page: the
    /// drawing found keys no higher (PageFit.best).
    var bound: [Int]?
    /// Candidates not routed because even their least size keys higher than `bound`.
    var skipped = 0
  }

  /// The least `key` any drawing of a board needing `least` columns and rows can have: nothing
  /// dropped, covered or crossed, and that area (PageFit.leastSize). A candidate whose least key
  /// is above a drawing that fits ranks after it in PageFit.best, which never looks past the
  /// best drawing routed as laid out: not routing it changes nothing.
  static func leastKey(_ least: (columns: Int, rows: Int)) -> [Int] {
    [0, 0, 0, least.columns * least.rows]
  }

  /// A board laid out without group titles given `original`'s titles: whole where the frame can
  /// grow for it within the drawing as laid out, else cut (with "…") to the frame its boxes make.
  static func titled(_ laid: Board, like original: Board) -> Board {
    var cut = laid
    for frame in GroupFrame.frames(of: laid) {
      let title = Sanitizer.visible(original.groups[frame.group].title)
      cut.groups[frame.group].title = DisplayWidth.truncate(
        title, to: max(0, frame.rect.width - GroupFrame.titleMargin))
    }
    guard let bounds = LayeredLayout.drawnBounds(cut) else { return cut }
    var whole = laid
    whole.groups = original.groups
    var out = cut
    for frame in GroupFrame.frames(of: whole)
    where frame.widened && frame.rect.minX >= bounds.minX && frame.rect.maxX <= bounds.maxX {
      out.groups[frame.group].title = original.groups[frame.group].title
    }
    return out
  }

  /// Nothing fitted; the smallest drawing tried.
  public struct FitFailure: Error, Sendable {
    public var smallest: Choice?
    /// The smallest drawing tried with no label over a box, a group frame's line or title,
    /// another label or another arrow's line (`SmallestTried.isClear`): what a view that shows a
    /// drawing that does not fit draws (`ScreenFit`); nil when none is.
    public var clear: Choice? = nil
  }
}
