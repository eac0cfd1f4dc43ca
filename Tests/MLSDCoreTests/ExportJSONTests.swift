// The JSON export: valid JSON with its header, every key present, hostile text kept exactly.
import Foundation
import MLSDCore
import XCTest

final class ExportJSONTests: XCTestCase {
  func object(_ board: Board) throws -> [String: Any] {
    let text = JSONBoardExporter().export(board, context: ExportContext())
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try XCTUnwrap(parsed as? [String: Any])
  }

  func testHeaderAndSchema() throws {
    let json = try object(ExportFixtures.small)
    XCTAssertEqual(json["format"] as? String, "mlsd-board")
    XCTAssertEqual(json["version"] as? Int, 1)
    XCTAssertEqual(json["title"] as? String, "Small feed ranker")
    XCTAssertEqual(json["template"] as? String, "blank")
    let boxes = try XCTUnwrap(json["boxes"] as? [[String: Any]])
    XCTAssertEqual(boxes.count, 4)
    XCTAssertEqual(Set(boxes[0].keys), ["id", "label", "kind", "detail", "frame"])
    XCTAssertTrue(boxes[2]["detail"] is NSNull)
    let frame = try XCTUnwrap(boxes[1]["frame"] as? [String: Int])
    XCTAssertEqual(frame, ["x": 30, "y": 1, "width": 17, "height": 4])
    let arrows = try XCTUnwrap(json["arrows"] as? [[String: Any]])
    XCTAssertEqual(arrows.map { $0["style"] as? String }, ["solid", "dashed", "thick"])
    XCTAssertTrue(arrows[1]["label"] is NSNull)
    let notes = try XCTUnwrap(json["notes"] as? [String: String])
    XCTAssertEqual(notes.count, 7)
    XCTAssertEqual(notes["framing"], "")
    let groups = try XCTUnwrap(json["groups"] as? [[String: Any]])
    XCTAssertEqual(groups.first?["boxes"] as? [String], ["features", "training"])
  }

  func testKeysAreSorted() {
    let text = JSONBoardExporter().export(ExportFixtures.small, context: ExportContext())
    let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
    XCTAssertEqual(topKeys, ["arrows", "boxes", "format", "groups", "notes", "template", "title", "version"])
  }

  func testHostileTextSurvivesExactly() throws {
    let board = ExportFixtures.hostile
    let json = try object(board)
    XCTAssertEqual(json["title"] as? String, board.title)
    let boxes = try XCTUnwrap(json["boxes"] as? [[String: Any]])
    XCTAssertEqual(boxes.map { $0["label"] as? String }, board.boxes.map(\.label))
    XCTAssertEqual(boxes.map { $0["detail"] as? String }, board.boxes.map(\.detail))
    let arrows = try XCTUnwrap(json["arrows"] as? [[String: Any]])
    XCTAssertEqual(arrows.map { $0["label"] as? String }, board.arrows.map(\.label))
  }

  func testStringEscapes() {
    XCTAssertEqual(
      JSONValue.string("a\"b\\c\nd\u{1}\u{7F}\u{2028}é").serialized(), "\"a\\\"b\\\\c\\nd\\u0001\\u007f\\u2028é\"")
    XCTAssertEqual(JSONValue.number(1.5).serialized(), "1.5")
    XCTAssertEqual(JSONValue.number(.nan).serialized(), "0")
    XCTAssertEqual(JSONValue.array([.int(1), .null, .bool(true)]).serialized(), "[1, null, true]")
  }
}
