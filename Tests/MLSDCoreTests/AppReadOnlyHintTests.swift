// A read-only window's status line suggests only the keys that work there.
import XCTest

@testable import MLSDCore

final class AppReadOnlyHintTests: XCTestCase {
  func testAReadOnlyWindowSuggestsOnlyKeysThatWork() {
    for width in [80, 160] {
      var app = AppHarness(width: width, height: 24)
      app.state.isReadOnly = true
      let status = app.screen.split(separator: "\n").last.map(String.init) ?? ""
      XCTAssert(status.contains("READ-ONLY"), status)
      XCTAssert(status.contains("hjkl select"), status)
      XCTAssert(status.contains("q quit"), status)
      for edit in ["a add", "Ctrl-S", "c connect", "1-7", ": command"] {
        XCTAssertFalse(status.contains(edit), "\(edit) in \(status)")
      }
    }
  }
}
