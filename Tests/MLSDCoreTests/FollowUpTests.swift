// Follow-ups one by one: phrases found as whole words with their sentence, each kind of trigger
// condition, the answered rule, and the decoder's messages for a broken follow-up.
import XCTest

@testable import MLSDCore

final class FollowUpTests: XCTestCase {
  let catalogue = Fixtures.library.catalogue

  func board(_ kinds: [String], arrows: [(Int, Int)] = [], notes: [Step: String] = [:]) -> Board {
    var board = Board(title: "t")
    board.boxes = kinds.enumerated().map {
      Box(
        id: "b\($0.offset)", label: "Box \($0.offset)", kind: $0.element,
        frame: GridRect(x: 0, y: $0.offset * 5, width: 10, height: 3))
    }
    board.arrows = arrows.map { Arrow(from: "b\($0.0)", to: "b\($0.1)") }
    board.notes = StepNotes(notes)
    return board
  }

  func testPhrasesAreWholeWordsIgnoringCaseHyphensAndPlurals() {
    let matcher = PhraseMatcher("We use Point-in-time joins. Negatives are down-sampled!\n\n- Calibration per segment")
    XCTAssertEqual(matcher.sentence(mentioningAnyOf: ["point in time"]), "We use Point-in-time joins.")
    XCTAssertEqual(matcher.sentence(mentioningAnyOf: ["join"]), "We use Point-in-time joins.")
    XCTAssertEqual(matcher.sentence(mentioningAnyOf: ["down sampled"]), "Negatives are down-sampled!")
    XCTAssertEqual(matcher.sentence(mentioningAnyOf: ["calibrat*"]), "- Calibration per segment")
    XCTAssertNil(matcher.sentence(mentioningAnyOf: ["point time"]), "words must be adjacent")
    XCTAssertNil(matcher.sentence(mentioningAnyOf: ["calib"]), "no prefix without a star")
    XCTAssertNotNil(matcher.sentence(mentioningAnyOf: ["use point in"]))
    XCTAssertEqual(
      PhraseMatcher("Query categories matter.").sentence(mentioningAnyOf: ["category"]), "Query categories matter.")
    XCTAssertEqual(PhraseMatcher("A 0.5 IoU. Next").sentences.map(\.text), ["A 0.5 IoU.", "Next"])
  }

  func testEachTriggerCondition() {
    var trigger = FollowUpTrigger()
    trigger.has = [["online-feature-store"], ["ranking", "inference-service"]]
    trigger.lacks = ["monitoring"]
    let followUp = FollowUp(id: "f", step: .data, question: "Q?", trigger: trigger, keyIdeas: [KeyIdea(["skew"])])
    func holds(_ board: Board, spent: [Step: Double]? = nil, _ asked: FollowUp? = nil) -> Bool {
      FollowUpContext(board: board, catalogue: catalogue, spent: spent).triggers(asked ?? followUp)
    }
    XCTAssertTrue(holds(board(["online-feature-store", "inference-service"])))
    XCTAssertFalse(holds(board(["online-feature-store"])), "needs one of ranking or inference")
    XCTAssertFalse(holds(board(["online-feature-store", "ranking", "monitoring"])), "monitoring is present")

    var flows = followUp
    flows.trigger = FollowUpTrigger()
    flows.trigger.flows = [FlowCondition(from: ["data-source"], to: ["training-pipeline"])]
    flows.trigger.noFlows = [FlowCondition(from: ["prediction-logging"], to: ["training-pipeline"])]
    let context = { (board: Board) in FollowUpContext(board: board, catalogue: self.catalogue) }
    let linked = board(
      ["data-source", "batch-etl", "training-pipeline", "prediction-logging"], arrows: [(0, 1), (1, 2)])
    XCTAssertTrue(context(linked).triggers(flows), "a path through other boxes counts")
    var closed = linked
    closed.arrows.append(Arrow(from: "b3", to: "b2"))
    XCTAssertFalse(context(closed).triggers(flows), "the feedback flow exists")
    XCTAssertFalse(context(board(["data-source", "training-pipeline"])).triggers(flows), "no arrow")

    var words = followUp
    words.trigger = FollowUpTrigger()
    words.trigger.words = [WordCondition(step: nil, anyOf: ["feature store"])]
    words.trigger.noWords = [WordCondition(step: .serving, anyOf: ["skew"])]
    XCTAssertTrue(context(board([], notes: [.data: "A feature store."])).triggers(words))
    XCTAssertFalse(context(board([], notes: [.serving: "A feature store."])).triggers(words), "the data step's notes")
    XCTAssertFalse(
      context(board([], notes: [.data: "A feature store.", .serving: "No skew."])).triggers(words), "skew is named")

    var timed = followUp
    timed.trigger = FollowUpTrigger()
    timed.trigger.overMinutes = 5
    let empty = board([])
    XCTAssertFalse(holds(empty, timed), "no clock, no time condition")
    XCTAssertFalse(holds(empty, spent: [.data: 300], timed))
    XCTAssertTrue(holds(empty, spent: [.data: 301], timed))
    XCTAssertFalse(holds(empty, spent: [.model: 900], timed), "time on another step")
  }

