// Level of detail, fitting a page and groups as lanes.

import XCTest

@testable import MLSDCore

final class LayoutFitTests: XCTestCase {
  func testCompactBoxesAreOneLineWithoutDetail() {
    let board = LevelOfDetail.compact.apply(to: LayeredLayout.layout(RenderFixtures.pipeline()))
    for box in board.boxes {
      XCTAssertNil(box.detail)
      XCTAssertEqual(box.frame.height, 3)
      XCTAssertLessThanOrEqual(box.frame.width, BoxSizing.maxTextWidth + 4)
    }
    XCTAssertEqual(LevelOfDetail.full.apply(to: RenderFixtures.pipeline()), RenderFixtures.pipeline())
  }

  func testFitShowsFullBoxesWhenAnyFullLayoutFitsAndStaysWithinThePage() throws {
    let board = RenderFixtures.pipeline()
    // Room for anything: full boxes, and a drawing that loses no more labels and scores no worse
    // than any layout of the first search routed as laid out (lanes each their own way are
    // weighed only when none of those fits).
    // Compact boxes are taken only when they cross fewer arrows than the best full drawing.
    let roomy = try DiagramFit.fit(board, columns: 1_000, rows: 1_000).get()
    let full = try XCTUnwrap(DiagramFit.best(board, .full, page: (1_000, 1_000)).found)
    if roomy.detail != .full {
      XCTAssertEqual(roomy.detail, .compact)
      XCTAssertTrue(DiagramFit.crossesFewer(LayoutQuality(roomy.diagram), than: full.quality))
    }
    var first = DiagramFit.candidates(board, page: (1_000, 1_000), arrangements: DiagramFit.searches[0], seeds: 2)
    if let kept = DiagramFit.inPlace(board, .full) { first.append((.asLaidOut, kept)) }
    let routed = PageFit.drawings(first).filter { !$0.moved }
    XCTAssertFalse(routed.isEmpty)
    let chosen = DiagramFit.key(full.quality)
    for drawing in routed { XCTAssertFalse(DiagramFit.key(drawing.quality).lexicographicallyPrecedes(chosen)) }
    // What is shown is what the board draws when routed again.
    XCTAssertEqual(LabelRoom.routed(roomy.diagram.board).routes, roomy.diagram.routes)
    // A page just under that size takes another layout, which must fit it.
    let tighter = try DiagramFit.fit(board, columns: roomy.columns, rows: roomy.rows - 1).get()
    XCTAssertLessThanOrEqual(tighter.rows, roomy.rows - 1)
    XCTAssertLessThanOrEqual(tighter.columns, roomy.columns)
    XCTAssertEqual(tighter.columns, tighter.diagram.bounds?.width)
    XCTAssertEqual(tighter.rows, tighter.diagram.bounds?.height)
  }

  func testNarrowBoxesWrapTheLabelAndDropTheDetail() throws {
    let full = RenderFixtures.pipeline()
    for detail in [LevelOfDetail.narrow, .narrowest] {
      let wrap = try XCTUnwrap(detail.textWidth)
      let board = detail.apply(to: LayeredLayout.layout(full))
      for (box, original) in zip(board.boxes, full.boxes) {
        XCTAssertNil(box.detail)
        XCTAssertLessThanOrEqual(box.frame.width, wrap + 4)
        XCTAssertLessThanOrEqual(box.frame.height, LevelOfDetail.maxLines + 2)
        // Every word of the label still shows: the wrapped lines fit the box.
        let lines = DisplayWidth.wrap(original.label, to: box.frame.width - 4)
        XCTAssertLessThanOrEqual(lines.count, box.frame.height - 2, original.label)
      }
    }
    // A word longer than the width widens the box instead of being cut in two.
    var long = full
    long.boxes[0].label = "Preprocessing"
    let box = LevelOfDetail.narrowest.apply(to: long).boxes[0]
    XCTAssertEqual(box.frame.width, DisplayWidth.of("Preprocessing") + 4)
    XCTAssertEqual(box.frame.height, 3)
    // Narrowest boxes are never wider than narrow ones.
    for (a, b) in zip(LevelOfDetail.narrowest.apply(to: full).boxes, LevelOfDetail.narrow.apply(to: full).boxes) {
      XCTAssertLessThanOrEqual(a.frame.width, b.frame.width, a.label)
    }
  }

