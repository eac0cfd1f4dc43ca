// The Graphviz road on the real library: every reference design laid out with ranks and order from
// dot is a valid layout (dot answered, layers follow the arrows, no box overlaps another, group
// frames hold only their boxes, every arrow label drawn); the size budget; the engine choice.

import Foundation
import MLSDGraphviz
import XCTest

@testable import MLSDCore

final class GraphvizOrderingTests: XCTestCase {
  func requireGraphviz() throws {
    guard GraphvizOrdering.isAvailable else {
      throw XCTSkip(
        "Graphviz's dot layout does not run here (libgvc's plugins are missing); scripts/ensure-deps installs libgraphviz-dev"
      )
    }
  }

  func references() -> [Template] {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    return library.templates.filter { !$0.reference.boxes.isEmpty }
  }

  /// dot's own drawing, its crossings counted on its splines: a chain crosses nothing; every
  /// box of three joined to every box of three (not planar) crosses at least once.
  func testCrossingsOfDotsOwnDrawing() throws {
    try requireGraphviz()
    let engine = GraphvizOrdering()
    XCTAssertEqual(engine.crossings(ofDOT: "digraph g { a -> b; b -> c; c -> d; }"), 0)
    let full =
      "digraph g { " + ["a", "b", "c"].flatMap { t in ["x", "y", "z"].map { "\(t) -> \($0); " } }.joined() + "}"
    let crossings = try XCTUnwrap(engine.crossings(ofDOT: full))
    XCTAssertGreaterThan(crossings, 0)
    XCTAssertNil(engine.crossings(ofDOT: "not a graph {"))
  }

