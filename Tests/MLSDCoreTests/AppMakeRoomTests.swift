// Boxes never overlap after an edit: a box that grows (rename, detail) or is moved or resized
// onto others moves them aside, right or down, cascading, in the same undo step.
import XCTest

@testable import MLSDCore

final class AppMakeRoomTests: XCTestCase {
  /// Pairs of boxes whose frames overlap.
  static func overlaps(_ board: Board) -> [String] {
    var out: [String] = []
    for (i, a) in board.boxes.enumerated() {
      for b in board.boxes[(i + 1)...] where a.frame.intersects(b.frame) { out.append("\(a.id)/\(b.id)") }
    }
    return out
  }

  /// Three boxes added in a row, as a new user does (`a` three times).
  static func row() -> (AppHarness, [String]) {
    var app = AppHarness()
    let ids = [app.add("event log"), app.add("kafka"), app.add("feature store")]
    return (app, ids)
  }

  func testRenamingABoxLongerMovesItsRowAsideInOneUndoStep() {
    var (app, ids) = AppMakeRoomTests.row()
    let before = app.state.board
    XCTAssertEqual(AppMakeRoomTests.overlaps(before), [])
    app.press(.char("g"))
    XCTAssertEqual(app.state.selectedBoxID, ids[0])
    app.rename("Clickstream and watch-history event logs")
    let after = app.state.board
    // Its id was made from its old label: it follows the new one.
    let renamed = app.state.selectedBoxID ?? ""
    XCTAssertGreaterThan(after.box(renamed)!.frame.width, before.box(ids[0])!.frame.width, "the box grew")
    XCTAssertEqual(after.box(renamed)!.frame.x, before.box(ids[0])!.frame.x, "the renamed box stays put")
    XCTAssertEqual(AppMakeRoomTests.overlaps(after), [], "no box covers another")
    for id in ids.dropFirst() {
      XCTAssertEqual(after.box(id)!.frame.y, before.box(id)!.frame.y, "a row stays a row")
      XCTAssertGreaterThan(after.box(id)!.frame.x, before.box(id)!.frame.x, "\(id) moved right")
    }
    XCTAssertTrue(app.state.message?.text.contains("aside to make room") ?? false, "\(app.state.message?.text ?? "")")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, before, "one undo puts the label and every box back")
  }

  func testAGrowingDetailPushesTheBoxBelowDownAndLeavesTheOthers() {
    var board = Board(title: "column")
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 2, y: 1, width: 7, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 2, y: 5, width: 7, height: 3)),
      Box(id: "far", label: "Far", frame: GridRect(x: 60, y: 1, width: 7, height: 3)),
    ]
    var app = AppHarness(board: board)
    app.press(.char("d"))
    app.type("a long detail line that wraps onto two lines")
    app.press(.enter)
    let a = app.box("a")!.frame
    let b = app.box("b")!.frame
    XCTAssertGreaterThan(a.height, 3)
    XCTAssertEqual(b.x, 2, "pushed straight down")
    XCTAssertGreaterThan(b.y, a.maxY + 1)
    XCTAssertEqual(app.box("far")!.frame, board.box("far")!.frame, "a box the edit does not touch stays")
    XCTAssertEqual(AppMakeRoomTests.overlaps(app.state.board), [])
  }

  func testMovingOrResizingOntoABoxMovesItAsideWhenTheMoveEnds() {
    var (app, ids) = AppMakeRoomTests.row()
    let start = app.state.board
    app.press(.char("g"), .char("m"))
    for _ in 0..<6 { app.press(.right) }
    XCTAssertFalse(AppMakeRoomTests.overlaps(app.state.board).isEmpty, "while moving, the box passes over others")
    app.press(.enter)
    XCTAssertEqual(AppMakeRoomTests.overlaps(app.state.board), [], "the move ends with room made")
    XCTAssertEqual(app.box(ids[0])!.frame.x, start.box(ids[0])!.frame.x + 6, "the moved box is where it was put")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, start, "the move and the room it made are one undo step")

    app.press(.char("r"))
    for _ in 0..<5 { app.press(.shiftRight) }
    app.press(.enter)
    XCTAssertEqual(AppMakeRoomTests.overlaps(app.state.board), [], "a resize makes room too")
    app.press(.char("m"), .right, .escape)
    XCTAssertEqual(AppMakeRoomTests.overlaps(app.state.board), [], "Esc puts the board back as it was")
  }

  func testMakeRoomOnRandomBoardsLeavesNoOverlapAndMovesOnlyRightOrDown() {
    var random = SeededRandom(seed: 8)
    for round in 0..<300 {
      var board = Board(title: "random")
      for row in 0..<random.int(1..<5) {
        var x = random.int(0..<4)
        for column in 0..<random.int(1..<6) {
          let width = random.int(5..<20)
          board.boxes.append(
            Box(
              id: "b\(row)-\(column)", label: "B",
              frame: GridRect(x: x, y: 1 + row * 7 + random.int(0..<2), width: width, height: random.int(3..<5))))
          x += width + random.int(2..<8)
        }
      }
      let before = board
      let grown = board.boxes[random.int(0..<board.boxes.count)].id
      let i = board.boxIndex(grown)!
      board.boxes[i].frame.width += random.int(0..<40)
      board.boxes[i].frame.height += random.int(0..<6)
      if random.chance(30) { board.boxes[i].frame.x += random.int(0..<30) }
      let grownFrame = board.boxes[i].frame
      BoxRoom.makeRoom(around: [grown], on: &board)
      XCTAssertEqual(AppMakeRoomTests.overlaps(board), [], "round \(round)")
      XCTAssertEqual(board.box(grown)!.frame, grownFrame, "round \(round): the grown box stays")
      for box in board.boxes {
        let old = before.box(box.id)!.frame
        XCTAssertTrue(
          box.frame.x >= old.x && box.frame.y >= old.y, "round \(round): \(box.id) moved only right or down")
      }
    }
  }
}
