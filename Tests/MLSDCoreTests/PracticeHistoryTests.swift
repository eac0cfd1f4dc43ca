// The practice history file in a temporary folder: appending, reading back, skipping a corrupted
// line with a warning that names the file and line, and the stats built from it.
import Foundation
import XCTest

@testable import MLSDCore

final class PracticeHistoryTests: XCTestCase {
  var folder = ""

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "mlsd-history-\(UUID().uuidString)/nested"
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
  }

  static func record(_ day: Int, _ template: String, _ score: Int, dataSpent: Int = 600) -> PracticeRecord {
    var steps: [Step: PracticeRecord.StepResult] = [:]
    for step in Step.allCases {
      steps[step] = .init(spentSeconds: step == .data ? dataSpent : 300, budgetSeconds: 360, score: score)
    }
    return PracticeRecord(
      date: Date(timeIntervalSince1970: 1_795_392_000 + Double(day) * 86400), templateID: template, score: score,
      steps: steps)
  }

  func testAppendCreatesTheFolderAndReadsBack() throws {
    let first = Self.record(0, "ad-click-prediction", 40)
    let second = Self.record(1, "news-feed", 75)
    try PracticeHistory.append(first, toFolder: folder)
    try PracticeHistory.append(second, toFolder: folder)
    let loaded = PracticeHistory.load(folder: folder)
    XCTAssertEqual(loaded.warnings, [])
    XCTAssertEqual(loaded.records, [first, second])
    let text = try String(contentsOfFile: folder + "/history.jsonl", encoding: .utf8)
    XCTAssertEqual(text.split(separator: "\n").count, 2)
    XCTAssertTrue(text.hasPrefix("{\"budget\":{"), text)
    XCTAssertTrue(text.contains("\"date\":\"2026-11-23T00:00:00Z\""), text)
  }

  func testRecordFromAReviewedSession() throws {
    let review = PracticeReviewTests.fixtureReview
    let template = review.template
    let record = try XCTUnwrap(PracticeRecord(review: review))
    XCTAssertEqual(record.templateID, "churn-fixture")
    XCTAssertEqual(record.score, review.score)
    XCTAssertEqual(record.steps[.data]?.spentSeconds, 545)
    XCTAssertEqual(record.steps[.data]?.budgetSeconds, review.timeTable?.rows[2].budgetSeconds)
    XCTAssertEqual(record.steps[.data]?.score, CheckReport.percent(review.report.score(for: .data)))
    XCTAssertEqual(try PracticeRecord.parse(record.jsonLine()), record)
    let untimed = PracticeReview(
      session: nil, board: review.board, template: template, catalogue: Fixtures.library.catalogue)
    XCTAssertNil(PracticeRecord(review: untimed), "an untimed review is not a practice session")
  }

  func testCorruptedLinesAreSkippedWithTheirLineNumber() throws {
    try PracticeHistory.append(Self.record(0, "ad-click-prediction", 40), toFolder: folder)
    let path = folder + "/history.jsonl"
    var bytes = try AtomicWriter.readBytes(path)
    bytes += Array("{\"version\":1,\"date\":\"2026-11-2\n\n".utf8)
    bytes += [0xFF, 0xFE, 0x0A]
    bytes += Array(
      Self.record(1, "x", 50).jsonLine().replacingOccurrences(of: "\"version\":1", with: "\"version\":9").utf8)
    bytes += [0x0A]
    bytes += Array("{\"budget\":{},\"date\":\"2026-11-24T00:00:00Z\",\"score\":140,\"scores\":{},\"spent\":{},".utf8)
    bytes += Array("\"template\":\"x\",\"version\":1}\n".utf8)
    // A torn last line without its newline: the next append starts on a line of its own.
    bytes += Array("{\"budg".utf8)
    try AtomicWriter.write(bytes, to: path)
    let good = Self.record(3, "news-feed", 90)
    try PracticeHistory.append(good, toFolder: folder)
    let loaded = PracticeHistory.load(folder: folder)
    XCTAssertEqual(loaded.records.map(\.score), [40, 90])
    XCTAssertEqual(loaded.records.last, good)
    XCTAssertEqual(
      loaded.warnings.map(\.description),
      [
        "\(path):2:1: skipped: not a practice record (invalid JSON or a missing field)",
        "\(path):4:1: skipped: not valid UTF-8 text",
        "\(path):5:1: skipped: format version 9 is not one this mlsd reads (1)",
        "\(path):6:1: skipped: score 140 is not 0...100",
        "\(path):7:1: skipped: not a practice record (invalid JSON or a missing field)",
      ])
  }

  func testMissingHistoryIsEmptyAndAFolderInTheWayIsAWarning() throws {
    XCTAssertEqual(PracticeHistory.load(folder: folder).records, [])
    XCTAssertEqual(PracticeHistory.load(folder: folder).warnings, [])
    try FileManager.default.createDirectory(atPath: folder + "/history.jsonl", withIntermediateDirectories: true)
    let loaded = PracticeHistory.load(folder: folder)
    XCTAssertEqual(loaded.warnings.count, 1)
    XCTAssertTrue(loaded.warnings[0].description.contains("history.jsonl"))
    XCTAssertThrowsError(try PracticeHistory.append(Self.record(0, "a", 1), toFolder: folder))
  }

  func testStatsPerTemplateAndPerStep() {
    let records = [
      Self.record(2, "ad-click-prediction", 60, dataSpent: 420),
      Self.record(0, "ad-click-prediction", 40, dataSpent: 540),
      Self.record(1, "news-feed", 80),
      Self.record(3, "ad-click-prediction", 55, dataSpent: 300),
    ]
    let text = StatsReport(records: records, titles: ["ad-click-prediction": "Ad click prediction"]).text()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(lines[0], "4 practice sessions on 2 templates, 2026-11-23 to 2026-11-26")
    XCTAssertEqual(lines[2], "By template")
    XCTAssertEqual(lines[3], "  Ad click prediction (ad-click-prediction)")
    XCTAssertEqual(lines[4], "    3 sessions · best 60% · last 55% · up 15 points since the first")
    XCTAssertEqual(lines[5], "    scores: 40% → 60% → 55%")
    XCTAssertEqual(lines[6], "  news-feed")
    XCTAssertEqual(lines[7], "    1 session · best 80% · last 80% · first session")
    let data = try? XCTUnwrap(lines.first { $0.contains("3. Data preparation") })
    // data: (540 + 80's 600 + 420 + 300) / 4 = 465 s = 7.75 min, budget 6 min, over.
    XCTAssertEqual(data, "  3. Data preparation               7.8 / 6 min, over     score  59%   40% → 55%")
    XCTAssertEqual(
      lines.first { $0.contains("1. Clarify requirements") },
      "  1. Clarify requirements           5 / 6 min             score  59%   40% → 55%")
  }

  func testStatsWithoutSessions() {
    XCTAssertTrue(StatsReport(records: []).text().hasPrefix("No practice sessions yet."))
  }
}
