// Practice reviews: the Markdown report against a golden file, the review screen at two sizes,
// and what a new user learns from a partial board.
import Foundation
import XCTest

@testable import MLSDCore

final class PracticeReviewTests: XCTestCase {
  let library = Fixtures.library

  func adClick() throws -> Template { try XCTUnwrap(library.template("ad-click-prediction")) }

  /// The fixture case study reviewed once: routing the diagrams is the slow part.
  static let fixtureReview: PracticeReview = {
    let template = PracticeFixtures.template()
    return PracticeReview(
      session: PracticeFixtures.session(template), board: PracticeFixtures.candidateBoard(), template: template,
      catalogue: Fixtures.library.catalogue, bank: Fixtures.library.followUps(for: template))
  }()

  /// A first attempt at the ad click case study, reviewed once.
  static let adClickReview: PracticeReview? = {
    guard let template = Fixtures.library.template("ad-click-prediction") else { return nil }
    var board = template.newBoard()
    for id in ["ads-db", "etl", "online-fs", "train", "ranker"] {
      if let box = template.reference.boxes.first(where: { $0.id == id }) { board.boxes.append(box) }
    }
    board.arrows = template.reference.arrows.filter { arrow in
      board.boxes.contains { $0.id == arrow.from } && board.boxes.contains { $0.id == arrow.to }
    }
    var session = PracticeSession(
      template: template, minutes: 45, startedAt: 0, date: Date(timeIntervalSince1970: 1_795_460_700))
    session.enterStep(.data, at: 400)
    session.finish(at: 400 + 610)
    return PracticeReview(session: session, board: board, template: template, catalogue: Fixtures.library.catalogue)
  }()

  func testMarkdownReportMatchesGoldenFile() {
    GoldenFile("practice/churn-fixture-review.md").assertMatches(Self.fixtureReview.markdown())
  }

  func testMarkdownReportHasEveryPart() throws {
    let review = Self.fixtureReview
    let text = review.markdown()
    XCTAssertTrue(text.hasPrefix("# Practice review: Churn \\*prediction\\* for a \\#1 app\n"), text)
    XCTAssertTrue(text.contains("2026-11-23 19:05 UTC · 40 minutes · checklist hidden"))
    XCTAssertTrue(text.contains("> We have \\<2 years\\> of \\`events\\` and 10M users."), "the prompt is escaped")
    XCTAssertTrue(text.contains("**Missing components (2)**\n\n- Model registry\n- Monitoring\n"))
    XCTAssertTrue(text.contains("**Extra components (1)**\n\n- Vector / ANN index\n"))
    XCTAssertTrue(text.contains("| 3. Data preparation | 7:07 | 9:05 | over by 1:58 |"), text)
    XCTAssertTrue(text.contains("- error: missing component: Model registry"))
    XCTAssertEqual(text.components(separatedBy: "```text\n").count, 3, "two diagrams in code blocks")
    XCTAssertTrue(text.contains("**Score: \(review.score)%**"))
  }

  func testALabelCannotCloseTheCodeBlock() throws {
    var board = PracticeFixtures.candidateBoard()
    board.boxes[0].label = "```` escape"
    board.boxes[1].label = "\u{1B}[31mred"
    let review = PracticeReview(
      session: nil, board: board, template: PracticeFixtures.template(), catalogue: library.catalogue)
    let text = review.markdown()
    XCTAssertTrue(text.contains("\n`````text\n"), "the fence is longer than the label's backticks")
    XCTAssertFalse(text.contains("\u{1B}"), "escape sequences are made visible")
    XCTAssertTrue(text.contains("untimed review of an existing board"))
    XCTAssertTrue(text.contains("| Step | Score |"))
  }

