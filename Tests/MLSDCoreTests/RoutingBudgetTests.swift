// Boards at the edges of the format: boxes far apart, and more arrows than the router's budget.
// Each must route and draw in memory and time that follow what is drawn, say so when arrows were
// drawn simply, and leave ordinary boards as they were.
import XCTest

@testable import MLSDCore

final class RoutingBudgetTests: XCTestCase {
  /// Two boxes at the ends of the loader's range, joined by a labelled arrow.
  func farBoard() -> Board {
    var board = Board(title: "Far apart")
    let far = BoardDecoder.maxCoordinate
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 7, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: far, y: far, width: 7, height: 3)),
    ]
    board.arrows = [Arrow(from: "a", to: "b", label: "events")]
    return board
  }

  /// One hub with arrows to `count` boxes stacked in a column.
  static func hubBoard(_ count: Int) -> Board {
    var board = Board(title: "Hub")
    board.boxes = [Box(id: "hub", label: "Hub", frame: GridRect(x: 2, y: 2 * count, width: 9, height: 3))]
    for i in 0..<count {
      board.boxes.append(Box(id: "n\(i)", label: "N\(i)", frame: GridRect(x: 40, y: 4 * i, width: 9, height: 3)))
      board.arrows.append(Arrow(from: "hub", to: "n\(i)"))
    }
    return board
  }

  func testFarApartBoxesGetASimpleRouteInsteadOfAGridOfTheirBoundingBox() {
    let diagram = Diagram(board: farBoard())
    XCTAssertEqual(diagram.simpleArrowCount, 1)
    let route = diagram.routes[0]
    // The boxes are a little further apart down than across: the path leaves A's bottom.
    XCTAssertEqual(route.points.first, GridPoint(x: 3, y: 3))
    XCTAssertEqual(route.points.last, GridPoint(x: BoardDecoder.maxCoordinate + 3, y: BoardDecoder.maxCoordinate - 1))
    for (a, b) in zip(route.points, route.points.dropFirst()) { XCTAssert(a.x == b.x || a.y == b.y, "orthogonal") }
    XCTAssertNotNil(route.labelOrigin, "the label still has a place")
  }

  func testTextOfFarApartBoxesFoldsTheEmptyStretches() throws {
    let diagram = Diagram(board: farBoard())
    XCTAssertNil(TextRenderer.tooLarge(diagram))
    let text = TextRenderer.render(diagram, charset: .unicode)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertLessThan(lines.count, 60)
    XCTAssertLessThan(lines.map(\.count).max() ?? 0, 100)
    XCTAssert(text.contains("│  A  │"), text)
    XCTAssert(text.contains("│  B  │"), text)
    XCTAssert(text.contains("▼"), text)
    XCTAssert(text.contains("events"), text)
    XCTAssertEqual(TextRenderer.notes(diagram).count, 2, "folded, and one arrow drawn simply")
  }

  func testFoldingLeavesAnOrdinaryBoardAsItIs() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 5, count: 40, groups: 3))
    let diagram = Diagram(board: board)
    XCTAssertFalse(diagram.folded().folded)
    XCTAssertEqual(diagram.simpleArrowCount, 0)
    XCTAssertEqual(TextRenderer.notes(diagram), [])
  }

  func testFoldingShortensOnlyGapsAboveTheThresholdAndKeepsOrder() {
    var spans = Diagram.Spans()
    spans.keep(0, 10)
    spans.keep(20, 30)  // a gap of 9: kept
    spans.keep(30 + Diagram.foldAbove + 1, 30 + Diagram.foldAbove + 5)  // a gap of foldAbove: shortened
    let folding = try! XCTUnwrap(spans.folding())
    XCTAssertEqual(folding.map(5), 5)
    XCTAssertEqual(folding.map(25), 25)
    XCTAssertEqual(folding.map(30 + Diagram.foldAbove + 1), 31 + Diagram.foldedLength)
    var short = Diagram.Spans()
    short.keep(0, 10)
    short.keep(10 + Diagram.foldAbove, 12 + Diagram.foldAbove)  // a gap of foldAbove - 1
    XCTAssertNil(short.folding())
  }

  func testTheWorkBudgetBoundsRoutingAndTheRestAreDrawnSimply() {
    let board = Self.hubBoard(120)
    let full = Router.route(board)
    XCTAssertEqual(full.routes.filter(\.isSimple).count, 0, "the default budget routes a small hub")
    let tight = Router.route(board, budget: 20_000)
    let simple = tight.routes.filter(\.isSimple).count
    XCTAssertGreaterThan(simple, 0)
    XCTAssertLessThan(simple, 120, "the first arrows were routed before the budget ran out")
    XCTAssert(tight.routes.allSatisfy { !$0.points.isEmpty }, "every arrow is drawn")
  }

  func testSimpleRoutesLeaveAndEnterTheFacingSides() {
    let a = GridRect(x: 10, y: 10, width: 8, height: 3)
    for (b, first, last) in [
      (GridRect(x: 40, y: 30, width: 8, height: 3), GridPoint(x: 18, y: 11), GridPoint(x: 39, y: 31)),
      (GridRect(x: 0, y: 40, width: 8, height: 3), GridPoint(x: 14, y: 13), GridPoint(x: 4, y: 39)),
      (GridRect(x: 12, y: 0, width: 8, height: 3), GridPoint(x: 14, y: 9), GridPoint(x: 16, y: 3)),
    ] {
      let points = SimpleRoute.points(from: a, to: b)
      XCTAssertEqual(points.first, first, "\(b)")
      XCTAssertEqual(points.last, last, "\(b)")
      XCTAssertLessThanOrEqual(points.count, 4)
      for (p, q) in zip(points, points.dropFirst()) { XCTAssert(p.x == q.x || p.y == q.y, "\(points)") }
    }
  }

  func testTheAppSaysWhenArrowsAreDrawnSimply() {
    let state = AppState(board: farBoard(), filePath: nil, library: Fixtures.library, theme: .monochrome)
    XCTAssertEqual(state.message?.tone, .warning)
    XCTAssert(state.message?.text.contains("1 of 1 arrows drawn on simple routes") == true)
  }
}

