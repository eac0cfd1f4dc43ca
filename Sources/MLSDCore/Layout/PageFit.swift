// The search for a drawing within a page among many arrangements (DiagramFit.candidates). A
// routing costs far more than a layout, and squeezing a routed drawing (DiagramSqueeze) costs no
// routing at all: so each candidate is routed once, its squeezed forms are measured with their
// routes moved, and only the drawings about to be chosen are routed again from their boards, to
// check that the board, as it will be saved and drawn again, still draws as measured.

enum PageFit {
  /// One drawing weighed: how the boxes were arranged, the drawing and its measure, and whether
  /// its routes were moved by a squeeze rather than routed for its board.
  struct Drawing {
    /// nil for the drawing the search started from.
    var arrangement: DiagramFit.Arrangement?
    var diagram: Diagram
    var quality: LayoutQuality
    var moved: Bool
  }

  /// Drawings that are checked by routing again before the search gives up on the rest.
  static let maxChecks = 6

  /// A candidate whose boxes and frames alone reach past the page by more than this (in
  /// eighths: 12 is half as far again) is not routed; squeezing takes a quarter at most from
  /// the references' drawings.
  static let reachEighths = 12

  /// The candidates worth routing for a page: those whose boxes and frames reach less than half
  /// as far again as the page; when none does, the one that covers the least.
  static func plausible(_ candidates: [(DiagramFit.Arrangement, Board)], page: (columns: Int, rows: Int))
    -> [(DiagramFit.Arrangement, Board)]
  {
    let sized = candidates.map { c -> ((DiagramFit.Arrangement, Board), GridRect) in
      (c, LayeredLayout.drawnBounds(c.1) ?? GridRect(x: 0, y: 0, width: 0, height: 0))
    }
    // A page of Int.max rows (as tall as need be) must not overflow.
    let reach = (
      columns: min(page.columns, Int.max / 16) * reachEighths, rows: min(page.rows, Int.max / 16) * reachEighths
    )
    let near = sized.filter { $0.1.width * 8 <= reach.columns && $0.1.height * 8 <= reach.rows }
    if !near.isEmpty { return near.map(\.0) }
    return sized.min { $0.1.width * $0.1.height < $1.1.width * $1.1.height }.map { [$0.0] } ?? []
  }

  /// The fewest columns and rows any drawing of `board` takes. DiagramSqueeze never takes out a
  /// row or column beside a box (for arrowheads and stubs) or a group frame's line with its
  /// padding (the frame as its boxes make it, before any widening for its title), and leaves a
  /// column in every stretch it shortens; routing only adds rows and columns (LabelRoom opens
  /// them, never closes them). Only the cell outside the outermost of these may be blank. So a
  /// board that needs more than a page cannot fit it, routed or squeezed.
  static func leastSize(_ board: Board) -> (columns: Int, rows: Int) {
    var rows: [(Int, Int)] = []
    var columns: [(Int, Int)] = []
    var frames: [String: GridRect] = [:]
    for box in board.boxes {
      frames[box.id] = box.frame
      rows.append((box.frame.minY - 1, box.frame.maxY + 1))
      columns.append((box.frame.minX - 1, box.frame.maxX + 1))
    }
    let pad = GroupFrame.padding
    for group in board.groups {
      guard let inner = group.boxIDs.compactMap({ frames[$0] }).reduce(nil, { $0?.union($1) ?? $1 }) else { continue }
      let r = inner.insetBy(dx: -pad, dy: -pad)
      rows += [(r.minY - 1, r.minY + pad), (r.maxY - pad, r.maxY + 1)]
      columns += [(r.minX - 1, r.minX + pad), (r.maxX - pad, r.maxX + 1)]
    }
    func merged(_ spans: [(Int, Int)]) -> (cells: Int, gaps: Int) {
      var out: [(Int, Int)] = []
      for r in spans.sorted(by: { $0.0 < $1.0 }) {
        if let last = out.last, r.0 <= last.1 + 1 {
          out[out.count - 1].1 = max(last.1, r.1)
        } else {
          out.append(r)
        }
      }
      return (out.reduce(0) { $0 + $1.1 - $1.0 + 1 }, max(0, out.count - 1))
    }
    guard !board.boxes.isEmpty else { return (0, 0) }
    let (across, down) = (merged(columns), merged(rows))
    return (across.cells - 2 + across.gaps * DiagramSqueeze.keptColumns, down.cells - 2)
  }

