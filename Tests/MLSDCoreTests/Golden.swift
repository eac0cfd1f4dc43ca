// Golden files: the one helper every golden test goes through. A text is compared byte for byte
// with its file under Golden/; a mismatch fails with a short line diff naming the file. With
// MLSD_UPDATE_GOLDEN=1 a file that differs (or is missing) is rewritten and the test still fails,
// naming the file, so a rewrite is never a silent pass: review it with `git diff`, then run again.

import Foundation
import XCTest

/// One golden file, named by its path under `Golden/` ("render/blank.unicode.txt").
struct GoldenFile {
  /// The folder of golden files beside this source file (read from the source tree, not bundled).
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  /// The environment variable that turns on rewriting.
  static let rewriteVariable = "MLSD_UPDATE_GOLDEN"
  /// Whether this run rewrites golden files.
  static var rewriting: Bool { ProcessInfo.processInfo.environment[rewriteVariable] == "1" }

  /// The path under `Golden/`, as messages show it.
  let name: String
  let url: URL

  init(_ name: String, folder: URL = GoldenFile.folder) {
    self.name = name
    url = folder.appendingPathComponent(name)
  }

  /// What the file's bytes say as text, or nil when the file is missing or not UTF-8.
  func stored() -> String? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return String(data: data, encoding: .utf8)
  }

  /// Compares `text` with the file; returns nil when they are the same bytes, else the failure to
  /// report. When `rewrite` is set, a file that differs or is missing is written first, and the
  /// failure says so.
  func verify(_ text: String, rewrite: Bool = GoldenFile.rewriting) -> String? {
    let current = try? Data(contentsOf: url)
    if current == Data(text.utf8) { return nil }
    if rewrite {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
      } catch {
        return "could not rewrite Golden/\(name): \(error)"
      }
      return "rewrote Golden/\(name) (\(Self.rewriteVariable)=1): review it with git diff, "
        + "then run the tests again without \(Self.rewriteVariable)"
    }
    guard let current else {
      return "missing golden file Golden/\(name); \(Self.rewriteVariable)=1 writes it"
    }
    let old = String(data: current, encoding: .utf8) ?? ""
    return "Golden/\(name) differs from the text made now; \(Self.rewriteVariable)=1 rewrites it\n"
      + GoldenDiff.describe(stored: old, now: text)
  }

  /// Fails the calling test when `text` is not the file's content (see `verify`).
  func assertMatches(
    _ text: String, rewrite: Bool = GoldenFile.rewriting, file: StaticString = #filePath, line: UInt = #line,
    record: (String, StaticString, UInt) -> Void = { XCTFail($0, file: $1, line: $2) }
  ) {
    if let failure = verify(text, rewrite: rewrite) { record(failure, file, line) }
  }

  /// For a golden file that is not compared byte for byte (a table of bars the test checks
  /// against): in rewrite mode writes `text` if it differs, reports it as `assertMatches` does and
  /// returns true (the caller then skips its own comparison); otherwise returns false.
  func rewriteIfAsked(
    _ text: String, rewrite: Bool = GoldenFile.rewriting, file: StaticString = #filePath, line: UInt = #line,
    record: (String, StaticString, UInt) -> Void = { XCTFail($0, file: $1, line: $2) }
  ) -> Bool {
    guard rewrite else { return false }
    assertMatches(text, rewrite: true, file: file, line: line, record: record)
    return true
  }
}

/// A short diff of two texts for a failure message: the lines around the first stretch that
/// differs, stored lines marked `-`, new lines `+`, with the line number.
enum GoldenDiff {
  static let shown = 12

  static func describe(stored: String, now: String) -> String {
    if stored.hasSuffix("\n") != now.hasSuffix("\n"),
      String(stored.dropLast()) == now || String(now.dropLast()) == stored
    {
      return stored.hasSuffix("\n")
        ? "only the last newline differs: the stored file ends with one, the new text does not"
        : "only the last newline differs: the new text ends with one, the stored file does not"
    }
    let old = stored.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = now.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let removed = old[prefix..<(old.count - suffix)]
    let added = new[prefix..<(new.count - suffix)]
    var lines = ["@@ line \(prefix + 1): \(removed.count) stored, \(added.count) new @@"]
    if prefix > 0 { lines.append("  " + old[prefix - 1]) }
    lines += removed.prefix(shown).map { "- " + $0 }
    if removed.count > shown { lines.append("- ... \(removed.count - shown) more") }
    lines += added.prefix(shown).map { "+ " + $0 }
    if added.count > shown { lines.append("+ ... \(added.count - shown) more") }
    if suffix > 0 { lines.append("  " + old[old.count - suffix]) }
    return lines.joined(separator: "\n")
  }
}
