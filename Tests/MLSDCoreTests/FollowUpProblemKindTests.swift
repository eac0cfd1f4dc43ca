// A follow-up tied to a kind of problem is asked only where the board's framing (or, when its
// notes name no kind, the template's) says the problem is of that kind.
import XCTest

@testable import MLSDCore

final class FollowUpProblemKindTests: XCTestCase {
  let library = Fixtures.library

  func testTheFramingNamesTheKindsAndANegationNamesNone() {
    XCTAssertEqual(ProblemKind.named(in: "Regression: estimate the wait in minutes."), [.regression])
    XCTAssertEqual(
      ProblemKind.named(in: "We do not train a classifier. Embed both photos and retrieve the nearest neighbours."),
      [.retrieval])
    XCTAssertEqual(ProblemKind.named(in: "Binary task: will the invoice be paid late?"), [.classification])
    XCTAssertEqual(ProblemKind.named(in: "Logistic regression on hashed features."), [.classification])
    XCTAssertEqual(ProblemKind.named(in: "Find every licence plate and draw a bounding box."), [.detection])
    XCTAssertNil(ProblemKind.named(in: "Kafka into Flink, features into Redis."))
    // A regression head of a multi-task model, and the box regression of a detector, name no regression.
    XCTAssertEqual(
      ProblemKind.named(in: "Multi-task classification, with a regression head for time spent."), [.classification])
    XCTAssertEqual(
      ProblemKind.named(in: "Object detection: regression of box corners and classification of each box."),
      [.detection, .classification])
  }

  func testEachBuiltInTemplateStatesItsKinds() throws {
    func kinds(_ id: String) throws -> Set<ProblemKind>? {
      ProblemKind.stated(by: try XCTUnwrap(library.template(id), id))
    }
    XCTAssertEqual(try kinds("generic-ml-pipeline")?.contains(.classification), true)
    XCTAssertEqual(try kinds("visual-search")?.contains(.retrieval), true)
    XCTAssertEqual(try kinds("visual-search")?.contains(.classification), false)
    XCTAssertEqual(try kinds("street-view-blurring")?.contains(.detection), true)
    for template in library.templates where template.id != "blank" {
      XCTAssertNotNil(ProblemKind.stated(by: template), template.id)
    }
  }

  private func triggered(_ templateID: String, framing: String) throws -> Set<String> {
    let template = try XCTUnwrap(library.template(templateID))
    var board = template.referenceBoard()
    board.notes = StepNotes()
    board.notes[.framing] = framing
    let bank = library.followUps(for: template)
    let context = FollowUpContext(board: board, catalogue: library.catalogue, templateKinds: bank.templateKinds)
    return Set(bank.triggered(in: context).map(\.id))
  }

  func testFraudQuestionsAreNotAskedOfARegressionTheNotesFrame() throws {
    let fraud = ["generic-label-delay", "generic-rare-positives", "generic-threshold-owner", "class-imbalance"]
    let asTemplate = try triggered("generic-ml-pipeline", framing: "")
    for id in fraud { XCTAssertTrue(asTemplate.contains(id), id) }
    XCTAssertFalse(asTemplate.contains("regression-error-costs"))
    let regression = try triggered("generic-ml-pipeline", framing: "A regression of the minutes a parcel takes.")
    for id in fraud { XCTAssertFalse(regression.contains(id), id) }
    XCTAssertTrue(regression.contains("regression-error-costs"))
    XCTAssertTrue(regression.contains("generic-data-residency"), "the template keeps its other questions")
  }

  func testProbabilityQuestionsAreNotAskedOfARetrievalModel() throws {
    XCTAssertFalse(try triggered("visual-search", framing: "").contains("class-imbalance"))
    XCTAssertFalse(
      try triggered("visual-search", framing: "Contrastive learning of one embedding space; not a classifier.")
        .contains("class-imbalance"))
    // A candidate who frames it as a classifier over product categories gets the question.
    XCTAssertTrue(
      try triggered("visual-search", framing: "A multi-class classifier over 5,000 product categories.")
        .contains("class-imbalance"))
  }

  func testWithNoKindStatedAnywhereTheConditionHolds() {
    var trigger = FollowUpTrigger()
    trigger.task = [.classification]
    let followUp = FollowUp(id: "f", step: .model, question: "Q?", trigger: trigger, keyIdeas: [KeyIdea(["x"])])
    let silent = FollowUpContext(board: Board(title: "T"), catalogue: library.catalogue)
    XCTAssertTrue(silent.triggers(followUp))
    var notes = StepNotes()
    notes[.framing] = "We forecast weekly demand per store."
    let other = FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue)
    XCTAssertFalse(other.triggers(followUp))
  }

  func testTheDecoderReadsTaskAndNamesTheKnownKinds() {
    func decoded(_ task: String) -> String {
      let text =
        "followups:\n  - id: a\n    step: model\n    question: Q?\n    when:\n      task: \(task)\n    ideas: [x]\n"
      do {
        let list = try YAMLValue.parse(text, source: YAMLSource(name: "t.yaml")).mapping().required(
          "followups", in: "t")
        let followUp = try FollowUpDecoder.decodeList(list, catalogue: library.catalogue)[0]
        return followUp.trigger.task.map(\.rawValue).joined(separator: ",")
      } catch {
        return "\(error)"
      }
    }
    XCTAssertEqual(decoded("regression"), "regression")
    XCTAssertEqual(decoded("[ranking, retrieval]"), "ranking,retrieval")
    XCTAssertTrue(
      decoded("[fraud]").contains("unknown kind of problem 'fraud' (known: classification"), decoded("[fraud]"))
  }
}