/// The app's first frame is routed within a smaller budget; the first idle tick routes again with
/// the whole one.
final class FirstFrameRoutingTests: XCTestCase {
  func testAFirstFrameOutOfBudgetIsProvisionalAndRoutedFullyLater() {
    let board = RoutingBudgetTests.hubBoard(30)
    var layer = BoardLayer(board: board, firstFrameBudget: 2_000)
    XCTAssertTrue(layer.isProvisional)
    XCTAssertTrue(layer.diagram.routingOutOfBudget)
    XCTAssertGreaterThan(layer.diagram.simpleArrowCount, 0)
    XCTAssertTrue(layer.routeFully())
    XCTAssertFalse(layer.isProvisional)
    XCTAssertEqual(layer.diagram.simpleArrowCount, 0, "the whole budget routes every arrow of a small hub")
    XCTAssertEqual(layer.diagram.routes, Diagram(board: board).routes, "as a routing with the whole budget")
    XCTAssertFalse(layer.routeFully(), "only once")
  }

  func testABoardWithinTheFirstBudgetOrTooLargeForAGridIsNotProvisional() {
    XCTAssertFalse(BoardLayer(board: RoutingBudgetTests.hubBoard(5), firstFrame: true).isProvisional)
    var board = Board(title: "Far apart")
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 7, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 90_000, y: 90_000, width: 7, height: 3)),
    ]
    board.arrows = [Arrow(from: "a", to: "b")]
    let far = BoardLayer(board: board, firstFrameBudget: 10)
    XCTAssertFalse(far.isProvisional, "its simple route is the grid's size, not the budget")
    XCTAssertEqual(far.diagram.simpleArrowCount, 1)
  }

  func testTheFirstTickRoutesFullyAndSaysSo() {
    let board = RoutingBudgetTests.hubBoard(30)
    var state = AppState(board: board, filePath: nil, library: Fixtures.library, theme: .monochrome)
    state.layer = BoardLayer(board: board, firstFrameBudget: 2_000)
    let simpleBefore = state.layer.diagram.simpleArrowCount
    XCTAssertGreaterThan(simpleBefore, 0)
    state.apply(.tick(0.3))
    XCTAssertFalse(state.layer.isProvisional)
    XCTAssertEqual(state.layer.diagram.simpleArrowCount, 0)
    XCTAssertEqual(state.message?.text, "Routed all 30 arrows")
    // An edit before that tick keeps the drawing in step; the tick then routes the edited board.
    var edited = AppState(board: board, filePath: nil, library: Fixtures.library, theme: .monochrome)
    edited.layer = BoardLayer(board: board, firstFrameBudget: 2_000)
    edited.apply(.key(.char("x")))
    XCTAssertEqual(edited.layer.diagram.board, edited.board)
    edited.apply(.tick(0.3))
    XCTAssertEqual(edited.layer.diagram.board, edited.board)
    XCTAssertEqual(edited.layer.diagram.routes, Diagram(board: edited.board).routes)
  }
}
