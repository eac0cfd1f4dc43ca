// The located YAML reader: aliases read as copies of their anchor, and the limits hold whether a
// document has aliases (checked before it is copied) or not (checked while it is copied).
import XCTest

@testable import MLSDCore

final class YAMLReaderTests: XCTestCase {
  func testAnAliasReadsAsACopyOfItsAnchorWithTheAnchorsPlace() throws {
    let text = """
      mlsd: 1
      title: T
      boxes:
        - {id: a, label: &shared Feature store, size: &size [20, 3]}
        - {id: b, label: *shared, at: [30, 0], size: *size}

      """
    let board = try BoardDecoder.decode(text, name: "b.yaml").board
    XCTAssertEqual(board.boxes.map(\.label), ["Feature store", "Feature store"])
    XCTAssertEqual(board.boxes[1].frame, GridRect(x: 30, y: 0, width: 20, height: 3))
    let root = try YAMLValue.parse(text, source: YAMLSource(name: "b.yaml"))
    let second = try XCTUnwrap(try root.mapping()["boxes"]?.list()[1].mapping()["label"])
    XCTAssertEqual(second.path, "boxes[1].label")
    XCTAssertEqual([second.line, second.column], [4, 20])
  }

  func testTheLimitsHoldWithAndWithoutAliases() {
    let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
    for text in ["a: " + deep, "a: &x 1\nb: *x\nc: " + deep] {
      XCTAssertThrowsError(try YAMLValue.parse(text, source: YAMLSource(name: "d.yaml"))) {
        XCTAssertEqual("\($0)", "d.yaml:\(text.hasPrefix("a: &") ? 3 : 1):\(4 + 64): nesting is deeper than 64 levels")
      }
    }
    let wide = "a: [" + Array(repeating: "1", count: YAMLLimits.maxNodes).joined(separator: ",") + "]"
    XCTAssertThrowsError(try YAMLValue.parse(wide, source: YAMLSource(name: "w.yaml"))) {
      XCTAssertTrue(
        "\($0)".hasSuffix("the document has more than 1000000 values (aliases that expand too far are refused)"))
    }
  }
}
