// Words of labelling (Templates/catalogue.yaml): the queue moderators work through and the
// blur requests users send (FACTS.md: user reports feed labelling), beside what stays elsewhere.
import XCTest

@testable import MLSDCore

final class CheckerLabellingWordsTests: XCTestCase {
  func testAModeratorQueueAndBlurRequestsAreLabelling() {
    XCTAssertTrue(Fixtures.kinds("Moderator queue").contains("labelling"))
    XCTAssertFalse(Fixtures.kinds("Moderator queue").contains("stream-ingestion"))
    XCTAssertTrue(Fixtures.kinds("User blur requests").contains("labelling"))
    // A queue named after no people is the event stream; a user's requests are no reports.
    XCTAssertFalse(Fixtures.kinds("Upload queue").contains("labelling"))
    XCTAssertFalse(Fixtures.kinds("User requests").contains("labelling"))
  }
}
