// Arrow labels longer than one line are wrapped at word boundaries, never cut below the cap, and
// drawn whole beside their own line in the text drawing (Unicode and ASCII) and in the SVG.
import Foundation
import XCTest

@testable import MLSDCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

final class RenderLabelWrapTests: XCTestCase {
  private func text(_ label: String) throws -> LabelText { try XCTUnwrap(LabelPlacer.text(label)) }

  func testShortLabelIsOneLine() throws {
    let label = try text("fresh features")
    XCTAssertEqual(label.lines, ["fresh features"])
    XCTAssertEqual(label.width, 14)
    XCTAssertFalse(label.isCut)
    XCTAssertNil(LabelPlacer.text("   "))
  }

  func testWordsWrapAtSpaces() throws {
    let label = try text("served scores joined with clicks after 24 h")
    XCTAssertEqual(label.lines, ["served scores joined", "with clicks after 24 h"])
    XCTAssertEqual(label.width, 22)
    XCTAssertFalse(label.isCut)
    // Exactly a line's worth stays on one line; one column more wraps.
    XCTAssertEqual(try text(String(repeating: "ab ", count: 8).trimmingCharacters(in: .whitespaces)).height, 1)
    XCTAssertEqual(try text(String(repeating: "abc ", count: 6) + "d").height, 2)
  }

  func testLongWordIsBroken() throws {
    let word = String(repeating: "x", count: 60)
    let label = try text(word)
    XCTAssertEqual(label.lines.map(\.count), [24, 24, 12])
    XCTAssertEqual(label.lines.joined(), word)
    XCTAssertFalse(label.isCut)
  }

  func testWideCharactersWrapByColumns() throws {
    // 20 CJK characters: 40 columns, no spaces: broken into lines of at most 24 columns.
    let cjk = "推荐系统的特征存储与在线服务接口以及日志"
    let label = try text(cjk)
    XCTAssertEqual(label.lines.map(DisplayWidth.of), [24, 16])
    XCTAssertEqual(label.lines.joined(), cjk)
    // Mixed with words, a wide word moves to the next line whole.
    let mixed = try text("特征存储 feeds 在线服务接口以及日志")
    XCTAssertEqual(mixed.lines, ["特征存储 feeds", "在线服务接口以及日志"])
  }

  func testZeroWidthCharactersAreKept() throws {
    let source = "zero\u{200B}width joiner between every word of a long label"
    let label = try text(source)
    XCTAssertGreaterThan(label.height, 1)
    XCTAssertEqual(label.lines.joined(separator: " "), Sanitizer.visible(source))
    XCTAssertTrue(label.lines.allSatisfy { DisplayWidth.of($0) <= LabelPlacer.maxWidth })
  }

  func testPastTheCapOnlyTheRestIsCut() throws {
    // Long enough to need more lines than the cap whatever it is.
    let words = (1...(LabelPlacer.maxLines * LabelPlacer.maxWidth / 3 + 10)).map { "w\($0)" }.joined(separator: " ")
    let label = try text(words)
    XCTAssertEqual(label.height, LabelPlacer.maxLines)
    XCTAssertTrue(label.isCut)
    XCTAssertEqual(label.lines.last?.last, "…")
    XCTAssertTrue(label.lines.allSatisfy { DisplayWidth.of($0) <= LabelPlacer.maxWidth })
    // The lines before the last are whole words of the label, in order.
    XCTAssertTrue(words.hasPrefix(label.lines.dropLast().joined(separator: " ")))
  }

  func testAHugeLabelIsWrappedAsIfWhole() throws {
    // Only the head of a long label is wrapped; the lines are those of wrapping all of it.
    let long = (1...400).map { $0 % 7 == 0 ? String(repeating: "y", count: $0 % 40) : "w\($0)" }
    for source in [
      long.joined(separator: " "), String(repeating: "x", count: 10_000), String(repeating: "特", count: 5_000),
      "a " + String(repeating: "z", count: 23) + " b " + String(repeating: "q", count: 300),
    ] {
      let whole = LabelText.wrapped(source, columns: LabelPlacer.maxWidth, maxLines: LabelPlacer.maxLines)
      XCTAssertEqual(try text(source), whole)
      XCTAssertTrue(whole.isCut)
    }
  }

