// Lanes packed within a fit are laid out and measured once (LanePackings): the packings a fit
// weighs for each page must be the ones made afresh for that page.
import XCTest

@testable import MLSDCore

final class LanePackingsTests: XCTestCase {
  /// Two limits with the same shelf starts pack the lanes alike; two with other starts do not.
  func testTheShelfStartsTellPackingsApart() throws {
    let board = LevelOfDetail.compact.apply(
      to: try XCTUnwrap(Fixtures.library.template("ad-click-prediction")).referenceBoard())
    let lanes = try XCTUnwrap(LaneMix.apart(board))
    for mix in LaneMix.mixes(lanes).prefix(4) {
      for stacking in [LaneLayout.Stacking.rows, .columns] {
        var packed: [[Int]: [GridRect]] = [:]
        for limit in stride(from: 10, through: 240, by: 3) {
          let frames = LaneLayout.pack(board, mix, stacking: stacking, limit: limit).boxes.map(\.frame)
          let starts = LaneLayout.shelfStarts(mix, stacking: stacking, limit: limit)
          if let known = packed[starts] { XCTAssertEqual(known, frames, "\(stacking) \(limit)") }
          packed[starts] = frames
        }
        XCTAssertGreaterThan(packed.count, 1, "several shelvings")
        XCTAssertEqual(Set(packed.values).count, packed.count, "each shelving packs its own way")
      }
    }
  }

  /// Within one memo, the lane arrangements packed for a page and for the pages a little larger
  /// are those made without it, in the same order.
  func testPackingsKeptForAFitAreThoseMadeAfresh() throws {
    let board = LevelOfDetail.narrow.apply(
      to: try XCTUnwrap(Fixtures.library.template("news-feed")).referenceBoard())
    let page = (columns: 78, rows: 22)
    let pages = [page] + DiagramFit.grownPages(page)
    func made() -> [[[GridRect]]] {
      pages.map { page in
        DiagramFit.candidates(
          board, page: page, arrangements: [.lanes, .laneColumns, .mixedLanes], seeds: DiagramFit.usualSeeds
        ).map {
          $0.1.boxes.map(\.frame)
        }
      }
    }
    let afresh = made()
    let kept = LanePackings.$current.withValue(LanePackings()) { made() }
    XCTAssertEqual(kept, afresh)
    XCTAssertTrue(afresh.allSatisfy { !$0.isEmpty })
  }
}
