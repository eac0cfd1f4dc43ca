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
// equals. The routings stop once `maxFruitless` in a row made neither drawing smaller: the least
// sizes that order them are loose by a tenth to two thirds, so candidates a little past the
// smallest seldom draw smaller, and news feed at 110 × 34 routed 26 of them for nothing.

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
  /// The page being fitted, and the routed drawing reaching least past it by at most
  /// `cornerSlack` columns and rows (`nearest`).
  private let page: (columns: Int, rows: Int)?
  private var near: (over: Int, area: Int, order: [Int], choice: DiagramFit.Choice)?

  /// Columns and rows a drawing may reach past the page and still be given the corner pass
  /// (`nearest`): walled off the frames' corners its arrows may go round a column or a row
  /// closer (news feed: 111 × 34 measured, 110 × 34 drawn).
  static let cornerSlack = 2

  init(page: (columns: Int, rows: Int)? = nil) { self.page = page }

  /// Squeezed drawings routed again, smallest first, when nothing fits: past this many, the
  /// others are left (as `PageFit.maxChecks` bounds the checks of a search that fits).
  static let maxRoutedAgain = 8

  /// Routings in a row (candidates left unrouted, then squeezed drawings routed again) that made
  /// neither the smallest drawing nor the smallest with labels clear smaller, after which
  /// `resolved` routes no more.
  static let maxFruitless = 2

  /// Routings `resolved` made, for the tests.
  private(set) var routings = 0

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
    if let page {
      let over = max(0, drawing.quality.columns - page.columns) + max(0, drawing.quality.rows - page.rows)
      // Less the slack rather than the page plus it: a page may be as tall as need be (Int.max).
      if drawing.quality.columns - SmallestTried.cornerSlack <= page.columns,
        drawing.quality.rows - SmallestTried.cornerSlack <= page.rows,
        near.map({
          ($0.over, $0.area) > (over, area)
            || (($0.over, $0.area) == (over, area) && order.lexicographicallyPrecedes($0.order))
        }) ?? true
      {
        near = (over, area, order, DiagramFit.Choice(detail, drawing))
      }
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
  /// routing again, least area first, the squeezed drawings measured smaller than it, until
  /// `maxFruitless` routings in a row change neither answer; and the smallest of the drawings so
  /// routed whose labels are all clear (nil when none is).
  mutating func resolved() -> (smallest: DiagramFit.Choice?, clear: DiagramFit.Choice?) {
    var fruitless = 0
    for candidate in unrouted.sorted(by: { $0.leastArea < $1.leastArea }) {
      if let small = smallest, candidate.leastArea > small.area { break }
      if fruitless >= SmallestTried.maxFruitless { break }
      let before = areas
      for (k, drawing) in PageFit.drawings([(candidate.arrangement, candidate.board)]).enumerated() {
        weigh(drawing, candidate.detail, order: candidate.order + [k])
      }
      routings += 1
      fruitless = areas == before ? fruitless + 1 : 0
    }
    unrouted = []
    let squeezed = moved.sorted { a, b in
      a.area != b.area ? a.area < b.area : a.order.lexicographicallyPrecedes(b.order)
    }
    moved = []
    for candidate in squeezed.prefix(SmallestTried.maxRoutedAgain) {
      if let small = smallest, candidate.area > small.area { break }
      if fruitless >= SmallestTried.maxFruitless { break }
      let before = areas
      let again = LabelRoom.routed(candidate.drawing.diagram.board)
      let drawing = PageFit.Drawing(
        arrangement: candidate.drawing.arrangement, diagram: again, quality: LayoutQuality(again), moved: false)
      weigh(drawing, candidate.detail, order: candidate.order)
      routings += 1
      fruitless = areas == before ? fruitless + 1 : 0
    }
    return (smallest?.choice, smallestClear?.choice)
  }

  /// The routed drawing (squeezed ones only once routed again) reaching least past the page, by
  /// at most `cornerSlack` columns and rows (the smaller, then the first in the search's order,
  /// among equals); nil when none is so near.
  var nearest: DiagramFit.Choice? { near?.choice }

  /// The areas of the smallest drawing and of the smallest with labels clear, so far.
  private var areas: [Int?] { [smallest?.area, smallestClear?.area] }
}