  /// Tried as a new user: the reference without the model registry and without the feedback
  /// arrows (logs back to training, monitoring back to the retraining trigger).
  func testPartialBoardNamesExactlyWhatWasMissed() throws {
    let template = try adClick()
    var board = template.referenceBoard()
    board.removeBox("registry")
    board.arrows.removeAll { ($0.from, $0.to) == ("logs", "train") || ($0.from, $0.to) == ("monitor", "trigger") }
    let review = PracticeReview(session: nil, board: board, template: template, catalogue: library.catalogue)
    XCTAssertEqual(review.diff.missingComponents, ["model-registry"])
    XCTAssertEqual(
      review.diff.missingFlows.map { review.name(of: $0) },
      [
        "Model registry → Ranking",
        "Prediction and feature logging → Training pipeline",
        "Model evaluation → Model registry",
        "Monitoring → Retraining trigger",
      ])
    XCTAssertEqual(review.diff.extraComponents, [])
    XCTAssertEqual(review.diff.extraFlows.count, 0)
    XCTAssertEqual(review.missingReferenceBoxes, ["registry"])
    let missingArrows = review.missingReferenceArrows.map {
      "\(review.reference.arrows[$0].from)→\(review.reference.arrows[$0].to)"
    }
    XCTAssertEqual(Set(missingArrows), ["registry→ranker", "logs→train", "validate→registry", "monitor→trigger"])
    let messages = review.report.findings.map(\.message)
    for expected in [
      "missing component: Model registry",
      "no flow from Prediction and feature logging to Training pipeline: 'Prediction logs' is read as Prediction and feature logging",
      "logged predictions and user feedback never reach training",
    ] {
      XCTAssertTrue(messages.contains { $0.hasPrefix(expected) }, "\(expected) not in \(messages)")
    }
    // The flows into and out of the missing registry are one finding with it, named in its hint.
    XCTAssertFalse(messages.contains { $0.hasPrefix("no flow from Training pipeline to Model registry") })
    // The notes name the registry, so the message goes on to quote them.
    let registry = try XCTUnwrap(
      review.report.findings.first { $0.message.hasPrefix("missing component: Model registry (drawn nowhere") })
    XCTAssertTrue(registry.hint.contains("Training pipeline → Model registry"), registry.hint)
    XCTAssertTrue(registry.hint.contains("Model registry → Ranking"), registry.hint)
    let markdown = review.markdown()
    XCTAssertTrue(markdown.contains("**Missing components (1)**\n\n- Model registry\n"))
    XCTAssertTrue(markdown.contains("- Monitoring → Retraining trigger\n"))
    XCTAssertTrue(markdown.contains("**Extra flows (0)**: none"))
  }

  func testReviewScreenAt80x24() throws {
    let review = try XCTUnwrap(Self.adClickReview)
    let screen = review.view(width: 80, height: 24)
    XCTAssertEqual(screen.width, 80)
    XCTAssertEqual(screen.height, 24)
    XCTAssertEqual(screen.cells.count, 80 * 24)
    let text = screen.text()
    XCTAssertTrue(text.contains("Practice review — Ad click prediction"), text)
    XCTAssertTrue(text.contains("Score \(review.score)%"), text)
    XCTAssertTrue(text.contains("time 16:50/45:00"), text)
    // The offline feature store is met by the online one the board has, as check accepts it.
    XCTAssertTrue(text.contains("Missing components (11): "), text)
    XCTAssertTrue(text.contains("Model registry"), text)
    XCTAssertTrue(text.contains("Missing flows (20): Client → Candidate generation"), text)
    XCTAssertTrue(text.contains("Your board"), "the summary stays short enough for the board to show: \(text)")
    // Narrow: the reference comes below the candidate's board, further down the page.
    let page = review.page(width: 80)
    let lines = page.lines()
    XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    let mine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Your board") })
    let theirs = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Reference design") })
    XCTAssertGreaterThan(theirs, mine)
    XCTAssertFalse(lines[mine].contains("Reference design"), "stacked when narrow")
    let pageText = page.text()
    XCTAssertTrue(pageText.contains("3. Data preparation"))
    XCTAssertTrue(pageText.contains("10:10 /  9:00  over by 1:10"), pageText)
    XCTAssertTrue(pageText.contains("✗ missing component: Model registry"))
    // The full lists follow the diagrams, one item per line.
    XCTAssertTrue(pageText.contains("Missing flows (20)\n  - Client → Candidate generation\n"), pageText)
    XCTAssertTrue(
      pageText.contains(
        "Met by another kind the template accepts (1)\n  ~ Offline feature store: Online feature store stands in\n"),
      pageText)
    XCTAssertTrue(pageText.contains("  - Monitoring → Retraining trigger\n"), pageText)
    let bottom = review.view(width: 80, height: 24, scroll: page.height - 24).lines()
    XCTAssertEqual(bottom.count, 24)
    XCTAssertEqual(bottom.last, lines.last, "scrolled to the end of the page")
  }

