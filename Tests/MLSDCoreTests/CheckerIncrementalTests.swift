// The app re-checks with the kinds it remembers from the last check; its report must always be
// the one a fresh Checker.check gives. The byte-wise fast paths for ASCII text must agree with
// the Character-based definitions they replace.
import XCTest

@testable import MLSDCore

final class CheckerIncrementalTests: XCTestCase {
  private func assertFreshReport(_ app: AppHarness, _ note: String, line: UInt = #line) {
    let fresh = Checker.check(app.state.board, template: app.state.template, catalogue: Fixtures.library.catalogue)
    XCTAssertEqual(app.state.report, fresh, note, line: line)
  }

  func testTheAppsReportIsAFreshCheckAfterEveryEdit() {
    var app = AppHarness(template: "generic-ml-pipeline")
    let steps: [(String, (inout AppHarness) -> Void)] = [
      ("add", { $0.add("kafka") }),
      ("add another", { $0.add("feature store") }),
      ("rename to another kind", { $0.rename("Redis cache") }),
      (
        "detail",
        {
          $0.press(.char("d"), .ctrl("u")); $0.type("Flink"); $0.press(.enter)
        }
      ),
      ("connect", { $0.press(.char("c"), .enter) }),
      ("rename to nothing known", { $0.rename("Mystery") }),
      (
        "same label twice",
        {
          $0.press(.char("h")); $0.rename("Mystery")
        }
      ),
      ("notes", { $0.send(.externalNotes(.evaluation, text: "We track nDCG offline and CTR online.")) }),
      ("delete", { $0.press(.char("x")) }),
      ("undo", { $0.press(.char("u")) }),
      ("undo again", { $0.press(.char("u")) }),
      ("redo", { $0.press(.ctrl("r")) }),
      (
        "delete then add with the freed id",
        {
          $0.press(.char("x")); $0.add("kafka")
        }
      ),
      ("rename back", { $0.rename("Kafka") }),
    ]
    assertFreshReport(app, "at the start")
    for (name, step) in steps {
      step(&app)
      assertFreshReport(app, name)
    }
  }

  func testTheMemoForgetsDeletedBoxesAndNoticesChangedText() {
    let catalogue = Fixtures.library.catalogue
    var board = Board(title: "T")
    board.boxes = [
      Box(id: "a", label: "Kafka", frame: GridRect(x: 0, y: 0, width: 9, height: 3)),
      Box(id: "b", label: "Redis", frame: GridRect(x: 20, y: 0, width: 9, height: 3)),
    ]
    var memo = KindMemo()
    XCTAssertEqual(memo.evidence(of: board, catalogue: catalogue), board.boxes.map { catalogue.evidence(of: $0) })
    board.boxes[0].detail = "Redis"
    board.boxes[1].kind = "monitoring"
    XCTAssertEqual(memo.evidence(of: board, catalogue: catalogue), board.boxes.map { catalogue.evidence(of: $0) })
    board.boxes[1].label = "Grafana"
    XCTAssertEqual(memo.evidence(of: board, catalogue: catalogue), board.boxes.map { catalogue.evidence(of: $0) })
    board.boxes.removeFirst()
    XCTAssertEqual(memo.evidence(of: board, catalogue: catalogue), board.boxes.map { catalogue.evidence(of: $0) })
  }

  func testBoxesSharingAnIdCountAsTheLastOfThem() {
    var board = Board(title: "T")
    board.boxes = [
      Box(id: "a", label: "Kafka", frame: GridRect(x: 0, y: 0, width: 9, height: 3)),
      Box(id: "a", label: "Redis", frame: GridRect(x: 20, y: 0, width: 9, height: 3)),
      Box(id: "b", label: "Grafana", frame: GridRect(x: 40, y: 0, width: 9, height: 3)),
    ]
    board.arrows = [Arrow(from: "b", to: "a"), Arrow(from: "a", to: "nowhere")]
    let graph = BoardGraph(board: board, catalogue: Fixtures.library.catalogue)
    XCTAssertEqual(graph.boxes(ofAny: ["stream-ingestion"]), [])
    XCTAssertEqual(graph.boxes(ofAny: ["cache", "monitoring"]), ["a", "a", "b"])
    XCTAssertEqual(graph.ids(of: graph.reachable(from: ["b"])), ["a"])
    XCTAssertEqual(graph.ids(of: graph.reaching(["a"])), ["b"])
    XCTAssertTrue(graph.flows(from: ["monitoring"], to: ["cache"]))
    XCTAssertFalse(graph.flows(from: ["cache"], to: ["monitoring"]))
    XCTAssertTrue(graph.adjacent("a", "b"))
    XCTAssertTrue(graph.isConnected(boxAt: 0))
  }

  /// Random ASCII text, heavy on the characters the fast paths treat specially.
  private func randomText(_ random: inout SeededRandom) -> String {
    let pieces = [
      "Kafka", "FEATURE", "store", "W&B", "a+b", "Pub/Sub", " ", "  ", "\t", "\r\n", "\n", "-", "42", "x", "\u{7}",
    ]
    return (0..<random.int(0..<8)).map { _ in pieces[random.int(0..<pieces.count)] }.joined()
  }

  func testASCIIWordsAndLabelKeysMatchTheCharacterDefinitions() {
    var random = SeededRandom(seed: 7)
    for _ in 0..<2000 {
      let text = randomText(&random)
      var words: [String] = []
      var current = ""
      for character in text.lowercased() {
        if character.isLetter || character.isNumber {
          current.append(character)
        } else {
          if !current.isEmpty { words.append(current) }
          current = ""
          if character == "&" || character == "+" { words.append(String(character)) }
        }
      }
      if !current.isEmpty { words.append(current) }
      XCTAssertEqual(AliasMatcher.words(text), words, text.debugDescription)
      let key = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      XCTAssertEqual(GraphRules.labelKey(text), key, text.debugDescription)
    }
  }
}
