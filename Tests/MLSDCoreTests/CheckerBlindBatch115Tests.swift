// Readings grown from the blind batch 115-120: a filter before the first model narrows the items;
// a participle of training before a model is how the model was made; a word of training before a
// set says what the set is for; one order to act on an item names the action; the step the
// model's verdict goes to, whose words act, is the enforcement; volume and agreement are watched;
// a team is no client; a record of past decisions takes none; people's reports are no evaluation;
// what a label lists after labelled data is data; "manual review" and "annotation queue" are
// labelling; the users' log written by serving stands in for the source when none is drawn. Each
// rule has the cases it must not fire on beside it.
import XCTest

@testable import MLSDCore

final class CheckerBlindBatch115Tests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  func testAFilterBeforeTheLightModelNarrowsTheItems() {
    let boxes: [(String, String, String?)] = [
      ("app", "Snapchatter reaches an ad slot", nil), ("elig", "Ad eligibility filtering", "targeting, budget checks"),
      ("ads", "Ad inventory", nil),
      ("light", "Candidate generation", nil), ("heavy", "Heavy ranker", nil), ("rules", "Auction", nil),
    ]
    let arrows = [
      ("app", "elig"), ("ads", "elig"), ("elig", "light"), ("light", "heavy"), ("heavy", "rules"), ("rules", "app"),
    ]
    let expected: Set<String> = ["client", "data-source", "candidate-generation", "ranking", "re-ranking"]
    var reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.contains("candidate-generation"), "\(reading.boxes[1])")
    XCTAssertFalse(reading.boxes[1].kinds.contains("re-ranking"), "\(reading.boxes[1])")
    // After the retrieval step, on the way to the user, a filter is the final rules.
    let after: [(String, String)] = [
      ("app", "Guest on a listing page"), ("ann", "ANN search"), ("filt", "Filter + reorder"),
    ]
    reading = BoardReader.read(
      Fixtures.flow(after, [("app", "ann"), ("ann", "filt"), ("filt", "app")]), catalogue: catalogue,
      expected: ["client", "vector-index", "re-ranking", "candidate-generation"])
    XCTAssertTrue(reading.boxes[2].kinds.contains("re-ranking"), "\(reading.boxes[2])")
    XCTAssertFalse(reading.boxes[2].kinds.contains("candidate-generation"), "\(reading.boxes[2])")
  }

  func testAParticipleOfTrainingBeforeAModelSaysHowItWasMade() {
    let llm = Fixtures.kinds("Fine-tuned LLM classifier")
    XCTAssertTrue(llm.contains("inference-service"), "\(llm)")
    XCTAssertFalse(llm.contains("training-pipeline"), "\(llm)")
    // The work itself, or a participle before no model, stays the work.
    XCTAssertTrue(Fixtures.kinds("Fine-tuning on GPUs").contains("training-pipeline"))
    XCTAssertTrue(Fixtures.kinds("Trained model").contains("training-pipeline"))
    XCTAssertTrue(Fixtures.kinds("Human-judged image pairs").contains("labelling"))
    // Read as the model, it is what the step after it acts on ("Hold back from publishing").
    let boxes: [(String, String)] = [("llm", "Fine-tuned LLM classifier"), ("hold", "Hold back from publishing")]
    let reading = BoardReader.read(
      Fixtures.flow(boxes, [("llm", "hold")]), catalogue: catalogue,
      expected: ["inference-service", "enforcement-service"])
    XCTAssertTrue(reading.boxes[1].kinds.contains("enforcement-service"), "\(reading.boxes[1])")
  }

  func testAWordOfTrainingBeforeASetSaysWhatTheSetIsFor() {
    XCTAssertFalse(Fixtures.kinds("Training and eval sets").contains("training-pipeline"))
    XCTAssertFalse(Fixtures.kinds("Training dataset").contains("training-pipeline"))
    // An eval set stays the evaluation the corpus draws it as; a training job still trains.
    XCTAssertTrue(Fixtures.kinds("Golden eval set").contains("model-evaluation"))
    XCTAssertTrue(Fixtures.kinds("Training job").contains("training-pipeline"))
  }

  func testOneOrderToActOnAnItemNamesTheAction() {
    let remove = Fixtures.kinds("Remove review")
    XCTAssertTrue(remove.contains("enforcement-service"), "\(remove)")
    XCTAssertFalse(remove.contains("labelling"), "\(remove)")
    // The object alone, or a noun that starts the label, is no order.
    XCTAssertTrue(Fixtures.kinds("Review queue").contains("labelling"))
    XCTAssertFalse(Fixtures.kinds("Removal reasons log").contains("enforcement-service"))
    // In a detail line, under a label that names the box, it says nothing.
    XCTAssertFalse(
      Fixtures.kinds("Moderator queue", detail: "Remove review").contains("enforcement-service"))
  }

  func testTheStepTheVerdictGoesToActsOnIt() {
    // 09's shape: the action also passes what was done on to the warehouse, a place of the log.
    let boxes: [(String, String)] = [
      ("model", "Harm classifier service"), ("act", "Remove and strike"), ("lake", "Data warehouse"),
    ]
    let arrows = [("model", "act"), ("act", "lake")]
    let expected: Set<String> = ["inference-service", "enforcement-service", "prediction-logging", "data-lake"]
    var reading = BoardReader.read(Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected)
    XCTAssertTrue(reading.boxes[1].kinds.contains("enforcement-service"), "\(reading.boxes[1])")
    // Where the template asks for no enforcement, or words that do not act on the item: not so.
    reading = BoardReader.read(
      Fixtures.flow(boxes, arrows), catalogue: catalogue, expected: expected.subtracting(["enforcement-service"]))
    XCTAssertFalse(reading.boxes[1].kinds.contains("enforcement-service"), "\(reading.boxes[1])")
    let quiet = Fixtures.flow([boxes[0], ("step", "Publishing step")], [("model", "step")])
    reading = BoardReader.read(quiet, catalogue: catalogue, expected: expected)
    XCTAssertFalse(reading.boxes[1].kinds.contains("enforcement-service"), "\(reading.boxes[1])")
  }

  func testVolumeAndAgreementAreWatched() {
    let watched = Fixtures.kinds("Flag volume and moderator agreement")
    XCTAssertTrue(watched.contains("monitoring"), "\(watched)")
    XCTAssertFalse(watched.contains("labelling"), "\(watched)")
    XCTAssertTrue(Fixtures.kinds("Moderators").contains("labelling"))
  }

  func testATeamIsNoClient() {
    XCTAssertFalse(Fixtures.kinds("User Operations team").contains("client"))
    // Its detail line says what it does: the human review.
    let board = Fixtures.flow(
      [
        ("reports", "Reports from users", nil),
        ("team", "User Operations team", "manual review against content guidelines"),
        ("lake", "Moderation decisions warehouse", nil),
      ], [("reports", "team"), ("team", "lake")])
    let team = BoardReader.read(board, catalogue: catalogue, expected: ["labelling", "client", "data-lake"]).boxes[1]
    XCTAssertFalse(team.kinds.contains("client"), "\(team)")
    XCTAssertTrue(team.kinds.contains("labelling"), "\(team)")
    // Users themselves, and people a label lists beside data, stay the client.
    XCTAssertTrue(Fixtures.kinds("User on the home page").contains("client"))
    XCTAssertTrue(Fixtures.kinds("Research teams and open datasets").contains("client"))
  }

  func testARecordOfPastDecisionsTakesNone() {
    let past = Fixtures.kinds("Past moderation decisions", detail: "Redshift")
    XCTAssertFalse(past.contains("enforcement-service"), "\(past)")
    XCTAssertTrue(past.contains("data-lake"), "\(past)")
    XCTAssertTrue(Fixtures.kinds("Moderation decisions").contains("enforcement-service"))
  }

  func testReportsPeopleWriteAreNoEvaluation() {
    let reports = Fixtures.kinds("Reports from users and business owners")
    XCTAssertEqual(reports, ["labelling"])
    XCTAssertFalse(Fixtures.kinds("Member reports").contains("model-evaluation"))
    XCTAssertTrue(Fixtures.kinds("Evaluation report").contains("model-evaluation"))
    XCTAssertTrue(Fixtures.kinds("Weekly eval reports").contains("model-evaluation"))
  }

  func testWhatALabelListsAfterLabelledDataIsData() {
    let set = Fixtures.kinds("Labelled tiles + hard examples")
    XCTAssertFalse(set.contains("labelling"), "\(set)")
    XCTAssertTrue(set.contains("data-lake"), "\(set)")
    XCTAssertTrue(Fixtures.kinds("Hard examples").contains("labelling"))
  }

  func testManualReviewAndAnnotationQueuesAreLabelling() {
    XCTAssertTrue(Fixtures.kinds("Annotation queue").contains("labelling"))
    XCTAssertFalse(Fixtures.kinds("Annotation queue").contains("stream-ingestion"))
    XCTAssertTrue(Fixtures.kinds("Manual review").contains("labelling"))
    XCTAssertTrue(Fixtures.kinds("Event queue").contains("stream-ingestion"))
  }

  /// 117's shape: the guest calls the API, the API logs what was shown and done, the log feeds
  /// the sessions that training learns from; no box is drawn as a source.
  private func similarListings(log: String = "Impression / click / booking log", source: Bool = false) -> Board {
    var boxes: [(String, String)] = [
      ("guest", "Guest on a listing page"), ("api", "Similar-listings API"), ("ann", "ANN search"),
      ("clog", log), ("sess", "Sessionizer"), ("train", "Train listing vectors nightly"),
    ]
    var arrows = [
      ("guest", "api"), ("api", "ann"), ("ann", "api"), ("api", "clog"), ("clog", "sess"), ("sess", "train"),
    ]
    if source {
      boxes.append(("cat", "Listing catalogue database"))
      arrows.append(("cat", "sess"))
    }
    return Fixtures.flow(boxes, arrows)
  }

  func testTheUsersLogWrittenByServingStandsInForTheSource() throws {
    let template = try XCTUnwrap(library.template("similar-listings"))
    let board = similarListings()
    let report = Checker.check(board, template: template, catalogue: catalogue)
    XCTAssertFalse(
      report.checks.contains {
        !$0.passed && $0.severity == .error && $0.message.hasPrefix("missing component: Data source")
      })
    XCTAssertFalse(report.checks.contains { !$0.passed && $0.message.hasPrefix("no flow from Data source") })
    let warning = try XCTUnwrap(
      report.checks.first { !$0.passed && $0.message.hasPrefix("missing component: Data source") })
    XCTAssertEqual(warning.severity, .warning)
    XCTAssertTrue(warning.message.contains("'Impression / click / booking log' stands in"), warning.message)
    // A log whose words name no action of the users, or a design with a source drawn: no stand-in.
    let plain = Checker.graph(similarListings(log: "Serving log"), template: template, catalogue: catalogue)
    XCTAssertFalse(try XCTUnwrap(plain.reading.box("clog")).kinds.contains("data-source"))
    let drawn = Checker.graph(similarListings(source: true), template: template, catalogue: catalogue)
    XCTAssertFalse(try XCTUnwrap(drawn.reading.box("clog")).kinds.contains("data-source"))
    // The app writing into the log itself: the app stands in (StandIns), not the log.
    var direct = board
    direct.arrows.append(Arrow(from: "guest", to: "clog"))
    let app = Checker.graph(direct, template: template, catalogue: catalogue)
    XCTAssertFalse(try XCTUnwrap(app.reading.box("clog")).kinds.contains("data-source"))
    XCTAssertTrue(try XCTUnwrap(app.reading.box("guest")).kinds.contains("data-source"))
  }
}
