// Notes, `:` commands, saving, quitting with unsaved changes, and the recovery file.
import XCTest

@testable import MLSDCore

final class AppCommandTests: XCTestCase {
  func testNotesEditorIsMultiLineAndEndsWithEscOrCtrlS() {
    var app = AppHarness()
    app.press(.char("3"))
    guard case .notes(.data, _) = app.state.mode else { return XCTFail("notes of step 3") }
    app.type("Sources: clicks")
    app.press(.enter)
    app.type("Labels: chargebacks")
    app.press(.up, .end)
    app.type(", views")
    app.press(.ctrl("s"))
    XCTAssertEqual(app.state.board.notes[.data], "Sources: clicks, views\nLabels: chargebacks")
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.currentStep, .data)
    app.press(.char("3"), .backspace, .escape)
    XCTAssertEqual(app.state.board.notes[.data], "Sources: clicks, views\nLabels: chargeback", "Esc keeps the text")
  }

  func testLongNotesWrapInTheEditorWithTheCursorOnItsRow() {
    var area = TextArea("one two three four five six seven eight nine ten\nshort")
    area.handle(.up)
    area.handle(.end)
    let layout = NotesLayout(area: area, width: 20)
    XCTAssertTrue(layout.rows.allSatisfy { DisplayWidth.of($0) <= 19 })
    XCTAssertEqual(layout.rows.joined(), "one two three four five six seven eight nine tenshort")
    XCTAssertEqual(layout.rows.first, "one two three four ", "rows break at spaces")
    let long = NotesLayout(area: TextArea(String(repeating: "x", count: 30)), width: 10)
    XCTAssertEqual(long.rows.map(\.count), [9, 9, 9, 3], "a word longer than a row is cut")
    XCTAssertEqual(long.cursorRow, 3)
    XCTAssertEqual(long.cursorColumn, 3)
    XCTAssertEqual(layout.rows.last, "short")
    XCTAssertEqual(layout.cursorRow, layout.rows.count - 2)
    XCTAssertEqual(layout.cursorColumn, DisplayWidth.of(layout.rows[layout.rows.count - 2]))
    var app = AppHarness(width: 80, height: 24)
    app.press(.char("1"))
    app.type(String(repeating: "latency budget ", count: 10))
    XCTAssertTrue(app.screen.contains("latency budget latency"), "wrapped text is visible")
  }

  func testUpAndDownMoveByScreenRowsOfWrappedNotes() {
    var app = AppHarness(width: 80, height: 24)
    let width = OverlayView.notesTextWidth(app.state)
    app.press(.char("2"))
    let words = (1...30).map { "w\($0)" }.joined(separator: " ")
    app.type(words)
    app.press(.enter)
    app.type("end")
    guard case .notes(_, let start) = app.state.mode else { return XCTFail("notes") }
    let layout = NotesLayout(area: start, width: width)
    XCTAssertGreaterThan(layout.rows.count, 3, "the long line wraps")
    app.press(.up)
    guard case .notes(_, let up) = app.state.mode else { return XCTFail("notes") }
    XCTAssertEqual(up.row, 0, "up from the second line lands on the last row of the wrapped first line")
    XCTAssertEqual(NotesLayout(area: up, width: width).cursorRow, layout.cursorRow - 1)
    XCTAssertEqual(NotesLayout(area: up, width: width).cursorColumn, 3)
    app.press(.up)
    guard case .notes(_, let up2) = app.state.mode else { return XCTFail("notes") }
    XCTAssertEqual(up2.row, 0)
    XCTAssertEqual(NotesLayout(area: up2, width: width).cursorRow, layout.cursorRow - 2)
    app.press(.down, .down)
    guard case .notes(_, let back) = app.state.mode else { return XCTFail("notes") }
    XCTAssertEqual(back.row, 1)
    XCTAssertEqual(back.column, 3)
  }

  func testExternalEditorRequestAndReply() {
    var app = AppHarness()
    app.press(.char("5"))
    app.type("AUC")
    app.press(.escape, .char("E"))
    XCTAssertEqual(app.state.takeEffectsForTest(), [.editExternally(.evaluation, text: "AUC")])
    app.send(.externalNotes(.evaluation, text: "AUC offline\nCTR online\n"))
    XCTAssertEqual(app.state.board.notes[.evaluation], "AUC offline\nCTR online")
  }

  func testCommandLineParsing() {
    XCTAssertEqual(try ColonCommand.parse("w").get(), .write(nil))
    XCTAssertEqual(try ColonCommand.parse("w out.yaml").get(), .write("out.yaml"))
    XCTAssertEqual(try ColonCommand.parse("q!").get(), .quit(force: true))
    XCTAssertEqual(try ColonCommand.parse("wq").get(), .writeQuit)
    XCTAssertEqual(try ColonCommand.parse("e other.yaml").get(), .edit("other.yaml", force: false))
    XCTAssertEqual(try ColonCommand.parse("export mermaid a.mmd").get(), .export(format: .mermaid, path: "a.mmd"))
    XCTAssertEqual(try ColonCommand.parse("theme light").get(), .theme("light"))
    XCTAssertEqual(try ColonCommand.parse("title  My  design").get(), .title("My design"))
    guard case .failure(let error) = ColonCommand.parse("chek") else { return XCTFail("unknown command") }
    XCTAssertTrue(error.message.contains("did you mean :check?"), error.message)
    guard case .failure = ColonCommand.parse("export mermaid") else { return XCTFail("missing file") }
  }

  func testSaveQuitAndSaveAs() {
    var app = AppHarness(path: nil)
    app.press(.ctrl("s"))
    guard case .saveAs(_, thenQuit: false) = app.state.mode else { return XCTFail("asks for a name") }
    app.type("design.yaml")
    app.press(.enter)
    XCTAssertEqual(app.state.takeEffectsForTest(), [.save(app.state.board, path: "design.yaml", thenQuit: false)])
    app.send(.saved(app.state.board, path: "design.yaml", thenQuit: false))
    XCTAssertEqual(app.state.filePath, "design.yaml")
    XCTAssertFalse(app.state.isDirty)
    app.add("kafka")
    XCTAssertTrue(app.state.isDirty)
    XCTAssertTrue(app.screen.contains("[+]"))
    _ = app.state.takeEffectsForTest()
    app.press(.char(":"))
    app.type("w")
    app.press(.enter)
    XCTAssertEqual(app.state.takeEffectsForTest(), [.save(app.state.board, path: "design.yaml", thenQuit: false)])
  }

  func testQuittingWithUnsavedChangesAsks() {
    var app = AppHarness()
    app.add("kafka")
    _ = app.state.takeEffectsForTest()
    app.press(.char("q"))
    XCTAssertEqual(app.state.mode, .confirm(.quitUnsaved))
    XCTAssertTrue(app.screen.contains("Unsaved changes! Save before quitting?"))
    app.press(.escape)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertFalse(app.state.quitting)
    app.press(.ctrl("c"), .char("y"))
    XCTAssertEqual(app.state.takeEffectsForTest(), [.save(app.state.board, path: "board.yaml", thenQuit: true)])
    app.send(.saved(app.state.board, path: "board.yaml", thenQuit: true))
    XCTAssertTrue(app.state.quitting)
    var other = AppHarness()
    other.add("kafka")
    other.press(.char("q"), .char("n"))
    XCTAssertTrue(other.state.quitting)
    XCTAssertEqual(other.state.takeEffectsForTest().suffix(2), [.removeRecovery, .quit])
  }

  func testCleanQuitAndForcedQuit() {
    var app = AppHarness()
    app.press(.char(":"))
    app.type("q")
    app.press(.enter)
    XCTAssertTrue(app.state.quitting)
    var dirty = AppHarness()
    dirty.add("kafka")
    dirty.press(.char(":"))
    dirty.type("q!")
    dirty.press(.enter)
    XCTAssertTrue(dirty.state.quitting)
  }

  func testTemplateThemeCheckAndUnknowns() {
    var app = AppHarness()
    app.press(.char(":"))
    app.type("template generic-ml-pipelin")
    app.press(.enter)
    XCTAssertTrue(app.state.message?.text.contains("did you mean 'generic-ml-pipeline'") ?? false)
    app.press(.char(":"))
    app.type("template generic-ml-pipeline")
    app.press(.enter)
    XCTAssertEqual(app.state.board.template, "generic-ml-pipeline")
    XCTAssertEqual(app.state.board.title, "Test board", "a titled board keeps its title")
    XCTAssertEqual(app.state.template?.id, "generic-ml-pipeline")
    app.press(.char(":"))
    app.type("check")
    app.press(.enter)
    XCTAssertEqual(app.state.panelTab, .checklist)
    XCTAssertTrue(app.state.message?.text.hasPrefix("Score ") ?? false)
    app.press(.char(":"))
    app.type("theme light")
    app.press(.enter)
    XCTAssertEqual(app.state.theme.name, "light")
    app.press(.char(":"))
    app.type("theme nope")
    app.press(.enter)
    XCTAssertEqual(app.state.theme.name, "light")
    XCTAssertEqual(app.state.message?.tone, .error)
    // The message lists the themes there are, so that the next try can be right.
    let names = Fixtures.library.themes.map(\.name)
    XCTAssertFalse(names.isEmpty)
    let text = app.state.message?.text ?? ""
    XCTAssertTrue(text.hasPrefix("Unknown theme 'nope'"), text)
    XCTAssertTrue(text.contains("Themes: " + names.joined(separator: ", ")), text)
    XCTAssertTrue(text.contains("monochrome"), text)
  }

  func testOpenAnotherFileAsksWhenDirty() {
    var app = AppHarness()
    app.add("kafka")
    _ = app.state.takeEffectsForTest()
    app.press(.char(":"))
    app.type("e other.yaml")
    app.press(.enter)
    XCTAssertEqual(app.state.mode, .confirm(.discardAndOpen("other.yaml")))
    app.press(.char("y"))
    XCTAssertEqual(app.state.takeEffectsForTest(), [.load(path: "other.yaml")])
    let other = Board(title: "Other")
    app.send(.loaded(other, path: "other.yaml"))
    XCTAssertEqual(app.state.board, other)
    XCTAssertFalse(app.state.isDirty)
    XCTAssertFalse(app.state.history.canUndo)
  }

  func testEffectRunnerSavesLoadsExportsAndKeepsRecoveryFiles() throws {
    let files = MemoryFiles()
    let runner = EffectRunner(files: files, dataFolder: "/data", absolute: { $0.hasPrefix("/") ? $0 : "/cwd/" + $0 })
    var app = AppHarness(path: "b.yaml")
    app.add("kafka")
    let recovery = runner.recoveryPath(for: "b.yaml")!
    XCTAssertTrue(recovery.hasPrefix("/data/recovery/"))
    XCTAssertEqual(recovery, Recovery.path(for: "/cwd/b.yaml", dataFolder: "/data"))
    // Debounced: nothing right after the edit, the file once edits pause.
    app.send(.tick(0.5))
    XCTAssertEqual(app.state.takeEffectsForTest(), [])
    app.send(.tick(2))
    let effects = app.state.takeEffectsForTest()
    XCTAssertEqual(effects, [.writeRecovery(app.state.board, version: app.state.version)])
    for effect in effects { if let reply = runner.run(effect, state: app.state) { app.send(reply) } }
    XCTAssertNotNil(files.texts[recovery])
    app.send(.tick(5))
    XCTAssertEqual(app.state.takeEffectsForTest(), [], "written once per edit")
    XCTAssertNil(runner.recoveryOffer(for: "b.yaml", board: Board(title: "Test board")), "never its own")
    let next = EffectRunner(files: files, dataFolder: "/data", absolute: runner.absolute, scratchSession: "9-9")
    XCTAssertEqual(next.recoveryOffer(for: "b.yaml", board: Board(title: "Test board"))?.board, app.state.board)
    // Saving removes it.
    app.press(.ctrl("s"))
    for effect in app.state.takeEffectsForTest() {
      if let reply = runner.run(effect, state: app.state) { app.send(reply) }
    }
    for effect in app.state.takeEffectsForTest() { _ = runner.run(effect, state: app.state) }
    XCTAssertNil(files.texts[recovery])
    XCTAssertEqual(try files.loadBoard("b.yaml"), app.state.board)
    // A failing disk is a message, not a crash.
    files.failWrites = true
    app.add("registry")
    app.press(.ctrl("s"))
    for effect in app.state.takeEffectsForTest() {
      if let reply = runner.run(effect, state: app.state) { app.send(reply) }
    }
    XCTAssertEqual(app.state.message?.tone, .error)
    XCTAssertTrue(app.state.isDirty)
    files.failWrites = false
    // Exports go through the exporters; an unknown format is refused when the command is read.
    app.press(.char(":"))
    app.type("export mermaid design.mmd")
    app.press(.enter)
    for effect in app.state.takeEffectsForTest() {
      if let reply = runner.run(effect, state: app.state) { app.send(reply) }
    }
    XCTAssertTrue(files.texts["design.mmd"]?.contains("flowchart") ?? false)
    XCTAssertEqual(app.state.message?.text, "Exported mermaid to design.mmd")
    app.press(.char(":"))
    app.type("export pptx x.pptx")
    app.press(.enter)
    XCTAssertTrue(app.state.takeEffectsForTest().isEmpty)
    XCTAssertTrue(app.state.message?.text.hasPrefix("Unknown export format 'pptx'") ?? false)
    XCTAssertNil(files.texts["x.pptx"])
    // Loading a missing file reports it.
    if let reply = runner.run(.load(path: "missing.yaml"), state: app.state) { app.send(reply) }
    XCTAssertTrue(app.state.message?.text.hasPrefix("Cannot open") ?? false)
  }

  func testRecoveryOfferRestoresOrDiscards() {
    var recovered = Board(title: "Test board")
    recovered.boxes = [Box(id: "x", label: "Kafka", frame: GridRect(x: 2, y: 1, width: 9, height: 3))]
    var app = AppHarness()
    app.send(.offerRecovery(recovered))
    XCTAssertTrue(app.screen.contains("Restore it?"))
    app.press(.char("y"))
    XCTAssertEqual(app.state.board, recovered)
    XCTAssertTrue(app.state.isDirty)
    var declined = AppHarness()
    declined.send(.offerRecovery(recovered))
    declined.press(.char("n"))
    XCTAssertEqual(declined.state.board.boxes, [])
    XCTAssertEqual(declined.state.takeEffectsForTest(), [.removeRecovery])
  }

  func testRecoveryPathIsStablePerBoardPath() {
    XCTAssertEqual(Recovery.path(for: "/a/b.yaml", dataFolder: "/d"), Recovery.path(for: "/a/b.yaml", dataFolder: "/d"))
    XCTAssertNotEqual(
      Recovery.path(for: "/a/b.yaml", dataFolder: "/d"), Recovery.path(for: "/a/c.yaml", dataFolder: "/d"))
    XCTAssertEqual(Recovery.path(for: nil, dataFolder: "/d", session: "12-34"), "/d/recovery/scratch-12-34.yaml")
    XCTAssertEqual(
      Recovery.path(for: nil, dataFolder: "/d"), "/d/recovery/scratch-\(Recovery.thisSession).yaml",
      "a scratch board's recovery file is its session's own")
  }
}

extension AppState {
  /// The effects requested so far, leaving the queue empty.
  mutating func takeEffectsForTest() -> [Effect] { takeEffects() }
}
