// The Excalidraw export: a scene excalidraw.com opens, with arrows bound to existing rectangles.
import Foundation
import MLSDCore
import XCTest

final class ExportExcalidrawTests: XCTestCase {
  func elements(_ board: Board) throws -> [[String: Any]] {
    let text = ExcalidrawExporter().export(board, context: ExportContext())
    let scene = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    XCTAssertEqual(scene["type"] as? String, "excalidraw")
    XCTAssertEqual(scene["version"] as? Int, 2)
    return try XCTUnwrap(scene["elements"] as? [[String: Any]])
  }

  func checkBindings(_ board: Board) throws {
    let all = try elements(board)
    let ids = all.compactMap { $0["id"] as? String }
    XCTAssertEqual(ids.count, all.count)
    XCTAssertEqual(Set(ids).count, ids.count, "ids are not unique")
    let byID = Dictionary(uniqueKeysWithValues: all.map { ($0["id"] as? String ?? "", $0) })
    let arrows = all.filter { $0["type"] as? String == "arrow" }
    XCTAssertEqual(arrows.count, board.arrows.count)
    for arrow in arrows {
      let id = arrow["id"] as? String ?? ""
      for key in ["startBinding", "endBinding"] {
        let binding = try XCTUnwrap(arrow[key] as? [String: Any], key)
        let target = try XCTUnwrap(byID[binding["elementId"] as? String ?? ""], "\(key) of \(id) names no element")
        XCTAssertEqual(target["type"] as? String, "rectangle")
        let bound = (target["boundElements"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        XCTAssertTrue(bound.contains(id), "\(target["id"] ?? "") does not list \(id)")
      }
      let points = try XCTUnwrap(arrow["points"] as? [[Double]])
      XCTAssertGreaterThanOrEqual(points.count, 2)
      XCTAssertEqual(points.first, [0, 0])
    }
    for text in all where text["type"] as? String == "text" {
      guard let container = text["containerId"] as? String else { continue }
      let owner = try XCTUnwrap(byID[container], "text \(text["id"] ?? "") names a missing container")
      let bound = (owner["boundElements"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
      XCTAssertTrue(bound.contains(text["id"] as? String ?? ""))
    }
  }

  func testSmallBoardBindings() throws {
    try checkBindings(ExportFixtures.small)
    let all = try elements(ExportFixtures.small)
    let texts = all.filter { $0["type"] as? String == "text" }.compactMap { $0["text"] as? String }
    XCTAssertTrue(texts.contains("Event logs\nKafka"))
    XCTAssertTrue(texts.contains("clicks"))
    XCTAssertTrue(texts.contains("Offline"))
    let styles = all.filter { $0["type"] as? String == "arrow" }.map {
      "\($0["strokeStyle"] ?? "")/\($0["strokeWidth"] ?? "")"
    }
    XCTAssertEqual(styles, ["solid/2", "dashed/2", "solid/4"])
  }

  func testArrowLabelsFitTheGridRowsTheyWerePlacedOn() throws {
    // One line of an arrow label is no taller than a grid row and no wider per character than a
    // column, so labels the routing put on neighbouring rows, or beside a box, do not overlap
    // in Excalidraw (they did at 16 px: Tests/e2e/reader-excalidraw.sh).
    let labels = try elements(ExportFixtures.small).filter { ($0["id"] as? String ?? "").hasSuffix("-label") }
    XCTAssertEqual(labels.compactMap { $0["text"] as? String }, ["clicks"])
    for label in labels {
      let size = try XCTUnwrap(label["fontSize"] as? Double)
      let lineHeight = try XCTUnwrap(label["lineHeight"] as? Double)
      XCTAssertLessThanOrEqual(size * lineHeight, 18, "a line of a label is taller than a grid row")
      let width = try XCTUnwrap(label["width"] as? Double)
      XCTAssertLessThanOrEqual(width, Double("clicks".count) * 9, "a label is wider than its columns")
      XCTAssertEqual(label["containerId"] as? String, "arrow-0", "the label stays bound to its arrow")
    }
  }

  func testHostileBoardBindingsAndText() throws {
    try checkBindings(ExportFixtures.hostile)
    let texts = try elements(ExportFixtures.hostile).compactMap { $0["text"] as? String }
    XCTAssertTrue(texts.contains { $0.hasPrefix("say \"hi\" \\ back\\\n") }, "\(texts)")
    XCTAssertFalse(texts.contains { ExportFixtures.hasRawControl($0) })
  }

  func testEveryTemplateReferenceDesignHasValidBindings() throws {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    for template in library.templates {
      try checkBindings(template.referenceBoard())
    }
  }
}