  /// Each candidate as routed (LabelRoom) and squeezed (`squeezes`).
  static func drawings(_ candidates: [(DiagramFit.Arrangement, Board)]) -> [Drawing] {
    var out: [Drawing] = []
    for (arrangement, laid) in candidates {
      let routed = LabelRoom.routed(laid)
      out.append(Drawing(arrangement: arrangement, diagram: routed, quality: LayoutQuality(routed), moved: false))
      out += squeezes(of: routed, arrangement: arrangement)
    }
    return out
  }

  /// A routed drawing squeezed (DiagramSqueeze), with and without its labels' columns kept, and
  /// with no empty row left between what the rows hold (layers then one row closer, lanes a row
  /// or two: when a page is a row short, a blank row is the cheapest thing to give up), measured
  /// with its routes moved.
  static func squeezes(of routed: Diagram, arrangement: DiagramFit.Arrangement?) -> [Drawing] {
    var out: [Drawing] = []
    var seen: Set<[GridRect]> = [routed.board.boxes.map(\.frame)]
    let ways = [(true, DiagramSqueeze.keptRows), (false, DiagramSqueeze.keptRows), (false, 0)]
    for (keepingLabels, leavingRows) in ways {
      guard let squeezed = DiagramSqueeze.squeeze(routed, keepingLabels: keepingLabels, leavingRows: leavingRows),
        seen.insert(squeezed.board.boxes.map(\.frame)).inserted
      else { continue }
      var quality = LayoutQuality(squeezed)
      if !keepingLabels {
        // Labels moved with their lines may now sit over others; routing again places them
        // afresh, so their counts are left to the check.
        quality.labelOverlaps = 0
        quality.svgLabelOverlaps = 0
        quality.labelsAway = 0
        quality.labelsOnFrames = 0
      }
      out.append(Drawing(arrangement: arrangement, diagram: squeezed, quality: quality, moved: true))
    }
    return out
  }

  /// Of the drawings within `columns` × `rows` that `key` accepts (a nil key refuses one), the
  /// one with the least key. A drawing whose routes were moved is routed again from its board
  /// first, and taken only when it still fits, is accepted and keys no higher than the best
  /// drawing routed as laid out: the result is never worse than that one.
  /// With `asMeasured`, a drawing routed again is taken only when it also crosses no more than
  /// measured (routing a squeezed board again can cross more than its moved routes did).
  static func best(
    _ drawings: [Drawing], columns: Int, rows: Int, asMeasured: Bool = false, key: (LayoutQuality) -> [Int]?
  ) -> Drawing? {
    func fits(_ q: LayoutQuality) -> Bool { q.columns <= columns && q.rows <= rows }
    let ranked = drawings.compactMap { d -> (Drawing, [Int])? in
      guard fits(d.quality), let k = key(d.quality) else { return nil }
      return (d, k)
    }.sorted { $0.1.lexicographicallyPrecedes($1.1) }
    let exact = ranked.first { !$0.0.moved }?.1
    var checks = 0
    for (drawing, measured) in ranked {
      guard drawing.moved else { return drawing }
      guard checks < maxChecks else { continue }
      checks += 1
      let again = LabelRoom.routed(drawing.diagram.board)
      let quality = LayoutQuality(again)
      guard fits(quality), let k = key(quality) else { continue }
      if let exact, exact.lexicographicallyPrecedes(k) { continue }
      if asMeasured && (quality.crossings > drawing.quality.crossings || measured.lexicographicallyPrecedes(k)) {
        continue
      }
      return Drawing(arrangement: drawing.arrangement, diagram: again, quality: quality, moved: false)
    }
    return nil
  }

  /// A reader who sees the whole drawing on one page follows it better than one who scrolls for
  /// the last rows of a drawing with one crossing less: a drawing within the page may cross this
  /// many arrows more than the one past it, when none crosses no more.
  static let crossingAllowance = 1

