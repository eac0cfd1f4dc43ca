// A person word before a noun for data says whose data it is: "Member reports", "User click
// events" and "Advertiser campaigns" are data, not the person nor the app, while "Member app",
// "Members", "User" and "Mobile app for users" stay the client.
import XCTest

@testable import MLSDCore

final class CheckerWhoseDataTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  /// Every kind the words give evidence for, counted or only guessed.
  private func evidence(_ label: String) -> Set<String> {
    let box = Box(id: "b", label: label, frame: GridRect(x: 0, y: 0, width: 10, height: 3))
    return Set(catalogue.evidence(of: box).map(\.kind))
  }

  func testAPersonBeforeDataSaysWhoseDataItIs() {
    for label in [
      "User click events", "Member reports", "Advertiser campaigns", "Customer transactions", "Viewer watch history",
      "Member DB", "User report queue", "Client event logs", "App events", "Mobile app events",
    ] {
      XCTAssertFalse(evidence(label).contains("client"), "'\(label)': \(evidence(label))")
    }
    XCTAssertTrue(Fixtures.kinds("User click events").contains("data-source"))
    // A name of the app in several words is one thing ("views" alone still hints at viewers).
    XCTAssertEqual(Fixtures.kinds("Home page views per session"), ["data-source"])
  }

  func testThePersonOrTheAppStaysTheClient() {
    for label in [
      "Member app", "Members", "User", "Mobile app for users", "Rider app", "Member on TV, phone or web",
      "Viewer types a query", "Member shares a post", "Customer app", "Search bar", "Web client", "Mobile app",
    ] {
      XCTAssertTrue(Fixtures.kinds(label).contains("client"), "'\(label)': \(Fixtures.kinds(label))")
    }
    // A group of people listed before something else is still the people ("and" joins them).
    XCTAssertTrue(Fixtures.kinds("Research teams and open datasets").contains("client"))
    // What people typed by hand keeps its person ("Seller-entered": given by people).
    XCTAssertTrue(evidence("Seller-entered category and attributes").contains("labelling"))
  }

  func testTheReportsOfPeopleNothingFeedsAreNoCaller() {
    // Design 92 with both its people removed: the reports that feed human review are no client.
    let b = Fixtures.flow(
      [
        ("reports", "Member reports", nil), ("review", "Human review", "content reviewers decide per policy"),
        ("labels", "Reviewed posts as labelled data", nil), ("train", "Offline training", nil),
      ],
      [("reports", "review"), ("review", "labels"), ("labels", "train")])
    let expected: Set<String> = ["client", "labelling", "data-source", "training-pipeline"]
    let reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    // The people themselves, drawn the same way, are.
    var people = b
    people.boxes[0].label = "Members"
    XCTAssertTrue(
      BoardReader.read(people, catalogue: catalogue, expected: expected).boxes[0].kinds.contains("client"))
  }

  func testAdvertiserCampaignsIntoCandidateGenerationAreTheSourceNotACaller() {
    let b = Fixtures.flow(
      [
        ("app", "User scrolling the app", nil), ("campaigns", "Advertiser campaigns", nil),
        ("match", "Pick eligible ads", nil), ("score", "Click model", nil),
      ],
      [("app", "match"), ("campaigns", "match"), ("match", "score"), ("score", "app")])
    let reading = BoardReader.read(
      b, catalogue: catalogue, expected: ["client", "candidate-generation", "ranking", "data-source"])
    XCTAssertFalse(reading.boxes[1].kinds.contains("client"), "\(reading.boxes[1])")
  }

  func testStoredDataNothingFeedsIntoCandidateGenerationIsTheSource() {
    let b = Fixtures.flow(
      [
        ("app", "Search page", nil), ("ads", "Campaigns, creatives, keywords, bids", nil),
        ("match", "Keyword and targeting match", "eligible ads for this query"), ("score", "pCTR scorer", nil),
      ],
      [("app", "match"), ("ads", "match"), ("match", "score"), ("score", "app")])
    let expected: Set<String> = ["client", "candidate-generation", "ranking", "data-source"]
    var reading = BoardReader.read(b, catalogue: catalogue, expected: expected)
    XCTAssertEqual(reading.boxes[1].kinds, ["data-source"], "\(reading.boxes[1])")
    // What sends the request, drawn the same way, stays the caller: a thing of the app, or people.
    for label in ["Search bar", "Advertisers", "Mobile app"] {
      var caller = b
      caller.boxes[1].label = label
      reading = BoardReader.read(caller, catalogue: catalogue, expected: expected)
      XCTAssertTrue(reading.boxes[1].kinds.contains("client"), "\(label): \(reading.boxes[1])")
      XCTAssertFalse(reading.boxes[1].kinds.contains("data-source"), "\(label): \(reading.boxes[1])")
    }
  }
}
