// The Mermaid export: the shape GitHub renders, safe ids, every label quoted and escaped.
import MLSDCore
import XCTest

final class ExportMermaidTests: XCTestCase {
  func testSmallBoardShape() {
    let text = MermaidExporter().export(ExportFixtures.small, context: ExportContext())
    XCTAssertEqual(
      text,
      """
      ---
      title: "Small feed ranker"
      ---
      flowchart LR
        events["Event logs<br/>Kafka"]
        features["Feature store<br/>Feast"]
        training["Training"]
        serving["Ranking service"]
        subgraph offline ["Offline"]
          features
          training
        end
        events -->|"clicks"| features
        features -.-> training
        features ==> serving

      """)
  }

  func testHostileLabelsStayInsideTheirQuotes() {
    let text = MermaidExporter().export(ExportFixtures.hostile, context: ExportContext())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body = lines.drop { $0 != "flowchart LR" }.dropFirst()
    for line in body where !line.isEmpty {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      let quotes = trimmed.filter { $0 == "\"" }.count
      XCTAssertTrue(quotes == 0 || quotes == 2, "stray quote in: \(line)")
      if quotes == 2 {
        let inside = trimmed.split(separator: "\"", omittingEmptySubsequences: false)[1]
        for forbidden in ["<script", "-->", "|", "`", "%%", "]]>", "direction", "\\"] {
          XCTAssertFalse(inside.contains(forbidden), "\(forbidden) inside a label: \(line)")
        }
        XCTAssertFalse(inside.replacingOccurrences(of: "<br/>", with: "").contains("<"), line)
      }
    }
    XCTAssertFalse(ExportFixtures.hasRawControl(text))
    XCTAssertTrue(text.contains("#quot;hi#quot;"))
    XCTAssertTrue(text.contains("#lt;script#gt;"))
  }

  func testUnsafeIDsAreEscapedAndSafeOnesKept() {
    XCTAssertEqual(MermaidEscaping.id("feature-store"), "feature-store")
    XCTAssertEqual(MermaidEscaping.id("Model_2"), "Model_2")
    for unsafe in [
      "end", "endpoint-x", "classifier", "style", "graph-db", "a.b", "x--y", "9lives", "_x", "a-", "mlsdx_41",
    ] {
      let id = MermaidEscaping.id(unsafe)
      XCTAssertTrue(id.hasPrefix("mlsdx_"), "\(unsafe) → \(id)")
      XCTAssertTrue(MermaidEscaping.isSafeID(String(id.dropFirst(6))) || id.dropFirst(6).allSatisfy(\.isHexDigit))
    }
  }

  func testTextEscapes() {
    XCTAssertEqual(MermaidEscaping.text("a \"b\" & <c>"), "a #quot;b#quot; #amp; #lt;c#gt;")
    XCTAssertEqual(MermaidEscaping.text("#1; | ` % \\"), "#35;1; #124; #96; #37; #92;")
    XCTAssertEqual(MermaidEscaping.text("x\ny\u{1B}"), "x#10;y#27;")
    XCTAssertEqual(MermaidEscaping.text("direction LR"), "directio#110; LR")
  }

  func testTitleFrontMatterIsQuotedYAML() {
    let board = Board(title: "a \"b\" \\ c\nd")
    let text = MermaidExporter().export(board, context: ExportContext())
    XCTAssertTrue(text.hasPrefix("---\ntitle: \"a \\\"b\\\" \\\\ c\\x0ad\"\n---\nflowchart LR\n"), text)
  }
}
