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
      %% mlsd template: blank
      %% mlsd notes requirements: Rank 500 posts per request in under 100 ms.
      %% mlsd notes model: Start with logistic regression, then a two-tower model.

      """)
  }

  func testEmptyTextsAreNeverAnEmptyQuotedString() {
    // mermaid.js 11 refuses `[""]`, `subgraph g [""]` and `|""|` with a parse error (found by
    // Tests/e2e/reader-mermaid.sh); an empty label is written `[ ]`, an empty arrow label not at all.
    let board = Board(
      title: "",
      boxes: [
        Box(id: "a", label: "", frame: GridRect(x: 0, y: 0, width: 8, height: 3)),
        Box(id: "b", label: "", detail: "x", frame: GridRect(x: 20, y: 0, width: 8, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b", label: "")],
      groups: [Group(id: "g", title: "", boxIDs: ["a"])])
    let text = MermaidExporter().export(board, context: ExportContext())
    XCTAssertEqual(
      text,
      """
      flowchart LR
        a[ ]
        b["<br/>x"]
        subgraph g [ ]
          a
        end
        a --> b

      """)
    let back = try? MermaidImporter.read(text, name: "e.mmd", title: "e", catalogue: Catalogue(kinds: [])).board
    XCTAssertEqual(back?.boxes.map(\.label), ["", ""])
    XCTAssertEqual(back?.groups.map(\.title), [""])
    XCTAssertEqual(back?.arrows.map(\.label), [nil])
  }

  func testHostileLabelsStayInsideTheirQuotes() {
    let text = MermaidExporter().export(ExportFixtures.hostile, context: ExportContext())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body = lines.drop { $0 != "flowchart LR" }.dropFirst()
    // The template and notes comments (MermaidBoardComments) are comments, not labels: each one
    // line that starts as mlsd reads it, anything else in JSON's escapes.
    for line in body where line.hasPrefix("%%") {
      XCTAssertTrue(line.hasPrefix("%% mlsd template: ") || line.hasPrefix("%% mlsd notes "), line)
    }
    XCTAssertEqual(body.filter { $0.hasPrefix("%% mlsd notes ") }.count, 8, "seven notes, one of two lines")
    for line in body where !line.isEmpty && !line.hasPrefix("%%") {
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

  func testADeclaredCatalogueKindIsWrittenAsAClass() {
    let catalogue = Catalogue(kinds: [
      ComponentKind(
        id: "model-registry", name: "Model registry", category: "c", step: .model, description: "", aliases: []),
      ComponentKind(id: "end-thing", name: "End thing", category: "c", step: .model, description: "", aliases: []),
    ])
    let frame = GridRect(x: 0, y: 0, width: 9, height: 3)
    let board = Board(
      title: "",
      boxes: [
        Box(id: "a", label: "Quillon", kind: "model-registry", frame: frame),
        Box(id: "b", label: "Free", kind: "my own kind", frame: frame),
        Box(id: "c", label: "Keyword", kind: "end-thing", frame: frame),
        Box(id: "d", label: "None", frame: frame),
      ])
    let text = MermaidExporter().export(board, context: ExportContext(catalogue: catalogue))
    XCTAssertEqual(
      text,
      """
      flowchart LR
        a["Quillon"]:::model-registry
        b["Free"]
        c["Keyword"]
        d["None"]

      """, "only catalogue kinds that Mermaid reads as a class name are written")
    XCTAssertFalse(MermaidExporter().export(board, context: ExportContext()).contains(":::"), "no catalogue, no class")
  }

  func testUnsafeIDsAreEscapedAndSafeOnesKept() {
    XCTAssertEqual(MermaidEscaping.id("feature-store"), "feature-store")
    XCTAssertEqual(MermaidEscaping.id("Model_2"), "Model_2")
    // Letters, digits, '_' and single dashes after a keyword, a digit or an escape prefix: readable.
    for readable in ["end", "endpoint-x", "classifier", "style", "graph-db", "9lives", "_x", "mlsdx_41", "click-log"] {
      XCTAssertEqual(MermaidEscaping.id(readable), "mlsd_" + readable)
    }
    XCTAssertEqual(MermaidEscaping.id("mlsd_x"), "mlsd_mlsd_x", "an id with the readable prefix keeps it")
    for unsafe in ["a.b", "x--y", "a-"] {
      let id = MermaidEscaping.id(unsafe)
      XCTAssertTrue(id.hasPrefix("mlsdx_"), "\(unsafe) → \(id)")
      XCTAssertTrue(id.dropFirst(6).allSatisfy(\.isHexDigit))
    }
    XCTAssertTrue(MermaidEscaping.id("end", prefix: MermaidEscaping.groupIDPrefix).hasPrefix("mlsdg_"), "groups: hex")
  }

  /// ux20 finding 18: "click log" was written `mlsdx_636c69636b2d6c6f67`; its id now reads as itself
  /// and comes back from `mlsd import` as the same board id.
  func testAKeywordIDIsWrittenReadablyAndImportsAsTheSameID() throws {
    var board = Board(title: "T")
    for (id, label) in [("click-log", "click log"), ("end-user", "End user"), ("3d-model", "3D model")] {
      board.boxes.append(Box(id: id, label: label, frame: GridRect(x: 0, y: 0, width: 12, height: 3)))
    }
    board.arrows = [Arrow(from: "end-user", to: "click-log"), Arrow(from: "click-log", to: "3d-model")]
    let text = MermaidExporter().export(board, context: ExportContext())
    XCTAssertTrue(text.contains("mlsd_click-log[\"click log\"]"), text)
    XCTAssertTrue(text.contains("mlsd_end-user --> mlsd_click-log"), text)
    XCTAssertFalse(text.contains("mlsdx_"), text)
    let imported = try MermaidImporter.read(text, name: "t.mmd", title: "T", catalogue: Catalogue(kinds: []))
    XCTAssertEqual(imported.board.boxes.map(\.id), ["click-log", "end-user", "3d-model"])
    XCTAssertEqual(
      imported.board.arrows.map { [$0.from, $0.to] }, [["end-user", "click-log"], ["click-log", "3d-model"]])
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
