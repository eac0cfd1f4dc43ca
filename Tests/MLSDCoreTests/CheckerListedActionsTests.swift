// A label that joins two orders or more ("+", "and", a comma) lists several actions, and the box
// does each: "Demote in feed + send to review queue" demotes (re-ranking) and queues for review
// (labelling). The objects of the orders only say what the box acts on.
import XCTest

@testable import MLSDCore

final class CheckerListedActionsTests: XCTestCase {
  var catalogue: Catalogue { Fixtures.library.catalogue }

  func testEachOrderOfAListNamesItsWork() {
    let demote = catalogue.kinds(inText: "Demote in feed + send to review queue")
    XCTAssertTrue(demote.contains("re-ranking"), "\(demote)")
    XCTAssertTrue(demote.contains("labelling"), "\(demote)")
    for label in [
      "Remove the post and notify the author", "Remove posts, notify author", "Notify author & remove post",
    ] {
      let kinds = catalogue.kinds(inText: label)
      XCTAssertTrue(kinds.contains("enforcement-service"), "'\(label)': \(kinds)")
      // The author is whom the box notifies, not the box.
      XCTAssertFalse(kinds.contains("client"), "'\(label)': \(kinds)")
    }
  }

  func testOneOrderOrAListOfNounsIsNoListOfActions() {
    let recognizer = catalogue.recognizer
    // One order whose object lists two things.
    XCTAssertNil(recognizer.listedOrders("Train ranking and retrieval models"))
    XCTAssertNil(recognizer.listedOrders("Remove duplicates"))
    // Nouns joined by "+": no verb starts them.
    XCTAssertNil(recognizer.listedOrders("Fusion + ranking"))
    XCTAssertNil(recognizer.listedOrders("Integrity + diversity pass"))
    // One-word pieces are no orders ("Filter and re-rank" is read by its names).
    XCTAssertNil(recognizer.listedOrders("Filter and re-rank"))
    let train = catalogue.kinds(inText: "Train ranking and retrieval models")
    XCTAssertEqual(train, ["training-pipeline"])
    // "Auto take down" is no order: one order in the label, whose object stays its head word's.
    XCTAssertNil(recognizer.listedOrders("Auto take down + notify author"))
  }

  func testAPieceThatIsANounPhraseGivesNoWork() {
    // "report rate" is a rate: an order of `actionVerbs` whose last word hints at another kind is
    // a noun phrase, and names nothing; the other order still counts.
    let orders = catalogue.recognizer.listedOrders("Score posts + report rate") ?? []
    XCTAssertFalse(orders.contains { $0.verb == "report" }, "\(orders)")
    // A verb of acting on items is never a noun: its object may hint at anything.
    let remove = catalogue.recognizer.listedOrders("Remove posts, escalate to reviewers") ?? []
    XCTAssertTrue(remove.contains { $0.verb == "remove" && $0.kinds.contains("enforcement-service") }, "\(remove)")
  }

  func testTheDemotionInAHarmfulContentDesignIsReadAsAnAction() {
    let board = Fixtures.flow(
      [
        ("clf", "Harm classifier"), ("act", "Demote in feed + send to review queue"),
        ("mods", "Human moderators label"),
      ],
      [("clf", "act"), ("act", "mods")])
    let reading = BoardReader.read(board, catalogue: catalogue, expected: ["re-ranking", "labelling"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("re-ranking"), "\(reading.boxes[1])")
    XCTAssertTrue(reading.boxes[2].kinds.contains("labelling"), "\(reading.boxes[2])")
  }
}
