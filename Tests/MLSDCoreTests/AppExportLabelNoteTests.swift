// `:export` in the app says on the status line what `mlsd export` says on stderr: an arrow label
// the drawing could not write whole beside its line (a tester's SVG said "encoder we…" while the
// status line said only "Exported svg"). Excalidraw, whose text elements hold whole labels, and
// the formats that draw no routes, say nothing of it.
import XCTest

@testable import MLSDCore

final class AppExportLabelNoteTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int, _ w: Int, _ h: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: w, height: h))
  }

  /// Boxes a and b four columns apart inside a wall of boxes: no room near the arrow for its label.
  private func walled(label: String) -> Board {
    var board = Board(title: "t")
    board.boxes = [
      box("a", 30, 5, 15, 4), box("b", 49, 5, 20, 4), box("c", 0, 0, 110, 5), box("d", 0, 9, 110, 4),
      box("e", 0, 5, 30, 4), box("f", 69, 5, 30, 4),
    ]
    board.arrows = [Arrow(from: "a", to: "b", label: label)]
    return board
  }

  private func export(_ board: Board, _ format: ExportFormat, to path: String) -> StatusMessage? {
    let runner = EffectRunner(files: MemoryFiles(), dataFolder: "/data", absolute: { $0 })
    var app = AppHarness(board: board, path: "b.yaml")
    if let reply = runner.run(.export(board, format: format, path: path), state: app.state) { app.send(reply) }
    return app.state.message
  }

  func testAnExportThatCutsALabelSaysWhichAndToWhat() throws {
    let board = walled(label: "encoder weights")
    let note = try XCTUnwrap(Diagram(board: board).clearOfCorners().labelNotes.first)
    XCTAssert(note.hasPrefix("label \"encoder weights\" of A → B: no room"), note)
    for (format, path) in [(ExportFormat.svg, "x.svg"), (.unicode, "x.txt"), (.markdown, "x.md")] {
      let message = try XCTUnwrap(export(board, format, to: path))
      XCTAssertEqual(message.text, "Exported \(format.rawValue) to \(path); " + note)
      XCTAssertEqual(message.tone, .warning)
    }
    XCTAssertEqual(export(board, .excalidraw, to: "x.excalidraw")?.text, "Exported excalidraw to x.excalidraw")
    XCTAssertEqual(export(board, .mermaid, to: "x.mmd")?.text, "Exported mermaid to x.mmd")
  }

  func testAWholeLabelLeavesTheMessageAsItWas() {
    var board = walled(label: "x")
    board.boxes[1].frame.x = 80
    board.boxes[5].frame.x = 100
    XCTAssertEqual(Diagram(board: board).clearOfCorners().labelNotes, [])
    XCTAssertEqual(export(board, .svg, to: "x.svg")?.text, "Exported svg to x.svg")
    XCTAssertEqual(export(board, .svg, to: "x.svg")?.tone, .ok)
  }
}
