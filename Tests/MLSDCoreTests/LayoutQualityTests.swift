// The layout-quality counts: what the measurer counts on boards made to have them, and the
// reference designs held to a stored table (Golden/quality/references.tsv) so that no change
// makes a reference cross more, lose a label, overlap one or grow. MLSD_UPDATE_GOLDEN=1 rewrites
// the table (after an improvement, so that it stays the bar) and fails, like every GoldenFile.

import Foundation
import XCTest

@testable import MLSDCore

final class LayoutQualityTests: XCTestCase {
  static let table = GoldenFile("quality/references.tsv")

  private func box(_ id: String, _ x: Int, _ y: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: 8, height: 3))
  }

  func testTwoArrowsAcrossEachOtherCountOneCrossing() {
    // A → B runs along row 11; C → D runs down column 24: they must cross once.
    let board = Board(
      title: "cross", boxes: [box("a", 0, 10), box("b", 40, 10), box("c", 20, 0), box("d", 20, 20)],
      arrows: [Arrow(from: "a", to: "b"), Arrow(from: "c", to: "d")])
    let quality = LayoutQuality(Diagram(board: board))
    XCTAssertEqual(quality.crossings, 1)
    XCTAssertEqual(quality.throughBoxes, 0)
    XCTAssertEqual(quality.bends, 0)
  }

  func testArrowsSideBySideDoNotCross() {
    let board = Board(
      title: "parallel", boxes: [box("a", 0, 0), box("b", 30, 0), box("c", 0, 10), box("d", 30, 10)],
      arrows: [Arrow(from: "a", to: "b", label: "x"), Arrow(from: "c", to: "d", label: "y")])
    let quality = LayoutQuality(Diagram(board: board))
    XCTAssertEqual(quality.crossings, 0)
    XCTAssertEqual(quality.labels, 2)
    XCTAssertEqual(quality.droppedLabels, 0)
    XCTAssertEqual(quality.labelOverlaps, 0)
    XCTAssertEqual(quality.svgLabelOverlaps, 0)
    XCTAssertEqual(quality.columns, 38)
    XCTAssertEqual(quality.rows, 13)
  }

  func testBoxOnTopOfAnArrowIsCountedAsThroughABox() {
    // The router goes round boxes, so only a box drawn over another can force it through one:
    // here `big` covers `b`, and the arrow to `b` must end inside `big`.
    let walled = Board(
      title: "walled",
      boxes: [
        box("a", 0, 0), box("b", 30, 0),
        Box(id: "big", label: "W", frame: GridRect(x: 27, y: -3, width: 14, height: 9)),
      ],
      arrows: [Arrow(from: "a", to: "b")])
    let quality = LayoutQuality(Diagram(board: walled))
    XCTAssertEqual(quality.throughBoxes, 1)
  }

  static func fitsPage(columns: Int, rows: Int) -> Bool {
    columns <= LayeredLayout.pageColumns && rows <= LayeredLayout.pageRows
  }

  /// The drawing's size is the full render's without its title line and the blank line under it.
  func testFullRenderIsTheDrawingAndTwoRows() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    let template = try XCTUnwrap(library.templates.first { $0.id == "generic-ml-pipeline" })
    let diagram = Diagram(board: template.referenceBoard())
    let quality = LayoutQuality(diagram)
    let text = TextRenderer.render(diagram, charset: .unicode)
    XCTAssertTrue(text.hasSuffix("\n"))
    XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).count - 1, quality.rows + 2)
  }

  func testReferenceDesignsDoNotRegress() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    var lines = [(["template"] + LayoutQuality.columnNames).joined(separator: "\t")]
    var measured: [String: [Int]] = [:]
    for template in library.templates where template.id != "blank" {
      // The drawing shown: `mlsd render` clears its corners.
      let figures = LayoutQuality(Diagram(board: template.referenceBoard()).clearOfCorners()).values
      measured[template.id] = figures
      lines.append(([template.id] + figures.map(String.init)).joined(separator: "\t"))
    }
    if Self.table.rewriteIfAsked(lines.joined(separator: "\n") + "\n") { return }
    let stored = try XCTUnwrap(Self.table.stored(), "missing Golden/\(Self.table.name)").split(separator: "\n").map {
      $0.split(separator: "\t").map(String.init)
    }
    XCTAssertEqual(stored.first, ["template"] + LayoutQuality.columnNames, "the table's columns changed")
    // Bends and arrow length may trade against crossings and size, and columns against rows (the
    // area must hold); every other count must hold.
    let guarded = [
      "crossings", "dropped", "overlaps", "on frames", "svg overlaps", "away", "through boxes", "heads on lines",
      "labels nearer other", "labels touching",
    ]
    for row in stored.dropFirst() {
      guard let id = row.first, let now = measured[id] else {
        XCTFail("\(row.first ?? "?") is in the table but not a template")
        continue
      }
      for name in guarded {
        guard let k = LayoutQuality.columnNames.firstIndex(of: name), k + 1 < row.count, let bar = Int(row[k + 1])
        else { continue }
        XCTAssertLessThanOrEqual(now[k], bar, "\(id): \(name) was \(bar), now \(now[k])")
      }
      if let c = LayoutQuality.columnNames.firstIndex(of: "columns"),
        let r = LayoutQuality.columnNames.firstIndex(of: "rows"),
        r + 1 < row.count, let columns = Int(row[c + 1]), let rows = Int(row[r + 1])
      {
        XCTAssertLessThanOrEqual(
          now[c] * now[r], columns * rows, "\(id): the drawing was \(columns)x\(rows), now \(now[c])x\(now[r])")
        // A reference whose full render fitted the page for reading (200 × 60 with the title line
        // and the blank line under it) must still fit it.
        if Self.fitsPage(columns: columns, rows: rows) {
          XCTAssertTrue(
            Self.fitsPage(columns: now[c], rows: now[r]),
            "\(id): the drawing fitted \(LayeredLayout.pageColumns)x\(LayeredLayout.pageRows), now \(now[c])x\(now[r])")
        }
      }
    }
    XCTAssertEqual(stored.count - 1, measured.count, "every reference design has a row in the table")
  }
}
