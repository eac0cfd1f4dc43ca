// Declaring a box's kind with K and the palette: Enter declares, undo and redo, "clear kind",
// Esc, the mouse; the order of the offered kinds; the kind named on the status line.
import XCTest

@testable import MLSDCore

final class AppKindTests: XCTestCase {
  /// A board on the generic template with one box whose made-up name no rule can read.
  func unreadBoard() -> AppHarness {
    var app = AppHarness(template: "generic-ml-pipeline")
    app.add("Quillon")
    return app
  }

  func dataSourceCheck(_ app: AppHarness) -> Check? {
    app.state.report.checks.first { $0.rule == "component.required" && $0.title == "Data source" }
  }

  func testKThenFilterThenEnterDeclaresTheKindAndTheChecklistFollows() {
    var app = unreadBoard()
    let id = app.state.selectedBoxID ?? ""
    XCTAssertNil(app.box(id)?.kind)
    XCTAssertEqual(dataSourceCheck(app)?.passed, false, "the premise: the box is not read as a data source")
    let pastBefore = app.state.history.past.count
    app.press(.char("K"))
    XCTAssertEqual(app.state.mode, .kind(box: id, query: TextField(), index: 0))
    XCTAssertTrue(app.screen.contains("Kind of Quillon"), app.screen)
    app.type("data so")
    XCTAssertEqual(
      app.state.kindChoices(for: id, query: "data so").first, .kind(Fixtures.library.catalogue.kind("data-source")!))
    app.press(.enter)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.box(id)?.kind, "data-source")
    XCTAssertEqual(app.box(id)?.label, "Quillon", "the label stays as the user wrote it")
    XCTAssertEqual(dataSourceCheck(app)?.passed, true, "the checklist is checked again at once")
    XCTAssertTrue(app.state.isDirty)
    XCTAssertEqual(app.state.history.past.count, pastBefore + 1, "one undoable edit")
    XCTAssertEqual(app.state.message?.text, "kind: Data source (declared) · u undoes")

