// From a parsed flowchart to a board: valid unique ids, kinds read from labels, sizes, layout.
import MLSDCore
import XCTest

final class ImportMermaidImporterTests: XCTestCase {
  let catalogue = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil)).catalogue

  func read(_ text: String) throws -> MermaidImport {
    try MermaidImporter.read(text, name: "in.mmd", title: "fallback", catalogue: catalogue)
  }

  /// The import declares no kind: the checker reads labels, details and arrows every time.
  func testKindsAreReadFromLabelsThenDetailsNotDeclared() throws {
    let result = try read(
      """
      flowchart LR
        a[Kafka] --> b(Flink job)
        b --> c[(Online store<br/>Redis)]
        c --> d{Something else}
      """)
    XCTAssertEqual(result.board.boxes.map(\.kind), [nil, nil, nil, nil])
    let reading = Checker.check(result.board, template: nil, catalogue: catalogue).reading
    XCTAssertEqual(
      reading.boxes.map { $0.counted.first?.kind },
      ["stream-ingestion", "stream-processing", "online-feature-store", nil])
    XCTAssertEqual(result.board.boxes[2].detail, "Redis")
    XCTAssertEqual(result.direction, .leftToRight)
    XCTAssertEqual(result.board.title, "fallback")
  }

  func testAKindClassDeclaresTheKind() throws {
    let result = try read(
      """
      flowchart LR
        a[Kafka]:::data-source --> b[Quillon]:::model-registry
        b --> c[Kafka]:::not-a-kind
        class c vector-index
      """)
    XCTAssertEqual(result.board.boxes.map(\.kind), ["data-source", "model-registry", "vector-index"])
    XCTAssertEqual(result.notes.count, 1)
    XCTAssertTrue(result.notes[0].hasPrefix("in.mmd:3: skipped the class 'not-a-kind' of node 'c'"), result.notes[0])
    let plain = try read("flowchart LR\n c[Kafka]:::not-a-kind")
    XCTAssertEqual(plain.board.boxes.map(\.kind), [nil], "an unknown class declares nothing")
    XCTAssertEqual(
      Checker.check(plain.board, template: nil, catalogue: catalogue).reading.boxes.map(\.kinds),
      [["stream-ingestion"]],
      "the label is still read")
  }

  func testIDsAreMadeValidAndUnique() throws {
    let result = try read("graph TD\n été --> t\n 日本 --> x.y_z-1")
    let ids = result.board.boxes.map(\.id)
    XCTAssertEqual(ids, ["t", "t-2", "node", "x.y_z-1"])
    XCTAssertTrue(ids.allSatisfy(Board.isValidID))
    XCTAssertEqual(result.board.boxes.map(\.label), ["été", "t", "日本", "x.y_z-1"])
    XCTAssertEqual(result.board.arrows.map { "\($0.from)>\($0.to)" }, ["t>t-2", "node>x.y_z-1"])
  }

  func testSubgraphsBecomeGroupsWithUniqueIDs() throws {
    let result = try read(
      "graph LR\n subgraph s [One]\n a\n end\n subgraph s [Two]\n b\n end\n subgraph 日本\n c\n end")
    XCTAssertEqual(result.board.groups.map(\.id), ["s", "s-2", "group"])
    XCTAssertEqual(result.board.groups.map(\.title), ["One", "Two", "日本"])
    XCTAssertEqual(result.board.groups.map(\.boxIDs), [["a"], ["b"], ["c"]])
  }

  func testBoxesGetTheirNaturalSizeAndTheLayoutSeparatesThem() throws {
    let result = try read("graph TD\n a[Raw events<br/>Kafka] --> b[Feature store] --> c[Model]\n a --> c")
    let natural = BoxSizing.naturalSize(label: "Raw events", detail: "Kafka")
    XCTAssertEqual(result.board.boxes[0].frame.width, natural.width)
    XCTAssertEqual(result.board.boxes[0].frame.height, natural.height)
    let laid = LayeredLayout.layout(result.board, direction: .topToBottom)
    for (i, first) in laid.boxes.enumerated() {
      for second in laid.boxes[(i + 1)...] {
        XCTAssertFalse(first.frame.intersects(second.frame), "\(first.id) overlaps \(second.id)")
      }
    }
  }

  func testFrontMatterTitleWins() throws {
    XCTAssertEqual(try read("---\ntitle: Ads ranker\n---\ngraph LR\n a --> b").board.title, "Ads ranker")
  }
}
