// The fit past dot's crossings: when the drawing with the most detail crosses more arrows than
// Graphviz dot's drawing of the board would, less detail is weighed for fewer crossings.

import XCTest

@testable import MLSDCore

final class LayoutFitCeilingTests: XCTestCase {
  /// A label over a frame line weighs as one crossing; a label dropped, over another, away from
  /// its line or an arrow through a box is never traded for crossings.
  func testReadsBetterCountsALabelOnAFrameAsACrossing() {
    var first = LayoutQuality(Diagram(board: Board(title: "empty")))
    first.crossings = 20
    var next = first
    next.crossings = 6
    next.labelsOnFrames = 1
    XCTAssertTrue(DiagramFit.readsBetter(next, than: first))
    var close = first
    close.crossings = 19
    close.labelsOnFrames = 1
    XCTAssertFalse(DiagramFit.readsBetter(close, than: first), "19 and a label on a frame is no better than 20")
    XCTAssertFalse(DiagramFit.readsBetter(first, than: first))
    // A level of detail given up weighs a crossing: 6 and a frame, two levels down, beat 20; 3
    // three levels down do not beat 4 (visual search at 160 × 45: full boxes kept).
    XCTAssertTrue(DiagramFit.readsBetter(next, than: first, levelsDown: 2))
    var four = first
    four.crossings = 4
    var three = first
    three.crossings = 3
    XCTAssertTrue(DiagramFit.readsBetter(three, than: four))
    XCTAssertFalse(DiagramFit.readsBetter(three, than: four, levelsDown: 1))
    XCTAssertFalse(DiagramFit.readsBetter(three, than: four, levelsDown: 3))
    for worse in [\LayoutQuality.droppedLabels, \.labelOverlaps, \.svgLabelOverlaps, \.labelsAway, \.throughBoxes] {
      var other = next
      other[keyPath: worse] = 1
      XCTAssertFalse(DiagramFit.readsBetter(other, than: first))
    }
  }

  /// With no ceiling the fit is the first level that fits (or the next, when it crosses fewer);
  /// with a ceiling of 0 it goes on to the levels after it, taking only drawings that read
  /// better (a crossing fewer for each level given up), and no level after the one taken reads
  /// better than it.
  func testPastTheCeilingLessDetailIsTakenOnlyForFewerCrossings() throws {
    let board = try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline")).referenceBoard()
    let page = (columns: 120, rows: 38)
    let plain = try DiagramFit.fit(board, columns: page.columns, rows: page.rows, ceiling: { _ in nil }).get()
    let strict = try DiagramFit.fit(board, columns: page.columns, rows: page.rows, ceiling: { _ in 0 }).get()
    let (plainQuality, strictQuality) = (LayoutQuality(plain.diagram), LayoutQuality(strict.diagram))
    XCTAssertLessThanOrEqual(strictQuality.columns, page.columns)
    XCTAssertLessThanOrEqual(strictQuality.rows, page.rows)
    let levels = LevelOfDetail.allCases
    let (plainIndex, strictIndex) = (levels.firstIndex(of: plain.detail)!, levels.firstIndex(of: strict.detail)!)
    XCTAssertGreaterThanOrEqual(strictIndex, plainIndex)
    if strict.diagram.board != plain.diagram.board {
      XCTAssertTrue(DiagramFit.readsBetter(strictQuality, than: plainQuality, levelsDown: strictIndex - plainIndex))
    }
    guard strictQuality.crossings > 0 else { return }
    for later in levels.dropFirst(strictIndex + 1) {
      for cut in [false, true] where !cut || DiagramFit.titlesWiden(later.apply(to: board)) {
        guard let drawing = DiagramFit.best(board, later, page: page, cutTitles: cut).found else { continue }
        let down = levels.firstIndex(of: later)! - strictIndex
        XCTAssertFalse(
          DiagramFit.readsBetter(drawing.quality, than: strictQuality, levelsDown: down), "\(later) cut \(cut)")
      }
    }
  }

  /// A title drawn cut ("…") where the original has it whole counts; one drawn whole does not.
  func testTitlesCutCountsOnlyTitlesTheOriginalHasWhole() {
    var original = Board(title: "groups")
    original.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 4, y: 4, width: 9, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 40, y: 4, width: 9, height: 3)),
    ]
    original.groups = [
      Group(id: "g", title: "Online serving path", boxIDs: ["a"]), Group(id: "h", title: "Lab", boxIDs: ["b"]),
    ]
    XCTAssertEqual(DiagramFit.titlesCut(original, of: original), 0)
    var cut = original
    cut.groups[0].title = "Online s…"
    XCTAssertEqual(DiagramFit.titlesCut(cut, of: original), 1)
  }

  /// A ceiling at or above what the chosen drawing crosses changes nothing.
  func testACeilingNotReachedChangesNothing() throws {
    let board = RenderFixtures.pipeline()
    let plain = try DiagramFit.fit(board, columns: 120, rows: 40, ceiling: { _ in nil }).get()
    let crossings = LayoutQuality(plain.diagram).crossings
    let kept = try DiagramFit.fit(board, columns: 120, rows: 40, ceiling: { _ in crossings }).get()
    XCTAssertEqual(kept.detail, plain.detail)
    XCTAssertEqual(kept.diagram.board, plain.diagram.board)
  }
}
