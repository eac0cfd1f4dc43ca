// ux18 findings 6 and 7: a box that is not in a group is never drawn on or inside its frame. `a`
// with nothing selected put the new box on a group's frame (its title vanished); `<` took a box
// out of a group and left it inside the frame. Both now keep clear, and the status line says so.
import XCTest

@testable import MLSDCore

final class AppGroupFrameClearanceTests: XCTestCase {
  /// A group "Streaming" at the board's top-left, where `a` with nothing selected puts a box.
  static let streaming = Board(
    title: "Frames",
    boxes: [
      Box(id: "kafka", label: "Kafka", frame: GridRect(x: 4, y: 3, width: 9, height: 3)),
      Box(id: "flink", label: "Flink", frame: GridRect(x: 20, y: 3, width: 9, height: 3)),
    ],
    groups: [Group(id: "streaming", title: "Streaming", boxIDs: ["kafka", "flink"])])

  /// Three members in a row and a third below: the rules engine sits in the middle of the frame.
  static let decisioning = Board(
    title: "Fraud scoring",
    boxes: [
      Box(id: "scorer", label: "Fraud scorer", frame: GridRect(x: 4, y: 3, width: 16, height: 3)),
      Box(id: "rules", label: "Rules engine", frame: GridRect(x: 24, y: 3, width: 16, height: 3)),
      Box(id: "decide", label: "Decision service", frame: GridRect(x: 44, y: 3, width: 20, height: 3)),
    ],
    arrows: [Arrow(from: "scorer", to: "decide"), Arrow(from: "rules", to: "decide")],
    groups: [Group(id: "online", title: "Online decisioning", boxIDs: ["scorer", "rules", "decide"])])

  func frames(_ board: Board) -> [GridRect] { GroupFrame.frames(of: board).map(\.rect) }

  func testANewBoxWithNothingSelectedKeepsClearOfTheFramesAndSaysSo() throws {
    var app = AppHarness(board: Self.streaming)
    app.state.selection = .none
    let id = app.add("A/B testing")
    let box = try XCTUnwrap(app.state.board.box(id))
    for frame in frames(app.state.board) {
      XCTAssertFalse(frame.intersects(box.frame.insetBy(dx: -1, dy: -1)), "\(box.frame) on the frame \(frame)")
    }
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["kafka", "flink"], "not a member")
    XCTAssertEqual(
      app.state.message?.text,
      "Added \(box.label)\(box.detail.map { " (\($0))" } ?? ""), outside the groups (> puts it into one). "
        + "Enter renames, c connects")
    let render = TextRenderer.render(app.state.board, charset: .unicode)
    XCTAssertTrue(render.contains("Streaming"), "the title is drawn:\n\(render)")
  }

  func testWithoutTheClearanceTheSameSpotWasOnTheFrame() {
    // The spot `a` used to take: the board's top-left, on the Streaming frame's title line.
    let old = Placement.freeSpot(for: (13, 3), near: nil, on: Self.streaming)
    let frame = frames(Self.streaming)[0]
    XCTAssertTrue(frame.intersects(GridRect(x: old.x, y: old.y, width: 13, height: 3)))
    let new = Placement.freeSpot(
      for: (13, 3), near: nil, on: Self.streaming, avoiding: Placement.groupFrames(on: Self.streaming))
    XCTAssertFalse(frame.intersects(GridRect(x: new.x - 1, y: new.y - 1, width: 15, height: 5)))
  }

  func testANewBoxWithTheGroupSelectedJoinsIt() throws {
    var app = AppHarness(board: Self.streaming)
    app.state.selection = .group("streaming", anchor: "flink")
    let id = app.add("Spark")
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["kafka", "flink", id])
    XCTAssertTrue(app.state.message?.text.contains(" to Streaming.") ?? false, app.state.message?.text ?? "")
  }

  func testAPastedCopyKeepsClearOfTheFrameItIsNotIn() throws {
    var app = AppHarness(board: Self.streaming)
    app.state.selection = .box("kafka")
    app.press(.char("y"), .char("p"))
    let copy = try XCTUnwrap(app.state.board.boxes.last)
    XCTAssertNotEqual(copy.id, "kafka")
    for frame in frames(app.state.board) {
      XCTAssertFalse(frame.intersects(copy.frame.insetBy(dx: -1, dy: -1)), "\(copy.frame) on the frame \(frame)")
    }
  }

  func testTakingABoxOutOfTheMiddleMovesItOutsideTheFrame() throws {
    var app = AppHarness(board: Self.decisioning)
    app.state.selection = .box("rules")
    app.press(.char("<"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["scorer", "decide"])
    let rules = try XCTUnwrap(app.state.board.box("rules"))
    let frame = try XCTUnwrap(frames(app.state.board).first)
    XCTAssertFalse(frame.intersects(rules.frame.insetBy(dx: -1, dy: -1)), "\(rules.frame) in the frame \(frame)")
    XCTAssertEqual(
      app.state.message?.text, "Took Rules engine out of Online decisioning; moved it outside the frame (u undoes)")
    XCTAssertEqual(app.state.history.past.count, 1, "one undo step")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, Self.decisioning, "undo puts it back in the group, where it was")
    XCTAssertEqual(
      app.state.message?.text, "Undone: take 'Rules engine' out of group 'Online decisioning' (nothing more to undo)")
    app.press(.ctrl("r"))
    XCTAssertEqual(app.state.board.box("rules")?.frame, rules.frame)
  }

  func testTakingABoxOffTheEdgeShrinksTheFrameAndLeavesTheBox() throws {
    var app = AppHarness(board: Self.decisioning)
    app.state.selection = .box("decide")
    app.press(.char("<"))
    XCTAssertEqual(app.state.board.box("decide")?.frame, Self.decisioning.box("decide")?.frame, "not moved")
    let frame = try XCTUnwrap(frames(app.state.board).first)
    let decide = try XCTUnwrap(app.state.board.box("decide"))
    XCTAssertFalse(frame.intersects(decide.frame), "the frame shrinks to Fraud scorer and Rules engine")
    XCTAssertEqual(
      app.state.message?.text,
      "Took Decision service out of Online decisioning; the frame shrinks to the boxes left (u undoes)")
  }

  func testUndoNamesPuttingABoxIntoAGroup() {
    var app = AppHarness(board: Self.decisioning)
    app.state.selection = .box("rules")
    app.press(.char("<"))
    app.state.selection = .box("rules")
    app.press(.char(">"))
    app.type("Online")
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["scorer", "decide", "rules"], app.state.message?.text ?? "")
    app.press(.char("u"))
    XCTAssertEqual(app.state.message?.text, "Undone: put 'Rules engine' into group 'Online decisioning' (1 more)")
  }
}
