// The whiteboard's editing keys: add, label, detail, connect, move, resize, delete, copy and
// paste, find, arrows; each as actions on the pure state.
import XCTest

@testable import MLSDCore

final class AppEditingTests: XCTestCase {
  func testAddingFromThePaletteByAliasMakesAKindedBoxNextToTheSelection() {
    var app = AppHarness(template: "generic-ml-pipeline")
    let kafka = app.add("kafk")
    let box = app.box(kafka)
    XCTAssertEqual(box?.kind, "stream-ingestion")
    XCTAssertEqual(box?.label, "Stream ingestion")
    XCTAssertEqual(box?.detail, "Kafka")
    XCTAssertEqual(app.state.mode, .normal)
    let second = app.add("registry")
    XCTAssertEqual(app.box(second)?.kind, "model-registry")
    let a = app.box(kafka)!.frame
    let b = app.box(second)!.frame
    XCTAssertFalse(a.intersects(b), "the new box does not overlap")
    XCTAssertGreaterThan(b.x, a.maxX, "placed to the right of the selection")
  }

  func testPaletteMovesThroughResultsAndAddsAFreeBoxWhenNothingMatches() {
    var app = AppHarness()
    app.press(.char("a"))
    app.type("feature store")
    app.press(.down)
    guard case .palette(_, let index) = app.state.mode else { return XCTFail("still in the palette") }
    XCTAssertEqual(index, 1)
    app.press(.escape)
    XCTAssertEqual(app.state.board.boxes.count, 0, "Esc adds nothing")
    app.add("zzqx widget")
    XCTAssertEqual(app.state.board.boxes.first?.label, "zzqx widget")
    XCTAssertNil(app.state.board.boxes.first?.kind)
  }

  func testLabelEditingWithCursorMovementUnicodeAndCancel() {
    var app = AppHarness()
    let id = app.add("kafka")
    app.press(.enter)
    guard case .label(.boxLabel(id), _) = app.state.mode else { return XCTFail("editing the label") }
    app.press(.home, .delete, .delete, .delete, .delete, .delete, .delete)
    app.type("Événements 日本")
    app.press(.left, .backspace, .end)
    app.type("!")
    app.press(.enter)
    let renamed = app.state.selectedBoxID ?? ""
    XCTAssertEqual(renamed, "v-nements-ingestion", "the id follows the label: its ASCII letters")
    XCTAssertEqual(app.box(renamed)?.label, "Événements 本 ingestion!")
    XCTAssertGreaterThanOrEqual(app.box(renamed)!.frame.width, DisplayWidth.of("Événements 本 ingestion!") + 4)
    app.press(.enter)
    app.type(" more")
    app.press(.escape)
    XCTAssertEqual(app.box(renamed)?.label, "Événements 本 ingestion!", "Esc cancels")
  }

  func testDetailLine() {
    var app = AppHarness()
    let id = app.add("online feature")
    app.press(.char("d"), .ctrl("u"))
    app.type("Feast + Redis")
    app.press(.enter)
    XCTAssertEqual(app.box(id)?.detail, "Feast + Redis")
    app.press(.char("d"), .ctrl("u"), .enter)
    XCTAssertNil(app.box(id)?.detail, "an empty detail line is removed")
  }

