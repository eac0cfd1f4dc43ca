// Labels a user tester found misread (issue 12): a team of people who label is no store, a
// detector of drift is monitoring, and a box whose words hint at some kinds is not guessed to be
// another from its place alone.
import XCTest

@testable import MLSDCore

final class CheckerPeopleAndDetectorTests: XCTestCase {
  let library = Fixtures.library
  var catalogue: Catalogue { library.catalogue }

  private func board(_ boxes: [(String, String)], _ arrows: [(String, String)] = []) -> Board {
    var board = Board(title: "T")
    board.boxes = boxes.map { Box(id: $0.0, label: $0.1, frame: GridRect(x: 0, y: 0, width: 10, height: 3)) }
    board.arrows = arrows.map { Arrow(from: $0.0, to: $0.1, label: nil) }
    return board
  }

  private func counted(_ label: String) -> Set<String> {
    BoardReader.read(board([("a", label)]), catalogue: catalogue).boxes[0].kinds
  }

  func testPeopleWhoLabelAreLabellingNotAStore() {
    for label in ["Label team", "Label raters", "Label reviewers", "Annotation team", "Human raters"] {
      let kinds = counted(label)
      XCTAssertTrue(kinds.contains("labelling"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("data-lake"), "'\(label)': \(kinds)")
    }
    // Not people: a place that keeps labels, or labelled data, is still a store.
    XCTAssertTrue(counted("Labelled data").contains("data-lake"))
    XCTAssertTrue(counted("Label queue").contains("stream-ingestion"), "\(counted("Label queue"))")
    XCTAssertTrue(counted("Label store").contains("labelling"))
  }

  func testADetectorOfDriftIsMonitoring() {
    for label in ["Drift detector", "Data drift detector", "Feature skew detector"] {
      let kinds = counted(label)
      XCTAssertTrue(kinds.contains("monitoring"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("inference-service"), "'\(label)': \(kinds)")
    }
    // A detector of something in the product is the model that serves.
    for label in ["Spam detector", "Fraud detector", "Object detector"] {
      let kinds = counted(label)
      XCTAssertTrue(kinds.contains("inference-service"), "'\(label)': \(kinds)")
      XCTAssertFalse(kinds.contains("monitoring"), "'\(label)': \(kinds)")
    }
  }

  func testAPlaceAloneIsNoGuessBesideWhatTheWordsHint() {
    let words = board([("v", "video index"), ("r", "Ranking model")], [("v", "r")])
    let reading = BoardReader.read(words, catalogue: catalogue).boxes[0]
    let guesses = Set(reading.guesses.map(\.kind))
    XCTAssertTrue(guesses.contains("vector-index"), "\(reading)")
    XCTAssertFalse(guesses.contains("ab-testing"), "\(reading)")
    // Words that hint at nothing leave the place to guess from.
    let silent = board([("x", "Zorblax"), ("r", "Ranking model")], [("x", "r")])
    let place = BoardReader.read(silent, catalogue: catalogue).boxes[0]
    XCTAssertFalse(place.guesses.isEmpty && place.counted.isEmpty, "\(place)")
  }
}