  func testAnsweredNeedsEnoughKeyIdeasInTheStepsNotes() {
    let followUp = FollowUp(
      id: "f", step: .data, question: "Q?",
      keyIdeas: [KeyIdea(["point-in-time", "as of"]), KeyIdea(["log* features"]), KeyIdea(["same pipeline"])])
    XCTAssertEqual(followUp.needed, 2, "half of three, rounded up")
    XCTAssertEqual(FollowUp.defaultNeeded(1), 1)
    XCTAssertEqual(FollowUp.defaultNeeded(4), 2)
    XCTAssertEqual(FollowUp.defaultNeeded(5), 3)
    func answer(_ notes: [Step: String]) -> FollowUpAnswer {
      FollowUpContext(board: board([], notes: notes), catalogue: catalogue).answer(followUp)
    }
    let one = answer([.data: "Rows are read as of the impression."])
    XCTAssertFalse(one.isAnswered)
    XCTAssertEqual(one.found.map(\.idea), ["point-in-time"])
    XCTAssertEqual(one.found.first?.label, "point-in-time (as “as of”)")
    XCTAssertEqual(one.missing, ["log features", "same pipeline"])
    let two = answer([.data: "Rows are read as of the impression. The ranker logs features it served."])
    XCTAssertTrue(two.isAnswered)
    XCTAssertEqual(
      two.found.map(\.sentence), ["Rows are read as of the impression.", "The ranker logs features it served."])
    XCTAssertFalse(
      answer([.model: "Rows are read as of the impression. The ranker logs features it served."]).isAnswered,
      "another step's notes do not answer")
  }

  private func message(_ followUps: String) -> String {
    let text = "mlsd-template: 1\nid: t\ntitle: T\ndifficulty: easy\nprompt: P\nfollowups:\n" + followUps
    do {
      _ = try TemplateDecoder.decode(text, name: "t.yaml", catalogue: catalogue)
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  func testDecoderMessagesNameFileLineAndField() {
    let ok = "  - id: a\n    step: data\n    question: Q?\n    ideas: [[x, y]]\n"
    XCTAssertEqual(message(ok), "no error")
    XCTAssertEqual(
      message("  - id: a\n    step: dta\n    question: Q?\n    ideas: [x]\n"),
      "t.yaml:8:11: followups[0].step: unknown step 'dta' (did you mean 'data'?)")
    XCTAssertEqual(
      message(ok + "    when:\n      has: [rnaking]\n"),
      "t.yaml:12:13: followups[0].when.has[0]: unknown component kind 'rnaking' (did you mean 'ranking'?)")
    XCTAssertEqual(
      message(ok + "    when:\n      flow: {from: data-source, to: trainng-pipeline}\n"),
      "t.yaml:12:37: followups[0].when.flow.to: unknown component kind 'trainng-pipeline' (did you mean 'training-pipeline'?)"
    )
    XCTAssertEqual(
      message(ok + "    when:\n      words: [{stp: data, any: [x]}]\n"),
      "t.yaml:12:16: followups[0].when.words[0]: unknown key 'stp' in a words condition (did you mean 'step'?)")
    XCTAssertEqual(
      message(ok + "    when:\n      over-minutes: soon\n"),
      "t.yaml:12:21: followups[0].when.over-minutes: expected a whole number, found 'soon'")
    XCTAssertEqual(
      message(ok + "    when:\n      hass: ranking\n"),
      "t.yaml:12:7: followups[0].when: unknown key 'hass' in a follow-up's `when` (did you mean 'has'?)")
    XCTAssertEqual(
      message(ok + "    need: 3\n"), "t.yaml:11:11: followups[0].need: 3 is out of range (1...1)")
    XCTAssertEqual(
      message("  - id: a\n    step: data\n    question: Q?\n    ideas: []\n"),
      "t.yaml:10:12: followups[0].ideas: a follow-up needs at least one key idea")
    XCTAssertEqual(
      message("  - id: a\n    step: data\n    question: Q?\n    ideas: [\"--\"]\n"),
      "t.yaml:10:13: followups[0].ideas[0]: the phrase '--' holds no word to look for")
    XCTAssertEqual(
      message(ok + ok), "t.yaml:11:9: followups[1].id: duplicate follow-up id 'a'")
    XCTAssertEqual(
      message("  - id: a\n    step: data\n    ideas: [x]\n"), "t.yaml:7:5: followups[0]: a follow-up needs 'question'")
  }

  func testTheSharedBankFileIsValidatedToo() {
    func shared(_ text: String) -> String {
      do {
        _ = try FollowUpDecoder.decodeShared(text, name: "s.yaml", catalogue: catalogue)
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    XCTAssertEqual(shared("id: s\nfollowups: []\n"), "s.yaml:1:1: a follow-up bank needs 'mlsd-followups'")
    XCTAssertEqual(
      shared("mlsd-followups: 1\nid: s\nfollowup: []\n"),
      "s.yaml:3:1: unknown key 'followup' in a follow-up bank (did you mean 'followups'?)")
  }
}
