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

  func testFitReturnsTheFirstLayoutWithinThePage() throws {
    let board = RenderFixtures.pipeline()
    // Room for anything: the first layout tried (full boxes, top to bottom) is taken.
    let roomy = try DiagramFit.fit(board, columns: 1_000, rows: 1_000).get()
    XCTAssertEqual(roomy.detail, .full)
    XCTAssertEqual(roomy.arrangement, .topToBottom)
    // A page just under that size takes a later layout, which must fit it.
    let tighter = DiagramFit.fit(board, columns: 1_000, rows: roomy.rows - 1)
    if case .success(let choice) = tighter {
      XCTAssertLessThanOrEqual(choice.rows, roomy.rows - 1)
      XCTAssertNotEqual(choice.arrangement, .topToBottom, "top to bottom with full boxes did not fit")
    } else {
      XCTFail("a wider layout fits fewer rows")
    }
  }

  func testFitFailsWithTheSmallestLayoutTried() {
    guard case .failure(let failure) = DiagramFit.fit(RenderFixtures.pipeline(), columns: 10, rows: 5) else {
      return XCTFail("nothing fits 10 × 5")
    }
    let smallest = try? XCTUnwrap(failure.smallest)
    XCTAssertNotNil(smallest)
    for (detail, arrangement) in DiagramFit.order {
      guard let arranged = DiagramFit.arrange(detail.apply(to: RenderFixtures.pipeline()), arrangement),
        let bounds = Diagram(board: LabelRoom.make(arranged)).bounds, let smallest
      else { continue }
      XCTAssertLessThanOrEqual(smallest.columns * smallest.rows, bounds.width * bounds.height)
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
}
