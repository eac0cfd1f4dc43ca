// The guess of how many arrows a packing of lanes will cross (LaneCrossings), and the packings
// the page search routes under dot's ceiling (LaneMix.guessed).

import XCTest

@testable import MLSDCore

final class LaneCrossingsTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: 8, height: 3))
  }

  func testArrowsAcrossEachOtherAreGuessedToCross() {
    // A → B along row 11, C → D down column 24: their simple routes cross once.
    let board = Board(
      title: "cross", boxes: [box("a", 0, 10), box("b", 40, 10), box("c", 20, 0), box("d", 20, 20)],
      arrows: [Arrow(from: "a", to: "b"), Arrow(from: "c", to: "d")])
    XCTAssertEqual(LaneCrossings.estimate(board), 1)
    // The same lines side by side cross nothing.
    let apart = Board(
      title: "apart", boxes: [box("a", 0, 0), box("b", 40, 0), box("c", 0, 10), box("d", 40, 10)],
      arrows: [Arrow(from: "a", to: "b"), Arrow(from: "c", to: "d")])
    XCTAssertEqual(LaneCrossings.estimate(apart), 0)
  }

  func testArrowsThatShareABoxMeetThereAndDoNotCount() {
    // A → B and C → B end at B: wherever their routes meet, they are not a crossing.
    let board = Board(
      title: "merge", boxes: [box("a", 0, 10), box("b", 40, 10), box("c", 20, 0)],
      arrows: [Arrow(from: "a", to: "b"), Arrow(from: "c", to: "b")])
    XCTAssertEqual(LaneCrossings.estimate(board), 0)
  }

  func testABoxInTheWayCounts() {
    // A → B runs straight through W: the router must take it round, so it counts once.
    let board = Board(
      title: "wall", boxes: [box("a", 0, 10), box("b", 40, 10), box("w", 20, 10)],
      arrows: [Arrow(from: "a", to: "b")])
    XCTAssertEqual(LaneCrossings.estimate(board), 1)
  }

  /// The packings routed under dot's ceiling: at most the count asked, every box where the board
  /// has it in the list, no two boxes overlapping, within the page, fewest guessed crossings first.
  func testGuessedPackingsAreWithinThePageFewestFirst() throws {
    let board = try XCTUnwrap(Fixtures.library.template("news-feed")).reference
    let page = (columns: 200, rows: 58)
    let guessed = LaneMix.guessed(board, seeds: Array(LayeredLayout.seeds(of: board).prefix(2)), page: page, count: 5)
    XCTAssertEqual(guessed.count, 5)
    var last = Int.min
    for laid in guessed {
      XCTAssertEqual(laid.boxes.map(\.id), board.boxes.map(\.id))
      for (i, x) in laid.boxes.enumerated() {
        for y in laid.boxes[(i + 1)...] { XCTAssertFalse(x.frame.intersects(y.frame), "\(x.id) and \(y.id) overlap") }
      }
      let bounds = try XCTUnwrap(LayeredLayout.drawnBounds(laid))
      XCTAssertLessThanOrEqual(bounds.width, page.columns - DiagramFit.pageMargin)
      XCTAssertLessThanOrEqual(bounds.height, page.rows - DiagramFit.pageMargin)
      let guess = LaneCrossings.estimate(laid)
      XCTAssertGreaterThanOrEqual(guess, last)
      last = guess
    }
  }
}
