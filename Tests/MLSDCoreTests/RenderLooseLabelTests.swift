// A label the router finds no place for beside its line (the user put the boxes too close) is
// still drawn: a few cells from its line, else cut to the room there is, else over the line;
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

  func testNoRoomAtAllWritesItOverTheLine() throws {
    let diagram = Diagram(board: board(gap: 4, walled: true))
    let loose = try XCTUnwrap(diagram.looseLabels[0])
    XCTAssertEqual(loose.kind, .overLine)
    XCTAssertTrue(diagram.routes[0].cells.contains(loose.origin), "written on its own line")
    XCTAssertTrue(loose.text.isCut)
    let drawn = TextRenderer.render(diagram, charset: .unicode)
    XCTAssertTrue(drawn.contains(loose.text.lines[0]), drawn)
    XCTAssertTrue(try XCTUnwrap(diagram.labelNote(0)).contains("written over it"))
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
