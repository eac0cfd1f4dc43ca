// Exports of a board whose arrows fell back to simple routes: the formats that draw arrows take
// the routed diagram from the caller (so the note and the file come from one routing), the note
// names how many arrows, and it is never part of the exported text.
import XCTest

@testable import MLSDCore

final class ExportSimpleRoutesTests: XCTestCase {
  private func farBoard() -> Board {
    var board = Board(title: "Far apart")
    let far = BoardDecoder.maxCoordinate
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 7, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: far, y: far, width: 7, height: 3)),
      Box(id: "c", label: "C", frame: GridRect(x: 20, y: 0, width: 7, height: 3)),
    ]
    board.arrows = [Arrow(from: "a", to: "b", label: "events"), Arrow(from: "a", to: "c")]
    return board
  }

  func testTheNoteNamesHowManyArrows() throws {
    let diagram = Diagram(board: farBoard())
    // The whole board is too large for a routing grid: both arrows are drawn simply.
    let note = try XCTUnwrap(SimpleRoutesNote.text(diagram))
    XCTAssert(note.hasPrefix("\(diagram.simpleArrowCount) of 2 arrows drawn on simple routes"), note)
    XCTAssertGreaterThan(diagram.simpleArrowCount, 0)
    XCTAssertNil(SimpleRoutesNote.text(Diagram(board: ExportFixtures.small)), "an ordinary board routes fully")
  }

  func testDrawnFormatsUseTheGivenDiagramAndKeepTheNoteOut() {
    let board = farBoard()
    let diagram = Diagram(board: board)
    let given = ExportContext(diagram: diagram)
    for format in ExportFormat.allCases {
      let routedHere = format.exporter.export(board, context: ExportContext())
      let fromGiven = format.exporter.export(board, context: given)
      XCTAssertEqual(fromGiven, routedHere, "\(format): the given diagram is the board's own routing")
      XCTAssertFalse(fromGiven.contains("simple routes"), "\(format): the note is not in the file")
    }
    XCTAssertEqual(ExportFormat.allCases.filter(\.drawsRoutes), [.ascii, .unicode, .markdown, .svg, .excalidraw])
  }

  func testADrawnFormatDrawsTheDiagramItIsGiven() {
    // A diagram of another board shows that the exporter draws what it is given, not a routing
    // of its own.
    let board = ExportFixtures.small
    var other = board
    other.title = "Another title"
    let text = TextExporter(charset: .unicode).export(board, context: ExportContext(diagram: Diagram(board: other)))
    XCTAssert(text.hasPrefix("Another title"), text)
  }

  func testTheAppsExportSaysSoInTheStatusLine() {
    let files = MemoryFiles()
    let runner = EffectRunner(files: files, dataFolder: "/data", absolute: { $0 })
    var app = AppHarness(board: farBoard(), path: "far.yaml")
    XCTAssert(app.state.message?.text.contains("arrows drawn on simple routes") ?? false, "said on opening")
    if let reply = runner.run(.export(app.state.board, format: .svg, path: "far.svg"), state: app.state) {
      app.send(reply)
    }
    let message = app.state.message?.text ?? ""
    XCTAssert(message.hasPrefix("Exported svg to far.svg ("), message)
    XCTAssert(message.contains("of 2 arrows on simple routes"), message)
    XCTAssertFalse(files.texts["far.svg"]?.contains("simple routes") ?? true)
    if let reply = runner.run(.export(app.state.board, format: .mermaid, path: "far.mmd"), state: app.state) {
      app.send(reply)
    }
    XCTAssertEqual(app.state.message?.text, "Exported mermaid to far.mmd", "Mermaid draws no routes")
  }
}