  /// dot's crossings of every reference's export, arrow labels included, counted in process are
  /// the ones counted on the `dot` command's plain output (as Benchmarks/dotquality.py counts
  /// them): the bar a drawing fitted to the page may cross up to.
  func testCrossingsInProcessAreTheDotCommands() throws {
    try requireGraphviz()
    let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let dot else { throw XCTSkip("the dot command is not installed") }
    let engine = GraphvizOrdering()
    for template in references() {
      let text = DotExporter().export(template.reference, context: ExportContext())
      let process = Process()
      process.executableURL = URL(fileURLWithPath: dot)
      process.arguments = ["-Tplain"]
      let (input, output) = (Pipe(), Pipe())
      process.standardInput = input
      process.standardOutput = output
      try process.run()
      input.fileHandleForWriting.write(Data(text.utf8))
      try input.fileHandleForWriting.close()
      let plain = try GraphvizPlain.parse(
        String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
      process.waitUntilExit()
      let index = Dictionary(
        plain.nodes.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
      let nodes = plain.nodes.map { SplineCrossings.Node(center: $0.center, width: $0.width, height: $0.height) }
      let edges = plain.edges.map {
        SplineCrossings.Edge(tail: index[$0.tail] ?? -1, head: index[$0.head] ?? -1, points: $0.points)
      }
      XCTAssertEqual(
        engine.crossings(ofDOT: text), SplineCrossings.count(edges: edges, nodes: nodes), template.id)
    }
  }

  /// Laid out for reading under Graphviz, every reference is drawn within the page (200 × 58
  /// below the title line) and crosses no more arrows than dot's own drawing of its export
  /// (arrow labels included), with no label dropped, covered or on a frame and no arrow through a
  /// box (Benchmarks/RESULTS.md, fit7).
  func testReferencesFitThePageCrossingNoMoreThanDot() throws {
    try requireGraphviz()
    let engine = GraphvizOrdering()
    for laid in ReferenceSweep.shared.laid {
      let id = laid.template.id
      let quality = LayoutQuality(Diagram(board: laid.board))
      XCTAssertLessThanOrEqual(quality.columns, LayeredLayout.pageColumns, id)
      XCTAssertLessThanOrEqual(quality.rows, LayeredLayout.pageRows, id)
      let dot = try XCTUnwrap(engine.crossings(ofDOT: DotExporter().export(laid.board, context: ExportContext())), id)
      XCTAssertLessThanOrEqual(quality.crossings, dot, id)
      for (name, count) in [
        ("dropped", quality.droppedLabels), ("overlaps", quality.labelOverlaps), ("on frames", quality.labelsOnFrames),
        ("svg overlaps", quality.svgLabelOverlaps), ("through boxes", quality.throughBoxes),
      ] {
        XCTAssertEqual(count, 0, "\(id): \(name)")
      }
    }
  }

  func testReferencesLaidOutByDotAreValid() throws {
    try requireGraphviz()
    let sweep = ReferenceSweep.shared.laid
    XCTAssertGreaterThanOrEqual(sweep.count, 11)
    for (template, board, engine) in sweep.map({ ($0.template, $0.board, $0.watched) }) {
      XCTAssertGreaterThan(engine.answered, 0, "\(template.id): dot never answered")
      XCTAssertEqual(engine.declined, 0, "\(template.id): dot declined")
      for (i, a) in board.boxes.enumerated() {
        for b in board.boxes[(i + 1)...] {
          XCTAssertFalse(a.frame.intersects(b.frame), "\(template.id): \(a.id) overlaps \(b.id)")
        }
      }
      for frame in GroupFrame.frames(of: board) {
        let members = Set(board.groups[frame.group].boxIDs)
        for box in board.boxes where !members.contains(box.id) {
          XCTAssertFalse(frame.rect.intersects(box.frame), "\(template.id): \(box.id) inside \(frame.group)'s frame")
        }
      }
      let quality = LayoutQuality(Diagram(board: board))
      XCTAssertEqual(quality.throughBoxes, 0, "\(template.id): arrows through boxes")
      XCTAssertEqual(quality.droppedLabels, 0, "\(template.id): labels dropped")
    }
  }

  /// Under Graphviz, mlsd's own layering and order compete: the drawing kept for reading is
  /// within the page whenever mlsd's own drawing, fitted to the page, is; when it is not, the
  /// kept drawing never scores worse (crossings weighed with area) than mlsd's own.
  func testTheOwnOrderCompetesUnderGraphviz() throws {
    try requireGraphviz()
    var ownWithin = 0
    for laid in ReferenceSweep.shared.laid {
      let template = laid.template
      let board = template.reference
      let width = 150
      let page = (columns: max(width, LayeredLayout.pageColumns), rows: LayeredLayout.pageRows)
      // mlsd's own road alone: its drawing fitted to the page, as the layout for reading makes it
      // without an engine (kept for the process: the own-road tests of the references made it).
      let own = LayoutEngine.$ordering.withValue(nil) {
        LayoutQuality(LabelRoom.routed(LayeredLayout.layoutFitting(board, width: width)))
      }
      // The reference as laid out for reading (`layoutFitting` at this width) under Graphviz.
      let kept = LayoutQuality(LabelRoom.routed(laid.board))
      let said =
        "\(template.id): kept \(kept.crossings) crossings \(kept.columns)x\(kept.rows), own \(own.crossings) \(own.columns)x\(own.rows)"
      if LayeredLayout.within(own, page) {
        ownWithin += 1
        XCTAssertTrue(LayeredLayout.within(kept, page), said)
      } else if !LayeredLayout.within(kept, page) {
        XCTAssertLessThanOrEqual(LayeredLayout.score(kept), LayeredLayout.score(own), said)
      }
    }
    // The references where only mlsd's own order fits the page (the generic pipeline, people
    // you may know, similar listings among them) are what the first assertion is about.
    XCTAssertGreaterThan(ownWithin, 0)
  }

  /// A pipeline without groups (the generic reference's boxes and arrows, as its Mermaid export
  /// without the subgraph lines imports), laid out for reading on the 160-column page `mlsd
  /// import` aims at, is within 160 × 58 and keeps every label (issue 13's target for a user's
  /// pipeline after an import).
  func testAPipelineWithoutGroupsFitsTheImportPage() throws {
    try requireGraphviz()
    guard let template = references().first(where: { $0.id == "generic-ml-pipeline" }) else {
      return XCTFail("no generic-ml-pipeline template")
    }
    var board = template.reference
    board.groups = []
    let laid = LayoutEngine.$ordering.withValue(GraphvizOrdering()) {
      LayeredLayout.layoutFitting(board, columns: 160)
    }
    let quality = LayoutQuality(LabelRoom.routed(laid))
    let said = "\(quality.columns)x\(quality.rows), \(quality.crossings) crossings"
    XCTAssertLessThanOrEqual(quality.columns, 160, said)
    XCTAssertLessThanOrEqual(quality.rows, LayeredLayout.pageRows, said)
    XCTAssertEqual(quality.droppedLabels, 0, said)
    XCTAssertEqual(quality.throughBoxes, 0, said)
  }

  /// A board drawn by hand (20 boxes, two groups), laid out as the app's `L` lays it out on a
  /// 158-column board area (`AppState.autoLayout`: the page at least 160 columns): within
  /// 160 × 58 and no label dropped. Its drawing top to bottom, 159 × 101 with one crossing, was
  /// kept before: drawings within the page crossed three, one more than dot's two.
  func testAHandDrawnBoardFitsThePageAfterL() throws {
    try requireGraphviz()
    let board = try BoardDecoder.decode(HandDrawnBoard.yaml, name: "hand.yaml").board
    let laid = LayoutEngine.$ordering.withValue(GraphvizOrdering()) {
      LayeredLayout.layoutFitting(board, width: 158, columns: LayeredLayout.userPageColumns)
    }
    let quality = LayoutQuality(LabelRoom.routed(laid))
    let said = "\(quality.columns)x\(quality.rows), \(quality.crossings) crossings"
    XCTAssertLessThanOrEqual(quality.columns, LayeredLayout.userPageColumns, said)
    XCTAssertLessThanOrEqual(quality.rows, LayeredLayout.pageRows, said)
    XCTAssertEqual(quality.droppedLabels, 0, said)
    XCTAssertEqual(quality.throughBoxes, 0, said)
  }

  func testLayersFollowTheArrowsBothWays() throws {
    try requireGraphviz()
    guard let template = references().first(where: { $0.id == "generic-ml-pipeline" }) else {
      return XCTFail("no generic-ml-pipeline template")
    }
    var board = template.referenceBoard()
    // Only the forward flow (no retraining loop, no answers back), so that every arrow must point
    // along the layers.
    let back: Set<String> = ["monitoring retrain", "retrain training", "inference client", "pred-logs lake"]
    board.arrows = board.arrows.filter { !back.contains("\($0.from) \($0.to)") }
    XCTAssertEqual(board.arrows.count, template.reference.arrows.count - back.count)
    for direction in LayeredLayout.Direction.allCases {
      let engine = ReferenceSweep.Watching()
      let laid = LayoutEngine.$ordering.withValue(engine) { LayeredLayout.layout(board, direction: direction) }
      XCTAssertEqual(engine.answered, 1)
      for arrow in laid.arrows {
        guard let a = laid.box(arrow.from)?.frame, let b = laid.box(arrow.to)?.frame else { continue }
        if direction == .leftToRight {
          XCTAssertGreaterThan(b.minX, a.maxX, "\(arrow.from) → \(arrow.to)")
        } else {
          XCTAssertGreaterThan(b.minY, a.maxY, "\(arrow.from) → \(arrow.to)")
        }
      }
    }
  }

  func testGraphsPastTheBudgetAreDeclined() throws {
    try requireGraphviz()
    let chain = LayerOrderingInput(
      nodes: Array(repeating: .init(width: 10, height: 3), count: 5),
      edges: (0..<4).map { .init(from: $0, to: $0 + 1) }, groupCount: 0)
    XCTAssertEqual(GraphvizOrdering().order(chain)?.rank, [0, 1, 2, 3, 4])
    XCTAssertNil(GraphvizOrdering(maxSize: 4).order(chain))
    XCTAssertNil(GraphvizOrdering(maxEdges: 3).order(chain))
  }

  func testTheEnvironmentPicksTheEngine() throws {
    XCTAssertEqual(try LayoutEngineChoice.from(environment: [:]), LayoutEngineChoice.standard)
    XCTAssertEqual(try LayoutEngineChoice.from(environment: ["MLSD_LAYOUT_ENGINE": ""]), LayoutEngineChoice.standard)
    XCTAssertEqual(try LayoutEngineChoice.from(environment: ["MLSD_LAYOUT_ENGINE": "Graphviz"]), .graphviz)
    XCTAssertEqual(try LayoutEngineChoice.from(environment: ["MLSD_LAYOUT_ENGINE": "own"]), .own)
    XCTAssertNil(LayoutEngineChoice.own.ordering)
    XCTAssertTrue(LayoutEngineChoice.graphviz.ordering is GraphvizOrdering)
    XCTAssertThrowsError(try LayoutEngineChoice.from(environment: ["MLSD_LAYOUT_ENGINE": "neato\u{1B}"])) { error in
      XCTAssertEqual(
        "\(error)", "MLSD_LAYOUT_ENGINE: unknown layout engine 'neato\u{241B}' (known: own, graphviz)")
    }
  }
}
