// A flow is read in its direction. A results flow to the client goes towards the client; an arrow
// from the client counts only as a request into the box its requests enter by (the gateway, a
// service it calls), whose reply is often not drawn, and the flow then says that it read the
// arrow back. A lookup ("Blender → FAISS") brings the store's contents back, and says so too.
import XCTest

@testable import MLSDCore

final class CheckerFlowDirectionTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func board(_ arrows: [(String, String)], label: (Int, String)? = nil) -> Board {
    var board = Board(title: "T", template: "youtube-video-search")
    let boxes: [(String, String, String)] = [
      ("client", "Client", "client"), ("blend", "Blender", "re-ranking"), ("ann", "Vector / ANN index", "vector-index"),
      ("text", "Text search index", "text-search-index"), ("api", "Search API", "inference-service"),
    ]
    board.boxes = boxes.map {
      Box(id: $0.0, label: $0.1, kind: $0.2, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1) }
    if let (i, text) = label { board.arrows[i].label = text }
    return board
  }

  private func flow(_ board: Board, _ title: String) -> Check? {
    let report = Checker.check(board, template: library.template("youtube-video-search"), catalogue: catalogue)
    return report.checks.first { $0.title == title }
  }

  func testAnArrowFromTheClientIntoTheReRankerCarriesNoResultsToTheClient() {
    // The tester's slip: "Client → Blender" labelled "lexical hits". A re-ranker is no box the
    // client's requests enter by (catalogue: the client calls the gateway or a service).
    let b = board([("client", "blend")], label: (0, "lexical hits"))
    let check = flow(b, "Re-ranking → Client")
    XCTAssertEqual(check?.passed, false, "\(String(describing: check))")
    XCTAssertEqual(
      check?.message,
      "no flow from Re-ranking to Client: 'Blender' is read as Re-ranking; 'Client' is read as Client")
  }

  func testAnArrowFromTheClientIntoItsLogIsNoEntryForResults() {
    // Client → log and Ranking → log: the ranker reaches the log the client writes, not the client.
    let board = Fixtures.flow(
      [("app", "Mobile app"), ("rank", "Ranking service"), ("log", "Impressions log")],
      [("app", "log"), ("rank", "log")])
    let graph = BoardGraph(board: board, catalogue: catalogue)
    XCTAssertTrue(
      graph.boxes(ofAny: ["prediction-logging"]).contains("log"), "\(graph.boxes(ofAny: ["prediction-logging"]))")
    XCTAssertNil(graph.flowMatch(from: ["ranking"], to: ["client"]))
  }

  func testAResultsFlowReachingTheClientsEntrySaysItReadTheRequestBack() {
    // Client → Search API ⇄ Blender, no reply to the client drawn: the answer goes back along
    // the request.
    let b = board([("client", "api"), ("api", "blend"), ("blend", "api")])
    let check = flow(b, "Re-ranking → Client")
    XCTAssertEqual(check?.passed, true)
    XCTAssertEqual(
      check?.message,
      "met by the request 'Client' → 'Search API' read back: 'Search API' answers it (the reply is not drawn)")
    // Drawn towards the client, the flow needs no reading back, and says nothing.
    let drawn = board([("client", "api"), ("api", "blend"), ("blend", "api"), ("blend", "client")])
    XCTAssertEqual(flow(drawn, "Re-ranking → Client")?.passed, true)
    XCTAssertEqual(flow(drawn, "Re-ranking → Client")?.message, "")
  }

  func testALookupSaysTheStoresContentsComeBack() {
    let b = board([("blend", "ann"), ("blend", "client")])
    let check = flow(b, "Vector / ANN index → Re-ranking")
    XCTAssertEqual(check?.passed, true)
    XCTAssertEqual(
      check?.message,
      "met by 'Blender' looking up 'Vector / ANN index': what 'Vector / ANN index' holds comes back along that arrow")
    // --explain lists the flows met by an arrow read both ways.
    let report = Checker.check(b, template: library.template("youtube-video-search"), catalogue: catalogue)
    let explained = ReadingFormatter.text(report.reading, board: b, catalogue: catalogue, checks: report.checks)
    XCTAssertTrue(
      explained.contains("Flows met by an arrow read both ways\n  Vector / ANN index → Re-ranking: met by 'Blender'"),
      explained)
    XCTAssertFalse(explained.contains("Re-ranking → Client:"), explained)
  }
}

final class CheckerDataFlowThroughModelsTests: XCTestCase {
  let library = Fixtures.library

  func testDataReachesNoIndexThroughTheRegistryOrTheUser() {
    // The tester's board with no video store: the click log reaches training, the registry, the
    // query encoder and the index, and the results reach the user, whose next search reaches the
    // text index. Neither path carries the videos: the registry hands on models, the user's
    // request carries a query.
    var board = Fixtures.flow(
      [
        ("client", "Client"), ("api", "Search API"), ("qenc", "Query encoder"), ("ann", "Vector / ANN index"),
        ("text", "Text search index"), ("blend", "Blender"), ("log", "click log"), ("train", "Training pipeline"),
        ("reg", "Model registry"),
      ],
      [
        ("client", "api"), ("api", "qenc"), ("qenc", "ann"), ("api", "text"), ("ann", "blend"), ("text", "blend"),
        ("blend", "client"), ("client", "log"), ("log", "train"), ("train", "reg"), ("reg", "qenc"),
      ])
    board.template = "youtube-video-search"
    board.boxes[5].kind = "re-ranking"
    board.arrows[7].label = "clicks, watch time"
    let report = Checker.check(board, template: library.template("youtube-video-search"), catalogue: library.catalogue)
    let failed = report.checks.filter { !$0.passed }.map(\.title)
    XCTAssertTrue(
      failed.contains("Object storage or Data lake / warehouse or Data source → Vector / ANN index"), "\(failed)")
    XCTAssertTrue(failed.contains("Data source → Text search index"), "\(failed)")
    // A video store feeding the encoder that fills the index is the flow.
    board.boxes.append(Box(id: "videos", label: "Video store", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    board.arrows.append(Arrow(from: "videos", to: "qenc"))
    let fed = Checker.check(board, template: library.template("youtube-video-search"), catalogue: library.catalogue)
    let stillFailed = fed.checks.filter { !$0.passed }.map(\.title)
    XCTAssertFalse(
      stillFailed.contains("Object storage or Data lake / warehouse or Data source → Vector / ANN index"),
      "\(stillFailed)")
  }
}
