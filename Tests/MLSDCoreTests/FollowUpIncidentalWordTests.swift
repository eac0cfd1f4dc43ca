// A key idea named in several content words ("position bias", "retrieval of unseen posts") is
// not credited by one of its one-word phrasings standing alone in a sentence about something
// else: the sentence must also hold another content word of the idea. Checked over every idea of
// every template's follow-ups and the shared bank, and by hand on a few answers written in other
// words than the ideas' names.
import XCTest

@testable import MLSDCore

final class FollowUpIncidentalWordTests: XCTestCase {
  let library = Fixtures.library

  /// Every follow-up of every template and of the shared bank, once each.
  var allFollowUps: [FollowUp] {
    var seen: Set<String> = []
    return library.templates.flatMap { library.followUps(for: $0).followUps }.filter { seen.insert($0.id).inserted }
  }

  func credited(_ idea: KeyIdea, _ sentence: String) -> Bool {
    PhraseMatcher(sentence).find(idea: idea.phrasings) != nil
  }

  func testAOneWordPhrasingAloneNeverCreditsAnIdeaOfSeveralWords() {
    var checked = 0
    for followUp in allFollowUps {
      for idea in followUp.keyIdeas where PhraseMatcher.contentWords(idea.phrasings[0]).count > 1 {
        let ideaWords = Set(idea.phrasings.flatMap(PhraseMatcher.contentWords))
        for phrase in idea.phrasings where PhraseMatcher.parts(phrase).flatMap({ $0 }).flatMap({ $0 }).count == 1 {
          let word = phrase.replacingOccurrences(of: "*", with: "")
          if PhraseMatcher.isAcronym(word) { continue }
          // A choice the name lists in one word is the idea in full.
          let choices = idea.phrasings[0].replacingOccurrences(of: " or ", with: ",").split(separator: ",")
            .map { PhraseMatcher.contentWords(String($0)) }
          let written = PhraseMatcher.words(phrase)[0]
          if choices.contains(where: {
            $0.count == 1 && (PhraseMatcher.matches($0[0], written) || PhraseMatcher.matches(written, $0[0]))
          }) {
            continue
          }
          let filler = "Yesterday somebody mentioned \(word) once."
          // The filler words are no word of the idea, so only the one phrasing is in the sentence.
          let others = PhraseMatcher.words(filler).filter { $0 != word }
          guard !others.contains(where: { w in ideaWords.contains { PhraseMatcher.matches($0, w) } }) else { continue }
          XCTAssertTrue(PhraseMatcher(filler).find(idea.phrasings.filter { $0 == phrase }) != nil, "\(phrase)")
          XCTAssertFalse(credited(idea, filler), "\(followUp.id): '\(idea.name)' credited by '\(word)' alone")
          checked += 1
        }
      }
    }
    XCTAssertGreaterThan(checked, 100, "the audit covers the banks' one-word phrasings")
  }

  func testAnAbbreviationStandsForItsIdea() {
    let idea = KeyIdea(["non-maximum suppression", "nms"])
    XCTAssertTrue(credited(idea, "Overlapping boxes go through NMS at IoU 0.5."))
    XCTAssertFalse(credited(idea, "Suppression of duplicates happens later."), "one word of the name alone")
  }

  func testAChoiceTheNameListsInOneWordStandsAlone() {
    let idea = KeyIdea(["popular, trending or local lists", "popular", "trending", "local"])
    XCTAssertTrue(credited(idea, "Show what is trending today."))
    XCTAssertFalse(credited(idea, "Local time is shown next to each comment."), "'local lists' is two words")
    XCTAssertTrue(credited(idea, "Local lists per city fill the page."))
  }

  func testAnIdeaOfOneContentWordIsFoundByItsWordAlone() {
    let idea = KeyIdea(["a timeout", "timeout*", "times out"])
    XCTAssertTrue(credited(idea, "If ranking times out we serve the cached list."))
    XCTAssertTrue(credited(idea, "A 200 ms timeout."))
  }

  /// One idea per template, a sentence with one incidental word of it, and an answer in other words.
  func testIncidentalSentencesAreRefusedAndAnswersInOtherWordsCredited() throws {
    let cases: [(template: String, followUp: String, idea: String, incidental: String, answer: String)] = [
      (
        "news-feed", "feed-candidates", "retrieval of unseen posts",
        "Retrieval latency is dominated by the network hop.", "Retrieval pulls the posts the user has not seen yet."
      ),
      (
        "news-feed", "feed-engagement-score", "weighted sum",
        "The weights file is loaded at start-up.", "We combine the heads with weights chosen by the product team."
      ),
      (
        "news-feed", "feed-passive-users", "passive users",
        "The office is quiet on Fridays.", "Quiet users who never react still give us dwell signals."
      ),
      (
        "ad-click-prediction", "ads-label-window", "click window",
        "The browser window is resized on small screens.",
        "A click counts when it comes within 30 minutes of the impression."
      ),
      (
        "event-recommendation", "events-new-events", "features that generalise",
        "Generalization error is reported by the tool.",
        "Content features of an event generalise to events nobody has attended yet."
      ),
      (
        "generic-ml-pipeline", "generic-label-delay", "label delay",
        "We will revisit the schema later.", "Chargeback labels arrive weeks after the payment."
      ),
      (
        "harmful-content-detection", "harm-noisy-reports", "reviewer confirmation",
        "Please confirm the meeting time with the vendor.", "A report becomes a label once a reviewer confirms it."
      ),
      (
        "people-you-may-know", "pymk-label-leakage", "graph snapshots",
        "A snapshot of the dashboard is attached.",
        "Features come from a snapshot of the friendship graph taken before the cut-off."
      ),
      (
        "similar-listings", "listings-cold-start", "embedding from nearby listings",
        "Nearby restaurants are shown on the map page.",
        "A new home gets the average vector of nearby homes of the same type."
      ),
      (
        "street-view-blurring", "blur-hard-examples", "retraining on the grown set",
        "Retraining the staff on the new tool takes a week.",
        "We retrain on the training data grown with the missed faces every month."
      ),
      (
        "visual-search", "visual-same-version", "one encoder version",
        "Version 2 of the app ships next week.", "Queries and the catalogue are embedded with the same encoder."
      ),
      (
        "youtube-video-search", "search-index-freshness", "the text index",
        "Elasticsearch was down for an hour last night.",
        "New uploads reach Elasticsearch within a minute through the indexing job."
      ),
      (
        "video-recommendation", "video-cold-start", "popular, trending or local lists",
        "Local time is shown next to each comment.", "New users start from what is trending in their country."
      ),
      (
        "ad-click-prediction", "scale-and-latency", "requests per second",
        "We handle feature requests from advertisers weekly.", "About 5k QPS at peak, each answered in 50 ms."
      ),
    ]
    for c in cases {
      let template = try XCTUnwrap(library.template(c.template))
      let followUp = try XCTUnwrap(library.followUps(for: template).followUps.first { $0.id == c.followUp })
      let idea = try XCTUnwrap(followUp.keyIdeas.first { $0.name == c.idea })
      XCTAssertFalse(credited(idea, c.incidental), "\(c.idea) credited by '\(c.incidental)'")
      XCTAssertTrue(credited(idea, c.answer), "\(c.idea) not credited by '\(c.answer)'")
    }
  }
}
