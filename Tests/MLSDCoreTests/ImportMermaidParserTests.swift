import XCTest

// The Mermaid parser on every construct mlsd reads, and on the ones it refuses.
@testable import MLSDCore

final class ImportMermaidParserTests: XCTestCase {
  func parse(_ text: String) throws -> MermaidGraph { try MermaidParser.parse(text, name: "in.mmd") }

  func labels(_ graph: MermaidGraph) -> [String: String] {
    Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label ?? "<none>") })
  }

  func edges(_ graph: MermaidGraph) -> [String] {
    graph.edges.map { "\($0.from)>\($0.to):\($0.style.rawValue):\($0.label ?? "-")" }
  }

  /// The message of the error the text raises, as `mlsd import` prints it.
  func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
      _ = try parse(text)
      XCTFail("expected an error", file: file, line: line)
      return ""
    } catch {
      return "\(error)"
    }
  }

  func testHeaderDirections() throws {
    let cases: [(String, MermaidDirection)] = [
      ("flowchart LR", .leftToRight), ("flowchart RL", .rightToLeft), ("graph TD", .topDown),
      ("graph TB", .topToBottom), ("flowchart BT", .bottomToTop), ("graph", .topToBottom),
    ]
    for (header, direction) in cases {
      XCTAssertEqual(try parse(header + "\nA --> B").direction, direction, header)
    }
    XCTAssertTrue(try parse("graph LR").direction.isHorizontal)
    XCTAssertFalse(try parse("graph TD").direction.isHorizontal)
  }

  func testEveryNodeShapeGivesItsLabel() throws {
    let graph = try parse(
      """
      flowchart LR
        a[square] --> b(round)
        c([stadium]) --> d[[subroutine]]
        e[(cylinder)] --> f((circle))
        g{diamond} --> h>flag]
        i{{hexagon}} --> j["quoted [text] (with) {all}"]
        k[/lean right/] --> l[\\lean left\\]
        m(((double))) --> n
      """)
    XCTAssertEqual(
      labels(graph),
      [
        "a": "square", "b": "round", "c": "stadium", "d": "subroutine", "e": "cylinder", "f": "circle",
        "g": "diamond", "h": "flag", "i": "hexagon", "j": "quoted [text] (with) {all}", "k": "lean right",
        "l": "lean left", "m": "double", "n": "<none>",
      ])
  }

  func testBreakSplitsLabelAndDetail() throws {
    let graph = try parse("graph LR\n A[\"Feature store<br/>Feast + Redis\"]\n B[Model<br>v2<BR />canary]")
    XCTAssertEqual(graph.nodes[0].label, "Feature store")
    XCTAssertEqual(graph.nodes[0].detail, "Feast + Redis")
    XCTAssertEqual(graph.nodes[1].label, "Model")
    XCTAssertEqual(graph.nodes[1].detail, "v2 canary")
  }

  func testEntitiesAndMarkdownStrings() throws {
    let graph = try parse("graph LR\n A[\"say #quot;hi#quot; #amp; #35; #9829;\"]\n B[\"`**bold**`\"]")
    XCTAssertEqual(graph.nodes[0].label, "say \"hi\" & # ♥")
    // mermaid.js draws a Markdown string's emphasis as bold or italics: the words stay.
    XCTAssertEqual(graph.nodes[1].label, "bold")
  }

  func testHTMLInLabelsReadsAsMermaidDrawsIt() throws {
    let graph = try parse(
      """
      graph LR
        a["Feature <b>store</b><br>Redis"] --> b[<i>Ranker</i> <span style="color:red">v2</span>]
        b -->|<b>scores</b> &amp; ids| c["<p>Serve</p> <p>Triton</p>"]
        c -- <em>logs</em> --> d["x<br/><br/>y"]
        subgraph s [<b>Online</b> path]
          e["#lt;b#gt; stays &lt;i&gt;"]
        end
      """)
    XCTAssertEqual(graph.nodes.map(\.label), ["Feature store", "Ranker v2", "Serve", "x", "<b> stays <i>"])
    XCTAssertEqual(graph.nodes.map(\.detail), ["Redis", nil, "Triton", "y", nil])
    XCTAssertEqual(graph.edges.map(\.label), [nil, "scores & ids", "logs"])
    XCTAssertEqual(graph.subgraphs.map(\.title), ["Online path"])
  }

  func testLinksWithoutAnArrowheadBecomeArrowsWithALocatedNote() throws {
    let graph = try parse("graph LR\n A --- B\n C & D -.- E\n E === F --> G\n G ---|text| H")
    XCTAssertEqual(
      edges(graph), ["A>B:solid:-", "C>E:dashed:-", "D>E:dashed:-", "E>F:thick:-", "F>G:solid:-", "G>H:solid:text"])
    XCTAssertEqual(graph.notes.count, 4, "\(graph.notes)")
    XCTAssertTrue(graph.notes[0].hasPrefix("in.mmd:2:4: '---' has no arrowhead; imported as an arrow from A to B"))
    XCTAssertTrue(graph.notes[1].hasPrefix("in.mmd:3:8: '-.-' has no arrowhead; imported as 2 arrows from C & D to E"))
    XCTAssertTrue(graph.notes[2].hasPrefix("in.mmd:4:4: '===' has no arrowhead"))
    XCTAssertTrue(graph.notes[3].hasPrefix("in.mmd:5:4: '---|text|' has no arrowhead"))
    XCTAssertTrue(graph.notes.allSatisfy { $0.contains("R in the whiteboard") })
  }

  func testLinksMlsdCannotDrawAreReportedTogether() {
    let text = "graph LR\n A <--> B\n B --o C\n C x--x D\n D o==o E\n E ~~~ F\n F -.-x G\n G --> H"
    XCTAssertThrowsError(try parse(text)) { error in
      guard let errors = error as? LoadErrors else { return XCTFail("\(error)") }
      XCTAssertEqual(errors.errors.map { "\($0.line):\($0.column)" }, ["2:4", "3:4", "4:4", "5:4", "6:4", "7:4"])
      XCTAssertEqual(
        errors.errors.map(\.message),
        [MermaidParser.twoWay] + Array(repeating: MermaidParser.circleOrCross, count: 3) + [
          MermaidParser.invisible, MermaidParser.circleOrCross,
        ])
    }
    // One problem alone is a LoadError; an error that stops the reading comes after the links.
    XCTAssertTrue(failure("graph LR\n A --o B").hasPrefix("in.mmd:2:4: links with circle or cross ends"))
    XCTAssertThrowsError(try parse("graph LR\n A <--> B\n C[open")) { error in
      XCTAssertEqual(
        "\(error)",
        "in.mmd:2:4: \(MermaidParser.twoWay)\nin.mmd:3:3: unclosed '[': expected ']' before the end of the line")
    }
  }

  func testEveryLinkKind() throws {
    let graph = try parse(
      """
      flowchart LR
        A --> B
        A --- C
        A -.-> D
        A ==> E
        A -- text --> F
        A -->|pipe text| G
        A -.->|"quoted"| H
        A == heavy ==> I
        A -. dotted .-> J
        A ----> K
        A -.- L
        A === M
        A---|open text|N
      """)
    XCTAssertEqual(
      edges(graph),
      [
        "A>B:solid:-", "A>C:solid:-", "A>D:dashed:-", "A>E:thick:-", "A>F:solid:text", "A>G:solid:pipe text",
        "A>H:dashed:quoted", "A>I:thick:heavy", "A>J:dashed:dotted", "A>K:solid:-", "A>L:dashed:-",
        "A>M:thick:-", "A>N:solid:open text",
      ])
  }

  func testChainsAndAmpersands() throws {
    let graph = try parse("graph LR\n A --> B --> C\n D & E --> F & G")
    XCTAssertEqual(
      edges(graph), ["A>B:solid:-", "B>C:solid:-", "D>F:solid:-", "D>G:solid:-", "E>F:solid:-", "E>G:solid:-"])
  }

  func testLinksWithoutSpacesAndDashedIDs() throws {
    let graph = try parse("graph LR\n feature-store-->model.v2\n a-b-.->c_d")
    XCTAssertEqual(edges(graph), ["feature-store>model.v2:solid:-", "a-b>c_d:dashed:-"])
  }

  func testSubgraphForms() throws {
    let graph = try parse(
      """
      flowchart LR
        subgraph off [Offline store]
          A
        end
        subgraph on ["Online #quot;hot#quot; path"]
          B --> C
        end
        subgraph Serving
          D
        end
        subgraph Model training
          E
        end
        subgraph "Quoted only"
          F
        end
        A --> B
      """)
    XCTAssertEqual(graph.subgraphs.map(\.id), ["off", "on", "Serving", "subgraph-4", "subgraph-5"])
    XCTAssertEqual(
      graph.subgraphs.map(\.title),
      ["Offline store", "Online \"hot\" path", "Serving", "Model training", "Quoted only"])
    XCTAssertEqual(graph.nodes.map(\.subgraph), [0, 1, 1, 2, 3, 4])
  }

  func testNodeJoinsTheFirstSubgraphThatMentionsIt() throws {
    let graph = try parse("graph LR\n A --> B\n subgraph one\n B\n end\n subgraph two\n B --> C\n end")
    XCTAssertEqual(graph.nodes.map(\.id), ["A", "B", "C"])
    XCTAssertEqual(graph.nodes.map(\.subgraph), [nil, 0, 1])
  }

  func testNestedSubgraphsFlattenWithANote() throws {
    let graph = try parse("graph LR\n subgraph outer\n A\n subgraph inner\n B\n end\n end")
    XCTAssertEqual(graph.subgraphs.map(\.parent), [nil, 0])
    XCTAssertEqual(graph.nodes.map(\.subgraph), [0, 1])
    XCTAssertTrue(graph.notes.contains { $0.hasPrefix("in.mmd:4:") && $0.contains("do not nest") }, "\(graph.notes)")
  }

  func testCommentsSemicolonsAndFrontMatter() throws {
    let graph = try parse(
      """
      ---
      title: "My \\"design\\""
      ---
      %% a comment line
      %%{init: {"theme": "dark"}}%%
      graph LR;
        A --> B; B --> C;
        %% another
      """)
    XCTAssertEqual(graph.title, "My \"design\"")
    XCTAssertEqual(edges(graph), ["A>B:solid:-", "B>C:solid:-"])
  }

  func testStylingLinesAreSkippedWithNotes() throws {
    let graph = try parse(
      """
      graph LR
        A --> B
        classDef hot fill:#f96;
        class A hot
        style B fill:#bbf,stroke:#333
        linkStyle 0 stroke:red
        click A "https://example.com"
        C:::hot --> D
      """)
    XCTAssertEqual(edges(graph), ["A>B:solid:-", "C>D:solid:-"])
    XCTAssertEqual(graph.notes.count, 6)
    XCTAssertTrue(graph.notes[0].hasPrefix("in.mmd:3: skipped 'classDef'"), graph.notes[0])
    XCTAssertTrue(graph.notes[4].hasPrefix("in.mmd:7: skipped 'click'"), graph.notes[4])
    XCTAssertTrue(graph.notes[5].hasPrefix("in.mmd:8: skipped the class"), graph.notes[5])
  }

  func testAClassNamedAfterAKindDeclaresTheNodesKind() throws {
    let kinds: Set<String> = ["model-registry", "data-source", "vector-index"]
    let graph = try MermaidParser.parse(
      """
      flowchart LR
        store[Model store]:::model-registry --> serve[Scorer]
        pay[Payment events]:::data-source & feed:::hot --> serve
        vec:::vector-index
        class serve,feed data-source
        class later model-registry; later[Declared after]
        class store hot
      """, name: "in.mmd", kindClasses: kinds)
    let kindsByID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.kind ?? "-") })
    XCTAssertEqual(
      kindsByID,
      [
        "store": "model-registry", "serve": "data-source", "pay": "data-source", "feed": "data-source",
        "vec": "vector-index", "later": "-",
      ])
    XCTAssertEqual(labels(graph)["store"], "Model store", "the class does not touch the label")
    XCTAssertEqual(edges(graph), ["store>serve:solid:-", "pay>serve:solid:-", "feed>serve:solid:-"])
    XCTAssertEqual(graph.notes.count, 3, graph.notes.joined(separator: "\n"))
    XCTAssertTrue(graph.notes[0].hasPrefix("in.mmd:3: skipped the class 'hot' of node 'feed'"), graph.notes[0])
    XCTAssertTrue(graph.notes[0].contains(":::model-registry"), "the note says how to declare a kind")
    XCTAssertEqual(
      graph.notes[1], "in.mmd:6: skipped 'class' for 'later': no node of that id before this line")
    XCTAssertTrue(graph.notes[2].hasPrefix("in.mmd:7: skipped 'class'"), graph.notes[2])
  }

  func testClassStatementsThatAreNotKindsOrMalformedAreSkipped() throws {
    let kinds: Set<String> = ["model-registry"]
    for line in ["class a", "class a, b model-registry", "class a model-registry extra", "class  model-registry"] {
      let graph = try MermaidParser.parse("graph LR\n a --> b\n " + line, name: "in.mmd", kindClasses: kinds)
      XCTAssertEqual(graph.nodes.map(\.kind), [nil, nil], line)
      XCTAssertEqual(graph.notes.count, 1, line)
      XCTAssertTrue(graph.notes[0].hasPrefix("in.mmd:3: skipped 'class'"), graph.notes[0])
    }
  }

  func testLaterShapeRelabelsANode() throws {
    let graph = try parse("graph LR\n A --> B\n A[First]\n A[Second]")
    XCTAssertEqual(graph.nodes.first?.label, "Second")
  }

  func testWindowsLineEndsAndByteOrderMark() throws {
    XCTAssertEqual(edges(try parse("graph LR\r\n A --> B\r\n")), ["A>B:solid:-"])
    XCTAssertEqual(edges(try parse("\u{FEFF}graph LR\n A --> B")), ["A>B:solid:-"])
  }

  // MARK: errors, each with its line and column

  func testErrorMessages() {
    let cases: [(String, String)] = [
      ("", "in.mmd:1:1: no flowchart here: expected 'flowchart LR' or 'graph TD'"),
      ("sequenceDiagram\n A->>B: hi", "in.mmd:1:1: 'sequenceDiagram' diagrams are not supported"),
      ("  A --> B", "in.mmd:1:3: expected 'flowchart' or 'graph' first, found 'A'"),
      ("graph XY", "in.mmd:1:7: unknown direction 'XY' (one of TD, TB, LR, RL, BT)"),
      ("graph LR\n A[open", "in.mmd:2:3: unclosed '[': expected ']' before the end of the line"),
      ("graph LR\n A[\"quoted]", "in.mmd:2:4: unclosed '\"': expected a closing quote"),
      ("graph LR\n A[\"q\" x]", "in.mmd:2:8: expected ']' after the quoted label, found 'x'"),
      ("graph LR\n A --> ", "in.mmd:2:8: expected a node id, found the end of the line"),
      ("graph LR\n A <--> B", "in.mmd:2:4: two-way links are not supported"),
      ("graph LR\n A --o B", "in.mmd:2:4: links with circle or cross ends"),
      ("graph LR\n A ~~~ B", "in.mmd:2:4: invisible links ('~~~') are not supported"),
      ("graph LR\n A -- text B", "in.mmd:2:4: the link text after '--' is not closed with '-->'"),
      ("graph LR\n A -->|label B", "in.mmd:2:7: unclosed '|'"),
      ("graph LR\n A --> B C", "in.mmd:2:10: unexpected 'C' after the statement"),
      ("graph LR\n a -> b", "in.mmd:2:4: unexpected '-' after the statement: a link is written '-->' (two dashes)"),
      ("graph LR\n a => b", "in.mmd:2:4: unexpected '=' after the statement: a thick link is written '==>'"),
      ("graph LR\n a → b", "in.mmd:2:4: unexpected '→' after the statement: write the arrow '-->'"),
      ("graph LR\n end", "in.mmd:2:2: 'end' without a 'subgraph' to close"),
      ("graph LR\n subgraph one\n A", "in.mmd:2:1: subgraph 'one' is never closed with 'end'"),
      ("graph LR\n subgraph", "in.mmd:2:10: 'subgraph' needs an id or a title"),
      ("graph LR\n subgraph s [Title\n end", "in.mmd:2:13: unclosed '['"),
      ("graph LR\n A@{ shape: rect }", "in.mmd:2:3: shape data ('@{ ... }') is not supported"),
      (
        "graph LR\n subgraph s\n A\n end\n B --> s",
        "in.mmd:5:8: 's' is a subgraph; links to a subgraph are not supported"
      ),
      ("---\ntitle: x\n", "in.mmd:1:1: the front matter that starts here is not closed with '---'"),
      ("graph LR\n A --> B\n graph TD", "in.mmd:3:2: a second 'graph' line"),
      ("graph LR\n A -. x", "in.mmd:2:4: the link text after '-.' is not closed with '.->'"),
      ("graph LR\n A ==  B", "in.mmd:2:4: the link text after '==' is not closed with '==>'"),
      ("graph LR\n A --> [x]", "in.mmd:2:8: expected a node id, found '['"),
    ]
    for (text, expected) in cases {
      let message = failure(text)
      XCTAssertTrue(message.hasPrefix(expected), "for \(text.debugDescription)\n got: \(message)\nwant: \(expected)")
    }
  }

  func testErrorColumnsCountScalarsNotBytes() {
    XCTAssertTrue(failure("graph LR\n été[x").hasPrefix("in.mmd:2:5: unclosed '['"))
  }
}
