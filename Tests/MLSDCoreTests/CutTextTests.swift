// Text that does not fit reads as cut ("…", "..." in ASCII) or wraps: the checklist's long
// titles wrap, palette rows and the kind palette's empty line end in "…", and the status line
// names a long kind whole when the window is wide.
import XCTest

@testable import MLSDCore

final class CutTextTests: XCTestCase {
  func testPutCutMarksTheCut() {
    var canvas = Canvas(width: 12, height: 1)
    XCTAssertEqual(canvas.put(cut: "Object storage", x: 0, y: 0, style: CellStyle(.panel), width: 10), 10)
    XCTAssertEqual(canvas.text(), "Object st…")
    var ascii = Canvas(width: 12, height: 1)
    ascii.put(cut: "✓ Object storage", x: 0, y: 0, style: CellStyle(.panel), width: 10, ascii: true)
    XCTAssertEqual(ascii.text(), "+ Objec...")
    var whole = Canvas(width: 12, height: 1)
    whole.put(cut: "Data source", x: 0, y: 0, style: CellStyle(.panel), width: 11)
    XCTAssertEqual(whole.text(), "Data source", "what fits is not marked")
  }

  func testWrapWithALimitEndsInAnEllipsis() {
    XCTAssertEqual(DisplayWidth.wrap("one two three four", to: 9, maxLines: 2), ["one two", "three …"])
    XCTAssertEqual(DisplayWidth.wrap("one two", to: 9, maxLines: 2), ["one two"])
    XCTAssertEqual(DisplayWidth.wrap("one two three fours", to: 9, maxLines: 1), ["one two …"])
  }

  func testChecklistTitlesWrapWhole() {
    var app = AppHarness(template: "youtube-video-search")
    app.state.panelTab = .checklist
    let width = PanelView.body(app.state).width
    let lines = PanelView.checklistLines(app.state, width: width)
    var wrapped = 0
    for check in app.state.report.checks where check.severity != .hint {
      let mine = lines.filter { $0.check == check }
      XCTAssertFalse(mine.isEmpty, check.title)
      for line in mine { XCTAssertLessThanOrEqual(DisplayWidth.of(line.text), width, line.text) }
      let words = mine.map { $0.text.dropFirst(4).split(separator: " ").joined(separator: " ") }.joined(separator: " ")
      XCTAssertEqual(words, check.title.split(separator: " ").joined(separator: " "))
      if mine.count > 1 { wrapped += 1 }
    }
    XCTAssertGreaterThan(wrapped, 0, "this template has titles longer than the panel")
  }

  func testPaletteRowsThatDoNotFitEndInAnEllipsis() {
    var app = AppHarness(width: 120, height: 60)
    app.state.panelTab = .palette
    let row = app.screen.split(separator: "\n").first { $0.contains("Training pipeline (") }
    XCTAssertNotNil(row)
    XCTAssert(row!.hasSuffix(")") || row!.hasSuffix("…"), String(row!))
  }

  func testTheKindPalettesEmptyLineWraps() {
    var app = AppHarness(width: 80, height: 24)
    app.press(.char("a"))
    app.type("Search query logs zz")
    XCTAssert(app.screen.contains("'Search query logs zz'"), app.screen)
  }

  func testAWideStatusLineNamesALongKindWhole() {
    var wide = AppHarness(width: 120, height: 40)
    wide.add("Prediction and feature logging")
    wide.state.message = nil
    XCTAssert(wide.screen.contains("kind: Prediction and feature logging (declared)"), wide.screen)
    var narrow = AppHarness(width: 80, height: 24)
    narrow.add("Prediction and feature logging")
    narrow.state.message = nil
    let status = narrow.screen.split(separator: "\n").last.map(String.init) ?? ""
    XCTAssert(status.contains("kind: Prediction and feature log… (declared)"), status)
  }

  // MARK: a locale that cannot show "…" (LC_ALL=C): every cut ends in "...", none in "?"

  func testASCIITruncationEndsInThreeDots() {
    XCTAssertEqual(DisplayWidth.truncate("Clarify requirements", to: 12, ascii: true), "Clarify r...")
    XCTAssertEqual(DisplayWidth.truncate("Clarify requirements", to: 12), "Clarify req…")
    XCTAssertEqual(DisplayWidth.truncate("Clarify", to: 2, ascii: true), "..")
    XCTAssertEqual(DisplayWidth.truncate("Clarify", to: 7, ascii: true), "Clarify")
  }

  func testAnEllipsisInsideALineIsSpelledInASCII() {
    XCTAssertEqual(ASCIIText.ellipsesSpelled("Routing 9 arrows… (drawn simply)"), "Routing 9 arrows... (drawn simply)")
    XCTAssertEqual(ASCIIText.ellipsesSpelled("'Kafka…' and 'Redis…'"), "'Kafka...' and 'Redis...'")
    XCTAssertEqual(ASCIIText.ellipsesSpelled("cut at the end…"), "cut at the end…", "the last one is the cut's")
    XCTAssertEqual(ASCIIText.ellipsesSpelled("a… b…"), "a... b…")
    var canvas = Canvas(width: 40, height: 1)
    canvas.put(
      cut: "Pasted as a new box 'Search quer…' (u undoes)", x: 0, y: 0, style: CellStyle(.status), width: 40,
      ascii: true)
    XCTAssertEqual(canvas.text(), "Pasted as a new box 'Search quer...' ...")
  }

  func testASCIIStepsPanelAndKindStatusCutWithDots() {
    var app = AppHarness(template: "news-feed")
    app.state = AppState(
      board: app.state.board, filePath: nil, library: Fixtures.library, theme: .monochrome, ascii: true, width: 100,
      height: 30)
    app.add("Prediction and feature logging")
    app.state.message = nil
    let lines = app.screen.split(separator: "\n").map(String.init)
    for step in Step.allCases {
      let line = lines.first { $0.contains("| \(step.number) - ") || $0.contains("| \(step.number) + ") }
      XCTAssertNotNil(line, "step \(step.number)\n\(app.screen)")
      guard let line, !line.contains(step.title) else { continue }
      XCTAssertFalse(line.contains("?"), line)
      XCTAssertTrue(line.range(of: #"[A-Za-z]\.\.\. +[0-9]+%$"#, options: .regularExpression) != nil, line)
    }
    XCTAssertTrue(lines.last?.contains("kind: Prediction and feature lo... (declared)") == true, lines.last ?? "")
  }

  func testTheNotesEditorCountsTheQuestionsItLeavesOut() {
    let questions = Fixtures.library.template("news-feed")!.guide(for: .requirements).questions
    XCTAssertGreaterThan(questions.count, 3)
    let board = Fixtures.library.template("news-feed")!.newBoard()
    var small = AppHarness(board: board, width: 80, height: 20)
    small.press(.char("1"))
    let lines = small.screen.split(separator: "\n").map(String.init)
    let shown = lines.filter { $0.hasPrefix(" │ ? ") }.count
    XCTAssertGreaterThan(shown, 0, small.screen)
    XCTAssertLessThan(shown, questions.count)
    let more = questions.count - shown
    XCTAssertTrue(small.screen.contains("… \(more) more questions (Steps tab)"), small.screen)
    var tall = AppHarness(board: board, width: 160, height: 45)
    tall.press(.char("1"))
    XCTAssertEqual(tall.screen.split(separator: "\n").filter { $0.hasPrefix(" │ ? ") }.count, questions.count)
    XCTAssertFalse(tall.screen.contains("more question"), tall.screen)
  }
}
