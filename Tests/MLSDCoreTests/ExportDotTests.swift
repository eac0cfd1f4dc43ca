// The DOT export: clusters for groups, arrow styles, and strings Graphviz cannot misread.
import Foundation
import MLSDCore
import XCTest

final class ExportDotTests: XCTestCase {
  /// The quoted strings of one line of DOT, decoded; fails when a string is not closed on its line.
  func strings(in line: Substring) -> [String]? {
    var out: [String] = []
    var iterator = line.makeIterator()
    while let c = iterator.next() {
      guard c == "\"" else { continue }
      var text = ""
      var closed = false
      while let d = iterator.next() {
        if d == "\\" {
          guard let escaped = iterator.next() else { return nil }
          text.append(escaped == "n" ? "\n" : escaped)
        } else if d == "\"" {
          closed = true
          break
        } else {
          text.append(d)
        }
      }
      if !closed { return nil }
      out.append(text)
    }
    return out
  }

  func testSmallBoard() {
    let text = DotExporter().export(ExportFixtures.small, context: ExportContext())
    XCTAssertTrue(text.hasPrefix("digraph \"mlsd\" {\n  graph [rankdir=LR"))
    XCTAssertTrue(text.contains("subgraph \"cluster_0_offline\" {\n    label=\"Offline\";"))
    XCTAssertTrue(text.contains("\"events\" [label=\"Event logs\\nKafka\"];"))
    XCTAssertTrue(text.contains("\"events\" -> \"features\" [label=\"clicks\"];"))
    XCTAssertTrue(text.contains("\"features\" -> \"training\" [style=dashed];"))
    XCTAssertTrue(text.contains("\"features\" -> \"serving\" [penwidth=3];"))
    XCTAssertTrue(text.hasSuffix("}\n"))
  }

  func testHostileStringsAreClosedOnTheirLineAndDecodeBack() throws {
    let text = DotExporter().export(ExportFixtures.hostile, context: ExportContext())
    var decoded: [String] = []
    for line in text.split(separator: "\n") {
      decoded += try XCTUnwrap(strings(in: line), "unbalanced quotes in: \(line)")
    }
    // Labels come back with their newlines; other controls are shown as visible pictures.
    XCTAssertTrue(
      decoded.contains(
        "say \"hi\" \\ back\\\n"
          + ExportFixtures.hostileTexts[1].replacingOccurrences(of: "\r", with: "").replacingOccurrences(
            of: "\t", with: " ")))
    XCTAssertTrue(decoded.contains("<script>alert('x')</script>\n]]> --> <!-- & &amp; #quot; #35;"))
    XCTAssertFalse(ExportFixtures.hasRawControl(text))
  }

  func testGraphvizAcceptsTheHostileBoardWhenInstalled() throws {
    let candidates = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
    guard let dot = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw XCTSkip("Graphviz is not installed; Tests/e2e/dot-exports.sh covers it in scripts/test")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dot)
    process.arguments = ["-Tsvg", "-o", "/dev/null"]
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(DotExporter().export(ExportFixtures.hostile, context: ExportContext()).utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssertEqual(process.terminationStatus, 0, message)
  }
}
