// Two general readings a blind PYMK design showed (issue 12): a key-value store whose words say it
// keeps precomputed results is the cache, not the feature store (FACTS.md: PYMK's "precomputed
// PYMK database"), and a person after "for" says whom a box serves, not that it is the client
// (docs/CHECKER.md, "How boxes are read").
import XCTest

@testable import MLSDCore

final class CheckerStoreAndServedTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func board(_ boxes: [(String, String)], _ arrows: [(String, String)]) -> Board {
    var board = Board(title: "T")
    board.boxes = boxes.map { Box(id: $0.0, label: $0.1, frame: GridRect(x: 0, y: 0, width: 10, height: 3)) }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1) }
    return board
  }

  func testAKeyValueStoreOfPrecomputedResultsIsTheCache() {
    for label in [
      "Precomputed suggestions - Cassandra", "Precomputed PYMK in DynamoDB", "Bigtable of precomputed scores",
      "Precomputed recommendations, Redis",
    ] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("cache"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("online-feature-store"), "'\(label)': \(kinds)")
    }
    // Must not fire: a key-value store its words say keeps features, or one that says nothing.
    for label in ["Redis feature store", "Cassandra online features", "Precomputed features in Cassandra"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("online-feature-store"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("cache"), "'\(label)': \(kinds)")
    }
    XCTAssertEqual(catalogue.kinds(inText: "Cassandra"), ["online-feature-store"])
    XCTAssertFalse(catalogue.kinds(inText: "Precomputed PYMK in Hive").contains("online-feature-store"))
  }

  func testOnTheBoardTheStoreBatchScoringFillsIsTheCacheAndStreamFeaturesStayFeatures() {
    let served = board(
      [("j", "Batch scorer"), ("k", "Precomputed suggestions - Cassandra"), ("a", "PYMK API"), ("u", "Mobile app")],
      [("u", "a"), ("a", "k"), ("j", "k"), ("a", "u")])
    let reading = BoardReader.read(served, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("cache"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("online-feature-store"), "\(reading.boxes[1])")
    let features = board(
      [("k", "Kafka"), ("f", "Flink aggregations"), ("r", "Redis feature store"), ("s", "Scoring service")],
      [("k", "f"), ("f", "r"), ("r", "s")])
    let streamed = BoardReader.read(features, catalogue: catalogue)
    XCTAssertTrue(streamed.boxes[2].kinds.contains("online-feature-store"), "\(streamed.boxes[2])")
    XCTAssertFalse(streamed.boxes[2].kinds.contains("cache"), "\(streamed.boxes[2])")
  }

  func testAPersonAfterForIsWhomTheBoxServes() {
    for label in [
      "Fallback: on-the-fly FoF + same school/company for new users", "Popular items for new users",
      "Cold-start candidates for users",
    ] {
      let evidence = catalogue.evidence(
        of: Box(id: "b", label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
      XCTAssertFalse(evidence.contains { $0.kind == "client" }, "'\(label)': \(evidence)")
    }
    // Must not fire: a client named by what it is, a person the label starts with, a thing of the
    // client after "for".
    for label in ["Mobile app for users", "Users", "Web client for new members", "Users on mobile", "For You request"] {
      XCTAssertTrue(catalogue.kinds(inText: label).contains("client"), "'\(label)'")
    }
    // On the board: the fallback the API calls on a miss is no client, though the template asks
    // for one.
    let pymk = board(
      [
        ("u", "App: PYMK carousel"), ("a", "PYMK API"),
        ("f", "Fallback: on-the-fly FoF + same school/company for new users"), ("s", "Feature store"),
      ],
      [("u", "a"), ("a", "u"), ("a", "f"), ("f", "s")])
    let reading = BoardReader.read(pymk, catalogue: catalogue, expected: ["client", "candidate-generation"])
    XCTAssertFalse(reading.boxes[2].kinds.contains("client"), "\(reading.boxes[2])")
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
  }
}
