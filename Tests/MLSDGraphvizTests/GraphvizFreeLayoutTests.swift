// Graphviz 2.43's dot leaves a rank's node list freed twice when a labelled edge runs within one
// rank (the list is reallocated for the label's node and the old one is freed again by the
// cleanup): laid out in process, such graphs aborted in malloc after a few layouts. The runner
// makes the lists whole before freeing the layout (mlsd_graphviz_free_layout); without that,
// this test's process aborts.

import XCTest

@testable import MLSDCore
@testable import MLSDGraphviz

final class GraphvizFreeLayoutTests: XCTestCase {
  func requireGraphviz() throws {
    guard GraphvizOrdering.isAvailable else {
      throw XCTSkip("Graphviz's dot layout does not run here; scripts/ensure-deps installs libgraphviz-dev")
    }
  }

  /// A labelled edge between two boxes of one rank with a third between them: dot gives the
  /// label a node of its own in the rank above, reallocating that rank's list.
  static let labelledWithinARank = """
    digraph g { {rank=same; a; c; b;} a -> c; c -> b; a -> b [label="a long label here"]; x -> a; }
    """

  func testALabelledEdgeWithinARankIsLaidOutAgainAndAgain() throws {
    try requireGraphviz()
    let first = try XCTUnwrap(GraphvizRunner.shared.plain(Self.labelledWithinARank))
    XCTAssertTrue(first.contains("a long label here"))
    for _ in 0..<200 { XCTAssertEqual(GraphvizRunner.shared.plain(Self.labelledWithinARank), first) }
  }

  /// Every reference's export with its arrow labels (six of the eleven take the path above;
  /// harmful content detection and news feed aborted within twenty layouts) gives one drawing
  /// each time it is laid out.
  func testEveryReferenceWithItsLabelsIsLaidOutAgainAndAgain() throws {
    try requireGraphviz()
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    let references = library.templates.filter { !$0.reference.boxes.isEmpty }
    XCTAssertGreaterThanOrEqual(references.count, 11)
    for template in references {
      let dot = DotExporter().export(template.reference, context: ExportContext())
      XCTAssertTrue(dot.contains("label="), template.id)
      let first = try XCTUnwrap(GraphvizRunner.shared.plain(dot), template.id)
      for _ in 0..<20 { XCTAssertEqual(GraphvizRunner.shared.plain(dot), first, template.id) }
    }
  }
}