  func testFitFailsWithTheSmallestLayoutTried() {
    guard case .failure(let failure) = DiagramFit.fit(RenderFixtures.pipeline(), columns: 10, rows: 5) else {
      return XCTFail("nothing fits 10 × 5")
    }
    let smallest = try? XCTUnwrap(failure.smallest)
    XCTAssertNotNil(smallest)
    // No drawing weighed at any level of detail was smaller.
    for detail in LevelOfDetail.allCases {
      let page = (columns: 10, rows: 5)
      let sized = DiagramFit.candidates(detail.apply(to: RenderFixtures.pipeline()), page: page, seeds: 2)
      for drawing in PageFit.drawings(PageFit.plausible(sized, page: page)) {
        guard let smallest else { continue }
        XCTAssertLessThanOrEqual(smallest.columns * smallest.rows, drawing.quality.columns * drawing.quality.rows)
      }
    }
  }

  func testLanesKeepEachGroupInItsOwnBandWithoutOverlaps() throws {
    let board = try XCTUnwrap(LaneLayout.layout(RenderFixtures.pipeline()))
    let frames = GroupFrame.frames(of: board)
    XCTAssertEqual(frames.count, 2)
    // Lanes are stacked: the frames share no row.
    let a = frames[0].rect
    let b = frames[1].rect
    XCTAssertTrue(a.maxY < b.minY || b.maxY < a.minY, "frames \(a) and \(b) overlap in rows")
    for (i, x) in board.boxes.enumerated() {
      for y in board.boxes[(i + 1)...] { XCTAssertFalse(x.frame.intersects(y.frame), "\(x.id) and \(y.id) overlap") }
    }
    // Every box outside a group lies outside every group frame.
    let grouped = Set(board.groups.flatMap(\.boxIDs))
    for box in board.boxes where !grouped.contains(box.id) {
      XCTAssertFalse(frames.contains { $0.rect.intersects(box.frame) }, "\(box.id) inside a group frame")
    }
    var oneGroup = RenderFixtures.pipeline()
    oneGroup.groups.removeLast()
    XCTAssertNil(LaneLayout.layout(oneGroup))
  }

  func testLanesSideBySideKeepEachGroupInItsOwnColumns() throws {
    let board = try XCTUnwrap(LaneLayout.layout(RenderFixtures.pipeline(), stacking: .columns))
    let frames = GroupFrame.frames(of: board)
    XCTAssertEqual(frames.count, 2)
    let a = frames[0].rect
    let b = frames[1].rect
    XCTAssertTrue(a.maxX < b.minX || b.maxX < a.minX, "frames \(a) and \(b) share columns")
    for (i, x) in board.boxes.enumerated() {
      for y in board.boxes[(i + 1)...] { XCTAssertFalse(x.frame.intersects(y.frame), "\(x.id) and \(y.id) overlap") }
    }
  }

  func testLanesPackedOnTwoShelvesWrapLikeRegionsOnAWhiteboard() throws {
    let layouts = LaneLayout.layouts(RenderFixtures.pipeline(), stacking: .columns)
    XCTAssertEqual(layouts.count, 2, "one shelf and two shelves")
    let frames = GroupFrame.frames(of: layouts[1])
    // On two shelves the two lanes stand one under the other.
    XCTAssertTrue(frames[0].rect.maxY < frames[1].rect.minY || frames[1].rect.maxY < frames[0].rect.minY)
    for board in layouts {
      for (i, x) in board.boxes.enumerated() {
        for y in board.boxes[(i + 1)...] { XCTAssertFalse(x.frame.intersects(y.frame)) }
      }
    }
  }

  func testShortestLimitSplitsLanesInOrderIntoTheShelves() {
    // [10, 20] then [15]: the second lane starts 13 in and ends at 33.
    XCTAssertEqual(LaneLayout.shortestLimit([10, 20, 15], gap: 3, shelves: 2), 33)
    XCTAssertEqual(LaneLayout.shortestLimit([10, 20, 15], gap: 3, shelves: 3), 20)
    XCTAssertEqual(LaneLayout.shortestLimit([10, 20, 15], gap: 3, shelves: 1), 51)
  }

