// The users' app sending its events straight into the ingestion is the design's data source when
// no other box is (a user tester's strong answer was told "missing component: Data source").
import XCTest

@testable import MLSDCore

final class CheckerStandInsTests: XCTestCase {
  let library = Fixtures.library
  var template: Template { library.template("video-recommendation")! }

  private func board(_ arrows: [(String, String)], extra: [(String, String)] = []) -> Board {
    var board = Fixtures.flow(
      [("app", "Home page app"), ("kafka", "Event stream"), ("lake", "Data warehouse"), ("train", "Training pipeline")]
        + extra, arrows)
    board.boxes[0].kind = "client"
    board.boxes[1].kind = "stream-ingestion"
    return board
  }

  private func sourceMissing(_ board: Board) -> Bool {
    Checker.check(board, template: template, catalogue: library.catalogue).checks.contains {
      !$0.passed && $0.severity == .error && $0.message.hasPrefix("missing component: Data source")
    }
  }

  func testTheAppFeedingTheStreamIsTheSource() throws {
    let b = board([("app", "kafka"), ("kafka", "lake"), ("lake", "train")])
    XCTAssertFalse(sourceMissing(b))
    // Still named, as a warning that says who stands in.
    let warning = try XCTUnwrap(
      Checker.check(b, template: template, catalogue: library.catalogue).checks.first {
        !$0.passed && $0.message.hasPrefix("missing component: Data source")
      })
    XCTAssertEqual(warning.severity, .warning)
    XCTAssertTrue(warning.message.contains("'Home page app' stands in"), warning.message)
    let reading = Checker.graph(b, template: template, catalogue: library.catalogue).reading
    let app = try XCTUnwrap(reading.box("app"))
    XCTAssertTrue(app.kinds.isSuperset(of: ["client", "data-source"]))
    XCTAssertTrue(
      app.counted.contains { $0.reasons.contains { $0.contains("go straight into 'Event stream'") } }, "\(app)")
    // The stand-in is a flag on the evidence, not a wording: the app's own client evidence has none.
    XCTAssertEqual(app.counted.filter(\.standIn).map(\.kind), ["data-source"])
    XCTAssertTrue(StandIns.standsIn(app, for: "data-source"))
    XCTAssertFalse(StandIns.standsIn(app, for: "client"))
    // The flow from the source to training is met through it too.
    XCTAssertFalse(
      Checker.check(b, template: template, catalogue: library.catalogue).checks.contains {
        !$0.passed && $0.message.hasPrefix("no flow from Data source to Training")
      })
  }

  func testNotWhenAnotherBoxIsTheSourceOrTheAppFeedsNoIntake() throws {
    // A source drawn: the app stays the client only.
    let drawn = board([("app", "kafka"), ("db", "lake"), ("kafka", "lake")], extra: [("db", "Video metadata DB")])
    let reading = Checker.graph(drawn, template: template, catalogue: library.catalogue).reading
    XCTAssertEqual(try XCTUnwrap(reading.box("app")).kinds.contains("data-source"), false)
    // The app only calls serving: no source.
    var calls = board([("app", "gw"), ("kafka", "lake")], extra: [("gw", "API gateway")])
    calls.boxes[4].kind = "api-gateway"
    XCTAssertTrue(sourceMissing(calls))
    // Without a template asking for a source, nothing is added.
    let reading2 = BoardReader.read(board([("app", "kafka")]), catalogue: library.catalogue, expected: ["client"])
    XCTAssertFalse(reading2.boxes[0].kinds.contains("data-source"))
  }

  /// The mirror case (the tester's harmful-content design): "User posts" that nothing feeds,
  /// read as the source, is where the users are when no client is drawn: a warning names it.
  func testUsersPostingStandInForTheClient() throws {
    let harmful = library.template("harmful-content-detection")!
    let posts = Fixtures.flow(
      [("post", "User posts: text, image, video"), ("up", "Upload service"), ("q", "Kafka topic: new posts")],
      [("post", "up"), ("up", "q")])
    let report = Checker.check(posts, template: harmful, catalogue: library.catalogue)
    let client = try XCTUnwrap(report.checks.first { !$0.passed && $0.message.hasPrefix("missing component: Client") })
    XCTAssertEqual(client.severity, .warning, client.message)
    XCTAssertTrue(client.message.contains("'User posts: text, image, video' stands in"), client.message)
    // A drawn client: nothing stands in.
    var drawn = posts
    drawn.boxes.append(Box(id: "app", label: "Social app", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    drawn.arrows.append(Arrow(from: "app", to: "up"))
    let reading = Checker.graph(drawn, template: harmful, catalogue: library.catalogue).reading
    XCTAssertFalse(try XCTUnwrap(reading.box("post")).kinds.contains("client"))
    // Fed by something, it is not where the users are.
    let fed = Fixtures.flow(
      [("crawl", "Crawler"), ("post", "User posts: text, image, video"), ("q", "Kafka topic")],
      [("crawl", "post"), ("post", "q")])
    let fedReading = Checker.graph(fed, template: harmful, catalogue: library.catalogue).reading
    XCTAssertFalse(try XCTUnwrap(fedReading.box("post")).kinds.contains("client"))
  }

  /// Whether a box stands in is read from the flag alone: the same reason without it is a box that
  /// counts as the kind by its own words, and one declared as the kind never stands in.
  func testStandingInIsTheFlagNotTheWording() {
    let reason = "the app's events go straight into 'Event stream': it is where the data comes from"
    func box(standIn: Bool, declared: String? = nil) -> BoxReading {
      BoxReading(
        boxID: "app", label: "Home page app", declared: declared,
        counted: [KindEvidence(kind: "data-source", score: 2, reasons: [reason], hinted: true, standIn: standIn)],
        guesses: [])
    }
    XCTAssertTrue(StandIns.standsIn(box(standIn: true), for: "data-source"))
    XCTAssertFalse(StandIns.standsIn(box(standIn: false), for: "data-source"))
    XCTAssertFalse(StandIns.standsIn(box(standIn: true, declared: "data-source"), for: "data-source"))
  }
}
