// The fit leaves unrouted the candidates that cannot fit the page (PageFit.leastSize), and routes
// them only when nothing fits, for the smallest drawing it reports (SmallestTried).

import XCTest

@testable import MLSDCore

final class LayoutFitBoundTests: XCTestCase {
  private func boards() throws -> [Board] {
    [RenderFixtures.pipeline(), try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard()]
  }

  /// No drawing of a candidate, routed, squeezed or a squeezed board routed again, is smaller
  /// than its least size.
  func testNoDrawingIsSmallerThanItsLeastSize() throws {
    let page = (columns: 120, rows: 40)
    for board in try boards() {
      for detail in [LevelOfDetail.full, .narrow] {
        let sized = detail.apply(to: board)
        var laid = DiagramFit.candidates(sized, page: page, arrangements: DiagramFit.searches[0], seeds: 2)
        laid += DiagramFit.candidates(sized, page: page, arrangements: DiagramFit.searches[1], seeds: 1)
        XCTAssertFalse(laid.isEmpty)
        for (arrangement, candidate) in laid {
          let least = PageFit.leastSize(candidate)
          for drawing in PageFit.drawings([(arrangement, candidate)]) {
            var sizes = [drawing.quality]
            if drawing.moved { sizes.append(LayoutQuality(LabelRoom.routed(drawing.diagram.board))) }
            for q in sizes {
              XCTAssertGreaterThanOrEqual(q.columns, least.columns, "\(board.title) \(detail) \(arrangement)")
              XCTAssertGreaterThanOrEqual(q.rows, least.rows, "\(board.title) \(detail) \(arrangement)")
            }
          }
        }
      }
    }
  }

  /// When nothing fits, the smallest drawing reported is no larger than any candidate the
  /// levels' searches lay out, routed or not, and is a drawing the board routes to (not a
  /// squeezed one measured with its routes moved), at the size named.
  func testTheSmallestReportedIsTheSmallestOfEveryCandidate() throws {
    let board = try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard()
    let page = (columns: 70, rows: 20)
    guard case .failure(let failure) = DiagramFit.fit(board, columns: page.columns, rows: page.rows) else {
      return XCTFail("nothing fits 70 × 20")
    }
    let reported = try XCTUnwrap(failure.smallest)
    var least = Int.max
    for detail in LevelOfDetail.allCases {
      for cut in [false, true] where !cut || DiagramFit.titlesWiden(detail.apply(to: board)) {
        var source = board
        if cut { for g in source.groups.indices { source.groups[g].title = "" } }
        for (search, arrangements) in DiagramFit.searches.enumerated() {
          var laid = DiagramFit.candidates(
            detail.apply(to: source), page: page, arrangements: arrangements, seeds: DiagramFit.usualSeeds)
          if search == 0, let kept = DiagramFit.inPlace(source, detail) { laid.insert((.asLaidOut, kept), at: 0) }
          if cut { laid = laid.map { ($0.0, DiagramFit.titled($0.1, like: board)) } }
          for drawing in PageFit.drawings(PageFit.plausible(laid, page: page)) where !drawing.moved {
            least = min(least, drawing.quality.columns * drawing.quality.rows)
          }
        }
      }
    }
    XCTAssertLessThanOrEqual(reported.columns * reported.rows, least)
    XCTAssertEqual(LabelRoom.routed(reported.diagram.board).routes, reported.diagram.routes)
    XCTAssertEqual(reported.columns, reported.diagram.bounds?.width)
    XCTAssertEqual(reported.rows, reported.diagram.bounds?.height)
  }
}

/// When nothing fits, the candidates left unrouted are routed for the smallest drawing only until
/// `SmallestTried.maxFruitless` routings in a row made it no smaller (news feed at 110 × 34
/// routed 26 for nothing).
final class SmallestTriedFruitlessTests: XCTestCase {
  func testRoutingStopsAfterRoutingsThatFindNothingSmaller() throws {
    let laid = try XCTUnwrap(DiagramFit.candidates(RenderFixtures.pipeline(), seeds: 1).first)
    var tried = SmallestTried()
    for (k, drawing) in PageFit.drawings([laid]).enumerated() where !drawing.moved {
      tried.weigh(drawing, .full, order: [0, k])
    }
    // The same board six times over: routed, none is smaller than the drawing weighed.
    for i in 0..<6 {
      tried.keep(
        SmallestTried.Unrouted(detail: .full, arrangement: laid.0, board: laid.1, leastArea: 0, order: [1, i]))
    }
    let (smallest, _) = tried.resolved()
    XCTAssertEqual(tried.routings, SmallestTried.maxFruitless)
    XCTAssertNotNil(smallest)
  }

