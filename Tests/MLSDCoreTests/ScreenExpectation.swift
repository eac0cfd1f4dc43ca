// A whole-screen expectation for the app tests (as ratatui's `Buffer::with_lines`): the expected
// screen is written in the test as its rows, and a difference shows both, row by row.
import XCTest

@testable import MLSDCore

extension XCTestCase {
  /// Compares the whole screen with the expected rows; on a difference, shows both, row by row.
  func assertScreen(
    _ app: AppHarness, _ expected: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let actual = AppView.render(app.state).lines()
    let wanted = expected.components(separatedBy: "\n")
    XCTAssertEqual(actual.count, app.state.screenHeight, file: file, line: line)
    guard actual != wanted else { return }
    var report = "the screen differs from the expected one (- expected, + actual):\n"
    for row in 0..<max(actual.count, wanted.count) {
      let a = row < actual.count ? actual[row] : "(none)"
      let w = row < wanted.count ? wanted[row] : "(none)"
      report += a == w ? "  \(a)\n" : "- \(w)\n+ \(a)\n"
    }
    report += "actual screen:\n" + actual.joined(separator: "\n")
    XCTFail(report, file: file, line: line)
  }
}
