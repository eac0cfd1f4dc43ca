// Rules grown from two blind testers' boards (fresh20, fresh21): what a box falls back to is a
// stage it calls, and the box the client calls that names a fallback serves; the app's log of what
// it showed reaches training through a feature store read as both stores; a recommendation whose
// work a box of another kind does, as its words say, is met (the encoder inside a model, the
// features logged where the model answers); an API nothing calls that serving reads from is no
// front door; a Mermaid file's missing notes are written as comments; the visual search's cache
// says why. Each rule has the cases it must not fire on beside it. The words are not the testers'.
import XCTest

@testable import MLSDCore

final class CheckerFreshTesters20Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func check(
    _ templateID: String, _ boxes: [(String, String, String?)], _ arrows: [(String, String)],
    arrowLabels: [Int: String] = [:]
  ) throws -> (BoardReading, CheckReport) {
    let template = try XCTUnwrap(library.template(templateID))
    var board = Fixtures.flow(boxes, arrows)
    for (a, label) in arrowLabels { board.arrows[a].label = label }
    let report = Checker.check(board, template: template, catalogue: catalogue)
    return (report.reading, report)
  }

  // MARK: what a box falls back to

  func testWhatABoxFallsBackToIsAStageItCalls() {
    // Named after "fallback to" or "falls back to" in a detail line, a stage says what the box
    // calls when its own answer is missing, not what the box is.
    for detail in ["REST, fallback to friends of friends", "Thrift; falls back to FoF"] {
      let kinds = Fixtures.kinds("Group suggestions service", detail: detail)
      XCTAssertFalse(kinds.contains("candidate-generation"), "\(detail): \(kinds)")
    }
    // A detail line that names the stage as what the box does still names it.
    XCTAssertTrue(
      Fixtures.kinds("Suggestions job", detail: "friends of friends, 2 hops").contains("candidate-generation"))
    XCTAssertTrue(Fixtures.kinds("Fallback").contains("candidate-generation"))
  }

  func testTheFrontDoorThatNamesAFallbackServes() throws {
    func service(_ detail: String) throws -> (BoxReading, CheckReport) {
      let boxes: [(String, String, String?)] = [
        ("app", "Member app", nil), ("svc", "Group service", detail), ("store", "Group suggestions table", "DynamoDB"),
        ("score", "Nightly group scoring", nil), ("cand", "Shared-group candidates", nil),
      ]
      let arrows = [("app", "svc"), ("svc", "app"), ("store", "svc"), ("score", "store"), ("cand", "score")]
      let (reading, report) = try check("people-you-may-know", boxes, arrows)
      return (try XCTUnwrap(reading.box("svc")), report)
    }
    let (served, _) = try service("REST; falls back to popular groups when empty")
    XCTAssertTrue(served.kinds.contains("inference-service"), "\(served)")
    XCTAssertFalse(served.kinds.contains("candidate-generation"), "\(served)")
    // A front door whose words name no fallback stays the front door.
    let (door, _) = try service("REST")
    XCTAssertFalse(door.kinds.contains("inference-service"), "\(door)")
    // Without the candidate box, the stage the fallback names is missing.
    let boxes: [(String, String, String?)] = [
      ("app", "Member app", nil), ("svc", "Group service", "REST, fallback to FoF"),
      ("store", "Group suggestions table", "DynamoDB"), ("score", "Nightly group scoring", nil),
    ]
    let (_, report) = try check(
      "people-you-may-know", boxes, [("app", "svc"), ("svc", "app"), ("store", "svc"), ("score", "store")])
    XCTAssertTrue(
      report.findings.contains { $0.message.hasPrefix("missing component: Candidate generation") },
      "\(report.findings.map(\.message))")
  }

  // MARK: the app's log through a feature store

  func testTheAppLogReachesTrainingThroughAFeatureStoreReadAsBoth() throws {
    func report(_ label: String) throws -> CheckReport {
      let boxes: [(String, String, String?)] = [
        ("app", "Listener app", nil), ("api", "Home API", nil), ("cand", "Candidate retrieval", nil),
        ("rank", "Ranker", nil), ("hist", "Play history", "Snowflake"), ("jobs", "Nightly feature jobs", "Spark"),
        ("fs", "Feature store", nil), ("train", "Trainer", nil), ("reg", "Model registry", nil),
        ("mon", "Dashboards", nil), ("src", "Song catalogue", nil),
      ]
      let arrows = [
        ("app", "api"), ("api", "cand"), ("cand", "rank"), ("rank", "api"), ("api", "app"), ("app", "hist"),
        ("hist", "jobs"), ("src", "jobs"), ("jobs", "fs"), ("fs", "rank"), ("fs", "train"), ("train", "reg"),
        ("reg", "rank"), ("api", "mon"),
      ]
      return try check("video-recommendation", boxes, arrows, arrowLabels: [5: label]).1
    }
    let shown = try report("impressions, plays")
    let messages = shown.findings.map(\.message)
    XCTAssertTrue(
      shown.findings.contains {
        $0.severity == .warning && $0.message.contains("'Play history' stands in")
      }, "\(messages)")
    XCTAssertFalse(messages.contains { $0.contains("never reach training") }, "\(messages)")
    // What users did, nothing shown, is no log of what was served.
    let played = try report("plays, skips").findings.map(\.message)
    XCTAssertTrue(played.contains { $0.contains("never reach training") }, "\(played)")
  }

  // MARK: work done inside another box

  func testTheEncoderInsideAModelMeetsTheRecommendation() throws {
    func findings(_ detail: String?, label: String = "Candidate retrieval") throws -> [Finding] {
      let boxes: [(String, String, String?)] = [
        ("app", "Listener app", nil), ("api", "Home API", nil), ("cand", label, detail), ("rank", "Ranker", nil),
        ("train", "Trainer", nil),
      ]
      let arrows = [("app", "api"), ("api", "cand"), ("cand", "rank"), ("rank", "api"), ("train", "rank")]
      return try check("video-recommendation", boxes, arrows).1.findings.filter {
        $0.message.contains("Embedding service")
      }
    }
    XCTAssertTrue(try findings("query tower run per request").isEmpty)
    XCTAssertTrue(try findings("CLIP text side").isEmpty)
    // No encoder in its words: the recommendation stands, and says how to show one inside a box.
    let missing = try findings("ANN, top 500")
    XCTAssertEqual(missing.count, 1)
    XCTAssertTrue(missing.first?.hint.contains("name it in that box's label or detail line") == true)
    // A trainer of the towers runs no encoder at request time.
    let boxes: [(String, String, String?)] = [
      ("app", "Listener app", nil), ("api", "Home API", nil), ("cand", "Candidate retrieval", nil),
      ("rank", "Ranker", nil), ("train", "Trainer", "query and item towers"),
    ]
    let arrows = [("app", "api"), ("api", "cand"), ("cand", "rank"), ("rank", "api"), ("train", "rank")]
    let trained = try check("video-recommendation", boxes, arrows).1.findings
    XCTAssertTrue(trained.contains { $0.message.hasPrefix("recommended component missing: Embedding service") })
  }

  func testLoggedFeaturesMeetTheOfflineStore() throws {
    func findings(_ detail: String, toTraining: Bool = true) throws -> [String] {
      let boxes: [(String, String, String?)] = [
        ("app", "Reader app", nil), ("api", "Feed API", nil), ("cand", "Unseen-story fetcher", nil),
        ("rank", "Story ranker", nil), ("fs", "Online features", "Redis"), ("log", "Serving log", detail),
        ("wh", "Warehouse", "Hive"), ("build", "Training rows builder", nil), ("train", "Trainer", nil),
      ]
      var arrows = [
        ("app", "api"), ("api", "cand"), ("cand", "rank"), ("rank", "api"), ("fs", "rank"), ("rank", "log"),
        ("wh", "build"), ("build", "train"),
      ]
      if toTraining { arrows.append(("log", "wh")) }
      return try check("news-feed", boxes, arrows).1.findings.map(\.message)
    }
    let logged = try findings("features and scores served")
    XCTAssertFalse(logged.contains { $0.contains("Offline feature store") }, "\(logged)")
    // A log of scores alone, or one training never reads, keeps no training features.
    XCTAssertTrue(try findings("scores served").contains { $0.contains("Offline feature store") })
    XCTAssertTrue(try findings("features served", toTraining: false).contains { $0.contains("Offline feature store") })
  }

  func testTheDiffAgreesWithCheckOnWorkDoneInside() throws {
    let template = try XCTUnwrap(library.template("video-recommendation"))
    var board = Fixtures.flow(
      [
        ("app", "Listener app", nil), ("cand", "Candidate retrieval", "query tower per request"),
        ("rank", "Ranker", nil),
      ],
      [("app", "cand"), ("cand", "rank"), ("rank", "app")])
    var diff = ReferenceDiff(board: board, template: template, catalogue: catalogue)
    XCTAssertFalse(diff.missingComponents.contains("embedding-service"), "\(diff.missingComponents)")
    board.boxes[1].detail = "ANN top 500"
    diff = ReferenceDiff(board: board, template: template, catalogue: catalogue)
    XCTAssertTrue(diff.missingComponents.contains("embedding-service"), "\(diff.missingComponents)")
  }

  // MARK: an outside API

  func testAnApiNothingCallsThatServingReadsIsNoFrontDoor() throws {
    func reading(_ label: String, fedByApp: Bool = false) throws -> BoxReading {
      let boxes: [(String, String, String?)] = [
        ("app", "Rider app", nil), ("svc", "Fare endpoint", "FastAPI"), ("reg", "Model registry", nil),
        ("ext", label, nil),
      ]
      var arrows = [("app", "svc"), ("svc", "app"), ("reg", "svc"), ("ext", "svc")]
      if fedByApp { arrows.append(("app", "ext")) }
      return try XCTUnwrap(try check("generic-ml-pipeline", boxes, arrows).0.box("ext"))
    }
    let weather = try reading("Weather API")
    XCTAssertFalse(weather.kinds.contains("api-gateway"), "\(weather)")
    XCTAssertTrue(weather.kinds.contains("data-source"), "\(weather)")
    // What the app calls is the front door.
    XCTAssertTrue(try reading("Traffic API", fedByApp: true).kinds.contains("api-gateway"))
    // A name of the gateway keeps it, wherever it stands.
    XCTAssertTrue(try reading("API gateway").kinds.contains("api-gateway"))
    // An entry point with no caller drawn, feeding the data, stays the front door.
    let upload = Fixtures.flow([("up", "Upload API", nil), ("bus", "Events", "Kafka")], [("up", "bus")])
    let read = BoardReader.read(upload, catalogue: catalogue, expected: ["api-gateway", "stream-ingestion"])
    XCTAssertTrue(try XCTUnwrap(read.box("up")).kinds.contains("api-gateway"))
  }

  // MARK: notes of a Mermaid file

  func testTheMissingNotesOfAMermaidFileAreWrittenAsComments() throws {
    let template = try XCTUnwrap(library.template("news-feed"))
    let report = Checker.check(Fixtures.flow([("a", "Feed API")], []), template: template, catalogue: catalogue)
    let mermaid = report.notesWrittenInMermaid()
    for step in Step.allCases {
      let hint = try XCTUnwrap(mermaid.findings.first { $0.rule == "notes.missing" && $0.step == step }?.hint)
      XCTAssertTrue(
        hint.hasPrefix("Write them in the file, one comment per line: %% mlsd notes \(step.rawValue):"), hint)
      XCTAssertFalse(hint.contains("whiteboard"), hint)
      // The step's first question still follows.
      XCTAssertTrue(hint.contains("Start with:"), hint)
    }
    // The whiteboard's report keeps its key, and notes that say nothing keep their own hint.
    XCTAssertTrue(report.findings.contains { $0.hint.hasPrefix("Write them (key 1 in the whiteboard).") })
    var said = Fixtures.flow([("a", "Feed API")], [])
    said.notes[.data] = "lorem ipsum dolor"
    let filler = Checker.check(said, template: template, catalogue: catalogue).notesWrittenInMermaid()
    let data = try XCTUnwrap(filler.findings.first { $0.rule == "notes.missing" && $0.step == .data })
    XCTAssertTrue(data.hint.hasPrefix("Say what you decide"), data.hint)
  }

  // MARK: the visual search's cache

  func testTheVisualSearchCacheSaysWhy() throws {
    let base: [(String, String, String?)] = [
      ("app", "Shopper app", nil), ("enc", "Query encoder", nil), ("ann", "ANN index", "HNSW"),
      ("rules", "Result filter", "private, unsafe, duplicates"),
    ]
    let arrows = [("app", "enc"), ("enc", "ann"), ("ann", "rules"), ("rules", "app")]
    let missing = try check("visual-search", base, arrows).1.findings.first {
      $0.message.hasPrefix("recommended component missing: Cache")
    }
    XCTAssertTrue(try XCTUnwrap(missing).hint.contains("would not hit"), "\(String(describing: missing))")
    // A cache in front of the results answers the user: nothing about it is asked.
    let cached = try check(
      "visual-search", base + [("cache", "Result cache", "Memcached")],
      [("app", "enc"), ("enc", "ann"), ("ann", "rules"), ("rules", "cache"), ("cache", "app")]
    ).1.findings
    XCTAssertFalse(cached.contains { $0.message.contains("Cache") }, "\(cached.map(\.message))")
  }

  func testBackToIsAFallbackOnlyAfterAWordOfFalling() {
    func words(_ text: String) -> [String] { AliasMatcher.words(text) }
    let falls = words("falls back to popular items")
    XCTAssertTrue(KindRecognizer.fallsBackTo(words: falls, at: 3))
    let fallback = words("fallback to the nightly list")
    XCTAssertTrue(KindRecognizer.fallsBackTo(words: fallback, at: 2))
    let writes = words("writes scores back to redis")
    XCTAssertFalse(KindRecognizer.fallsBackTo(words: writes, at: 4), "where it writes, not what it falls back to")
    let syncs = words("syncs back on commit")
    XCTAssertFalse(KindRecognizer.fallsBackTo(words: syncs, at: 3))
  }
}
