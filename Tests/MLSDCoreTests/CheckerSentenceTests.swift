// Sentences and orders as people write them, and the noun phrases that only look like them: a
// person who saves or uploads something is the client ("Pinner saves or uploads a Pin"), while
// "Advertiser campaigns and ads" lists what advertisers made, and "Label join" is a join, not an
// order to label.
import XCTest

@testable import MLSDCore

final class CheckerSentenceTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testWhoeverSavesUploadsOrSharesIsThePerson() {
    for label in ["Pinner saves or uploads a Pin", "Pinner shares a board", "Shopper shares a list"] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("client"), "'\(label)': \(kinds)")
    }
    // Not a sentence when the subject is a kind's word ("Moderator" labels).
    XCTAssertFalse(catalogue.kinds(inText: "Moderator saves a verdict").contains("client"))
  }

  func testNounsJoinedByAndAreNoSentence() {
    XCTAssertFalse(catalogue.kinds(inText: "Advertiser campaigns and ads").contains("client"))
    // With an object after the second verb it is one.
    XCTAssertTrue(catalogue.kinds(inText: "Viewer likes or shares a video").contains("client"))
  }

  func testAVerbFormBeforeOneWordOfDataWorkQualifiesIt() {
    let kinds = catalogue.kinds(inText: "Label join")
    XCTAssertTrue(kinds.contains("batch-etl"), "\(kinds)")
    XCTAssertFalse(kinds.contains("labelling"), "\(kinds)")
    // Orders stay orders.
    XCTAssertTrue(catalogue.kinds(inText: "Label the crops").contains("labelling"))
    XCTAssertTrue(catalogue.kinds(inText: "Train ranking model").contains("training-pipeline"))
  }
}
