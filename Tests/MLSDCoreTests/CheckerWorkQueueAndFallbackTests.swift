// Three readings the second blind tester's designs showed: "Labeling ..." is the work of
// labelling, not data labelled already; a queue between people's reports and the relabelling is
// their work queue, not an event stream; a fallback that makes a vector for a new item is the
// embedding fetcher's cold start, not a generator of candidates (docs/CHECKER.md).
import XCTest

@testable import MLSDCore

final class CheckerWorkQueueAndFallbackTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func kinds(_ board: Board, _ id: String, template: String) -> Set<String> {
    let graph = Checker.graph(board, template: library.template(template), catalogue: catalogue)
    return graph.kinds(ofBoxAt: board.boxes.firstIndex { $0.id == id }!)
  }

  func testTheWorkOfLabellingIsNoLabelledData() {
    let board = Fixtures.flow(
      [("gcs", "Street images in GCS"), ("people", "Labeling contractor"), ("prep", "Dataset builder")],
      [("gcs", "people"), ("people", "prep")])
    XCTAssertEqual(kinds(board, "people", template: "street-view-blurring"), ["labelling"])
    // Data labelled already is still kept data.
    XCTAssert(Fixtures.kinds("Labelled plates").contains("data-lake"))
  }

  func queueBoard(_ label: String, from source: String = "Report a blurring miss") -> Board {
    Fixtures.flow(
      [
        ("viewer", "Panorama viewer"), ("report", source), ("q", label), ("team", "Labeling contractor"),
        ("train", "Detector training"),
      ],
      [("viewer", "report"), ("report", "q"), ("q", "team"), ("team", "train")])
  }

  func testAQueueBetweenReportsAndRelabellingIsTheirWorkQueue() {
    let board = queueBoard("Hard-example queue")
    XCTAssertEqual(kinds(board, "q", template: "street-view-blurring"), ["labelling"])
    let graph = Checker.graph(board, template: library.template("street-view-blurring"), catalogue: catalogue)
    XCTAssert(graph.reading.boxes[2].counted.flatMap(\.reasons).contains { $0.contains("their work queue") })
  }

  func testAStreamThereOrAQueueTheAppFeedsStaysTheStream() {
    // No word of labelling: "Kafka" carries what it is given.
    XCTAssertEqual(kinds(queueBoard("Kafka"), "q", template: "street-view-blurring"), ["stream-ingestion"])
    // Fed by the app as well, a queue is not only people's work: this rule leaves it to its words
    // and place.
    var app = queueBoard("Hard-example queue")
    app.arrows.append(Arrow(from: "viewer", to: "q"))
    let graph = Checker.graph(app, template: library.template("street-view-blurring"), catalogue: catalogue)
    let reasons = graph.reading.boxes[2].counted.flatMap(\.reasons)
    XCTAssertFalse(reasons.contains { $0.contains("their work queue") }, "\(reasons)")
  }

  func fallbackBoard(_ detail: String) -> Board {
    Fixtures.flow(
      [
        ("page", "Home page", nil), ("api", "Similar homes API", nil), ("fetch", "Embedding fetcher", nil),
        ("fb", "New-home fallback", detail), ("db", "Homes DB", "MySQL"), ("idx", "FAISS index", nil),
        ("rr", "Re-rank by price and dates", nil),
      ],
      [
        ("page", "api"), ("api", "fetch"), ("db", "fb"), ("fb", "fetch"), ("fetch", "idx"), ("idx", "rr"),
        ("rr", "page"),
      ])
  }

  func testAFallbackThatMakesAVectorIsTheFetchersColdStart() {
    let board = fallbackBoard("average vector of the 5 closest homes")
    XCTAssertEqual(kinds(board, "fb", template: "similar-listings"), ["embedding-service"])
  }

  func testAFallbackThatNamesNoVectorStaysAFallback() {
    let board = Fixtures.flow(
      [
        ("app", "Member app", nil), ("gen", "Friends of friends", nil),
        ("fb", "Fallback", "people popular at the same school"), ("rank", "PYMK ranker", nil),
      ],
      [("app", "gen"), ("app", "fb"), ("gen", "rank"), ("fb", "rank"), ("rank", "app")])
    XCTAssertEqual(kinds(board, "fb", template: "people-you-may-know"), ["candidate-generation"])
  }
}