  /// A drawing of the board within the page that drops, covers and runs through boxes no more
  /// than `chosen` (measured `bar`) and crosses no more, or failing that at most
  /// `crossingAllowance` more; of those, the fewest crossings over the bar, then the best
  /// `LayeredLayout.score`: the chosen drawing squeezed, or another arrangement. When there is
  /// none and `ceiling` gives the crossings of Graphviz dot's own drawing of the board (what the
  /// reader would be shown instead), one that crosses no more than the ceiling (or the
  /// allowance, larger the further the chosen drawing reaches past the page), the `lanesGuessed` packings of lanes each their own way whose arrows are guessed
  /// to cross least (LaneMix.guessed) routed too; nil when none is.
  static func within(
    _ board: Board, chosen: Diagram, page: (columns: Int, rows: Int), bar: LayoutQuality,
    ceiling: () -> Int? = { nil }
  ) -> Diagram? {
    func candidates(_ arrangements: [DiagramFit.Arrangement], seeds: Int) -> [Drawing] {
      drawings(
        plausible(DiagramFit.candidates(board, page: page, arrangements: arrangements, seeds: seeds), page: page))
    }
    var all = squeezes(of: chosen, arrangement: nil) + candidates(DiagramFit.searches[0], seeds: 2)
    if let found = best(all, columns: page.columns, rows: page.rows, key: { key($0, bar: bar) }) {
      return found.diagram
    }
    // The ceiling costs a layout by Graphviz, asked for only now.
    guard let limit = ceiling() else { return nil }
    let seeds = Array(LayeredLayout.seeds(of: board).prefix(lanesSeeds))
    all += drawings(LaneMix.guessed(board, seeds: seeds, page: page, count: lanesGuessed).map { (.mixedLanes, $0) })
    let allowance = crossingAllowance(past: bar, page: page)
    return best(all, columns: page.columns, rows: page.rows) {
      key($0, bar: bar, ceiling: limit, allowance: allowance)
    }?.diagram
  }

  /// Under a ceiling, the crossings a drawing within the page may add to one past it:
  /// `crossingAllowance`, and one more for each whole quarter of the page that the drawing past
  /// it reaches beyond the page (in rows or columns, whichever is further). A hand-drawn board
  /// of 20 boxes (video recommendations, two groups) laid out 159 × 101 with one crossing, on a
  /// page of 58 rows, had drawings of 138 × 53 and 159 × 46 with three: a reader scrolls almost
  /// a second page to be spared two crossings (Benchmarks/RESULTS.md, layout11).
  static func crossingAllowance(past bar: LayoutQuality, page: (columns: Int, rows: Int)) -> Int {
    func quarters(_ reach: Int, _ room: Int) -> Int { room > 0 && reach > room ? 4 * (reach - room) / room : 0 }
    return crossingAllowance + max(quarters(bar.columns, page.columns), quarters(bar.rows, page.rows))
  }

  /// Seeds of the crossing reduction whose lanes `within` packs and guesses for: the file's
  /// order and its reverse (LayeredLayout.seeds).
  static let lanesSeeds = 2

  /// Packings of lanes each their own way that `within` routes under a ceiling, those guessed to
  /// cross least (LaneMix.guessed): with 7, harmful content detection found none within the page
  /// (Benchmarks/RESULTS.md, fit7).
  static let lanesGuessed = 10

  /// How `within` weighs a drawing within the page against the drawing past it (measured `bar`):
  /// nil when it drops, covers or runs through boxes more, or crosses more than `allowance`
  /// (`crossingAllowance` unless a ceiling is given) more and more than `ceiling`; else the
  /// crossings over the bar, then the score.
  static func key(
    _ q: LayoutQuality, bar: LayoutQuality, ceiling: Int? = nil, allowance: Int = crossingAllowance
  ) -> [Int]? {
    guard q.crossings <= max(bar.crossings + allowance, ceiling ?? 0), q.droppedLabels <= bar.droppedLabels,
      q.labelsOnFrames <= bar.labelsOnFrames, q.labelOverlaps <= bar.labelOverlaps,
      q.svgLabelOverlaps <= bar.svgLabelOverlaps, q.labelsAway <= bar.labelsAway,
      q.throughBoxes <= bar.throughBoxes
    else { return nil }
    return [max(0, q.crossings - bar.crossings), LayeredLayout.score(q)]
  }
}
