// docs/CHECKER.md against the code: every rule id the checker can report (`RuleID`) has a row in
// the rules table, and every row names a rule that exists.

import Foundation
import XCTest

@testable import MLSDCore

final class CheckerDocsTests: XCTestCase {
  static let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/CHECKER.md")

  /// The ids in the first column of the doc's tables ("| `graph.dangling` | error | ...").
  static func documentedIDs(in text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("| `") else { return nil }
      let rest = line.dropFirst(3)
      guard let end = rest.firstIndex(of: "`") else { return nil }
      let id = rest[..<end]
      return id.contains(".") && !id.contains(" ") ? String(id) : nil
    }
  }

  /// The rule ids of `RuleID` that the doc's tables leave out.
  static func undocumented(in text: String) -> [String] {
    let documented = Set(documentedIDs(in: text))
    return RuleID.allCases.map(\.rawValue).filter { !documented.contains($0) }
  }

  func testEveryRuleIDHasARowInCheckerMD() throws {
    let text = try String(contentsOf: Self.doc, encoding: .utf8)
    let missing = Self.undocumented(in: text)
    XCTAssertEqual(missing, [], "docs/CHECKER.md has no row for the rule ids \(missing.joined(separator: ", "))")
  }

  func testEveryDocumentedRuleExists() throws {
    let text = try String(contentsOf: Self.doc, encoding: .utf8)
    let known = Set(RuleID.allCases.map(\.rawValue))
    let strays = Self.documentedIDs(in: text).filter { !known.contains($0) }
    XCTAssertEqual(strays, [], "docs/CHECKER.md documents rules the checker does not have")
  }

  func testTheDriftTestFailsWhenARowIsRemoved() throws {
    // The same reading on a copy of the doc without one rule's row: that id must be reported.
    let text = try String(contentsOf: Self.doc, encoding: .utf8)
    for rule in [RuleID.graphDangling, .pitfallLeakage] {
      let copy = text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("| `\(rule.rawValue)`") }.joined(separator: "\n")
      XCTAssertEqual(Self.undocumented(in: copy), [rule.rawValue])
    }
  }
}