  func testConnectByTypingPartOfTheTargetLabelThenLabelTheArrow() {
    var app = AppHarness()
    let logs = app.add("data source")
    let kafka = app.add("kafka")
    app.add("training")
    app.press(.char("h"), .char("h"))
    XCTAssertEqual(app.state.selectedBoxID, logs)
    app.press(.char("c"))
    app.type("stream")
    guard case .connect(logs, kafka, _, _) = app.state.mode else { return XCTFail("target chosen by typing") }
    app.press(.enter)
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: logs, to: kafka)])
    XCTAssertEqual(app.state.selectedArrowIndex, 0, "the new arrow is selected")
    app.press(.enter)
    app.type("events")
    app.press(.enter)
    XCTAssertEqual(app.state.board.arrows.first?.label, "events")
    app.press(.escape)
    XCTAssertEqual(app.state.selectedBoxID, logs)
    app.press(.char("c"), .enter)
    XCTAssertEqual(app.state.board.arrows.count, 1, "connect picks the nearest box, already connected")
    XCTAssertEqual(app.state.message?.text, "These boxes are already connected")
    app.press(.escape, .char("c"))
    app.type("train")
    app.press(.enter)
    XCTAssertEqual(app.state.board.arrows.count, 2)
    app.press(.escape, .char("c"), .escape)
    XCTAssertEqual(app.state.board.arrows.count, 2, "Esc cancels connecting")
  }

  func testLabellingAnArrowMakesRoomForTheLabel() {
    var app = AppHarness()
    let a = app.add("kafka")
    let b = app.add("registry")
    app.press(.char("h"), .char("c"), .enter)
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: a, to: b)])
    let before = app.box(b)!.frame
    app.press(.enter)
    app.type("model artefacts")
    app.press(.enter)
    XCTAssertGreaterThan(app.box(b)!.frame.x, before.x, "the target moved right")
    XCTAssertNotNil(app.state.layer.routes[0].labelOrigin)
    XCTAssertTrue(app.screen.contains("model artefacts"))
    app.press(.char("u"))
    XCTAssertEqual(app.box(b)!.frame, before, "one undo step puts it back")
    XCTAssertNil(app.state.board.arrows[0].label)
  }

  func testConnectChoosesTheTargetWithArrowKeysFromTheSourceFirst() {
    var app = AppHarness()
    let a = app.add("data source")
    let b = app.add("kafka")
    let c = app.add("training")
    app.press(.char("h"), .char("h"))
    app.press(.char("c"))
    guard case .connect(a, b, _, _) = app.state.mode else { return XCTFail("the box to the right first") }
    XCTAssertTrue(app.screen.contains("Connect Data source → Stream ingestion"), app.screen)
    app.press(.right)
    guard case .connect(a, b, _, _) = app.state.mode else {
      return XCTFail("the first → picks the nearest box right of the source, not of the offered target")
    }
    app.press(.right)
    guard case .connect(a, c, _, _) = app.state.mode else { return XCTFail("the second → steps on") }
    app.press(.left)
    guard case .connect(a, b, _, _) = app.state.mode else { return XCTFail("← steps back from the target") }
    app.press(.right, .enter)
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: a, to: c)])
  }

  func testConnectOffersTheBoxToTheRightThenBelowAndArrowsLookFromTheSource() {
    var board = Board(title: "T")
    board.boxes = [
      Box(id: "src", label: "Source", frame: GridRect(x: 30, y: 10, width: 10, height: 3)),
      Box(id: "left", label: "Left", frame: GridRect(x: 20, y: 10, width: 6, height: 3)),
      Box(id: "below", label: "Below", frame: GridRect(x: 30, y: 16, width: 8, height: 3)),
      Box(id: "right", label: "Right", frame: GridRect(x: 60, y: 10, width: 8, height: 3)),
    ]
    var app = AppHarness(board: board)
    app.state.selection = .box("src")
    app.press(.char("c"))
    guard case .connect("src", "right", _, false) = app.state.mode else {
      return XCTFail("the box to the right, though Left is nearer: \(app.state.mode)")
    }
    app.press(.left)
    guard case .connect("src", "left", _, true) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    board.boxes.removeAll { $0.id == "right" }
    app = AppHarness(board: board)
    app.state.selection = .box("src")
    app.press(.char("c"))
    guard case .connect("src", "below", _, _) = app.state.mode else { return XCTFail("nothing right: below") }
    app.press(.down)
    guard case .connect("src", "below", _, _) = app.state.mode else {
      return XCTFail("the first ↓ looks from the source: \(app.state.mode)")
    }
  }

  func testSpatialSelection() {
    var board = Board(title: "grid")
    board.boxes = [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 6, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 20, y: 0, width: 6, height: 3)),
      Box(id: "c", label: "C", frame: GridRect(x: 0, y: 10, width: 6, height: 3)),
      Box(id: "d", label: "D", frame: GridRect(x: 20, y: 11, width: 6, height: 3)),
    ]
    var app = AppHarness(board: board)
    XCTAssertEqual(app.state.selectedBoxID, "a")
    app.press(.right)
    XCTAssertEqual(app.state.selectedBoxID, "b")
    app.press(.char("j"))
    XCTAssertEqual(app.state.selectedBoxID, "d")
    app.press(.char("h"))
    XCTAssertEqual(app.state.selectedBoxID, "c")
    app.press(.up)
    XCTAssertEqual(app.state.selectedBoxID, "a")
    app.press(.up)
    XCTAssertEqual(app.state.selectedBoxID, "a", "nothing above: stays")
  }

  func testTheLargeMoveStepIsFourCellsEveryWayAndLTakesItRight() {
    var app = AppHarness()
    let id = app.add("kafka")
    app.press(.char("m"), .shiftDown, .shiftDown, .shiftRight, .shiftRight)
    let start = app.box(id)!.frame
    let steps: [(Key, dx: Int, dy: Int)] = [
      (.char("L"), 4, 0), (.char("H"), -4, 0), (.char("J"), 0, 4), (.char("K"), 0, -4),
      (.shiftRight, 4, 0), (.shiftLeft, -4, 0), (.shiftDown, 0, 4), (.shiftUp, 0, -4), (.char("l"), 1, 0),
    ]
    for (key, dx, dy) in steps {
      let before = app.box(id)!.frame
      app.press(key)
      XCTAssertEqual(app.box(id)!.frame.x, before.x + dx, "\(key)")
      XCTAssertEqual(app.box(id)!.frame.y, before.y + dy, "\(key)")
    }
    app.press(.escape)
    XCTAssertLessThanOrEqual(app.box(id)!.frame.y, start.y)
    app.press(.char("r"), .char("L"), .enter)
    XCTAssertEqual(app.box(id)!.frame.width, start.width + 4, "L widens by the large step too")
    let table = KeyMap.table.entries.filter { $0.mode == .move }.map(\.help).joined(separator: " ")
    XCTAssertTrue(table.contains("H J K L: ×\(AppState.largeMoveStep)"), table)
  }

  func testMoveAndResizeWithShiftAndCancel() {
    var app = AppHarness()
    let id = app.add("kafka")
    let start = app.box(id)!.frame
    app.press(.char("m"), .right, .right, .shiftDown, .enter)
    XCTAssertEqual(app.box(id)!.frame.x, start.x + 2)
    XCTAssertEqual(app.box(id)!.frame.y, start.y + 4)
    app.press(.char("m"), .left, .escape)
    XCTAssertEqual(app.box(id)!.frame.x, start.x + 2, "Esc puts it back")
    app.press(.char("r"), .shiftRight, .down, .enter)
    XCTAssertEqual(app.box(id)!.frame.width, start.width + 4, "×4, as the key table says")
    XCTAssertEqual(app.box(id)!.frame.height, start.height + 1)
    app.press(.char("r"))
    for _ in 0..<40 { app.press(.left) }
    app.press(.enter)
    XCTAssertEqual(
      app.box(id)!.frame.width, AppState.narrowestWidth(of: app.box(id)!), "never narrower than the first word needs")
    XCTAssertGreaterThan(AppState.narrowestWidth(of: app.box(id)!), Box.minWidth)
    app.press(.char("m"))
    for _ in 0..<100 { app.press(.left) }
    app.press(.enter)
    XCTAssertEqual(app.box(id)!.frame.x, 0, "never off the board")
  }

  func testDeleteBoxTakesItsArrowsAndSelectsANeighbour() {
    var app = AppHarness()
    let a = app.add("data source")
    let b = app.add("kafka")
    app.press(.char("c"), .enter)
    XCTAssertEqual(app.state.board.arrows.count, 1)
    app.press(.escape)
    XCTAssertEqual(app.state.selectedBoxID, b)
    app.press(.char("x"))
    XCTAssertNil(app.box(b))
    XCTAssertEqual(app.state.board.arrows, [])
    XCTAssertEqual(app.state.selectedBoxID, a)
    app.press(.delete)
    XCTAssertEqual(app.state.board.boxes, [])
  }

  func testTabCyclesArrowsThenReverseAndDelete() {
    var app = AppHarness()
    let a = app.add("data source")
    let b = app.add("kafka")
    let c = app.add("training")
    app.press(.char("c"), .enter, .escape)  // c → nearest: b
    app.press(.char("h"))
    XCTAssertEqual(app.state.selectedBoxID, b)
    app.press(.char("c"))
    app.type("data")
    app.press(.enter, .escape)
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: c, to: b), Arrow(from: b, to: a)])
    app.press(.tab)
    XCTAssertEqual(app.state.selection, .arrow(0, anchor: b))
    app.press(.tab)
    XCTAssertEqual(app.state.selection, .arrow(1, anchor: b))
    app.press(.tab)
    XCTAssertEqual(app.state.selection, .arrow(0, anchor: b), "Tab wraps around")
    app.press(.backTab)
    XCTAssertEqual(app.state.selection, .arrow(1, anchor: b))
    app.press(.char("R"))
    XCTAssertEqual(app.state.board.arrows[1], Arrow(from: a, to: b))
    app.press(.char("s"))
    XCTAssertEqual(app.state.board.arrows[1].style, .dashed)
    app.press(.char("s"), .char("s"))
    XCTAssertEqual(app.state.board.arrows[1].style, .solid, "the styles cycle")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.arrows[1].style, .thick)
    app.press(.char("u"), .char("u"))
    app.press(.char("x"))
    XCTAssertEqual(app.state.board.arrows, [Arrow(from: c, to: b)])
  }

  func testCopyAndPaste() {
    var app = AppHarness()
    app.add("kafka")
    app.rename("Events")
    let id = app.state.selectedBoxID ?? ""
    XCTAssertEqual(id, "events", "the id made from the old label follows the new one")
    app.press(.char("y"), .char("p"))
    XCTAssertEqual(app.state.board.boxes.count, 2)
    let copy = app.state.board.boxes[1]
    XCTAssertNotEqual(copy.id, id)
    XCTAssertEqual(copy.label, "Events")
    XCTAssertEqual(copy.kind, "stream-ingestion")
    XCTAssertFalse(copy.frame.intersects(app.box(id)!.frame))
    XCTAssertEqual(app.state.selectedBoxID, copy.id)
  }

  func testFindSelectsByLabelAndEscRestores() {
    var app = AppHarness()
    let a = app.add("data source")
    app.add("kafka")
    let c = app.add("registry")
    app.press(.char("/"))
    app.type("data")
    XCTAssertEqual(app.state.selectedBoxID, a)
    app.press(.escape)
    XCTAssertEqual(app.state.selectedBoxID, c, "Esc goes back")
    app.press(.char("/"))
    app.type("REGI")
    app.press(.enter)
    XCTAssertEqual(app.state.selectedBoxID, c)
    app.press(.char("n"))
    XCTAssertEqual(app.state.selectedBoxID, c, "the only match")
  }

  func testTitleEditing() {
    var app = AppHarness()
    app.press(.char("T"), .ctrl("u"))
    app.type("Fraud detection")
    app.press(.enter)
    XCTAssertEqual(app.state.board.title, "Fraud detection")
  }

  func testAutoLayoutLeavesNoOverlaps() {
    var board = Board(title: "messy")
    board.boxes = (0..<5).map {
      Box(id: "b\($0)", label: "Box \($0)", frame: GridRect(x: 3, y: 3, width: 10, height: 3))
    }
    board.arrows = [Arrow(from: "b0", to: "b1"), Arrow(from: "b1", to: "b2"), Arrow(from: "b2", to: "b3")]
    var app = AppHarness(board: board)
    app.press(.char("L"))
    let frames = app.state.board.boxes.map(\.frame)
    for i in frames.indices {
      for j in frames.indices where i < j { XCTAssertFalse(frames[i].intersects(frames[j]), "\(i) and \(j)") }
    }
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, board)
  }
}
