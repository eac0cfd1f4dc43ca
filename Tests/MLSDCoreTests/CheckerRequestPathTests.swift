// A user's request carries a query, not the data upstream of the user: a flow that does not start
// at the client never goes on from the client into a serving box or the gateway. And every store a
// serving box looks things up in answers along the lookup, the text index as much as the vector
// index (a user tester saw one accepted and the other refused).
import XCTest

@testable import MLSDCore

final class CheckerRequestPathTests: XCTestCase {
  let catalogue = Fixtures.library.catalogue

  private let drawn: [(String, String)] = [
    ("app", "Mobile app"), ("api", "Search gateway"), ("qenc", "Query embedding service"),
    ("ann", "Vector / ANN index"), ("text", "Text search index"), ("mix", "Result blender"),
    ("events", "Play events log"), ("train", "Training pipeline"), ("reg", "Model registry"),
  ]
  private let arrows = [
    ("app", "api"), ("api", "qenc"), ("qenc", "ann"), ("api", "text"), ("ann", "mix"), ("text", "mix"),
    ("mix", "app"), ("app", "events"), ("events", "train"), ("train", "reg"), ("reg", "qenc"),
  ]

  private func graph(_ arrows: [(String, String)], kinds: [String: String] = [:]) -> BoardGraph {
    var board = Fixtures.flow(drawn, arrows)
    for (id, kind) in kinds { board.boxes[board.boxes.firstIndex { $0.id == id }!].kind = kind }
    return BoardGraph(board: board, catalogue: catalogue)
  }

  func testNoFlowThroughTheUsersRequest() {
    // The events log reaches the text index only by way of results shown to the user and the
    // user's next query.
    let g = graph(arrows, kinds: ["mix": "re-ranking", "events": "data-source"])
    XCTAssertFalse(g.flows(from: ["data-source"], to: ["text-search-index"]))
    // Drawn straight, it flows.
    XCTAssertTrue(
      graph(arrows + [("events", "text")], kinds: ["mix": "re-ranking", "events": "data-source"])
        .flows(from: ["data-source"], to: ["text-search-index"]))
  }

  func testFeedbackTheClientWritesStillFlows() {
    // What was served reaches the log through the client: the user's actions are written on.
    let g = graph(arrows, kinds: ["mix": "re-ranking", "events": "prediction-logging"])
    XCTAssertTrue(g.flows(from: ["re-ranking"], to: ["prediction-logging"]))
    // A flow that starts at the client still uses its requests.
    XCTAssertTrue(g.flows(from: ["client"], to: ["text-search-index"]))
  }

  func testATextIndexAnswersTheBoxThatQueriesIt() {
    let kinds = ["mix": "re-ranking"]
    let queried = graph([("app", "mix"), ("mix", "ann"), ("mix", "text")], kinds: kinds)
    XCTAssertTrue(queried.flows(from: ["text-search-index"], to: ["re-ranking"]))
    XCTAssertTrue(queried.flows(from: ["vector-index"], to: ["re-ranking"]))
    // An index that sends on elsewhere is not read as a lookup.
    let passing = graph([("app", "mix"), ("mix", "text"), ("text", "events")], kinds: kinds)
    XCTAssertFalse(passing.flows(from: ["text-search-index"], to: ["re-ranking"]))
  }
}