  func testHostileTextWrapsIntoVisibleLines() {
    for entry in HostileCorpus.entries {
      guard let label = LabelPlacer.text(entry.text) else { continue }
      XCTAssertGreaterThan(label.height, 0, entry.name)
      XCTAssertLessThanOrEqual(label.height, LabelPlacer.maxLines, entry.name)
      XCTAssertEqual(label.width, label.lines.map(DisplayWidth.of).max(), entry.name)
      for line in label.lines {
        XCTAssertLessThanOrEqual(DisplayWidth.of(line), LabelPlacer.maxWidth, entry.name)
        XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, entry.name)
      }
      // Nothing is lost below the cap: the lines hold every visible character.
      if !label.isCut {
        let visible = Sanitizer.visible(entry.text).trimmingCharacters(in: .whitespacesAndNewlines)
          .replacingOccurrences(of: "\n", with: " ")
        XCTAssertEqual(
          label.lines.joined().filter { $0 != " " }, visible.filter { $0 != " " }, entry.name)
      }
    }
  }

  // MARK: - Drawn whole, beside its line

  private static let long = "requests with features, model output and served scores joined"

  /// Two boxes side by side and one below, the arrows between them labelled; one label takes
  /// 61 columns.
  private func board() -> Board {
    func box(_ id: String, _ x: Int, _ y: Int) -> Box {
      Box(id: id, label: id, frame: GridRect(x: x, y: y, width: 16, height: 3))
    }
    return Board(
      title: "labels",
      boxes: [box("serving", 0, 0), box("logs", 40, 0), box("trainer", 40, 12)],
      arrows: [
        Arrow(from: "serving", to: "logs", label: Self.long),
        Arrow(from: "logs", to: "trainer", label: "daily join"),
      ])
  }

  func testLongLabelIsDrawnWholeBesideItsLineInText() throws {
    let diagram = Diagram(board: LabelRoom.make(board()))
    let route = diagram.routes[0]
    let label = try XCTUnwrap(route.label)
    XCTAssertEqual(label.height, 3)
    XCTAssertFalse(label.isCut)
    XCTAssertEqual(label.lines.joined(separator: " "), Self.long)
    let rect = try XCTUnwrap(route.labelRect, "the long label has a place")
    // Beside its own line: within a row and two columns of a cell of its path.
    let around = rect.insetBy(dx: -2, dy: -1)
    XCTAssertTrue(route.cells.contains { around.contains($0) }, "label at \(rect), path \(route.points)")
    let quality = LayoutQuality(diagram)
    XCTAssertEqual(quality.droppedLabels, 0)
    XCTAssertEqual(quality.labelOverlaps, 0)
    XCTAssertEqual(quality.svgLabelOverlaps, 0)
    XCTAssertEqual(quality.labelsAway, 0)

    for charset in [Charset.unicode, .ascii] {
      let picture = try XCTUnwrap(TextRenderer.picture(diagram, charset: charset))
      let rows = picture.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
      // The first line somewhere; each further line on the next row, in the same column.
      let first = Array(label.lines[0])
      let found = rows.indices.compactMap { y -> (Int, Int)? in
        let row = rows[y]
        guard row.count >= first.count else { return nil }
        return (0...(row.count - first.count)).first { Array(row[$0..<($0 + first.count)]) == first }.map { (y, $0) }
      }
      XCTAssertEqual(found.count, 1, "\(charset): \(picture)")
      guard let (y, x) = found.first else { continue }
      for (k, line) in label.lines.enumerated() {
        let chars = Array(line)
        XCTAssertLessThan(y + k, rows.count)
        guard y + k < rows.count, rows[y + k].count >= x + chars.count else {
          XCTFail("\(charset): line \(k) missing in \(picture)")
          continue
        }
        XCTAssertEqual(String(rows[y + k][x..<(x + chars.count)]), line, "\(charset) line \(k)")
      }
      if charset == .ascii { XCTAssertTrue(picture.unicodeScalars.allSatisfy { $0.value < 0x80 }) }
    }
  }

  func testLongLabelIsDrawnWholeInSVG() throws {
    let board = LabelRoom.make(board())
    let label = try XCTUnwrap(Diagram(board: board).routes[0].label)
    let svg = SVGExporter().export(board, context: ExportContext())
    final class Texts: NSObject, XMLParserDelegate {
      var texts: [(y: Double, text: String)] = []
      var current: String?
      var y = 0.0
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
      ) {
        guard name == "text" else { return }
        current = ""
        y = Double(attributes["y"] ?? "") ?? .nan
      }
      func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
      func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard name == "text", let text = current else { return }
        texts.append((y, text))
        current = nil
      }
    }
    let texts = Texts()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = texts
    XCTAssertTrue(parser.parse())
    // One <text> per line, a row (18 px) apart, top to bottom.
    let ys = label.lines.map { line in texts.texts.first { $0.text == line }?.y }
    XCTAssertFalse(ys.contains { $0 == nil }, "\(label.lines) in \(texts.texts.map(\.text))")
    let found = ys.compactMap { $0 }
    for (a, b) in zip(found, found.dropFirst()) { XCTAssertEqual(b - a, PixelLayout.cellHeight) }
  }

  func testExcalidrawWritesTheSameLines() throws {
    let board = LabelRoom.make(board())
    let label = try XCTUnwrap(Diagram(board: board).routes[0].label)
    let json = ExcalidrawExporter().export(board, context: ExportContext())
    let scene = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let elements = try XCTUnwrap(scene["elements"] as? [[String: Any]])
    let text = elements.first { $0["id"] as? String == "arrow-0-label" }?["text"] as? String
    XCTAssertEqual(text, label.lines.joined(separator: "\n"))
    // A label cut in the text drawing is whole here.
    var long = board
    long.arrows[1].label = (1...30).map { "w\($0)" }.joined(separator: " ")
    let longJSON = ExcalidrawExporter().export(long, context: ExportContext())
    let longScene = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(longJSON.utf8)) as? [String: Any])
    let longText = (longScene["elements"] as? [[String: Any]])?.first { $0["id"] as? String == "arrow-1-label" }?[
      "text"]
    XCTAssertEqual((longText as? String)?.replacingOccurrences(of: "\n", with: " "), long.arrows[1].label)
  }

  func testRandomBoardsDrawEveryLongLabelWhole() {
    var wrapped = 0
    for seed in [1, 2, 3, 4, 5, 6] as [UInt64] {
      let diagram = LabelRoom.routed(LayeredLayout.layout(RenderFixtures.random(seed: seed, count: 30, groups: 2)))
      wrapped += diagram.routes.filter { ($0.label?.height ?? 0) > 1 }.count
      let quality = LayoutQuality(diagram)
      XCTAssertGreaterThan(quality.labels, 0)
      XCTAssertEqual(quality.droppedLabels, 0, "seed \(seed)")
      XCTAssertEqual(quality.labelOverlaps, 0, "seed \(seed)")
      XCTAssertEqual(quality.svgLabelOverlaps, 0, "seed \(seed)")
      XCTAssertEqual(quality.labelsAway, 0, "seed \(seed)")
    }
    // The boards hold labels of two lines ("a very long label that must be cut short").
    XCTAssertGreaterThan(wrapped, 0)
  }
}
