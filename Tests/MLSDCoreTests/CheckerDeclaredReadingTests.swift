// What two blind testers' designs showed about reading boxes: a declared kind is the box's
// reading (no stand-in from its words' other guesses), "viewer" is a person and "view" what is
// seen, "svc" is a service, an event bus named under events is their stream, and a step the flows
// pass through that only its place or a role noun suggests a kind for is not hinted at.
import XCTest

@testable import MLSDCore

final class CheckerDeclaredReadingTests: XCTestCase {
  let library = Fixtures.library
  var harmful: Template { library.template("harmful-content-detection")! }

  /// Users posting, read as the source, that nothing feeds: without a drawn client they stand in.
  private var posts: Board {
    Fixtures.flow(
      [("post", "Member posts: text, image, video"), ("up", "Upload service"), ("q", "Kafka topic: new posts")],
      [("post", "up"), ("up", "q")])
  }

  private func clientFinding(_ board: Board) -> Check? {
    Checker.check(board, template: harmful, catalogue: library.catalogue).checks.first {
      !$0.passed && $0.message.hasPrefix("missing component: Client")
    }
  }

  func testADeclaredSourceStandsInForNoClient() throws {
    // The premise: undeclared, the posts stand in for the client (a warning).
    XCTAssertEqual(try XCTUnwrap(clientFinding(posts)).severity, .warning)
    var declared = posts
    declared.boxes[0].kind = "data-source"
    let reading = Checker.graph(declared, template: harmful, catalogue: library.catalogue).reading
    XCTAssertEqual(try XCTUnwrap(reading.box("post")).kinds, ["data-source"])
    let finding = try XCTUnwrap(clientFinding(declared))
    XCTAssertEqual(finding.severity, .error, "no box is the client: the declared source is not the users")
    XCTAssertFalse(finding.message.contains("stands in"), finding.message)
  }

  func testADeclaredSourceInYAMLAndMermaidIsNoClient() throws {
    let yaml = """
      mlsd: 1
      title: Posts
      template: harmful-content-detection
      boxes:
        - {id: post, label: "Member posts: text, image, video", kind: data-source}
        - {id: up, label: Upload service}
      arrows:
        - {from: post, to: up}
      """
    let fromYAML = try BoardDecoder.decode(yaml, name: "posts.yaml").board
    let mermaid = """
      flowchart LR
        post["Member posts: text, image, video"]:::data-source --> up[Upload service]
      """
    let fromMermaid = try MermaidImporter.read(mermaid, name: "posts.mmd", title: "Posts", catalogue: library.catalogue)
      .board
    for board in [fromYAML, fromMermaid] {
      XCTAssertEqual(board.box("post")?.kind, "data-source")
      let reading = Checker.graph(board, template: harmful, catalogue: library.catalogue).reading
      XCTAssertFalse(try XCTUnwrap(reading.box("post")).kinds.contains("client"), "\(reading)")
    }
  }

  func testKDeclaringTheSourceInTheAppDropsTheClientReading() throws {
    var board = posts
    board.template = "harmful-content-detection"
    var app = AppHarness(board: board)
    app.state.selection = .box("post")
    XCTAssertTrue(app.state.report.reading.box("post")?.kinds.contains("client") == true, "the premise")
    app.press(.char("K"))
    app.type("data so")
    app.press(.enter)
    XCTAssertEqual(app.box("post")?.kind, "data-source")
    XCTAssertEqual(app.state.report.reading.box("post")?.kinds, ["data-source"])
    let client = try XCTUnwrap(
      app.state.report.checks.first { !$0.passed && $0.message.hasPrefix("missing component: Client") })
    XCTAssertFalse(client.message.contains("stands in"), client.message)
    XCTAssertEqual(app.state.kindStatus(of: try XCTUnwrap(app.box("post"))), "kind: Data source (declared)")
  }

  /// The status line of a declared box names the other kinds the checker counts it as.
  func testTheStatusLineOfADeclaredBoxNamesItsOtherReadings() throws {
    let template = library.template("video-recommendation")!
    var board = Fixtures.flow(
      [("app", "Phone app"), ("bus", "Event stream"), ("lake", "Data warehouse"), ("train", "Training pipeline")],
      [("app", "bus"), ("bus", "lake"), ("lake", "train")])
    board.template = template.id
    board.boxes[0].kind = "client"
    var app = AppHarness(board: board)
    XCTAssertTrue(app.state.report.reading.box("app")?.kinds.contains("data-source") == true, "the premise")
    XCTAssertEqual(
      app.state.kindStatus(of: try XCTUnwrap(app.box("app"))), "kind: Client (declared), also Data source")
    // An undeclared box keeps the plain form.
    XCTAssertEqual(app.state.kindStatus(of: try XCTUnwrap(app.box("bus"))), "kind: Stream ingestion (read from label)")
  }

  /// The add palette marks a kind "on the board" only when a box is it, not when one stands in.
  func testTheAddPaletteMarksNoKindABoxOnlyStandsInFor() {
    var board = posts
    board.template = "harmful-content-detection"
    var app = AppHarness(board: board)
    XCTAssertTrue(app.state.report.reading.box("post").map { StandIns.standsIn($0, for: "client") } == true, "premise")
    app.press(.char("a"))
    app.type("client")
    let clientRow = app.screen.split(separator: "\n").first { $0.contains("Client  ·") } ?? ""
    XCTAssertFalse(clientRow.isEmpty, app.screen)
    XCTAssertFalse(clientRow.contains("on the board"), String(clientRow))
    app.press(.escape)
    app.press(.char("a"))
    app.type("upload")
    let gatewayRow = app.screen.split(separator: "\n").first { $0.contains("API gateway ←") } ?? ""
    XCTAssertTrue(gatewayRow.contains("✓ on the"), app.screen)
  }

