// The smallest drawing a fit that fails reports (`DiagramFit.FitFailure`: what `render --fit`
// says and what the app's zoom shows), found without routing every candidate. A candidate whose
// boxes and frame lines alone need more than the page (`PageFit.leastSize`) cannot fit it, so the
// search leaves it unrouted; only when nothing fits are such candidates routed, least size first,
// and only while one could still be smaller than the smallest drawing routed so far. The answer is
// the one routing all of them would give: the least area, the first in the search's order among
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

  private var smallest: (area: Int, order: [Int], choice: DiagramFit.Choice)?
  private var unrouted: [Unrouted] = []

  /// Weighs a routed drawing of level `detail` at `order` in the search.
  mutating func weigh(_ drawing: PageFit.Drawing, _ detail: LevelOfDetail, order: [Int]) {
    let area = drawing.quality.columns * drawing.quality.rows
    if let small = smallest, small.area < area || (small.area == area && !order.lexicographicallyPrecedes(small.order))
    {
      return
    }
    smallest = (area, order, DiagramFit.Choice(detail, drawing))
  }

  /// Keeps a candidate left unrouted, to be routed only if nothing fits.
  mutating func keep(_ candidate: Unrouted) { unrouted.append(candidate) }

  /// The smallest drawing, routing the candidates left unrouted that could be smaller (its
  /// drawings are `PageFit.drawings`'s: the routed board and its squeezes, in that order).
  mutating func resolved() -> DiagramFit.Choice? {
    for candidate in unrouted.sorted(by: { $0.leastArea < $1.leastArea }) {
      if let small = smallest, candidate.leastArea > small.area { break }
      for (k, drawing) in PageFit.drawings([(candidate.arrangement, candidate.board)]).enumerated() {
        weigh(drawing, candidate.detail, order: candidate.order + [k])
      }
    }
    unrouted = []
    return smallest?.choice
  }
}
