// A component no box draws but the notes name: the finding stays (the checker judges the drawing)
// and quotes the sentence, so the user sees the notes were read.
import XCTest

@testable import MLSDCore

final class ComponentNotesMentionTests: XCTestCase {
  let library = Fixtures.library

  /// The youtube-video-search reference without its boxes of `kind`, with `notes`.
  private func finding(without kind: String, notes: [Step: String]) throws -> Check? {
    let template = try XCTUnwrap(library.template("youtube-video-search"))
    var board = template.referenceBoard()
    let report0 = Checker.check(board, template: template, catalogue: library.catalogue)
    let ids = Set(report0.reading.boxes.filter { $0.kinds.contains(kind) }.map(\.boxID))
    XCTAssertFalse(ids.isEmpty, "the reference draws \(kind)")
    board.boxes.removeAll { ids.contains($0.id) }
    board.arrows.removeAll { ids.contains($0.from) || ids.contains($0.to) }
    board.notes = StepNotes(notes)
    let report = Checker.check(board, template: template, catalogue: library.catalogue)
    return report.checks.first { !$0.passed && $0.title == library.catalogue.kind(kind)?.name }
  }

  func testNotesThatNameTheComponentAreQuoted() throws {
    let check = try XCTUnwrap(
      finding(
        without: "ab-testing",
        notes: [.serving: "Serve the ranker behind the gateway.", .evaluation: "Online: A/B test on 5% of users."]))
    XCTAssertEqual(check.severity, .warning)
    XCTAssertTrue(
      check.message.contains(
        "drawn nowhere, though the evaluation notes name it: \"Online: A/B test on 5% of users.\""),
      check.message)
    XCTAssertTrue(check.hint.hasPrefix("Add a box for it, so that the drawing shows what the notes say"), check.hint)
  }

  func testNotesThatDoNotNameItLeaveTheMessageAsItWas() throws {
    let check = try XCTUnwrap(
      finding(without: "ab-testing", notes: [.evaluation: "Offline: nDCG@10 on held-out queries."]))
    XCTAssertFalse(check.message.contains("drawn nowhere"), check.message)
  }

  func testANameAnotherKindSharesMarksNeither() throws {
    let phrases = try XCTUnwrap(library.catalogue.mentionPhrases["cache"]).map { $0.lowercased() }
    XCTAssertTrue(phrases.contains("cache"), "\(phrases)")
    XCTAssertFalse(phrases.contains("redis"), "Redis is also a feature store: \(phrases)")
  }
}