  func testCheckInTheAppCountsHintsAndNamesUnreadBoxes() {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.add("Quillon")
    app.press(.char(":"))
    app.type("check")
    app.press(.enter)
    let text = app.state.message?.text ?? ""
    XCTAssertTrue(text.contains(", 1 hint (not recognised: 'Quillon'; K sets a kind)"), text)
    var plain = AppHarness(template: "generic-ml-pipeline")
    plain.add("Model registry")
    plain.press(.char(":"))
    plain.type("check")
    plain.press(.enter)
    XCTAssertFalse(plain.state.message?.text.contains("hint") ?? true, plain.state.message?.text ?? "")
  }

  /// Only words for people make a source the users: a client word for a thing on a source that
  /// nothing feeds ("camera", "view", "screen") stands in for no client.
  func testASourceNamedAfterAThingIsNoUsers() throws {
    XCTAssertTrue(StandIns.namesPeople("Member posts: text, image, video"))
    XCTAssertTrue(StandIns.namesPeople("Riders' trip requests"))
    XCTAssertFalse(StandIns.namesPeople("Aerial view drones"))
    XCTAssertFalse(StandIns.namesPeople("Camera vans"))
    let template = library.template("street-view-blurring")!
    for label in ["Aerial view drones", "Dashboard camera vans"] {
      let board = Fixtures.flow(
        [("d", label, "lidar rigs"), ("b", "Raw imagery bucket", nil), ("t", "Tile cutter", nil)],
        [("d", "b"), ("b", "t")])
      let report = Checker.check(board, template: template, catalogue: library.catalogue)
      XCTAssertFalse(try XCTUnwrap(report.reading.box("d")).kinds.contains("client"), label)
      let client = try XCTUnwrap(
        report.checks.first { !$0.passed && $0.message.hasPrefix("missing component: Client") })
      XCTAssertEqual(client.severity, .error, label)
    }
    // With a word for people ("Member posts"), the same place stands in:
    // testADeclaredSourceStandsInForNoClient's premise.
  }

  func testSvcIsAService() {
    XCTAssertEqual(WordForms.stem("svc"), WordForms.stem("service"))
    XCTAssertEqual(WordForms.stem("svcs"), WordForms.stem("services"))
    XCTAssertTrue(Fixtures.kinds("Loan decision svc").contains("enforcement-service"))
    XCTAssertEqual(Fixtures.kinds("Loan decision svc"), Fixtures.kinds("Loan decision service"))
    // Only the whole word: a name that starts with it is another word.
    XCTAssertEqual(WordForms.stem("svcmon"), "svcmon")
  }

  /// The server that takes each request is the front door, whatever the request is for.
  func testARequestHandlerIsTheFrontDoor() {
    XCTAssertTrue(Fixtures.kinds("Bid request handler").contains("api-gateway"))
    XCTAssertTrue(Fixtures.kinds("Search request handlers").contains("api-gateway"))
    XCTAssertFalse(Fixtures.kinds("Bid request log").contains("api-gateway"))
    XCTAssertFalse(Fixtures.kinds("Payment event handler").contains("api-gateway"))
  }

  func testAnEventBusUnderWhatItCarriesIsTheirStream() {
    XCTAssertTrue(Fixtures.kinds("Checkout events", detail: "Kinesis").isSuperset(of: ["stream-ingestion"]))
    XCTAssertTrue(Fixtures.kinds("Ad impression log", detail: "Pub/Sub").isSuperset(of: ["stream-ingestion"]))
    XCTAssertTrue(Fixtures.kinds("Checkout events", detail: "Pulsar + Flink").contains("stream-ingestion"))
    // A detail that says more than the technology, a label for work, or a store's name: no stream
    // named by the detail line.
    XCTAssertFalse(
      Fixtures.kinds("Checkout events", detail: "copied nightly from Kinesis").contains("stream-ingestion"))
    XCTAssertFalse(Fixtures.kinds("Order joiner", detail: "Kinesis").contains("stream-ingestion"))
    XCTAssertFalse(Fixtures.kinds("Checkout events", detail: "S3").contains("object-storage"))
  }

  /// A step on the path whose only guesses come from its place or a bare role noun gets no hint;
  /// one its words hint at, or one at the end of a path, still does.
  func testAPassThroughStepWithNoWordOfAKindIsNoHint() {
    let template = library.template("generic-ml-pipeline")!
    func unread(_ board: Board) -> [String] {
      Checker.check(board, template: template, catalogue: library.catalogue).findings
        .filter { $0.rule == RuleID.kindUnread.rawValue }.flatMap(\.boxIDs)
    }
    let path = Fixtures.flow(
      [("src", "Transaction DB"), ("x", "Redaction service"), ("lake", "Data warehouse")],
      [("src", "x"), ("x", "lake")])
    XCTAssertEqual(unread(path), [])
    // Still named where a component is missing, as a box that might be it.
    let report = Checker.check(path, template: template, catalogue: library.catalogue)
    XCTAssertTrue(
      report.findings.contains { $0.message.contains("unread boxes that might be it: 'Redaction service'") })
    // Not on a path (no arrows), the same box is still hinted at.
    var apart = path
    apart.arrows = [Arrow(from: "src", to: "lake")]
    XCTAssertEqual(unread(apart), ["x"])
  }
}
