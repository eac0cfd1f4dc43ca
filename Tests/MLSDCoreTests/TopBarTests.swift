// The top line keeps the unsaved mark "[+]" at every width, and the file's name (cut from the
// left) down to 60 columns, the narrowest the app draws; at 40 the too-small screen says it.
import XCTest

@testable import MLSDCore

final class TopBarTests: XCTestCase {
  func bar(file: String = "b1.yaml", dirty: Bool = true, ascii: Bool = false) -> TopBar {
    TopBar(
      title: "YouTube video search", dirty: dirty, file: file, template: "template: youtube-video-search", score: 48,
      timer: "00:01", practice: false, scoreShown: true, ascii: ascii)
  }

  func line(_ bar: TopBar, _ width: Int) -> String {
    let (left, right) = bar.texts(width: width)
    XCTAssertLessThanOrEqual(DisplayWidth.of(left) + 1 + DisplayWidth.of(right), width, "\(left)|\(right)")
    return left + " " + right
  }

  func testTheMarkAndTheFileShowAtEightyAndSixtyColumns() {
    for width in [160, 120, 80, 60] {
      let text = line(bar(), width)
      XCTAssert(text.contains(" [+]"), "\(width): \(text)")
      XCTAssert(text.contains("b1.yaml"), "\(width): \(text)")
      XCTAssert(text.contains("score 48%"), "\(width): \(text)")
    }
    XCTAssertEqual(
      line(bar(), 120),
      " mlsd │ YouTube video search [+] │ b1.yaml  template: youtube-video-search │ score 48% │ 00:01 ")
    XCTAssertFalse(line(bar(dirty: false), 80).contains("[+]"))
  }

  func testALongPathIsCutFromTheLeftKeepingTheFileName() {
    let path = "/home/someone/interviews/2026/practice/boards/youtube-search.yaml"
    for width in [80, 60] {
      let text = line(bar(file: path), width)
      XCTAssert(text.contains("[+]"), "\(width): \(text)")
      XCTAssert(text.contains("…") && text.contains("/youtube-search.yaml"), "\(width): \(text)")
    }
    let ascii = line(bar(file: path, ascii: true), 60)
    XCTAssert(ascii.contains(".../youtube-search.yaml") && ascii.contains("[+]"), ascii)
    XCTAssert(ascii.unicodeScalars.allSatisfy(\.isASCII), ascii)
  }

  func testTheMarkSurvivesAnyWidth() {
    for width in stride(from: 10, through: 200, by: 5) {
      XCTAssert(line(bar(file: String(repeating: "long/", count: 20) + "b.yaml"), width).contains("[+]"), "\(width)")
    }
  }

  func testTheAppShowsTheMarkAtEightySixtyAndForty() {
    for width in [80, 60, 40] {
      var app = AppHarness(width: 120, height: 24)
      app.add("kafka")
      app.send(.resize(width: width, height: 24))
      let top = app.screen.split(separator: "\n", omittingEmptySubsequences: false)
      if width >= AppState.minWidth {
        XCTAssert(top[0].contains("[+]") && top[0].contains("board.yaml"), "\(width): \(top[0])")
      } else {
        XCTAssert(app.screen.contains("[+] Unsaved changes."), app.screen)
      }
    }
  }
}