  func testReviewScreenAt200x60SideBySideWithMarks() throws {
    let review = Self.fixtureReview
    let screen = review.view(width: 200, height: 60)
    XCTAssertEqual(screen.cells.count, 200 * 60)
    let lines = screen.lines()
    let text = screen.text()
    XCTAssertTrue(text.contains("Missing components (2): Model registry; Monitoring"), text)
    XCTAssertTrue(
      text.contains("Missing flows (3): Training pipeline → Model registry; Model registry → Online inference service"),
      text)
    XCTAssertTrue(text.contains("Not in the reference (2): Vector / ANN index"), text)
    let heading = try XCTUnwrap(lines.first { $0.hasPrefix("Your board") })
    XCTAssertTrue(heading.contains("Reference design (what you missed marked)"), "side by side when wide: \(heading)")
    XCTAssertTrue(text.contains("3. Data preparation"))
    XCTAssertTrue(text.contains("Findings by step"))
    // The findings run past the first screen; the page holds them all.
    let page = review.page(width: 200).text()
    XCTAssertTrue(page.contains("✗ missing component: Model registry"), page)
    XCTAssertTrue(page.contains("✗ missing component: Monitoring"))
    XCTAssertFalse(Set(screen.cells.map(\.style.role)).contains(.boxSelected), "no selection colours here")
    // The reference's registry box is drawn as missing, the candidate's vector index as extra.
    XCTAssertEqual(role(of: "Model registry", in: screen, after: 0), .boxMissing)
    XCTAssertEqual(role(of: "Monitoring", in: screen, after: 100), .boxMissing)
    XCTAssertEqual(role(of: "Vector index", in: screen, after: 0), .warning)
    XCTAssertEqual(role(of: "Training", in: screen, after: 100), .box, "what the candidate has is drawn plainly")
  }

  func testPanningShowsTheRestOfAWideDiagram() throws {
    let review = try XCTUnwrap(Self.adClickReview)
    let still = review.page(width: 80).text()
    let bounds = try XCTUnwrap(review.referenceDiagram.bounds)
    // The right-most reference box whose label the unpanned page does not show.
    let hidden = try XCTUnwrap(
      review.reference.boxes.filter { !still.contains($0.label) }.max { $0.frame.x < $1.frame.x })
    let panned = review.page(width: 80, pan: hidden.frame.x - bounds.x).text()
    XCTAssertTrue(panned.contains(hidden.label), "\(hidden.label) after panning: \(panned)")
    XCTAssertTrue(panned.hasPrefix("Practice review — Ad click prediction"), "only the diagrams move")
    XCTAssertEqual(review.page(width: 80, pan: 100_000).text(), review.page(width: 80, pan: 1_000_000).text())
    XCTAssertEqual(review.view(width: 80, height: 24, pan: -5).text(), review.view(width: 80, height: 24).text())
  }

  func testASCIIScreenSpellsOutItsTypography() {
    let text = Self.fixtureReview.page(width: 120, charset: .ascii).text()
    XCTAssertTrue(text.contains("x missing component: Monitoring"), text)
    XCTAssertTrue(text.contains("Training pipeline -> Model registry"), text)
    XCTAssertTrue(text.contains("Follow-up questions"), text)
    for character in ["→", "✗", "✓", "“", "·", "…", "─", "│"] {
      XCTAssertFalse(text.contains(character), "\(character) on an ASCII screen")
    }
  }

  /// The style of the first cell of `text` found right of column `after` inside a box (a row with "│").
  private func role(of text: String, in screen: Canvas, after column: Int) -> StyleRole? {
    for (y, line) in screen.lines().enumerated() where line.contains("│") {
      let characters = Array(line)
      let target = Array(text)
      guard characters.count >= target.count else { continue }
      for x in column...(characters.count - target.count) where Array(characters[x..<x + target.count]) == target {
        return screen[x, y].style.role
      }
    }
    return nil
  }

  func testTinyScreensDrawNothingOutside() throws {
    let review = Self.fixtureReview
    for (width, height) in [(20, 8), (1, 1), (0, 0)] {
      let screen = review.view(width: width, height: height, scroll: 1000)
      XCTAssertEqual(screen.cells.count, width * height)
    }
    let empty = PracticeReview(
      session: nil, board: Board(title: "empty"), template: PracticeFixtures.template(), catalogue: library.catalogue)
    XCTAssertTrue(empty.page(width: 80).text().contains("(empty board)"))
    XCTAssertTrue(empty.view(width: 20, height: 8).lines().allSatisfy { DisplayWidth.of($0) <= 20 })
  }
}
