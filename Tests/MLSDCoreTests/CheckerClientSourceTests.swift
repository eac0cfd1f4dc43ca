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
    XCTAssertEqual(reading.boxes[0].kinds, ["client"], "\(reading.boxes[0])")
    // Words of the data it sends make it the source too.
    var clicks = board
    clicks.boxes[0].label = "Search and browse clicks"
    XCTAssertTrue(
      BoardReader.read(clicks, catalogue: catalogue, expected: ["client", "data-source"]).boxes[0].kinds.contains(
        "data-source"))
  }
}
