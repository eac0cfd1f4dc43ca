// Every export format of one small hand-made board, compared with files reviewed by eye
// (Golden/export, through GoldenFile: MLSD_UPDATE_GOLDEN=1 rewrites them and fails).
import Foundation
import MLSDCore
import XCTest

final class ExportGoldenTests: XCTestCase {
  func testEveryFormatMatchesItsGoldenFile() {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    let board = ExportFixtures.small
    let context = ExportContext(catalogue: library.catalogue, template: library.template("blank"))
    for format in ExportFormat.allCases {
      let text = format.exporter.export(board, context: context)
      GoldenFile("export/small-\(format.rawValue).\(format.fileExtension)").assertMatches(text)
    }
  }

  func testExportsAreDeterministic() {
    let board = ExportFixtures.hostile
    for format in ExportFormat.allCases {
      XCTAssertEqual(
        format.exporter.export(board, context: ExportContext()),
        format.exporter.export(board, context: ExportContext()), format.rawValue)
    }
  }

  func testNoFormatWritesRawControlCharacters() {
    for format in ExportFormat.allCases {
      let text = format.exporter.export(ExportFixtures.hostile, context: ExportContext())
      XCTAssertFalse(ExportFixtures.hasRawControl(text), "\(format.rawValue) holds a raw control character")
      XCTAssertFalse(text.contains("\u{2028}"), format.rawValue)
    }
  }

  func testEmptyBoardExportsInEveryFormat() throws {
    let board = Board(title: "")
    for format in ExportFormat.allCases {
      let text = format.exporter.export(board, context: ExportContext())
      XCTAssertFalse(text.isEmpty, format.rawValue)
    }
    let json = JSONBoardExporter().export(board, context: ExportContext())
    XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let scene = ExcalidrawExporter().export(board, context: ExportContext())
    XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(scene.utf8)) as? [String: Any])
    let mermaid = MermaidExporter().export(board, context: ExportContext())
    XCTAssertEqual(mermaid, "flowchart LR\n")
    XCTAssertEqual(try MermaidParser.parse(mermaid, name: "e.mmd").nodes.count, 0)
  }

  func testFormatFromFileName() {
    XCTAssertEqual(ExportFormat(fileName: "out/design.SVG"), .svg)
    XCTAssertEqual(ExportFormat(fileName: "a.md"), .markdown)
    XCTAssertEqual(ExportFormat(fileName: "a.mmd"), .mermaid)
    XCTAssertEqual(ExportFormat(fileName: "a.gv"), .dot)
    XCTAssertEqual(ExportFormat(fileName: "a.excalidraw"), .excalidraw)
    XCTAssertEqual(ExportFormat(fileName: "a.json"), .json)
    XCTAssertEqual(ExportFormat(fileName: "a.txt"), .unicode)
    XCTAssertNil(ExportFormat(fileName: "a.yaml"))
    XCTAssertNil(ExportFormat(fileName: "dir.svg/file"))
  }
}