  func testSqueezeShortensEmptyStretchesAndKeepsTheArrows() throws {
    let board = Board(
      title: "far",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: 2, y: 1, width: 8, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: 2, y: 40, width: 8, height: 3)),
        Box(id: "c", label: "C", frame: GridRect(x: 80, y: 40, width: 8, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b", label: "go"), Arrow(from: "b", to: "c")])
    let before = Diagram(board: board)
    let squeezed = try XCTUnwrap(DiagramSqueeze.squeeze(before))
    let a = squeezed.board.boxes[0].frame
    let b = squeezed.board.boxes[1].frame
    let c = squeezed.board.boxes[2].frame
    // The label's row and the rows by the boxes stay; the rest of the run goes.
    XCTAssertLessThanOrEqual(b.minY - a.maxY, 6)
    XCTAssertLessThanOrEqual(c.minX - b.maxX, 2 + DiagramSqueeze.keptColumns + 2)
    XCTAssertEqual(b.minY, c.minY)
    let q0 = LayoutQuality(before)
    let q1 = LayoutQuality(Diagram(board: squeezed.board))
    XCTAssertEqual(q1.crossings, q0.crossings)
    XCTAssertEqual(q1.droppedLabels, 0)
    XCTAssertLessThan(q1.rows, q0.rows)
    XCTAssertLessThan(q1.columns, q0.columns)
    // The routes were moved, not routed again: as many corners as before.
    XCTAssertEqual(squeezed.routes.map(\.points.count), before.routes.map(\.points.count))
  }
  /// Squeezed for a page short of rows, a stretch of empty rows goes whole: the rows that hold
  /// the stub and the arrowhead meet, and the arrow still joins the boxes.
  func testSqueezeForAShortPageLeavesNoEmptyRow() throws {
    let board = Board(
      title: "stacked",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: 2, y: 1, width: 8, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: 2, y: 20, width: 8, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b")])
    let before = Diagram(board: board)
    let kept = try XCTUnwrap(DiagramSqueeze.squeeze(before))
    let tight = try XCTUnwrap(DiagramSqueeze.squeeze(before, leavingRows: 0))
    let gap = { (d: Diagram) in d.board.boxes[1].frame.minY - d.board.boxes[0].frame.maxY }
    XCTAssertEqual(gap(tight), gap(kept) - DiagramSqueeze.keptRows)
    let again = LayoutQuality(Diagram(board: tight.board))
    XCTAssertEqual(again.crossings, 0)
    XCTAssertEqual(again.throughBoxes, 0)
    XCTAssertLessThan(again.rows, LayoutQuality(Diagram(board: kept.board)).rows)
  }

  /// Within the page, a drawing may cross one arrow more than the one past it
  /// (`PageFit.crossingAllowance`), weighed after every drawing that crosses no more; it may not
  /// drop a label more, and two crossings more are refused.
  func testPageKeyAllowsOneCrossingMoreAfterTheRest() throws {
    var bar = LayoutQuality(Diagram(board: Board(title: "empty")))
    bar.crossings = 3
    bar.columns = 250
    bar.rows = 70
    var same = bar
    same.columns = 190
    same.rows = 58
    var more = same
    more.crossings = 3 + PageFit.crossingAllowance
    more.columns = 100
    var tooMany = more
    tooMany.crossings += 1
    var dropping = same
    dropping.droppedLabels = 1
    let sameKey = try XCTUnwrap(PageFit.key(same, bar: bar))
    let moreKey = try XCTUnwrap(PageFit.key(more, bar: bar))
    XCTAssertTrue(sameKey.lexicographicallyPrecedes(moreKey), "no crossing more comes first, however large")
    XCTAssertNil(PageFit.key(tooMany, bar: bar))
    XCTAssertNil(PageFit.key(dropping, bar: bar))
  }

  /// With a ceiling (Graphviz dot's crossings of the board), a drawing within the page may cross
  /// up to it, still after every drawing that crosses fewer; past it, it is refused.
  func testPageKeyAllowsUpToTheCeiling() throws {
    var bar = LayoutQuality(Diagram(board: Board(title: "empty")))
    bar.crossings = 1
    bar.columns = 176
    bar.rows = 65
    var within = bar
    within.rows = 40
    within.crossings = 9
    var fewer = within
    fewer.crossings = 5
    var past = within
    past.crossings = 10
    XCTAssertNil(PageFit.key(within, bar: bar), "without a ceiling, one crossing more at most")
    let withinKey = try XCTUnwrap(PageFit.key(within, bar: bar, ceiling: 9))
    let fewerKey = try XCTUnwrap(PageFit.key(fewer, bar: bar, ceiling: 9))
    XCTAssertTrue(fewerKey.lexicographicallyPrecedes(withinKey))
    XCTAssertNil(PageFit.key(past, bar: bar, ceiling: 9))
    XCTAssertNotNil(PageFit.key(past, bar: past, ceiling: 3), "a ceiling below the bar takes nothing away")
  }

  /// Under a ceiling, the allowance grows by one for each whole quarter of the page the drawing
  /// past it reaches beyond the page, rows or columns whichever is further; a drawing within the
  /// page leaves it at `PageFit.crossingAllowance`.
  func testAllowanceGrowsWithTheReachPastThePage() {
    var bar = LayoutQuality(Diagram(board: Board(title: "empty")))
    let page = (columns: 160, rows: 58)
    bar.columns = 159
    bar.rows = 58
    XCTAssertEqual(PageFit.crossingAllowance(past: bar, page: page), PageFit.crossingAllowance)
    bar.rows = 72  // 14 rows past: not a whole quarter (14.5)
    XCTAssertEqual(PageFit.crossingAllowance(past: bar, page: page), PageFit.crossingAllowance)
    bar.rows = 101  // 43 rows past: two quarters
    XCTAssertEqual(PageFit.crossingAllowance(past: bar, page: page), PageFit.crossingAllowance + 2)
    bar.columns = 400  // 240 columns past: six quarters, further than the rows
    XCTAssertEqual(PageFit.crossingAllowance(past: bar, page: page), PageFit.crossingAllowance + 6)
    var within = bar
    within.columns = 150
    within.rows = 50
    within.crossings = bar.crossings + 7
    XCTAssertNil(PageFit.key(within, bar: bar, ceiling: 0, allowance: 6))
    within.crossings = bar.crossings + 6
    XCTAssertNotNil(PageFit.key(within, bar: bar, ceiling: 0, allowance: 6))
  }

  /// Two splines that cross once count one crossing; two that only meet at the node they share
  /// count none; a spline that goes up across another and back down counts two.
  func testSplineCrossingsCountAsDotQualityDoes() {
    typealias P = GraphvizPlain.Point
    func straight(_ a: P, _ b: P) -> [P] {
      [
        a, P(x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3),
        P(x: a.x + 2 * (b.x - a.x) / 3, y: a.y + 2 * (b.y - a.y) / 3), b,
      ]
    }
    let nodes = (0..<4).map { _ in SplineCrossings.Node(center: P(x: -10, y: -10), width: 0.1, height: 0.1) }
    let cross = [
      SplineCrossings.Edge(tail: 0, head: 1, points: straight(P(x: 0, y: 0), P(x: 2, y: 2))),
      SplineCrossings.Edge(tail: 2, head: 3, points: straight(P(x: 0, y: 1.9), P(x: 2, y: 0.3))),
    ]
    XCTAssertEqual(SplineCrossings.count(edges: cross, nodes: nodes), 1)
    var meeting = nodes
    meeting[1] = SplineCrossings.Node(center: P(x: 1, y: 1), width: 0.2, height: 0.2)
    let shared = [
      SplineCrossings.Edge(tail: 0, head: 1, points: straight(P(x: 0, y: 0), P(x: 1.05, y: 1.05))),
      SplineCrossings.Edge(tail: 2, head: 1, points: straight(P(x: 0, y: 2), P(x: 1.05, y: 0.95))),
    ]
    XCTAssertEqual(SplineCrossings.count(edges: shared, nodes: meeting), 0)
    let zigzag = [P(x: 0, y: 0), P(x: 1, y: 3), P(x: 2, y: -3), P(x: 3, y: 0)]
    let weave = [
      SplineCrossings.Edge(tail: 0, head: 1, points: straight(P(x: -1, y: 0.1), P(x: 4, y: 0.1))),
      SplineCrossings.Edge(tail: 2, head: 3, points: zigzag),
    ]
    XCTAssertEqual(SplineCrossings.count(edges: weave, nodes: nodes), 2)
  }

  /// The routing made with room for labels is kept for the same board (RoutingMemo): asked
  /// again, LabelRoom gives the kept one without routing.
  func testRoutingWithRoomIsKeptForTheSameBoard() {
    var board = RenderFixtures.pipeline()
    board.title = "routed \(UInt64.random(in: 0...UInt64.max))"
    var marked = Diagram(board: board)
    marked = Diagram(board: marked.board, routes: marked.routes.map { _ in ArrowRoute(points: []) })
    XCTAssertEqual(RoutingMemo.shared.value(board) { marked }.routes.map(\.points), marked.routes.map(\.points))
    XCTAssertEqual(LabelRoom.routed(board).routes.map(\.points), marked.routes.map(\.points))
    var other = board
    other.arrows.removeLast()
    XCTAssertFalse(LabelRoom.routed(other).routes.allSatisfy(\.points.isEmpty))
  }
}

final class LayoutPageTests: XCTestCase {
  /// The layout for reading takes a drawing within the page only when it drops and covers no
  /// more than the drawing it replaces and crosses at most `PageFit.crossingAllowance` more; a
  /// drawing already within the page is kept.
  func testLayoutForReadingFitsThePageOnlyWithoutCrossingMore() throws {
    for id in ["generic-ml-pipeline", "street-view-blurring", "news-feed"] {
      let template = try XCTUnwrap(Fixtures.library.template(id))
      var board = template.referenceBoard()
      for i in board.boxes.indices { board.boxes[i].frame = GridRect(x: 0, y: 0, width: 0, height: 0) }
      let usual = LayeredLayout.usualFitting(board, width: 150)
      let (chosen, bar) = LayeredLayout.closest(board, usual: usual, width: 150)
      let laid = LayeredLayout.layoutFitting(board)
      let quality = LayoutQuality(Diagram(board: laid))
      let page = (columns: LayeredLayout.pageColumns, rows: LayeredLayout.pageRows)
      let barFits = bar.columns <= page.columns && bar.rows <= page.rows
      if barFits || laid == chosen.board {
        XCTAssertEqual(laid, chosen.board, id)
        continue
      }
      XCTAssertLessThanOrEqual(quality.columns, page.columns, id)
      XCTAssertLessThanOrEqual(quality.rows, page.rows, id)
      XCTAssertLessThanOrEqual(quality.crossings, bar.crossings + PageFit.crossingAllowance, id)
      XCTAssertLessThanOrEqual(quality.droppedLabels, bar.droppedLabels, id)
      XCTAssertLessThanOrEqual(quality.labelOverlaps, bar.labelOverlaps, id)
      XCTAssertLessThanOrEqual(quality.throughBoxes, bar.throughBoxes, id)
    }
  }

  /// A board laid out for reading again in the same process gets the layout kept for it
  /// (LayoutMemo) without being laid out again; another board is laid out.
  func testLayoutForReadingIsKeptForTheSameBoard() throws {
    var board = RenderFixtures.pipeline()
    board.title = "kept \(UInt64.random(in: 0...UInt64.max))"
    let key = LayoutMemo.key(board, width: 150, rows: LayeredLayout.pageRows, columns: LayeredLayout.pageColumns)
    var marked = board
    marked.boxes[0].frame.x = 77
    XCTAssertEqual(LayoutMemo.shared.layout(key) { marked }, marked)
    var again = false
    let kept = LayoutMemo.shared.layout(key) {
      again = true
      return board
    }
    XCTAssertEqual(kept, marked)
    XCTAssertFalse(again, "the kept layout is used")
    XCTAssertEqual(LayeredLayout.layoutFitting(board, width: 150, rows: LayeredLayout.pageRows), marked)
    var other = board
    other.arrows.removeLast()
    XCTAssertNotEqual(LayeredLayout.layoutFitting(other, width: 150, rows: LayeredLayout.pageRows), marked)
  }
}

final class LayoutFitEdgeTests: XCTestCase {
  /// A page as tall as need be (ScreenFit asks for one when nothing fits the room) is searched
  /// like any other: lanes packed to it and the search's reach do not overflow.
  func testAPageWithoutARowLimitIsSearched() throws {
    let template = try XCTUnwrap(Fixtures.library.template("news-feed"))
    let choice = try DiagramFit.fit(template.referenceBoard(), columns: 100, rows: .max).get()
    XCTAssertLessThanOrEqual(choice.columns, 100)
    XCTAssertEqual(choice.diagram.board.boxes.map(\.id), template.referenceBoard().boxes.map(\.id))
  }
}

/// Every reference design fits the page of a practice review at 160×45, and the generic pipeline
/// fits 120×40 (two rows of each go to `mlsd render`'s title line), with mlsd's own layering: no
/// arrow label dropped, covered or away from its line, and no arrow through a box.
final class LayoutFitReferenceTests: XCTestCase {
  func testEveryReferenceFitsAReviewPage() throws {
    var pages: [String: (columns: Int, rows: Int)] = [:]
    for template in Fixtures.library.templates where template.id != "blank" {
      pages[template.id] = (160, 43)
    }
    XCTAssertEqual(pages.count, 11)
    pages["generic-ml-pipeline@120"] = (120, 38)
    for (name, page) in pages.sorted(by: { $0.key < $1.key }) {
      let id = String(name.split(separator: "@")[0])
      let board = try XCTUnwrap(Fixtures.library.template(id)).referenceBoard()
      switch DiagramFit.fit(board, columns: page.columns, rows: page.rows) {
      case .failure(let failure):
        XCTFail("\(name) does not fit \(page); smallest \(failure.smallest.map { "\($0.columns)x\($0.rows)" } ?? "-")")
      case .success(let choice):
        let quality = LayoutQuality(choice.diagram)
        XCTAssertLessThanOrEqual(quality.columns, page.columns, name)
        XCTAssertLessThanOrEqual(quality.rows, page.rows, name)
        XCTAssertEqual(quality.droppedLabels, 0, name)
        XCTAssertEqual(quality.labelOverlaps, 0, name)
        XCTAssertEqual(quality.throughBoxes, 0, name)
        XCTAssertEqual(quality.svgLabelOverlaps, 0, name)
        // Every label beside its own line.
        XCTAssertEqual(quality.labelsAway, 0, name)
        XCTAssertEqual(choice.diagram.board.boxes.map(\.id), board.boxes.map(\.id), name)
      }
    }
  }

  /// Lanes each their own way: no two boxes overlap, and with groups kept apart no box sits inside
  /// the frame of a group it is not in.
  func testMixedLanesPackWithoutOverlapsAndKeepFramesToTheirGroups() throws {
    let board = try XCTUnwrap(Fixtures.library.template("street-view-blurring")).referenceBoard()
    let layouts = LaneMix.layouts(board, page: (160, 43))
    XCTAssertFalse(layouts.isEmpty)
    XCTAssertLessThanOrEqual(layouts.count, 2 * LaneMix.kept)
    for laid in layouts {
      for (i, x) in laid.boxes.enumerated() {
        for y in laid.boxes[(i + 1)...] { XCTAssertFalse(x.frame.intersects(y.frame), "\(x.id) and \(y.id) overlap") }
      }
    }
    let apart = try XCTUnwrap(LaneMix.apart(board))
    XCTAssertGreaterThan(apart.count, board.groups.count, "boxes in no group make lanes of their own")
    for lane in apart {
      let members = Set(lane.laid.groups.flatMap(\.boxIDs))
      XCTAssertTrue(lane.laid.groups.isEmpty || lane.laid.boxes.allSatisfy { members.contains($0.id) })
    }
    for stacking in [LaneLayout.Stacking.columns, .rows] {
      let packed = LaneLayout.pack(board, apart, stacking: stacking, limit: 100)
      for frame in GroupFrame.frames(of: packed) {
        let members = Set(packed.groups[frame.group].boxIDs)
        for box in packed.boxes where !members.contains(box.id) {
          XCTAssertFalse(frame.rect.intersects(box.frame), "\(box.id) inside \(frame.title)")
        }
      }
    }
    // A board of one group has no lanes to mix.
    var one = board
    one.groups = [board.groups[0]]
    XCTAssertTrue(LaneMix.layouts(one, page: (160, 43)).isEmpty)
  }

  /// Many lanes do not multiply their ways past `LaneMix.maxMixes`: two ways each, then all one way.
  func testMixesStayWithinTheirBudget() throws {
    func chain(groups: Int) -> Board {
      var board = Board(title: "chain")
      for g in 0..<groups {
        for part in ["a", "b"] {
          board.boxes.append(
            Box(id: "\(part)\(g)", label: "Step \(part) \(g)", frame: GridRect(x: 0, y: 0, width: 0, height: 0)))
        }
        board.arrows.append(Arrow(from: "a\(g)", to: "b\(g)"))
        if g > 0 { board.arrows.append(Arrow(from: "b\(g - 1)", to: "a\(g)")) }
        board.groups.append(Group(id: "g\(g)", title: "Group \(g)", boxIDs: ["a\(g)", "b\(g)"]))
      }
      return board
    }
    for (groups, most) in [(3, 27), (8, 256), (12, 3)] {
      let lanes = try XCTUnwrap(LaneMix.apart(chain(groups: groups)))
      XCTAssertEqual(lanes.count, groups)
      let mixes = LaneMix.mixes(lanes)
      XCTAssertLessThanOrEqual(mixes.count, min(most, LaneMix.maxMixes), "\(groups) groups")
      XCTAssertGreaterThan(mixes.count, 1)
      XCTAssertTrue(mixes.allSatisfy { $0.count == groups })
    }
  }
}
