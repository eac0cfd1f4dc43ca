// Export to Mermaid, import back: boxes, arrows, groups, the template and the notes come back
// the same.
import MLSDCore
import XCTest

final class ImportMermaidRoundTripTests: XCTestCase {
  let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))

  func roundTrip(_ board: Board, file: StaticString = #filePath, line: UInt = #line) throws {
    let text = MermaidExporter().export(board, context: ExportContext(catalogue: library.catalogue))
    let imported = try MermaidImporter.read(text, name: "round.mmd", title: "x", catalogue: library.catalogue)
    let back = imported.board
    XCTAssertEqual(back.title, board.title, file: file, line: line)
    XCTAssertEqual(back.boxes.map(\.id), board.boxes.map(\.id), file: file, line: line)
    XCTAssertEqual(back.boxes.map(\.label), board.boxes.map(\.label), file: file, line: line)
    XCTAssertEqual(back.boxes.map(\.detail), board.boxes.map(\.detail), file: file, line: line)
    // A declared catalogue kind comes back declared; a box without one gets the kind read from
    // its words, as any import does.
    for (box, imported) in zip(board.boxes, back.boxes) where box.kind.flatMap(library.catalogue.kind) != nil {
      XCTAssertEqual(imported.kind, box.kind, box.id, file: file, line: line)
    }
    XCTAssertEqual(back.arrows, board.arrows, file: file, line: line)
    XCTAssertEqual(back.groups, board.groups, file: file, line: line)
    XCTAssertEqual(back.template, board.template, file: file, line: line)
    XCTAssertEqual(back.notes, board.notes, file: file, line: line)
  }

  func testEveryTemplateReferenceDesignRoundTrips() throws {
    XCTAssertFalse(library.templates.isEmpty)
    for template in library.templates {
      try roundTrip(template.referenceBoard())
    }
  }

  func testDeclaredKindsThatTheLabelsContradictRoundTrip() throws {
    var board = try XCTUnwrap(library.template("generic-ml-pipeline")).referenceBoard()
    XCTAssertGreaterThan(board.boxes.count, 5)
    let ids = library.catalogue.ids
    for i in board.boxes.indices { board.boxes[i].kind = ids[(i * 7 + 3) % ids.count] }
    let text = MermaidExporter().export(board, context: ExportContext(catalogue: library.catalogue))
    let back = try MermaidImporter.read(text, name: "k.mmd", title: "x", catalogue: library.catalogue).board
    XCTAssertEqual(back.boxes.map(\.kind), board.boxes.map(\.kind))
    try roundTrip(board)
  }

  func testSmallBoardRoundTrips() throws {
    try roundTrip(ExportFixtures.small)
  }

  func testHostileBoardRoundTrips() throws {
    try roundTrip(ExportFixtures.hostile)
  }

  func testGroupIDEqualToABoxIDStaysApart() throws {
    let board = Board(
      title: "t",
      boxes: [Box(id: "store", label: "Store", frame: GridRect(x: 0, y: 0, width: 9, height: 3))],
      groups: [Group(id: "store", title: "Storage", boxIDs: ["store"])])
    let text = MermaidExporter().export(board, context: ExportContext())
    XCTAssertTrue(text.contains("subgraph mlsdg_"), text)
    try roundTrip(board)
  }

  func testEmptyAndUnusualLabelsRoundTrip() throws {
    let board = Board(
      title: "Unusual",
      boxes: [
        Box(id: "a", label: "", detail: "", frame: GridRect(x: 0, y: 0, width: 5, height: 3)),
        Box(id: "b", label: "  padded  ", detail: "<br/> literal", frame: GridRect(x: 9, y: 0, width: 9, height: 3)),
        Box(id: "c", label: "日本語 ✓ 🚀", frame: GridRect(x: 20, y: 0, width: 9, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b", label: ""), Arrow(from: "b", to: "c", label: " spaced ")])
    // An empty arrow label cannot be told from no label in Mermaid; it comes back as none.
    var expected = board
    expected.arrows[0].label = nil
    let text = MermaidExporter().export(board, context: ExportContext())
    let back = try MermaidImporter.read(text, name: "u.mmd", title: "x", catalogue: library.catalogue).board
    XCTAssertEqual(back.boxes.map(\.label), expected.boxes.map(\.label))
    XCTAssertEqual(back.boxes.map(\.detail), expected.boxes.map(\.detail))
    XCTAssertEqual(back.arrows, expected.arrows)
  }
}
