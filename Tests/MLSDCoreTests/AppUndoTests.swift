// Undo and redo of every kind of edit, without limit, and the checklist after each edit.
import XCTest

@testable import MLSDCore

final class AppUndoTests: XCTestCase {
  func testEveryKindOfEditUndoesAndRedoes() {
    var app = AppHarness(template: "generic-ml-pipeline")
    var boards: [Board] = [app.state.board]
    func step(_ edit: (inout AppHarness) -> Void) {
      edit(&app)
      XCTAssertNotEqual(app.state.board, boards.last, "the edit changed the board")
      boards.append(app.state.board)
    }
    step { $0.add("data source") }
    step { $0.add("kafka") }
    step { $0.rename("Event bus") }
    step {
      $0.press(.char("d"), .ctrl("u")); $0.type("Kafka 3.7"); $0.press(.enter)
    }
    step {
      $0.press(.char("c")); $0.type("data"); $0.press(.enter)
    }
    step {
      $0.press(.enter); $0.type("clicks"); $0.press(.enter)
    }
    step { $0.press(.char("R")) }
    step { $0.press(.escape, .char("m"), .right, .down, .enter) }
    step { $0.press(.char("r"), .right, .enter) }
    step { $0.press(.char("y"), .char("p")) }
    step {
      $0.press(.char("2")); $0.type("Predict fraud"); $0.press(.escape)
    }
    step { $0.send(.externalNotes(.data, text: "From the editor\n")) }
    step {
      $0.press(.char(":")); $0.type("template blank"); $0.press(.enter)
    }
    step { $0.press(.char("L")) }
    step {
      $0.press(.char("T"), .ctrl("u")); $0.type("Renamed"); $0.press(.enter)
    }
    step { $0.press(.char("x")) }
    for expected in boards.reversed().dropFirst() {
      app.press(.char("u"))
      XCTAssertEqual(app.state.board, expected)
    }
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, boards[0], "nothing more to undo")
    XCTAssertEqual(app.state.message?.text, "Nothing to undo")
    for expected in boards.dropFirst() {
      app.press(.ctrl("r"))
      XCTAssertEqual(app.state.board, expected)
    }
    app.press(.ctrl("z"), .ctrl("z"), .ctrl("y"))
    XCTAssertEqual(app.state.board, boards[boards.count - 2])
  }

  func testANewEditForgetsTheRedoStack() {
    var app = AppHarness()
    app.add("kafka")
    app.press(.char("u"))
    app.add("registry")
    app.press(.ctrl("r"))
    XCTAssertEqual(app.state.board.boxes.map(\.kind), ["model-registry"])
    XCTAssertEqual(app.state.message?.text, "Nothing to redo")
  }

  func testAMoveIsOneUndoStepAndCancelledMovesRecordNothing() {
    var app = AppHarness()
    app.add("kafka")
    let before = app.state.board
    app.press(.char("m"), .right, .right, .right, .enter)
    app.press(.char("m"), .right, .escape)
    app.press(.char("u"))
    XCTAssertEqual(app.state.board, before)
  }

  func testUndoIsUnlimited() {
    var app = AppHarness()
    let id = app.add("kafka")
    for _ in 0..<300 { app.press(.char("m"), .right, .enter) }
    XCTAssertEqual(app.state.history.past.count, 301)
    for _ in 0..<300 { app.press(.char("u")) }
    XCTAssertEqual(app.box(id)?.frame.x, 2)
  }

  func testOnlyGeometryChangesSkipTheChecker() {
    var board = Board(title: "t")
    board.boxes = [Box(id: "a", label: "Kafka", frame: GridRect(x: 1, y: 1, width: 9, height: 3))]
    var moved = board
    moved.boxes[0].frame.x = 20
    moved.boxes[0].frame.width = 30
    XCTAssertTrue(AppState.sameExceptGeometry(board, moved))
    var relabelled = moved
    relabelled.boxes[0].label = "MLflow"
    XCTAssertFalse(AppState.sameExceptGeometry(moved, relabelled))
    var noted = moved
    noted.notes[.data] = "x"
    XCTAssertFalse(AppState.sameExceptGeometry(moved, noted))
    var app = AppHarness(template: "generic-ml-pipeline")
    app.add("kafka")
    let report = app.state.report
    app.press(.char("m"), .right, .right, .enter)
    XCTAssertEqual(app.state.report, report)
    app.rename("MLflow")
    XCTAssertNotEqual(app.state.report, report, "a new label is checked again")
  }

  func testTheChecklistFollowsEveryEdit() {
    var app = AppHarness(template: "generic-ml-pipeline")
    func passed(_ title: String) -> Bool? {
      app.state.report.checks.first { $0.rule == "component.required" && $0.title.lowercased().contains(title) }?.passed
    }
    XCTAssertEqual(passed("model registry"), false)
    let startScore = app.state.report.overallScore
    app.add("mlflow")
    XCTAssertEqual(passed("model registry"), true)
    XCTAssertGreaterThan(app.state.report.overallScore, startScore)
    app.press(.char("u"))
    XCTAssertEqual(passed("model registry"), false)
    app.press(.ctrl("r"))
    XCTAssertEqual(passed("model registry"), true)
    let panel = app.screen
    XCTAssertTrue(panel.contains("Steps"))
    app.press(.char("t"))
    XCTAssertEqual(app.state.panelTab, .checklist)
    XCTAssertTrue(app.screen.contains("✓ Model registry"), app.screen)
    XCTAssertTrue(app.screen.contains("✗ Data source"), app.screen)
  }

  /// Undo, redo and a cancelled move put back the drawing that was on the screen, with the report
  /// a fresh check gives, instead of routing the old board again.
  func testUndoPutsBackTheDrawingAsItWas() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 4, count: 40))
    var app = AppHarness(board: board)
    // The walk below moves the first box listed; its steps are chosen for that box.
    app.state.selection = .box(board.boxes[0].id)
    func state() -> (routes: [ArrowRoute], board: Board) { (app.state.layer.routes, app.state.board) }
    func assertShown(_ expected: (routes: [ArrowRoute], board: Board), _ note: String) {
      XCTAssertEqual(app.state.board, expected.board, note)
      XCTAssertEqual(app.state.layer.diagram.board, expected.board, note)
      XCTAssertEqual(app.state.layer.routes, expected.routes, note)
      let fresh = Checker.check(app.state.board, template: app.state.template, catalogue: Fixtures.library.catalogue)
      XCTAssertEqual(app.state.report, fresh, note)
    }
    let start = state()
    // Large steps across the board: arrows the box passes over make way and stay re-routed.
    let walk: [Key] = [.shiftUp, .shiftUp] + Array(repeating: .shiftRight, count: 6)
    app.press(.char("m"))
    for key in walk { app.press(key) }
    app.press(.escape)
    assertShown(start, "move cancelled")
    app.press(.char("m"))
    for key in walk { app.press(key) }
    app.press(.enter)
    let moved = state()
    let rerouted = Router.route(start.board, previous: (moved.board, moved.routes)).routes
    XCTAssertNotEqual(rerouted, start.routes, "routing the old board again would draw it differently")
    app.rename("Renamed box with a much longer label")
    let renamed = state()
    app.press(.char("u"))
    assertShown(moved, "rename undone")
    app.press(.char("u"))
    assertShown(start, "move undone")
    app.press(.ctrl("r"), .ctrl("r"))
    assertShown(renamed, "both redone")
  }
}