  /// A routing that finds a smaller drawing starts the count again.
  func testASmallerDrawingStartsTheCountAgain() throws {
    let board = RenderFixtures.pipeline()
    let page = (columns: 300, rows: 300)
    let laid = PageFit.plausible(DiagramFit.candidates(board, page: page, seeds: 2), page: page)
    let sizes = laid.map { candidate -> Int in
      let q = LayoutQuality(LabelRoom.routed(candidate.1))
      return q.columns * q.rows
    }
    // Largest first, so that each routing finds a smaller drawing, all of them routed.
    let order = sizes.indices.sorted { sizes[$0] > sizes[$1] }
    guard Set(sizes).count == sizes.count, sizes.count > SmallestTried.maxFruitless else {
      throw XCTSkip("the premise: distinct sizes, more than \(SmallestTried.maxFruitless)")
    }
    var tried = SmallestTried()
    for (rank, i) in order.enumerated() {
      tried.keep(
        SmallestTried.Unrouted(detail: .full, arrangement: laid[i].0, board: laid[i].1, leastArea: rank, order: [rank]))
    }
    _ = tried.resolved()
    XCTAssertGreaterThanOrEqual(tried.routings, sizes.count)
  }
}

/// The fit's search stops routing candidates that cannot beat a drawing that already fits, and
/// makes no search whose drawing could not be taken: the drawing chosen is the same.
final class LayoutFitShortcutTests: XCTestCase {
  /// Four boxes in a row, laid out: a board whose own drawing fits a large page, crossing nothing.
  private func chain() -> Board {
    let labels = ["Stream ingestion", "Training pipeline", "Model registry", "Inference service"]
    let boxes = labels.enumerated().map { i, label in
      let size = BoxSizing.naturalSize(label: label, detail: "detail \(i)")
      return Box(
        id: "b\(i)", label: label, detail: "detail \(i)",
        frame: GridRect(x: 0, y: 0, width: size.width, height: size.height))
    }
    let arrows = (0..<3).map { Arrow(from: "b\($0)", to: "b\($0 + 1)", label: $0 == 1 ? "model" : nil) }
    return LayeredLayout.layout(Board(title: "Chain", boxes: boxes, arrows: arrows), direction: .leftToRight)
  }

  private func same(_ a: PageFit.Drawing?, _ b: PageFit.Drawing?, _ what: String) {
    XCTAssertEqual(a?.diagram.board, b?.diagram.board, what)
    XCTAssertEqual(a?.diagram.routes.map(\.points), b?.diagram.routes.map(\.points), what)
    XCTAssertEqual(a.map { DiagramFit.key($0.quality) }, b.map { DiagramFit.key($0.quality) }, what)
  }

  /// Each level's search finds the same drawing with and without the bound, and the chain's
  /// search at a large page skips candidates.
  func testSkippingCandidatesThatCannotBeatTheBoundChangesNothing() throws {
    let boards = [
      chain(), RenderFixtures.pipeline(),
      try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard(),
    ]
    var skipped = 0
    for board in boards {
      for page in [(columns: 200, rows: 60), (columns: 120, rows: 40)] {
        for detail in [LevelOfDetail.full, .compact] {
          let what = "\(board.title) \(page) \(detail)"
          let bounded = DiagramFit.best(board, detail, page: page)
          let every = DiagramFit.best(board, detail, page: page, bounded: false)
          XCTAssertEqual(every.skipped, 0, what)
          same(bounded.found, every.found, what)
          if bounded.skipped > 0 { XCTAssertNotNil(bounded.found, what) }
          skipped += bounded.skipped
        }
      }
    }
    let chainSearch = DiagramFit.best(chain(), .full, page: (columns: 200, rows: 60))
    XCTAssertEqual(chainSearch.found?.quality.crossings, 0)
    XCTAssertGreaterThan(chainSearch.skipped, 0, "the chain's own drawing fits: longer layouts are not routed")
    XCTAssertGreaterThan(skipped, 0)
  }

  /// The least key is below every drawing's key of the candidate (the bound's premise).
  func testNoDrawingKeysBelowItsCandidatesLeastKey() throws {
    let page = (columns: 200, rows: 60)
    for board in [chain(), RenderFixtures.pipeline()] {
      for (arrangement, candidate) in DiagramFit.candidates(board, page: page, seeds: 2) {
        let least = DiagramFit.leastKey(PageFit.leastSize(candidate))
        for drawing in PageFit.drawings([(arrangement, candidate)]) {
          XCTAssertFalse(DiagramFit.key(drawing.quality).lexicographicallyPrecedes(least), "\(arrangement)")
        }
      }
    }
  }

  /// A fitted drawing that crosses nothing is taken without asking for dot's crossings (a
  /// Graphviz layout) or searching the next level: nothing can cross less.
  func testADrawingCrossingNothingAsksForNoCeiling() throws {
    var asked = 0
    guard
      case .success(let choice) = DiagramFit.fit(
        chain(), columns: 200, rows: 60,
        ceiling: { _ in
          asked += 1; return 0
        })
    else { return XCTFail("the chain fits 200 × 60") }
    XCTAssertEqual(LayoutQuality(choice.diagram).crossings, 0)
    XCTAssertEqual(choice.detail, .full)
    XCTAssertEqual(asked, 0)
    // A board whose fitted drawing crosses arrows still asks.
    let generic = try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard()
    guard
      case .success(let crossing) = DiagramFit.fit(
        generic, columns: 160, rows: 43,
        ceiling: { _ in
          asked += 1; return nil
        })
    else { return XCTFail("the generic reference fits 160 × 43") }
    if LayoutQuality(crossing.diagram).crossings > 0 { XCTAssertEqual(asked, 1) }
  }
}
