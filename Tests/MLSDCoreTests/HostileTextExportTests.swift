// Hostile text through every exporter: each file still parses as its format, every text stays
// inside its string, nothing closes a quote, a bracket, a fence or a comment early, and the text
// formats carry no escape sequence.
import Foundation
import XCTest

@testable import MLSDCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

final class HostileTextExportTests: XCTestCase {
  private func export(_ format: ExportFormat, _ board: Board) -> String {
    format.exporter.export(board, context: ExportContext(catalogue: Fixtures.library.catalogue))
  }

  func testEveryFormatIsCovered() {
    // A new format must get a hostile-text test here before it ships.
    let covered: Set<ExportFormat> = [.ascii, .unicode, .markdown, .mermaid, .dot, .svg, .excalidraw, .json]
    XCTAssertEqual(Set(ExportFormat.allCases), covered)
  }

  // MARK: JSON and Excalidraw

  /// The texts of a JSON export, read with JSONDecoder.
  private struct JSONTexts: Decodable {
    struct Box: Decodable {
      var label: String
      var detail: String?
    }
    struct Arrow: Decodable { var label: String? }
    struct Group: Decodable { var title: String }
    var title: String
    var boxes: [Box]
    var arrows: [Arrow]
    var groups: [Group]
    var notes: [String: String]
  }

  func testJSONParsesAndGivesBackTheExactText() throws {
    for entry in HostileCorpus.entries {
      let text = export(.json, HostileCorpus.board(with: entry.text))
      let data = Data(text.utf8)
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      XCTAssertEqual(object?["format"] as? String, "mlsd-board", "\(entry.name): JSONSerialization reads it")
      XCTAssertEqual((object?["boxes"] as? [Any])?.count, 3, "\(entry.name): boxes")
      if !entry.text.unicodeScalars.contains("\u{FEFF}") {
        // JSONSerialization on Linux drops a U+FEFF written raw at the start of a string value
        // (swift-corelibs-foundation); JSONDecoder below checks those entries exactly.
        XCTAssertEqual(object?["title"] as? String, entry.text, "\(entry.name): title through JSONSerialization")
      }
      let texts = try JSONDecoder().decode(JSONTexts.self, from: data)
      XCTAssertEqual(texts.title, entry.text, "\(entry.name): title")
      XCTAssertEqual(texts.boxes.first?.label, entry.text, "\(entry.name): label")
      XCTAssertEqual(texts.boxes.first?.detail, entry.text, "\(entry.name): detail")
      XCTAssertEqual(texts.arrows.first?.label, entry.text, "\(entry.name): arrow label")
      XCTAssertEqual(texts.groups.first?.title, entry.text, "\(entry.name): group title")
      XCTAssertEqual(texts.notes["model"], entry.text, "\(entry.name): notes")
      XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(entry.name): raw control")
    }
  }

  func testExcalidrawParsesAndHoldsNoRawControl() throws {
    for entry in HostileCorpus.entries {
      let text = export(.excalidraw, HostileCorpus.board(with: entry.text))
      let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      let elements = object?["elements"] as? [[String: Any]]
      XCTAssertNotNil(elements, "\(entry.name): a scene with elements")
      XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(entry.name): raw control")
    }
  }

  // MARK: SVG

