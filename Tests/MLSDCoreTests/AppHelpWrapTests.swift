// The help overlay wraps a meaning that is wider than the window under itself instead of cutting
// it ("adds a box: line 1 its label, t…" at 60 columns, a tester's finding).
import XCTest

@testable import MLSDCore

final class AppHelpWrapTests: XCTestCase {
  func testEveryMeaningIsWholeAcrossItsLinesAt54Columns() {
    let lines = HelpView.lines(width: 54).map(\.0)
    XCTAssertGreaterThan(lines.count, HelpView.lines().count, "some meanings are wider than 54 columns")
    for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 54, line) }
    let indent = String(repeating: " ", count: 2 + KeyCheatSheet.keyColumn)
    // Entries in the overlay's order (a key such as Enter is in several sections).
    var from = 0
    let entries = KeyMap.table.sections.flatMap { KeyMap.table.entries(in: $0) }
    for entry in entries {
      guard let at = lines[from...].firstIndex(where: { $0.hasPrefix("  " + entry.keys + " ") }) else {
        XCTFail(entry.keys)
        continue
      }
      var help = String(lines[at].dropFirst(2 + KeyCheatSheet.keyColumn))
      for next in lines.dropFirst(at + 1) {
        guard next.hasPrefix(indent), next.count > indent.count, next.first == " " else { break }
        help += " " + next.dropFirst(indent.count)
      }
      XCTAssertEqual(help, entry.help, entry.keys)
      from = at + 1
    }
  }

  func testTheOverlayAt60ColumnsCutsNoMeaning() {
    var app = AppHarness(width: 60, height: 24)
    app.press(.char("?"))
    let screen = app.screen
    XCTAssert(screen.contains("Keys — "), screen)
    for _ in 0..<40 {
      XCTAssertFalse(app.screen.contains("…"), app.screen)
      app.press(.pageDown)
    }
  }
}
