// A box that is not in a group but lies on its frame: the status line says so after G, while the
// group is selected and while the box is moved there, with the ways out (> puts it in, m moves).
import XCTest

@testable import MLSDCore

final class AppFrameIntruderTests: XCTestCase {
  /// Events and Features in a column; Index beside Features, so that a frame round the column
  /// (two cells of padding) runs through Index.
  static let board = Board(
    title: "Frames",
    boxes: [
      Box(id: "events", label: "Events", frame: GridRect(x: 3, y: 3, width: 12, height: 3)),
      Box(id: "features", label: "Features", frame: GridRect(x: 3, y: 10, width: 12, height: 3)),
      Box(id: "index", label: "Index", frame: GridRect(x: 16, y: 10, width: 9, height: 3)),
      Box(id: "far", label: "Far away", frame: GridRect(x: 60, y: 30, width: 10, height: 3)),
    ])

  private func groupColumn(_ app: inout AppHarness) {
    app.state.selection = .box("events")
    app.press(.char(" "), .char("j"), .char(" "), .char("G"))
    app.type("Offline")
    app.press(.enter)
  }

  func testGroupingSaysWhichBoxLiesOnTheNewFrame() {
    var app = AppHarness(board: Self.board)
    groupColumn(&app)
    XCTAssertEqual(app.state.board.groups.first?.boxIDs, ["events", "features"])
    XCTAssertEqual(AppState.boxesOnFrame(of: "offline", on: app.state.board).map(\.id), ["index"])
    let message = app.state.message?.text ?? ""
    XCTAssertTrue(message.hasPrefix("Grouped 2 boxes as Offline; 'Index' is on its frame"), message)
    XCTAssertEqual(app.state.message?.tone, .warning)
    XCTAssertTrue(app.state.frameIntrudersNote("offline")?.contains("> puts into the group, m moves") ?? false)
  }

  func testTheSelectedGroupSaysItUntilTheBoxIsPutIn() {
    var app = AppHarness(board: Self.board)
    groupColumn(&app)
    app.press(.escape)
    app.state.selection = .group("offline", anchor: nil)
    app.state.message = nil
    XCTAssertTrue(app.screen.contains("group: Offline (2 boxes) · 'Index' is on its frame"), app.screen)
    app.state.selection = .box("index")
    app.press(.char(">"), .enter)
    XCTAssertEqual(app.state.board.groups.first?.boxIDs, ["events", "features", "index"])
    XCTAssertNil(app.state.frameIntrudersNote("offline"), "a member is not an intruder")
  }

  func testNoNoteWhenTheFrameIsClear() {
    var board = Self.board
    board.boxes.removeAll { $0.id == "index" }
    var app = AppHarness(board: board)
    groupColumn(&app)
    XCTAssertEqual(app.state.message?.text, "Grouped 2 boxes as Offline: Enter renames, u undoes")
    XCTAssertTrue(AppState.boxesOnFrame(of: "offline", on: app.state.board).isEmpty)
  }

  func testMovingABoxOntoAFrameSaysSo() {
    var board = Self.board
    board.groups = [Group(id: "offline", title: "Offline", boxIDs: ["events", "features"])]
    var app = AppHarness(board: board)
    app.state.selection = .box("far")
    app.press(.char("m"))
    XCTAssertFalse(app.screen.contains("frame!"), "far from every frame")
    let far = try! XCTUnwrap(app.state.board.box("far"))
    XCTAssertEqual(app.state.framesUnder(far), [])
    app.state.selection = .box("index")
    app.press(.escape, .char("m"))
    let status = app.screen.split(separator: "\n").last.map(String.init) ?? ""
    XCTAssertTrue(status.contains("on the Offline frame!"), status)
    // A member on its own frame is not reported.
    let member = try! XCTUnwrap(app.state.board.box("features"))
    XCTAssertEqual(app.state.framesUnder(member), [])
  }
}
