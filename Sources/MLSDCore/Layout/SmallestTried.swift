// The smallest drawing a fit that fails reports (`DiagramFit.FitFailure`: what `render --fit`
// says and what the app's zoom and the practice review show), found without routing every
// candidate. A candidate whose boxes and frame lines alone need more than the page
// (`PageFit.leastSize`) cannot fit it, so the search leaves it unrouted; only when nothing fits
// are such candidates routed, least size first, and only while one could still be smaller than
// the smallest drawing routed so far. A squeezed drawing is measured with its routes moved, not
// routed (`PageFit.squeezes`): its labels may sit over titles and borders, and the board routed
// again may be larger. So it is reported only as routed again from its board (`PageFit.best`'s
// check), taken at the size that routing gives: the size named is one the board draws at. The
// answer is the least area of the drawings so routed, the first in the search's order among
// equals.

struct SmallestTried {
  /// A candidate left unrouted: its level, arrangement and board, the least area any drawing of
  /// it covers, and its place in the search's order.
  struct Unrouted {
    var detail: LevelOfDetail
    var arrangement: DiagramFit.Arrangement
    var board: Board
    var leastArea: Int
    var order: [Int]
  }

  /// A squeezed drawing not yet routed again.
  private struct Moved {
    var area: Int
    var order: [Int]
    var detail: LevelOfDetail
    var drawing: PageFit.Drawing
  }

  private var smallest: (area: Int, order: [Int], choice: DiagramFit.Choice)?
  /// The smallest drawing with every label clear (`isClear`), for the views that show it.
  private var smallestClear: (area: Int, order: [Int], choice: DiagramFit.Choice)?
  private var unrouted: [Unrouted] = []
  private var moved: [Moved] = []

  /// Squeezed drawings routed again, smallest first, when nothing fits: past this many, the
  /// others are left (as `PageFit.maxChecks` bounds the checks of a search that fits).
  static let maxRoutedAgain = 8

  /// Weighs a routed drawing of level `detail` at `order` in the search; a squeezed one is kept
  /// to be routed again only if it could be the smallest (`resolved`).
  mutating func weigh(_ drawing: PageFit.Drawing, _ detail: LevelOfDetail, order: [Int]) {
    let area = drawing.quality.columns * drawing.quality.rows
    if drawing.moved {
      moved.append(Moved(area: area, order: order, detail: detail, drawing: drawing))
      return
    }
    func smaller(_ kept: (area: Int, order: [Int], choice: DiagramFit.Choice)?) -> Bool {
      guard let kept else { return true }
      return area < kept.area || (area == kept.area && order.lexicographicallyPrecedes(kept.order))
    }
    if SmallestTried.isClear(drawing.quality), smaller(smallestClear) {
      smallestClear = (area, order, DiagramFit.Choice(detail, drawing))
    }
    if smaller(smallest) { smallest = (area, order, DiagramFit.Choice(detail, drawing)) }
  }

  /// Whether no label is written over a box, a group frame's line or title, another label or
  /// another arrow's line.
  static func isClear(_ q: LayoutQuality) -> Bool { q.labelsOnFrames == 0 && q.labelOverlaps == 0 }

  /// Keeps a candidate left unrouted, to be routed only if nothing fits.
  mutating func keep(_ candidate: Unrouted) { unrouted.append(candidate) }

  /// The smallest drawing, routing the candidates left unrouted that could be smaller (its
  /// drawings are `PageFit.drawings`'s: the routed board and its squeezes, in that order), then
  /// routing again, least area first, the squeezed drawings measured smaller than it; and the
  /// smallest of the drawings so routed whose labels are all clear (nil when none is).
  mutating func resolved() -> (smallest: DiagramFit.Choice?, clear: DiagramFit.Choice?) {
    for candidate in unrouted.sorted(by: { $0.leastArea < $1.leastArea }) {
      if let small = smallest, candidate.leastArea > small.area { break }
      for (k, drawing) in PageFit.drawings([(candidate.arrangement, candidate.board)]).enumerated() {
        weigh(drawing, candidate.detail, order: candidate.order + [k])
      }
    }
    unrouted = []
    let squeezed = moved.sorted { a, b in
      a.area != b.area ? a.area < b.area : a.order.lexicographicallyPrecedes(b.order)
    }
    moved = []
    for candidate in squeezed.prefix(SmallestTried.maxRoutedAgain) {
      if let small = smallest, candidate.area > small.area { break }
      let again = LabelRoom.routed(candidate.drawing.diagram.board)
      let drawing = PageFit.Drawing(
        arrangement: candidate.drawing.arrangement, diagram: again, quality: LayoutQuality(again), moved: false)
      weigh(drawing, candidate.detail, order: candidate.order)
    }
    return (smallest?.choice, smallestClear?.choice)
  }
}
