// A declared kind the catalogue does not know is named, located and given a suggestion.
import XCTest

@testable import MLSDCore

final class KindLintTests: XCTestCase {
  private let known = ["data-source", "retraining-trigger", "monitoring"]

  func testAnUnknownKindIsLocatedWithASuggestion() {
    let text =
      "mlsd: 1\ntitle: T\nboxes:\n- id: a\n  label: A\n  kind: monitoring\n- id: b\n  label: B\n  kind: retrainin\n"
    let warnings = KindLint.unknownKinds(in: text, name: "t.yaml", known: known)
    XCTAssertEqual(warnings.count, 1)
    XCTAssertEqual(
      warnings.first?.short,
      "line 9: unknown kind 'retrainin' (did you mean 'retraining-trigger'?); the box is read from its label")
    XCTAssertEqual(warnings.first?.warning.line, 9)
    XCTAssertEqual(
      warnings.first?.warning.message.contains(
        "'retrainin' is not a component kind (did you mean 'retraining-trigger'?)"), true
    )
  }

  func testKnownOrMissingKindsAndUnreadableTextGiveNothing() {
    XCTAssertTrue(
      KindLint.unknownKinds(in: "mlsd: 1\ntitle: T\nboxes:\n- id: a\n  label: A\n", name: "t", known: known).isEmpty)
    XCTAssertTrue(KindLint.unknownKinds(in: "mlsd: [", name: "t", known: known).isEmpty)
  }
}
