// A label the router finds no place for beside its line (the user put the boxes too close) is
// still drawn: a few cells from its line, else cut to the room there is, else inside its line
// (its ends kept), else only noted, never instead of the arrow;
// and the drawing says so (`Diagram.labelNotes`, printed by `mlsd render` on stderr).
import XCTest

@testable import MLSDCore

final class RenderLooseLabelTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int, _ w: Int, _ h: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: w, height: h))
  }

  /// Boxes a and b side by side `gap` columns apart, joined by a labelled arrow; with `walled`,
  /// boxes all round them leave no free place near the arrow but the gap itself.
  private func board(gap: Int, walled: Bool = false, label: String = "raw events") -> Board {
    var board = Board(title: "t")
    board.boxes = [box("a", 30, 5, 15, 4), box("b", 45 + gap, 5, 20, 4)]
    if walled {
      board.boxes += [
        box("c", 0, 0, 110, 5), box("d", 0, 9, 110, 4), box("e", 0, 5, 30, 4), box("f", 65 + gap, 5, 30, 4),
      ]
    }
    board.arrows = [Arrow(from: "a", to: "b", label: label)]
    return board
  }

  private func cells(of text: String) -> [String] { text.components(separatedBy: "\n") }

  func testLabelTooCloseIsDrawnNearItsLineAndNoted() throws {
    let diagram = Diagram(board: board(gap: 4))
    XCTAssertNil(diagram.routes[0].labelOrigin, "the router finds no place beside a 3-cell run")
    let loose = try XCTUnwrap(diagram.looseLabels[0])
    XCTAssertEqual(loose.kind, .away)
    XCTAssertEqual(loose.text.lines, ["raw events"])
    let rect = loose.text.size.rect(at: loose.origin)
    XCTAssertFalse(diagram.board.boxes.contains { $0.frame.intersects(rect) }, "over no box")
    XCTAssertFalse(diagram.routes[0].cells.contains { rect.contains($0) }, "over no line")
    let near = diagram.routes[0].cells.map { cell in
      max(0, rect.minX - cell.x, cell.x - rect.maxX) + max(0, rect.minY - cell.y, cell.y - rect.maxY)
    }.min()
    XCTAssertLessThanOrEqual(try XCTUnwrap(near), LooseLabels.maxDistance)
    XCTAssertTrue(TextRenderer.render(diagram, charset: .unicode).contains("raw events"))
    XCTAssertTrue(TextRenderer.render(diagram, charset: .ascii).contains("raw events"))
    XCTAssertEqual(diagram.labelNoteArrows, [0])
    let note = try XCTUnwrap(diagram.labelNote(0))
    XCTAssertTrue(note.contains("\"raw events\" of A → B"), note)
    XCTAssertTrue(TextRenderer.notes(diagram).contains(note))
    // The SVG draws it where the text drawing does, not over the two boxes at the run's middle.
    let svg = SVGExporter().export(diagram.board, context: ExportContext(diagram: diagram))
    XCTAssertTrue(svg.contains(">raw events<"), svg)
    XCTAssertEqual(LayoutQuality(diagram).svgLabelOverlaps, 0)
  }

  func testRoomBesideTheLineLeavesNothingLooseOrNoted() {
    let diagram = Diagram(board: board(gap: 20))
    XCTAssertNotNil(diagram.routes[0].labelOrigin)
    XCTAssertTrue(diagram.looseLabels.isEmpty)
    XCTAssertTrue(diagram.labelNotes.isEmpty)
    XCTAssertTrue(TextRenderer.notes(diagram).isEmpty)
  }

  func testNoFreePlaceNearbyCutsTheLabelToTheGap() throws {
    let diagram = Diagram(board: board(gap: 9, walled: true))
    let loose = try XCTUnwrap(diagram.looseLabels[0])
    XCTAssertEqual(loose.kind, .shortened)
    // The gap is 9 columns: the cut label keeps a free column either side.
    XCTAssertEqual(loose.text.lines, ["raw ev…"])
    XCTAssertTrue(TextRenderer.render(diagram, charset: .unicode).contains("raw ev…"))
    let ascii = TextRenderer.render(diagram, charset: .ascii)
    XCTAssertTrue(ascii.contains("| raw ... |"), ascii)
    XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII), "7-bit, the cut mark included")
    XCTAssertTrue(try XCTUnwrap(diagram.labelNote(0)).contains("cut to \"raw ev…\""))
  }

  func testNoRoomAtAllWritesItInsideTheLineKeepingItsEnds() throws {
    // Boxes three rows high, walled, with one-row boxes filling the gap's rows above and below
    // the arrow: its own 5-cell run is the only room near it.
    var board = Board(title: "t")
    board.boxes = [
      box("a", 30, 5, 15, 3), box("b", 50, 5, 20, 3), box("c", 0, 0, 110, 5), box("d", 0, 8, 110, 4),
      box("e", 0, 5, 30, 3), box("f", 70, 5, 30, 3), box("g", 45, 5, 5, 1), box("h", 45, 7, 5, 1),
    ]
    board.arrows = [Arrow(from: "a", to: "b", label: "raw events")]
    let diagram = Diagram(board: board)
    let loose = try XCTUnwrap(diagram.looseLabels[0])
    XCTAssertEqual(loose.kind, .overLine)
    XCTAssertTrue(diagram.routes[0].cells.contains(loose.origin), "written on its own line")
    XCTAssertTrue(loose.text.isCut)
    let drawn = TextRenderer.render(diagram, charset: .unicode)
    // The run's first cell stays a line and its last the head: the arrow still reads as one.
    XCTAssertTrue(drawn.contains("─" + loose.text.lines[0] + "▶"), drawn)
    XCTAssertTrue(try XCTUnwrap(diagram.labelNote(0)).contains("written over it"))
  }

  func testNoRoomAndARunTooShortLeavesTheArrowWholeAndNotesTheLabel() throws {
    // Issue 13 (user tester): a 4-column gap was drawn `├~10…│`, the arrow replaced by its label.
    let diagram = Diagram(board: board(gap: 4, walled: true))
    let loose = try XCTUnwrap(diagram.looseLabels[0])
    XCTAssertEqual(loose.kind, .notDrawn)
    XCTAssertFalse(loose.isDrawn)
    XCTAssertNil(diagram.drawnRoutes[0].labelOrigin)
    let drawn = TextRenderer.render(diagram, charset: .unicode)
    XCTAssertTrue(drawn.contains("├───▶│"), drawn)
    XCTAssertFalse(drawn.contains("raw"), drawn)
    XCTAssertTrue(try XCTUnwrap(diagram.labelNote(0)).contains("not drawn"))
    XCTAssertTrue(TextRenderer.notes(diagram).contains { $0.contains("\"raw events\" of A → B") })
    // The SVG leaves it out too, rather than print it over both boxes.
    let svg = SVGExporter().export(diagram.board, context: ExportContext(diagram: diagram))
    XCTAssertFalse(svg.contains(">raw events<"), svg)
    XCTAssertEqual(LayoutQuality(diagram).svgLabelOverlaps, 0)
  }

  func testLabelPastFiveLinesIsNotedAsCut() throws {
    let long = Array(repeating: "word", count: 30).joined(separator: " ")
    let diagram = Diagram(board: board(gap: 40, label: long))
    let text = try XCTUnwrap(diagram.drawnRoutes[0].label)
    XCTAssertTrue(text.isCut)
    XCTAssertTrue(TextRenderer.render(diagram, charset: .unicode).contains("wor…"))
    XCTAssertTrue(try XCTUnwrap(diagram.labelNote(0)).contains("longer than 5 lines"))
  }

  func testLooseLabelFollowsAnEditThatMakesRoom() {
    var diagram = Diagram(board: board(gap: 4), keepingGrid: true)
    XCTAssertNotNil(diagram.looseLabels[0])
    diagram.update(to: board(gap: 20))
    XCTAssertNotNil(diagram.routes[0].labelOrigin)
    XCTAssertTrue(diagram.looseLabels.isEmpty, "placed beside its line again, nothing loose")
    diagram.update(to: board(gap: 4))
    XCTAssertNotNil(diagram.looseLabels[0], "moved close again: drawn loose again")
  }
}
