// The golden-file helper itself: a match passes, a mismatch fails with a diff naming the file and
// the line, and rewrite mode writes the file and still fails.

import Foundation
import XCTest

final class GoldenFileTests: XCTestCase {
  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func store(_ text: String, as name: String) throws -> GoldenFile {
    let golden = GoldenFile(name, folder: folder)
    try Data(text.utf8).write(to: golden.url)
    return golden
  }

  /// The failures `assertMatches` records, instead of failing this test.
  private func failures(_ golden: GoldenFile, _ text: String, rewrite: Bool) -> [String] {
    var recorded: [String] = []
    golden.assertMatches(text, rewrite: rewrite) { message, _, _ in recorded.append(message) }
    return recorded
  }

  func testTheSameBytesPass() throws {
    let golden = try store("one\ntwo\n", as: "sub/same.txt")
    XCTAssertEqual(failures(golden, "one\ntwo\n", rewrite: false), [])
    XCTAssertEqual(failures(golden, "one\ntwo\n", rewrite: true), [], "an unchanged file is not rewritten")
  }

  func testAMismatchFailsWithADiffNamingTheFileAndLine() throws {
    let golden = try store("title\nalpha\nbeta\ngamma\n", as: "sub/diagram.txt")
    let found = failures(golden, "title\nalpha\nBETA\ngamma\n", rewrite: false)
    XCTAssertEqual(found.count, 1)
    let message = try XCTUnwrap(found.first)
    XCTAssertTrue(message.hasPrefix("Golden/sub/diagram.txt differs"), message)
    XCTAssertTrue(message.contains("MLSD_UPDATE_GOLDEN=1 rewrites it"), message)
    XCTAssertTrue(message.hasSuffix("@@ line 3: 1 stored, 1 new @@\n  alpha\n- beta\n+ BETA\n  gamma"), message)
    XCTAssertEqual(golden.stored(), "title\nalpha\nbeta\ngamma\n", "without rewrite the file is left alone")
  }

  func testALongChangeIsCutShort() throws {
    let old = (1...40).map { "old \($0)" }.joined(separator: "\n")
    let new = (1...40).map { "new \($0)" }.joined(separator: "\n")
    let golden = try store(old, as: "long.txt")
    let message = try XCTUnwrap(failures(golden, new, rewrite: false).first)
    XCTAssertTrue(message.contains("@@ line 1: 40 stored, 40 new @@"), message)
    XCTAssertTrue(message.contains("- old 12\n- ... 28 more\n+ new 1\n"), message)
    XCTAssertFalse(message.contains("old 13"), message)
  }

  func testOnlyTheLastNewlineIsNamed() throws {
    let golden = try store("a\nb\n", as: "newline.txt")
    let message = try XCTUnwrap(failures(golden, "a\nb", rewrite: false).first)
    XCTAssertTrue(
      message.hasSuffix("only the last newline differs: the stored file ends with one, the new text does not"))
  }

  func testAMissingFileFailsAndSaysHowToWriteIt() {
    let golden = GoldenFile("sub/none.txt", folder: folder)
    XCTAssertEqual(
      failures(golden, "x", rewrite: false), ["missing golden file Golden/sub/none.txt; MLSD_UPDATE_GOLDEN=1 writes it"]
    )
  }

  func testRewriteModeWritesTheFileAndStillFails() throws {
    let golden = try store("before\n", as: "sub/changed.txt")
    let found = failures(golden, "after\n", rewrite: true)
    XCTAssertEqual(found.count, 1, "a rewrite is never a silent pass")
    XCTAssertTrue(found[0].hasPrefix("rewrote Golden/sub/changed.txt (MLSD_UPDATE_GOLDEN=1)"), found[0])
    XCTAssertEqual(golden.stored(), "after\n")
    XCTAssertEqual(failures(golden, "after\n", rewrite: false), [], "the next run passes")

    let fresh = GoldenFile("new/folder/made.txt", folder: folder)
    XCTAssertEqual(failures(fresh, "made\n", rewrite: true).count, 1)
    XCTAssertEqual(fresh.stored(), "made\n", "rewrite mode creates missing folders and files")
  }

  func testRewriteIfAskedOnlyActsInRewriteMode() throws {
    let golden = try store("bar 1\n", as: "table.tsv")
    var recorded: [String] = []
    XCTAssertFalse(golden.rewriteIfAsked("bar 2\n", rewrite: false) { message, _, _ in recorded.append(message) })
    XCTAssertEqual(golden.stored(), "bar 1\n")
    XCTAssertTrue(golden.rewriteIfAsked("bar 2\n", rewrite: true) { message, _, _ in recorded.append(message) })
    XCTAssertEqual(golden.stored(), "bar 2\n")
    XCTAssertEqual(recorded.count, 1)
    XCTAssertTrue(recorded[0].hasPrefix("rewrote Golden/table.tsv"), recorded[0])
  }

  func testComparisonIsByBytes() throws {
    // "é" as one scalar and as e + combining accent are equal Strings but different files.
    let golden = try store("caf\u{E9}\n", as: "bytes.txt")
    XCTAssertEqual(failures(golden, "cafe\u{301}\n", rewrite: false).count, 1)
  }
}
