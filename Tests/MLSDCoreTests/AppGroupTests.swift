// Group editing in the whiteboard: marking boxes, grouping them under a title, renaming, putting
// boxes into a group and taking them out, deleting a group (its boxes stay), each one undo step;
// the mouse on a group's title; what the screen and the saved file show; L with a new group.
import XCTest

@testable import MLSDCore

final class AppGroupTests: XCTestCase {
  /// Four boxes in two rows: Events → Features above, Trainer → Serving below.
  static let board = Board(
    title: "Groups",
    boxes: [
      Box(id: "events", label: "Events", frame: GridRect(x: 3, y: 3, width: 10, height: 3)),
      Box(id: "features", label: "Features", frame: GridRect(x: 20, y: 3, width: 12, height: 3)),
      Box(id: "trainer", label: "Trainer", frame: GridRect(x: 3, y: 11, width: 11, height: 3)),
      Box(id: "serving", label: "Serving", frame: GridRect(x: 20, y: 11, width: 11, height: 3)),
    ],
    arrows: [Arrow(from: "events", to: "features"), Arrow(from: "features", to: "trainer")])

  func select(_ app: inout AppHarness, _ id: String) {
    app.state.selection = .box(id)
  }

  /// Marks Events and Features and groups them as `title`.
  func groupTwo(_ app: inout AppHarness, title: String = "Offline") {
    select(&app, "events")
    app.press(.char(" "), .char("l"), .char(" "), .char("G"))
    app.type(title)
    app.press(.enter)
  }

  /// The group `groupTwo` makes (Offline), then Online holding the trainer alone.
  func groupTwoAndTrainer(_ app: inout AppHarness) {
    groupTwo(&app)
    select(&app, "trainer")
    app.press(.char("G"))
    app.type("Online")
    app.press(.enter)
  }

