// The SVG export: well-formed XML, every box and arrow drawn, hostile text as entities.
import Foundation
import XCTest

@testable import MLSDCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

final class ExportSVGTests: XCTestCase {
  /// Collects element names and the text inside <text> elements.
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String] = []
    var inText = false
    var current = ""
    var depth = 0

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append(name)
      if name == "text" {
        inText = true
        current = ""
      }
      if name == "title" { depth += 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText && depth == 0 { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "title" { depth -= 1 }
      if name == "text" {
        texts.append(current)
        inText = false
      }
    }
  }

  func parse(_ board: Board) throws -> Collector {
    let text = SVGExporter().export(board, context: ExportContext())
    let parser = XMLParser(data: Data(text.utf8))
    let collector = Collector()
    parser.delegate = collector
    XCTAssertTrue(parser.parse(), "SVG does not parse: \(String(describing: parser.parserError))")
    return collector
  }

  func testSmallBoardParsesWithEveryPart() throws {
    let svg = try parse(ExportFixtures.small)
    XCTAssertEqual(svg.elements.first, "svg")
    XCTAssertEqual(svg.elements.filter { $0 == "polyline" }.count, 3)
    XCTAssertEqual(svg.elements.filter { $0 == "marker" }.count, 1)
    // Four boxes and the background; the group frame is a path (open where arrows cross it).
    XCTAssertEqual(svg.elements.filter { $0 == "rect" }.count, 5)
    XCTAssertEqual(svg.elements.filter { $0 == "path" }.count, 2, "the arrowhead and the frame")
    for expected in ["Event logs", "Kafka", "Feature store", "Training", "Ranking service", "Offline", "clicks"] {
      XCTAssertTrue(svg.texts.contains(expected), "missing \(expected) in \(svg.texts)")
    }
  }

  func testHostileBoardParsesAndKeepsTextAsText() throws {
    let svg = try parse(ExportFixtures.hostile)
    XCTAssertFalse(svg.elements.contains("script"))
    XCTAssertTrue(svg.texts.contains { $0.contains("<script>") }, "\(svg.texts)")
    let raw = SVGExporter().export(ExportFixtures.hostile, context: ExportContext())
    XCTAssertFalse(raw.contains("<script"))
    XCTAssertFalse(raw.contains("]]>"))
  }

  func testEscaping() {
    XCTAssertEqual(SVGExporter.escaped("<a href='x'>&\"</a>"), "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;")
    XCTAssertEqual(SVGExporter.escaped("a\u{1B}b\u{0}"), "a␛b␀")
  }

  func testArrowEndsTouchTheBoxes() throws {
    let text = SVGExporter().export(ExportFixtures.small, context: ExportContext())
    let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("<polyline") })
    // events → features is straight: from the right side of events to the left side of features.
    XCTAssertTrue(line.contains("points=\""), String(line))
    let points = line.split(separator: "\"")[1].split(separator: " ")
    let first = points.first.map { $0.split(separator: ",").compactMap { Double($0) } } ?? []
    let last = points.last.map { $0.split(separator: ",").compactMap { Double($0) } } ?? []
    // The picture starts one cell before the leftmost cell drawn; boxes are 9 px per column.
    XCTAssertEqual(first.count, 2)
    XCTAssertEqual(last.count, 2)
    XCTAssertEqual(last[0] - first[0], Double(30 - (2 + 14)) * 9, accuracy: 0.01)
  }
}
