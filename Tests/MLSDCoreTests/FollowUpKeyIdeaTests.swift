// A key idea is credited only for what it says: a `word*` stem matches the forms of that word, not
// every word that begins with its letters, and a phrasing of `&` parts needs each part in one
// sentence. The user tester's framing sentence (ux16, finding 3) credited "owned by the product
// team" for "tuned" and "negative weights for hide and block" for "P(hide)"; it must not, and
// answers in other words must still be credited.
import XCTest

@testable import MLSDCore

final class FollowUpKeyIdeaTests: XCTestCase {
  let library = Fixtures.library

  func testAStemMatchesTheFormsOfItsWordOnly() {
    func form(_ word: String, _ stem: String) -> Bool { PhraseMatcher.matches(stem + "*", word) }
    for word in ["tune", "tuned", "tunes", "tuning", "tuner"] { XCTAssertTrue(form(word, "tun"), word) }
    for word in ["tunnel", "tuna", "tundra"] { XCTAssertFalse(form(word, "tun"), word) }
    for word in ["calibrate", "calibrated", "calibration", "calibrating"] {
      XCTAssertTrue(form(word, "calibrat"), word)
    }
    XCTAssertTrue(form("bands", "band"))
    XCTAssertFalse(form("bandit", "band"), "a bandit is no band")
    XCTAssertTrue(form("logged", "log"))
    XCTAssertTrue(form("logging", "log"))
    XCTAssertFalse(form("logistic", "log"))
    XCTAssertFalse(form("logic", "log"))
    XCTAssertTrue(form("bidding", "bid"), "a doubled consonant")
    XCTAssertTrue(form("labelled", "label"))
    XCTAssertTrue(form("caching", "cache"), "a final e dropped")
    XCTAssertTrue(form("scoring", "score"))
    XCTAssertTrue(form("availability", "availab"))
    XCTAssertTrue(form("generalisation", "generali"))
    XCTAssertTrue(form("generalized", "generali"))
    XCTAssertTrue(form("leakage", "leak"))
    XCTAssertFalse(form("clickbait", "click"))
    XCTAssertFalse(form("eventually", "event"))
  }

  func testPartsJoinedByAmpersandMustShareOneSentence() {
    let phrase = "negative|penalis* & hide|block*"
    let one = PhraseMatcher("Hides are penalised hard. Nothing else.")
    XCTAssertEqual(one.find([phrase])?.sentence, "Hides are penalised hard.")
    XCTAssertEqual(one.find([phrase])?.phrase, "penalis* & hide", "each part by the phrase found")
    XCTAssertNotNil(PhraseMatcher("Blocked posts get a negative score.").find([phrase]), "any order")
    XCTAssertNil(
      PhraseMatcher("We predict P(hide). The loss is negative log-likelihood.").find([phrase]),
      "parts in two sentences")
    XCTAssertNil(PhraseMatcher("We predict P(hide) and P(block).").find([phrase]), "one part only")
  }

  func testAPhraseWithAnEmptyPartIsRefused() {
    let head = "mlsd-template: 1\nid: t\ntitle: T\ndifficulty: easy\nprompt: P\nfollowups:\n"
    for phrase in ["hide &", "a || b", "& x"] {
      let text = head + "  - id: a\n    step: data\n    question: Q?\n    ideas: [\"\(phrase)\"]\n"
      XCTAssertThrowsError(try TemplateDecoder.decode(text, name: "t.yaml", catalogue: library.catalogue)) {
        XCTAssertTrue(
          "\($0)".hasPrefix("t.yaml:10:13: followups[0].ideas[0]: the phrase '\(phrase)' has a part with no word"),
          "\($0)")
      }
    }
  }

  private func engagementScore() throws -> FollowUp {
    let template = try XCTUnwrap(library.templates.first { $0.id == "news-feed" })
    return try XCTUnwrap(library.followUps(for: template).followUps.first { $0.id == "feed-engagement-score" })
  }

  private func answer(_ framing: String) throws -> FollowUpAnswer {
    var notes = StepNotes()
    notes[.framing] = framing
    return FollowUpContext(board: Board(title: "T", notes: notes), catalogue: library.catalogue)
      .answer(try engagementScore())
  }

  func testTheTestersFramingSentenceEarnsOnlyTheWeightedSum() throws {
    let found = try answer(
      "Predict P(click), P(like), P(share) and P(hide) with a multi-task model, then combine them into one engagement score with weights tuned by online experiments."
    )
    XCTAssertEqual(found.found.map(\.idea), ["weighted sum"])
    XCTAssertFalse(found.isAnswered)
  }

  func testNegativeWeightsAreCreditedInOtherWords() throws {
    let idea = "negative weights for hide and block"
    for sentence in [
      "Hides and blocks get negative weights in the sum.",
      "A likely hide is penalised in the final score.",
      "We subtract the block probability, scaled by a large factor.",
      "A high P(hidden) counts against the post.",
      "Posts people tend to block are demoted.",
      "The weight of a block is below zero.",
    ] {
      XCTAssertTrue(try answer(sentence).found.map(\.idea).contains(idea), sentence)
    }
    for sentence in [
      "We predict P(hide) and P(block) as separate heads.",
      "Hidden posts are logged. Negative examples are downsampled.",
    ] {
      XCTAssertFalse(try answer(sentence).found.map(\.idea).contains(idea), sentence)
    }
  }

  func testWhoOwnsTheWeightsIsCreditedInOtherWords() throws {
    let idea = "owned by the product team"
    for sentence in [
      "The product team owns these weights.",
      "Product managers set how much each reaction counts.",
      "The weights are owned by the business, not by the ML engineers.",
      "Which reaction matters more is a product decision.",
      "The feed's product owner picks the mix.",
    ] {
      XCTAssertTrue(try answer(sentence).found.map(\.idea).contains(idea), sentence)
    }
    for sentence in [
      "Weights are tuned by offline grid search.", "Each task head has its own weights.",
      "The ranker owns a cache.",
    ] {
      XCTAssertFalse(try answer(sentence).found.map(\.idea).contains(idea), sentence)
    }
  }

  func testAnswerLabelsNameWhatWasFound() throws {
    let found = try answer("Blocks are penalised. Hmm.").found
    XCTAssertEqual(found.first?.label, "negative weights for hide and block (as “penalis… & block…”)")
  }
}
