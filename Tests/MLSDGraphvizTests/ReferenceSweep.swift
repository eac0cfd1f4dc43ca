// Every reference design laid out for reading once under Graphviz, watching what the layout asks
// dot: the tests of the Graphviz road share it, since laying out the eleven references for reading
// is the costliest thing they do (a minute in a debug build).

import MLSDGraphviz
import XCTest

@testable import MLSDCore

final class ReferenceSweep: @unchecked Sendable {
  /// GraphvizOrdering, recording the graphs it is asked about and counting its answers.
  final class Watching: LayerOrdering, @unchecked Sendable {
    let engine = GraphvizOrdering()
    var inputs: [LayerOrderingInput] = []
    var answered = 0
    var declined = 0
    func order(_ graph: LayerOrderingInput) -> LayerOrderingResult? {
      inputs.append(graph)
      let result = engine.order(graph)
      if result == nil { declined += 1 } else { answered += 1 }
      return result
    }
    func crossings(ofDOT text: String) -> Int? { engine.crossings(ofDOT: text) }
  }

  struct Laid {
    var template: Template
    /// `template.referenceBoard()` under Graphviz: the reference laid out for reading.
    var board: Board
    var watched: Watching
  }

  let laid: [Laid]

  init() {
    let library = Library.load(locations: DataLocations(configFolder: nil, dataFolder: nil))
    laid = library.templates.filter { !$0.reference.boxes.isEmpty }.map { template in
      let watched = Watching()
      let board = LayoutEngine.$ordering.withValue(watched) { template.referenceBoard() }
      return Laid(template: template, board: board, watched: watched)
    }
  }

  /// Made on first use (only where Graphviz runs: each test checks that first).
  static let shared = ReferenceSweep()
}
