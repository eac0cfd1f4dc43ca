// Places read from what comes back and what goes on (docs/CHECKER.md, "How boxes are read" 4): the
// client may be fed by the answers it asked for, a step between retrieval and the user tidies
// the list, and a box that says to retrain, between the labelled data and the evaluation, trains.
import XCTest

@testable import MLSDCore

final class CheckerAnswerPlaceTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testWhatOnlyTheAnswersFeedAndAsksServingIsTheClient() {
    let loop = Fixtures.flow(
      [("me", "Quick Play lobby"), ("c", "Candidate retrieval"), ("r", "Ranking service")],
      [("me", "c"), ("c", "r"), ("r", "me")])
    let reading = BoardReader.read(loop, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    // A service the answers come back to is no client, nor is a box that something unread feeds.
    var service = loop
    service.boxes[0].label = "Game service"
    XCTAssertFalse(BoardReader.read(service, catalogue: catalogue).boxes[0].kinds.contains("client"))
    var fed = loop
    fed.boxes.append(Box(id: "x", label: "Zorblax", frame: GridRect(x: 0, y: 0, width: 10, height: 3)))
    fed.arrows.append(Arrow(from: "x", to: "me"))
    let reasons = BoardReader.read(fed, catalogue: catalogue).boxes[0].counted.flatMap(\.reasons)
    XCTAssertFalse(reasons.contains("only the answers feed it and it sends requests to serving"), "\(reasons)")
    XCTAssertTrue(
      BoardReader.read(loop, catalogue: catalogue).boxes[0].counted.flatMap(\.reasons).contains(
        "only the answers feed it and it sends requests to serving"))
    // A sentence about someone opening it says so in words ("Gamer opens Quick Play").
    var said = loop
    said.boxes[0].label = "Gamer opens Quick Play"
    XCTAssertTrue(BoardReader.read(said, catalogue: catalogue).boxes[0].kinds.contains("client"))
  }

  func testAStepBetweenTheIndexAndTheUserTidiesTheList() {
    let serving = Fixtures.flow(
      [("u", "Guest app"), ("ann", "ANN index"), ("t", "Tidy the list")],
      [("u", "ann"), ("ann", "t"), ("t", "u")])
    let reading = BoardReader.read(serving, catalogue: catalogue, expected: ["re-ranking", "data-source"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("re-ranking"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("data-source"), "\(reading.boxes[2])")
    // Only where the template asks for re-ranking does the place override what the words say.
    let generic = BoardReader.read(serving, catalogue: catalogue, expected: ["data-source"])
    let reasons = generic.boxes[2].counted.flatMap(\.reasons)
    XCTAssertFalse(reasons.contains("it takes the ranker's list on its way to the user"), "\(generic.boxes[2])")
  }

  func testABoxThatSaysToRetrainBetweenTheDataAndTheEvaluationTrains() {
    let loop = Fixtures.flow(
      [("d", "Data lake"), ("w", "Weekly retrain"), ("e", "Offline evaluation"), ("m", "Model registry")],
      [("d", "w"), ("w", "e"), ("e", "m")])
    let reading = BoardReader.read(loop, catalogue: catalogue)
    XCTAssertTrue(reading.boxes[1].kinds.contains("training-pipeline"), "\(reading.boxes[1])")
    // Saying when it retrains, with no other box that starts training, it is also the trigger
    // (the corpus policy R2, `SecondRoles`); its place makes it the trainer, not the trigger alone.
    XCTAssertEqual(
      reading.boxes[1].counted.first { $0.kind == "retraining-trigger" }?.reasons.first?.hasPrefix(
        "a trainer that says"),
      true, "\(reading.boxes[1])")
    // Where it only starts the training, it stays the trigger.
    let trigger = Fixtures.flow(
      [("w", "Weekly retrain"), ("t", "Training job"), ("e", "Offline evaluation")], [("w", "t"), ("t", "e")])
    XCTAssertTrue(BoardReader.read(trigger, catalogue: catalogue).boxes[0].kinds.contains("retraining-trigger"))
  }

  func testTheFrontDoorAndItsCallerAreReadTogether() {
    // Neither "Feed open" nor "Feed service" says what it is: the service sends the request on to
    // retrieval and the final list comes back to it, so it is the front door, and what calls it
    // the client. A store of posts that nothing feeds is where the items are, not a caller.
    let feed = Fixtures.flow(
      [
        ("app", "Feed open"), ("svc", "Feed service"), ("posts", "Posts store"),
        ("r", "Candidate retrieval"), ("rank", "Ranking service"), ("rules", "Diversity rules"),
      ],
      [
        ("app", "svc"), ("svc", "r"), ("posts", "r"), ("r", "rank"), ("rank", "rules"), ("rules", "svc"),
      ])
    let reading = BoardReader.read(feed, catalogue: catalogue, expected: ["candidate-generation", "ranking"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("api-gateway"), "\(reading.boxes[1])")
    XCTAssertTrue(reading.boxes[0].kinds.contains("client"), "\(reading.boxes[0])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("client"), "\(reading.boxes[2])")
  }
}