  private final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var attributes: [String] = []
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes attributeDict: [String: String] = [:]
    ) {
      names.append(elementName)
      attributes += attributeDict.keys
    }
  }

  func testSVGParsesAsXMLWithoutScripts() {
    let allowed: Set<String> = ["svg", "title", "defs", "marker", "path", "rect", "g", "polyline", "text", "tspan"]
    for entry in HostileCorpus.entries + [HostileCorpus.Entry(name: "everything", text: "")] {
      let board = entry.name == "everything" ? HostileCorpus.everything : HostileCorpus.board(with: entry.text)
      let text = export(.svg, board)
      let parser = XMLParser(data: Data(text.utf8))
      let collector = ElementCollector()
      parser.delegate = collector
      XCTAssertTrue(
        parser.parse(), "\(entry.name): SVG does not parse: \(parser.parserError.map { "\($0)" } ?? "?")")
      XCTAssertFalse(text.lowercased().contains("<script"), "\(entry.name): raw <script")
      XCTAssertFalse(text.contains("<svg onload"), "\(entry.name): raw element from a label")
      let unknown = Set(collector.names).subtracting(allowed)
      XCTAssertTrue(unknown.isEmpty, "\(entry.name): unexpected elements \(unknown.sorted())")
      XCTAssertFalse(
        collector.attributes.contains { $0.lowercased().hasPrefix("on") }, "\(entry.name): event attribute")
    }
  }

  // MARK: DOT

  /// The quoted strings of a DOT file, unescaped as Graphviz reads them, and the text between them.
  private func dotStrings(_ dot: String) -> (strings: [String], outside: String)? {
    var strings: [String] = []
    var outside = ""
    var scalars = dot.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\"" else {
        outside.unicodeScalars.append(scalar)
        continue
      }
      var string = ""
      var closed = false
      while let inner = scalars.next() {
        if inner == "\"" {
          closed = true
          break
        }
        if inner == "\\" {
          // Inside a label Graphviz reads \" as a quote, \\ as a backslash and \n as a line break.
          guard let escaped = scalars.next() else { return nil }
          switch escaped {
          case "\"": string += "\""
          case "\\": string += "\\"
          case "n": string += "\n"
          default: return nil
          }
          continue
        }
        if inner == "\n" { return nil }
        string.unicodeScalars.append(inner)
      }
      if !closed { return nil }
      strings.append(string)
      outside += "\"\""
    }
    return (strings, outside)
  }

  /// What the DOT export promises to keep of a text: newlines, and controls shown visibly.
  private func dotForm(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        out += "\n"
      } else if scalar != "\r" {
        out += Sanitizer.visible(String(scalar))
      }
    }
    return out
  }

  func testDOTKeepsEveryTextInsideAQuotedString() {
    let structure = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzLR0123456789_=,;[]{}->. \n\"")
    for entry in HostileCorpus.entries {
      let dot = export(.dot, HostileCorpus.board(with: entry.text))
      guard let (strings, outside) = dotStrings(dot) else {
        XCTFail("\(entry.name): a DOT string is not closed or holds an unknown escape")
        continue
      }
      let stray = outside.unicodeScalars.filter { !structure.contains($0) }
      XCTAssertTrue(
        stray.isEmpty, "\(entry.name): text outside the quoted strings: \(String(String.UnicodeScalarView(stray)))")
      let expected = dotForm(entry.text)
      XCTAssertTrue(strings.contains(expected), "\(entry.name): the arrow label or group title is not one whole string")
      XCTAssertTrue(strings.contains(expected + "\n" + expected), "\(entry.name): the box label and detail")
      XCTAssertFalse(dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(entry.name): raw control")
    }
  }

  func testGraphvizAcceptsTheHostileBoards() throws {
    let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let dotPath else { throw XCTSkip("Graphviz (dot) is not installed; only the quoting was checked") }
    var boards = [("everything", HostileCorpus.everything)]
    for entry in HostileCorpus.entries { boards.append((entry.name, HostileCorpus.board(with: entry.text))) }
    for (name, board) in boards {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: dotPath)
      process.arguments = ["-Tsvg"]
      let input = Pipe()
      let errors = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = errors
      try process.run()
      input.fileHandleForWriting.write(Data(export(.dot, board).utf8))
      try input.fileHandleForWriting.close()
      let message = errors.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      XCTAssertEqual(
        process.terminationStatus, 0, "\(name): dot refused the file: \(String(decoding: message, as: UTF8.self))")
    }
  }

  // MARK: Mermaid

  func testMermaidReadsBackTheSameTexts() throws {
    for entry in HostileCorpus.entries {
      let board = HostileCorpus.board(with: entry.text)
      let mermaid = export(.mermaid, board)
      let imported: MermaidImport
      do {
        imported = try MermaidImporter.read(mermaid, name: "h.mmd", title: "fallback", catalogue: Catalogue(kinds: []))
      } catch {
        XCTFail("\(entry.name): the export does not import: \(error)")
        continue
      }
      let back = imported.board
      XCTAssertEqual(back.boxes.count, 3, "\(entry.name): a label closed its node early")
      XCTAssertEqual(back.arrows.count, 2, "\(entry.name): a label broke an edge")
      XCTAssertEqual(back.groups.count, 1, "\(entry.name): a title broke the subgraph")
      guard back.boxes.count == 3, back.arrows.count == 2, back.groups.count == 1 else { continue }
      XCTAssertEqual(back.boxes.map(\.label), board.boxes.map(\.label), "\(entry.name): labels")
      XCTAssertEqual(back.boxes[0].detail, entry.text, "\(entry.name): detail")
      // An empty arrow label reads back as no label: the two draw the same.
      XCTAssertEqual(
        back.arrows.map(\.label), board.arrows.map { $0.label?.isEmpty == true ? nil : $0.label },
        "\(entry.name): arrow labels")
      XCTAssertEqual(back.groups[0].title, entry.text, "\(entry.name): group title")
      XCTAssertEqual(back.groups[0].boxIDs, ["b", "c"], "\(entry.name): group members")
      if !entry.text.isEmpty {
        XCTAssertEqual(back.title, entry.text, "\(entry.name): title")
      }
      XCTAssertFalse(mermaid.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(entry.name): raw control")
    }
  }

  // MARK: Markdown

  /// Whether a line opens or closes a fenced code block (CommonMark: up to three spaces, then three
  /// or more backticks or tildes); returns the fence's character and length.
  private func fence(_ line: String) -> (Character, Int)? {
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else {
      return nil
    }
    let run = trimmed.prefix { $0 == first }.count
    return run >= 3 ? (first, run) : nil
  }

  func testMarkdownDiagramFenceIsClosedOnlyByItsOwnFence() {
    for entry in HostileCorpus.entries {
      let markdown = export(.markdown, HostileCorpus.board(with: entry.text))
      let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      guard let open = lines.firstIndex(where: { fence($0) != nil }), let (mark, length) = fence(lines[open]) else {
        XCTFail("\(entry.name): no code fence")
        continue
      }
      XCTAssertTrue(lines[open].hasSuffix("text"), "\(entry.name): the fence opens the diagram")
      // CommonMark closes a fence at the first line of the same character, at least as long, and
      // nothing but spaces after it.
      let close = lines[(open + 1)...].firstIndex { line in
        guard let (c, n) = fence(line) else { return false }
        return c == mark && n >= length && line.trimmingCharacters(in: .whitespaces).count == n
      }
      guard let close else {
        XCTFail("\(entry.name): the diagram fence is never closed")
        continue
      }
      XCTAssertEqual(
        Array(lines[(close + 1)...].prefix(2)), ["", "## Notes"], "\(entry.name): a label closed the fence early")
      // Between the diagram and the check report, no note opens a fence or a heading of its own.
      let notes = lines[(close + 1)...].prefix { $0 != "## Check" }
      XCTAssertEqual(notes.filter { fence($0) != nil }.count, 0, "\(entry.name): a note opens a code fence")
      let expected = ["## Notes"] + Step.allCases.map { "### \($0.number). \($0.title)" }
      XCTAssertEqual(notes.filter { $0.hasPrefix("#") }, expected, "\(entry.name): a note made a heading")
      XCTAssertFalse(markdown.unicodeScalars.contains("\u{1B}"), "\(entry.name): ESC")
      XCTAssertNil(HostileCorpus.firstForbidden(in: HostileCorpus.withoutNewlines(markdown)), "\(entry.name): control")
    }
  }

  // MARK: Text

  func testTextExportsHoldNoEscapeOrControl() {
    for format in [ExportFormat.ascii, .unicode] {
      for entry in HostileCorpus.entries {
        let text = export(format, HostileCorpus.board(with: entry.text))
        XCTAssertFalse(text.unicodeScalars.contains("\u{1B}"), "\(entry.name) (\(format)): ESC")
        XCTAssertNil(
          HostileCorpus.firstForbidden(in: HostileCorpus.withoutNewlines(text)),
          "\(entry.name) (\(format)): control or format character")
        if format == .ascii {
          // The ascii charset draws frames in ASCII; only the user's own text may be wider.
          XCTAssertFalse(text.contains("┌") || text.contains("─"), "\(entry.name): box drawing in ascii")
        }
      }
    }
  }
}