  func testMarkingAndGroupingBoxesMakesATitledGroupAndSelectsIt() {
    var app = AppHarness(board: Self.board)
    select(&app, "events")
    app.press(.char(" "))
    XCTAssertEqual(app.state.marked, ["events"])
    XCTAssertEqual(app.state.message?.text.hasPrefix("Marked Events (1 marked)"), true)
    app.press(.char("l"), .char("v"))
    XCTAssertEqual(app.state.marked, ["events", "features"], "v marks too")
    app.press(.char("G"))
    XCTAssertEqual(app.state.mode, .label(.newGroup(["events", "features"]), TextField()))
    XCTAssertTrue(app.screen.contains("New group of 2 boxes, title:"), app.screen)
    app.type("Offline")
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups, [Group(id: "offline", title: "Offline", boxIDs: ["events", "features"])])
    XCTAssertEqual(app.state.selection, .group("offline", anchor: "features"))
    XCTAssertEqual(app.state.marked, [], "the marks are used up")
    XCTAssertEqual(app.state.message?.text, "Grouped 2 boxes as Offline: Enter renames, u undoes")
    XCTAssertEqual(app.state.history.past.count, 1, "one undo step")
  }

  func testWithoutMarksTheSelectedBoxIsGrouped() {
    var app = AppHarness(board: Self.board)
    select(&app, "trainer")
    app.press(.char("G"))
    app.type("Training")
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups, [Group(id: "training", title: "Training", boxIDs: ["trainer"])])
  }

  func testMarkingAgainUnmarksAndEscClearsTheMarksBeforeTheSelection() {
    var app = AppHarness(board: Self.board)
    select(&app, "events")
    app.press(.char(" "), .char(" "))
    XCTAssertEqual(app.state.marked, [])
    app.press(.char(" "), .char("l"), .char(" "), .escape)
    XCTAssertEqual(app.state.marked, [])
    XCTAssertEqual(app.state.selection, .box("features"), "the first Esc only clears the marks")
    app.press(.escape)
    XCTAssertNil(app.state.selection)
  }

  func testRenamePutInTakeOutAndDeleteAreEachOneUndoStepAndRedo() {
    var app = AppHarness(board: Self.board)
    var boards = [app.state.board]
    groupTwo(&app)
    boards.append(app.state.board)

    app.press(.enter)
    XCTAssertEqual(app.state.mode, .label(.groupTitle("offline"), TextField("Offline")))
    app.press(.ctrl("u"))
    app.type("Batch")
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups.map(\.title), ["Batch"])
    XCTAssertEqual(app.state.board.groups.map(\.id), ["offline"], "renaming keeps the id")
    boards.append(app.state.board)

    select(&app, "serving")
    app.press(.char(">"))
    guard case .joinGroup(["serving"], "offline", _) = app.state.mode else {
      return XCTFail("> chooses the nearest group: \(app.state.mode)")
    }
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features", "serving"])
    XCTAssertEqual(app.state.message?.text, "Put Serving into Batch (u undoes)")
    boards.append(app.state.board)

    select(&app, "serving")
    app.press(.char("<"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features"])
    XCTAssertEqual(app.state.message?.text, "Took Serving out of Batch; the frame shrinks to the boxes left (u undoes)")
    boards.append(app.state.board)

    select(&app, "features")
    app.press(.char("o"))
    XCTAssertEqual(app.state.selection, .group("offline", anchor: "features"))
    app.press(.char("x"))
    XCTAssertEqual(app.state.board.groups, [])
    XCTAssertEqual(app.state.board.boxes, Self.board.boxes, "the boxes stay")
    XCTAssertEqual(app.state.board.arrows, Self.board.arrows, "and their arrows")
    XCTAssertEqual(app.state.selection, .box("features"))
    XCTAssertEqual(app.state.message?.text, "Deleted the group Batch; its 2 boxes stay (u undoes)")
    boards.append(app.state.board)

    for expected in boards.reversed().dropFirst() {
      app.press(.char("u"))
      XCTAssertEqual(app.state.board, expected)
    }
    for expected in boards.dropFirst() {
      app.press(.ctrl("r"))
      XCTAssertEqual(app.state.board, expected)
    }
  }

  func testUndoMarksAgainTheBoxesAGroupWasMadeFromAndRedoUsesThemUp() {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    XCTAssertEqual(app.state.marked, [])
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.groups, [])
    XCTAssertEqual(app.state.marked, ["events", "features"], "undo gives the marks back")
    app.press(.ctrl("r"))
    XCTAssertEqual(app.state.board.groups.map(\.boxIDs), [["events", "features"]])
    XCTAssertEqual(app.state.marked, [], "redo uses them up again")
    app.press(.char("u"))
    // The marks given back make the group again, as they did the first time.
    app.press(.char("G"))
    app.type("Batch")
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups, [Group(id: "batch", title: "Batch", boxIDs: ["events", "features"])])
  }

  func testUndoOfPuttingMarkedBoxesIntoAGroupOrTakingThemOutMarksThemAgain() {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    select(&app, "trainer")
    app.press(.char(" "), .char("l"), .char(" "))
    XCTAssertEqual(app.state.marked, ["trainer", "serving"])
    app.press(.char(">"), .enter)
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features", "trainer", "serving"])
    XCTAssertEqual(app.state.marked, [])
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features"])
    XCTAssertEqual(app.state.marked, ["trainer", "serving"])
    app.press(.ctrl("r"))
    XCTAssertEqual(app.state.marked, [])

    select(&app, "events")
    app.press(.char(" "), .char("l"), .char(" "), .char("<"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["trainer", "serving"])
    XCTAssertEqual(app.state.marked, [])
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features", "trainer", "serving"])
    XCTAssertEqual(app.state.marked, ["events", "features"])
  }

  func testABoxPutIntoAnotherGroupLeavesItsOwnAndAnEmptiedGroupIsRemoved() {
    var app = AppHarness(board: Self.board)
    groupTwoAndTrainer(&app)
    XCTAssertEqual(app.state.board.groups.map(\.id), ["offline", "online"])
    // Features and then Events move to Online; Offline, left empty, goes.
    select(&app, "features")
    app.press(.char(">"))
    app.type("onl")
    app.press(.enter)
    XCTAssertEqual(app.state.board.groups.map(\.boxIDs), [["events"], ["trainer", "features"]])
    XCTAssertEqual(app.state.message?.text, "Put Features into Online (taken from Offline) (u undoes)")
    select(&app, "events")
    app.press(.char(">"), .enter)
    XCTAssertEqual(
      app.state.board.groups, [Group(id: "online", title: "Online", boxIDs: ["trainer", "features", "events"])])
    XCTAssertEqual(
      app.state.message?.text,
      "Put Events into Online (taken from Offline; Offline had no box left and is gone) (u undoes)")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.groups.map(\.id), ["offline", "online"], "undo brings it back")
  }

  func testTheGroupChooserCyclesTypesAndCancels() {
    var app = AppHarness(board: Self.board)
    groupTwoAndTrainer(&app)
    select(&app, "serving")
    app.press(.char(">"))
    guard case .joinGroup(_, let first?, _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertEqual(first, "online", "the nearest group the box is not in")
    app.press(.down)
    guard case .joinGroup(_, "offline", _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
    XCTAssertTrue(app.screen.contains("Put Serving into group: Offline"), app.screen)
    XCTAssertTrue(app.screen.contains(" GROUP "), "the mode is named")
    app.type("zzz")
    XCTAssertEqual(app.state.message?.text, "No group's title matches 'zzz'")
    let before = app.state.board
    app.press(.escape)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board, before, "Esc changes nothing")
  }

  func testAMarkedBoxIsPutIntoTheSelectedGroupDirectly() {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    select(&app, "trainer")
    app.press(.char(" "))
    app.state.selection = .group("offline", anchor: "trainer")
    app.press(.char(">"))
    XCTAssertEqual(app.state.mode, .normal, "no chooser: the group is the selected one")
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features", "trainer"])
  }

  func testMistakesSayWhatToDoAndChangeNothing() {
    var app = AppHarness(board: Self.board)
    app.state.selection = nil
    for key: Character in ["G", ">", "<", " "] {
      app.press(.char(key))
      XCTAssertEqual(
        app.state.message?.text, "Select one or more boxes first (hjkl selects, Space marks several)", "\(key)")
      XCTAssertEqual(app.state.mode, .normal)
    }
    app.press(.char("o"))
    XCTAssertEqual(app.state.message?.text, "The board has no group: mark boxes with Space, then G")
    select(&app, "events")
    app.press(.char(">"))
    XCTAssertEqual(app.state.message?.text, "The board has no group yet: G makes one of the marked boxes")
    app.press(.char("<"))
    XCTAssertEqual(app.state.message?.text, "Events is in no group")
    app.press(.char("G"), .enter)
    XCTAssertEqual(app.state.message?.text, "A group needs a title: press G again and type one")
    XCTAssertEqual(app.state.board, Self.board)
    XCTAssertFalse(app.state.history.canUndo, "nothing was recorded")

    groupTwo(&app)
    app.press(.enter, .ctrl("u"), .enter)
    XCTAssertEqual(app.state.message?.text, "A group needs a title (x deletes the group, its boxes stay)")
    XCTAssertEqual(app.state.board.groups.map(\.title), ["Offline"])
    select(&app, "events")
    app.press(.char(">"), .enter)
    XCTAssertEqual(app.state.message?.text, "It is already in Offline")
    select(&app, "trainer")
    app.press(.char("o"))
    XCTAssertEqual(
      app.state.message?.text, "No group: the box Trainer stays selected · G makes one, > puts it into one")
  }

  func testGroupIDsComeFromTitlesAndNeverRepeat() {
    var app = AppHarness(board: Self.board)
    for (id, title) in [("trainer", "Offline"), ("serving", "Offline"), ("events", "★")] {
      select(&app, id)
      app.press(.char("G"))
      app.type(title)
      app.press(.enter)
    }
    XCTAssertEqual(app.state.board.groups.map(\.id), ["offline", "offline-2", "group"])
    XCTAssertTrue(app.state.board.groups.allSatisfy { Board.isValidID($0.id) })
  }

  func testTheSavedFileHoldsTheGroupsAsMade() throws {
    var app = AppHarness(board: Self.board)
    groupTwo(&app, title: "Offline: batch")
    let files = MemoryFiles()
    app.press(.ctrl("s"))
    app.runEffects(EffectRunner(files: files, dataFolder: "/data", absolute: { "/cwd/" + $0 }))
    let text = try XCTUnwrap(files.texts["/cwd/board.yaml"] ?? files.texts["board.yaml"])
    let loaded = try BoardDecoder.decode(text, name: "board.yaml").board
    XCTAssertEqual(
      loaded.groups, [Group(id: "offline-batch", title: "Offline: batch", boxIDs: ["events", "features"])])
  }

  func testTheScreenShowsTheMarksTheLitFrameAndTheGroupInTheStatusLine() throws {
    var app = AppHarness(board: Self.board, width: 80, height: 24)
    select(&app, "events")
    app.press(.char(" "))
    let marked = AppView.render(app.state)
    let events = Self.board.boxes[0].frame
    let area = app.state.canvasArea
    XCTAssertEqual(marked[area.x + events.x + 1, area.y + events.y].text, "✓", app.screen)
    app.press(.char("l"), .char(" "), .ctrl("l"))
    XCTAssertTrue(app.screen.contains("NORMAL  2 marked · kind:"), "the status line counts the marks: \(app.screen)")
    app.press(.char("G"))
    app.type("Offline")
    app.press(.enter, .ctrl("l"))
    let canvas = AppView.render(app.state)
    let text = canvas.text()
    XCTAssertTrue(text.contains("┄ Offline ┄"), text)
    XCTAssertTrue(text.contains("group: Offline (2 boxes)   Enter rename  x delete group"), text)
    let frame = try XCTUnwrap(GroupFrame.frames(of: app.state.board).first)
    let corner = canvas[area.x + frame.rect.x - app.state.scroll.x, area.y + frame.rect.y - app.state.scroll.y]
    XCTAssertEqual(corner.style.role, .boxSelected, "the selected group's frame is lit")
    app.press(.escape)
    let unlit = AppView.render(app.state)
    let plain = unlit[area.x + frame.rect.x - app.state.scroll.x, area.y + frame.rect.y - app.state.scroll.y]
    XCTAssertEqual(plain.style.role, .group, "and back to a plain frame once it is not")
  }

  func testAClickOnAGroupsTitleSelectsItAndADoubleClickRenamesIt() throws {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    app.press(.escape, .escape)
    XCTAssertNil(app.state.selection)
    let frame = try XCTUnwrap(GroupFrame.frames(of: app.state.board).first)
    let area = app.state.canvasArea
    let x = area.x + frame.titleColumns.lowerBound + 2 - app.state.scroll.x
    let y = area.y + frame.rect.y - app.state.scroll.y
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.release, x: x, y: y, time: 1.05)))
    XCTAssertEqual(app.state.selection, .group("offline", anchor: nil))
    XCTAssertEqual(app.state.board.boxes, Self.board.boxes, "a click on the title moves nothing")
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1.2)))
    XCTAssertEqual(app.state.mode, .label(.groupTitle("offline"), TextField("Offline")))
  }

  func testAClickOnAFrameChoosesTheGroupBoxesJoin() throws {
    var app = AppHarness(board: Self.board)
    groupTwoAndTrainer(&app)
    select(&app, "serving")
    app.press(.char(">"))
    let offline = try XCTUnwrap(GroupFrame.frames(of: app.state.board).first { $0.group == 0 })
    let area = app.state.canvasArea
    app.send(
      .mouse(
        MouseEvent(
          .press, x: area.x + offline.rect.maxX - app.state.scroll.x,
          y: area.y + offline.rect.y + 1 - app.state.scroll.y)
      ))
    guard case .joinGroup(_, "offline", _) = app.state.mode else { return XCTFail("\(app.state.mode)") }
  }

  func testMOnAGroupMovesAllItsBoxesInOneUndoStepAndEscPutsThemBack() {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    let undoSteps = app.state.history.past.count
    app.press(.char("m"), .right, .shiftDown, .down)
    // Moved down, the frame reaches Trainer and Serving below it: the status line says so.
    XCTAssertTrue(
      app.screen.contains(
        "group: Offline (2 boxes) · 2 boxes not in it are on its frame (> puts into the group, m moves)   arrows move"),
      app.screen)
    app.press(.enter)
    let moved = app.state.board.boxes.map(\.frame)
    XCTAssertEqual(moved[0], GridRect(x: 4, y: 8, width: 10, height: 3))
    XCTAssertEqual(moved[1], GridRect(x: 21, y: 8, width: 12, height: 3))
    XCTAssertEqual(moved[2...], Self.board.boxes.map(\.frame)[2...], "the other boxes stay")
    XCTAssertEqual(app.state.history.past.count, undoSteps + 1)
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.boxes, Self.board.boxes)
    app.state.selection = .group("offline", anchor: nil)
    app.press(.char("m"))
    for _ in 0..<10 { app.press(.left) }
    XCTAssertEqual(app.state.board.boxes[0].frame.x, 0, "never past the left edge")
    XCTAssertEqual(app.state.board.boxes[1].frame.x, 17, "the group keeps its shape")
    app.press(.escape)
    XCTAssertEqual(app.state.board.boxes, Self.board.boxes, "Esc puts the group back")
  }

  func testDraggingAGroupsTitleMovesTheGroup() throws {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    let frame = try XCTUnwrap(GroupFrame.frames(of: app.state.board).first)
    let area = app.state.canvasArea
    let x = area.x + frame.titleColumns.lowerBound + 2 - app.state.scroll.x
    let y = area.y + frame.rect.y - app.state.scroll.y
    let undoSteps = app.state.history.past.count
    app.send(.mouse(MouseEvent(.press, x: x, y: y, time: 1)))
    app.send(.mouse(MouseEvent(.drag, x: x + 3, y: y + 1, time: 1.1)))
    app.send(.mouse(MouseEvent(.release, x: x + 5, y: y + 2, time: 1.2)))
    XCTAssertEqual(app.state.board.boxes[0].frame, GridRect(x: 8, y: 5, width: 10, height: 3))
    XCTAssertEqual(app.state.board.boxes[1].frame, GridRect(x: 25, y: 5, width: 12, height: 3))
    XCTAssertEqual(app.state.board.boxes[3], Self.board.boxes[3])
    XCTAssertEqual(app.state.history.past.count, undoSteps + 1, "one undo step")
    XCTAssertEqual(app.state.message?.text, "Moved the group Offline (u undoes)")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.boxes, Self.board.boxes)
  }

  func testABoxAddedOrPastedWhileAGroupIsSelectedJoinsIt() {
    var app = AppHarness(board: Self.board)
    groupTwo(&app)
    let id = app.add("kafka")
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features", id])
    XCTAssertEqual(app.state.message?.text.hasPrefix("Added Stream ingestion (Kafka) to Offline."), true)
    app.press(.char("y"), .char("o"), .char("p"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs.count, 4)
    XCTAssertEqual(app.state.message?.text, "Pasted a copy of Stream ingestion into Offline")
    app.press(.char("u"))
    XCTAssertEqual(app.state.board.groups[0].boxIDs, ["events", "features", id], "one undo step each")
    select(&app, "serving")
    app.add("redis")
    XCTAssertEqual(app.state.board.groups[0].boxIDs.count, 3, "with a box selected, no group grows")
  }

  func testReadOnlyBlocksGroupEdits() {
    var app = AppHarness(board: Self.board)
    app.state.isReadOnly = true
    select(&app, "events")
    app.press(.char(" "), .char("G"))
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.message?.text, AppState.readOnlyNote)
    XCTAssertEqual(app.state.board, Self.board)
  }

  /// L after making groups in the app: every group keeps its boxes inside its frame, no other
  /// box is drawn inside it, and two frames never overlap. The generic pipeline's reference as a
  /// person would have drawn it without groups, then grouped by keys as the reference groups it
  /// (both groups: lanes; one group alone: a block in the usual layout).
  func testLayoutKeepsGroupsJustMadeTogether() throws {
    let template = try XCTUnwrap(Fixtures.library.template("generic-ml-pipeline"))
    let reference = template.referenceBoard()
    var drawn = reference
    drawn.groups = []
    drawn = LayeredLayout.layoutFitting(drawn, width: 120)
    for made in [reference.groups, [reference.groups[0]], [reference.groups[1]]] {
      try checkLayout(of: drawn, grouped: made)
    }
  }

  func checkLayout(of board: Board, grouped made: [Group]) throws {
    let names = made.map(\.title).joined(separator: "+")
    var app = AppHarness(board: board, width: 160, height: 45)
    for group in made {
      for id in group.boxIDs {
        select(&app, id)
        app.press(.char(" "))
      }
      app.press(.char("G"))
      app.type(group.title)
      app.press(.enter)
    }
    XCTAssertEqual(app.state.board.groups.map(\.title), made.map(\.title))
    XCTAssertEqual(app.state.board.groups.map { Set($0.boxIDs) }, made.map { Set($0.boxIDs) })
    app.press(.char("L"))
    let laid = app.state.board
    XCTAssertNotEqual(laid.boxes.map(\.frame), board.boxes.map(\.frame), "\(names): L moved the boxes")
    XCTAssertEqual(laid.groups.map { Set($0.boxIDs) }, made.map { Set($0.boxIDs) }, "\(names): L keeps the groups")
    let frames = GroupFrame.frames(of: laid)
    XCTAssertEqual(frames.count, made.count)
    for frame in frames {
      let members = Set(laid.groups[frame.group].boxIDs)
      for box in laid.boxes {
        if members.contains(box.id) {
          XCTAssertTrue(
            frame.rect.contains(GridPoint(x: box.frame.x, y: box.frame.y)), "\(names): \(box.id) inside its frame")
        } else {
          XCTAssertFalse(
            frame.rect.intersects(box.frame),
            "\(names): \(box.id) is drawn inside \(laid.groups[frame.group].title)")
        }
      }
      for other in frames where other.group > frame.group {
        XCTAssertFalse(frame.rect.intersects(other.rect), "\(names): two frames overlap")
      }
    }
  }
}
