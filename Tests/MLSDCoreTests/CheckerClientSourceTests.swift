// The app that sends its events into the stream is the client, and the source of those events
// only when its words speak of them ("Search and browse clicks"), not "Mobile app / web".
import XCTest

@testable import MLSDCore

final class CheckerClientSourceTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testTheAppThatSendsEventsStaysTheClient() {
    let board = Fixtures.flow(
      [("app", "Mobile app / web"), ("k", "Kafka"), ("lake", "Hive")], [("app", "k"), ("k", "lake")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["client", "data-source"])
    // By its words and place, the client only; with no source drawn it stands in for one (StandIns).
    XCTAssertEqual(Set(reading.boxes[0].counted.filter { !$0.standIn }.map(\.kind)), ["client"], "\(reading.boxes[0])")
    XCTAssertTrue(StandIns.standsIn(reading.boxes[0], for: "data-source"))
    // Words of the data it sends make it the source too, by its own words.
    var clicks = board
    clicks.boxes[0].label = "Search and browse clicks"
    let read = BoardReader.read(clicks, catalogue: catalogue, expected: ["client", "data-source"]).boxes[0]
    XCTAssertTrue(read.kinds.contains("data-source"))
    XCTAssertFalse(StandIns.standsIn(read, for: "data-source"))
  }
}