    app.press(.char("u"))
    XCTAssertNil(app.box(id)?.kind, "undo restores the undeclared box")
    XCTAssertEqual(dataSourceCheck(app)?.passed, false)
    app.press(.ctrl("r"))
    XCTAssertEqual(app.box(id)?.kind, "data-source")
    XCTAssertEqual(dataSourceCheck(app)?.passed, true)
  }

  func testClearKindRemovesADeclaredKind() {
    var app = unreadBoard()
    let id = app.state.selectedBoxID ?? ""
    app.press(.char("K"))
    XCTAssertFalse(app.state.kindChoices(for: id, query: "").contains(.clear), "nothing to clear yet")
    app.type("registry")
    app.press(.enter)
    XCTAssertEqual(app.box(id)?.kind, "model-registry")
    let choices = app.state.kindChoices(for: id, query: "")
    XCTAssertEqual(choices.last, .clear, "clear kind is the last entry")
    XCTAssertEqual(choices.first, .kind(Fixtures.library.catalogue.kind("model-registry")!), "the declared kind first")
    app.press(.char("K"))
    app.type("clear")
    XCTAssertEqual(app.state.kindChoices(for: id, query: "clear"), [.clear])
    app.press(.enter)
    XCTAssertNil(app.box(id)?.kind)
    XCTAssertEqual(app.state.message?.text, "kind: not recognised — K sets one · u undoes")
    app.press(.char("u"))
    XCTAssertEqual(app.box(id)?.kind, "model-registry")
  }

  func testEscCancelsAndAQueryWithoutMatchKeepsThePaletteOpen() {
    var app = unreadBoard()
    let id = app.state.selectedBoxID ?? ""
    let before = app.state.board
    let past = app.state.history.past.count
    app.press(.char("K"))
    app.type("regis")
    app.press(.escape)
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.board, before)
    XCTAssertEqual(app.state.history.past.count, past, "Esc records nothing")
    app.press(.char("K"))
    app.type("zzqx")
    app.press(.enter)
    XCTAssertEqual(app.state.mode, .kind(box: id, query: TextField("zzqx"), index: 0), "nothing to choose: stays open")
    XCTAssertEqual(app.state.message?.tone, .warning)
    XCTAssertTrue(app.screen.contains("No kind matches 'zzqx'"), app.screen)
    XCTAssertEqual(app.state.board, before)
  }

  func testKWithoutASelectedBoxAsksForOne() {
    var app = AppHarness()
    app.press(.char("K"))
    XCTAssertEqual(app.state.mode, .normal)
    XCTAssertEqual(app.state.message?.text, "The board is empty: press a to add a box")
  }

  func testDownChoosesTheNextKindAndTheMouseChoosesARow() {
    var app = unreadBoard()
    let id = app.state.selectedBoxID ?? ""
    app.press(.char("K"))
    app.type("store")
    let choices = app.state.kindChoices(for: id, query: "store")
    XCTAssertGreaterThan(choices.count, 2)
    app.press(.down, .enter)
    guard case .kind(let second) = choices[1] else { return XCTFail("a kind") }
    XCTAssertEqual(app.box(id)?.kind, second.id)

    app.press(.char("K"))
    app.type("store")
    // The third listed row sits three rows below the top of the window's list.
    let (rect, _) = OverlayView.paletteFrame(app.state)
    app.send(.mouse(MouseEvent(.press, x: rect.x + 4, y: rect.y + 3 + 2)))
    guard case .kind(let third) = choices[2] else { return XCTFail("a kind") }
    XCTAssertEqual(app.box(id)?.kind, third.id)
    XCTAssertEqual(app.state.mode, .normal)
  }

  func testCandidatesPutTheKindsReadInTheBoxFirst() {
    let catalogue = Fixtures.library.catalogue
    let box = Box(id: "k", label: "Kafka", frame: GridRect(x: 0, y: 0, width: 9, height: 3))
    let all = kindCandidates(for: box, reading: nil, catalogue: catalogue, query: "")
    XCTAssertEqual(all.first?.id, "stream-ingestion")
    XCTAssertEqual(all.count, catalogue.kinds.count, "every kind is offered")
    XCTAssertEqual(Set(all.map(\.id)), Set(catalogue.ids))
    // Filtered, the recognised kind still comes first when it matches; the rest keep search order.
    let stream = kindCandidates(for: box, reading: nil, catalogue: catalogue, query: "stream")
    XCTAssertEqual(stream.first?.id, "stream-ingestion")
    XCTAssertEqual(Array(stream.dropFirst()), catalogue.search("stream").filter { $0.id != "stream-ingestion" })
    XCTAssertFalse(
      kindCandidates(for: box, reading: nil, catalogue: catalogue, query: "registry").contains {
        $0.id == "stream-ingestion"
      })
    let unread = Box(id: "q", label: "Quillon", frame: GridRect(x: 0, y: 0, width: 9, height: 3))
    XCTAssertEqual(
      kindCandidates(for: unread, reading: nil, catalogue: catalogue, query: "feat"), catalogue.search("feat"))
  }

  /// With the checker's reading, its guesses for an unread box come first, best first.
  func testCandidatesFollowTheCheckersGuesses() {
    let catalogue = Fixtures.library.catalogue
    var board = Board(title: "T")
    board.boxes = [
      Box(id: "p", label: "Velocity counters", frame: GridRect(x: 0, y: 0, width: 9, height: 3)),
      Box(id: "k", label: "Kafka", frame: GridRect(x: 20, y: 0, width: 9, height: 3)),
      Box(id: "r", label: "Redis", frame: GridRect(x: 40, y: 0, width: 9, height: 3)),
    ]
    board.arrows = [Arrow(from: "k", to: "p"), Arrow(from: "p", to: "r")]
    let reading = BoardReader.read(board, catalogue: catalogue)
    let box = board.boxes[0]
    let ranked = kindCandidates(for: box, reading: reading.box("p"), catalogue: catalogue, query: "")
    let expected = (reading.box("p")!.counted + reading.box("p")!.guesses).map(\.kind)
    XCTAssertFalse(expected.isEmpty)
    XCTAssertEqual(Array(ranked.prefix(expected.count).map(\.id)), expected)
    XCTAssertEqual(ranked.count, catalogue.kinds.count)
  }

  func testStatusLineNamesTheKindAt80Columns() {
    var board = Board(title: "Kinds")
    board.boxes = [
      Box(id: "declared", label: "Quillon", kind: "model-registry", frame: GridRect(x: 1, y: 1, width: 11, height: 3)),
      Box(id: "read", label: "Model registry", frame: GridRect(x: 1, y: 6, width: 18, height: 3)),
      Box(id: "unread", label: "Quillon", frame: GridRect(x: 1, y: 11, width: 11, height: 3)),
      Box(id: "free", label: "Ledger", kind: "my-own-thing", frame: GridRect(x: 1, y: 16, width: 11, height: 3)),
      Box(
        id: "two", label: "Kafka to Flink", detail: "Feast online store",
        frame: GridRect(x: 30, y: 1, width: 20, height: 4)),
    ]
    var app = AppHarness(board: board, width: 80, height: 24)
    for (id, expected) in [
      ("declared", "kind: Model registry (declared)"),
      ("read", "kind: Model registry (read from label)"),
      ("unread", "kind: not recognised — K sets one"),
      ("free", "kind: 'my-own-thing' unknown — K sets one"),
    ] {
      app.state.selection = .box(id)
      app.state.message = nil
      let status = AppView.render(app.state).lines()[23]
      XCTAssertTrue(status.contains(expected), "\(id): \(status)")
      XCTAssertTrue(status.contains("K kind"), "\(id): the key is suggested beside it: \(status)")
      XCTAssertLessThanOrEqual(DisplayWidth.of(status.trimmingCharacters(in: .whitespaces)), 80)
    }
    // Several kinds read from the words are cut to fit, never the source in brackets.
    app.state.selection = .box("two")
    let status = AppView.render(app.state).lines()[23]
    let kind = app.state.kindStatus(of: app.box("two")!)
    XCTAssertTrue(kind.hasSuffix("(read from label)"), kind)
    XCTAssertLessThanOrEqual(DisplayWidth.of(kind), AppState.kindStatusWidth)
    XCTAssertTrue(status.contains(kind), status)
    // An arrow selected or another mode: no kind text.
    app.press(.char("K"))
    XCTAssertFalse(AppView.render(app.state).lines()[23].contains("kind: "))
  }

  func testShiftUpStillPansUp() {
    var app = AppHarness(width: 100, height: 30)
    app.press(.shiftDown, .shiftDown)
    XCTAssertEqual(app.state.scroll.y, 8)
    app.press(.shiftUp)
    XCTAssertEqual(app.state.scroll.y, 4)
    XCTAssertEqual(KeyMap.command(for: .char("K")), .setKind)
    XCTAssertEqual(KeyMap.command(for: .shiftUp), .pan(.up))
  }
}
