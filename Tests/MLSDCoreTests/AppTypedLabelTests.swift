// ux20 findings 16-18: the add palette makes what was typed the label (AddChoice's rule), Esc,
// delete and reverse leave a selection the status line names, and a box's id made from its label
// follows a rename until the board is saved.
import XCTest

@testable import MLSDCore

final class AppTypedLabelTests: XCTestCase {
  func testTypedWordsOfAnAliasBecomeTheLabelWithTheKindDeclared() throws {
    var app = AppHarness()
    let id = app.add("Query encoder")
    let box = try XCTUnwrap(app.box(id))
    XCTAssertEqual(box.label, "Query encoder", "case kept")
    XCTAssertNil(box.detail)
    XCTAssertEqual(box.kind, "embedding-service")
    XCTAssertEqual(id, "query-encoder", "the id comes from the label")
    XCTAssertEqual(app.state.message?.text.hasPrefix("Added Query encoder, kind Embedding service"), true)
  }

  func testAKindsNameGivesTheNameAsWrittenAndOneWordStaysASearch() {
    var app = AppHarness()
    let cache = app.add("cache")
    XCTAssertEqual(app.box(cache)?.label, "Cache", "the typed name is the kind's name")
    let kafka = app.add("Kafka")
    XCTAssertEqual(app.box(kafka)?.label, "Stream ingestion", "one word: a technology")
    XCTAssertEqual(app.box(kafka)?.detail, "Kafka", "the whole alias typed is the detail")
    let memcached = app.add("memcached")
    XCTAssertEqual(app.box(memcached)?.label, "Cache")
    XCTAssertEqual(app.box(memcached)?.detail, "Memcached", "as the catalogue writes the product's name")
    let emb = app.add("emb")
    XCTAssertEqual(app.box(emb)?.label, "Embedding service", "part of a word is a search")
    let online = app.add("online feature")
    XCTAssertEqual(app.box(online)?.label, "Online feature store", "the start of the name is a search")
  }

  func testTheLastRowAddsAPlainBoxAndArrowsChooseTheKindFirst() throws {
    var app = AppHarness()
    app.press(.char("a"))
    app.type("click log")
    guard case .palette(let query, _) = app.state.mode else { return XCTFail("in the palette") }
    let choices = app.state.addChoices(query.text)
    XCTAssertEqual(choices.last, .plain)
    XCTAssertTrue(app.screen.contains("plain box 'click log'"), app.screen)
    app.press(.pageDown, .pageDown, .pageDown, .enter)
    let box = try XCTUnwrap(app.selectedBox)
    XCTAssertEqual(box.label, "click log")
    XCTAssertNil(box.kind)
    XCTAssertEqual(box.id, "click-log")
    XCTAssertEqual(app.state.message?.text.hasPrefix("Added click log with no kind (the checker reads it"), true)
    // Down chooses the second kind.
    app.press(.char("a"))
    app.type("store")
    let kinds = app.state.paletteResults("store")
    XCTAssertGreaterThan(kinds.count, 1)
    app.press(.down, .enter)
    XCTAssertEqual(app.selectedBox?.kind, kinds[1].id)
  }

  func testThePaletteSaysWhatEnterAdds() {
    var app = AppHarness()
    app.press(.char("a"))
    app.type("Query encoder")
    XCTAssertTrue(app.screen.contains("Enter adds 'Query encoder'"), app.screen)
    app.press(.ctrl("u"))
    app.type("emb")
    XCTAssertTrue(app.screen.contains("Enter adds 'Embedding service'"), app.screen)
  }

  func testLabelRuleOverTheCatalogue() throws {
    let catalogue = AppHarness().state.library.catalogue
    let kind = try XCTUnwrap(catalogue.kind("embedding-service"))
    func label(_ typed: String) -> String {
      AddChoice.labelAndDetail(typed: typed, kind: kind, catalogue: catalogue).label
    }
    XCTAssertEqual(label("EMBEDDING service"), "Embedding service")
    XCTAssertEqual(label("embedding-service"), "Embedding service")
    XCTAssertEqual(label("Query Encoder"), "Query Encoder")
    XCTAssertEqual(label("query enc"), "Embedding service", "the last word cut: a search")
    XCTAssertEqual(label(""), "Embedding service")
  }

  func testWordsInsideTheKindsNameAreTheLabelAsTyped() throws {
    let catalogue = AppHarness().state.library.catalogue
    let kind = try XCTUnwrap(catalogue.kind("online-feature-store"))
    func labelAndDetail(_ typed: String) -> [String?] {
      let chosen = AddChoice.labelAndDetail(typed: typed, kind: kind, catalogue: catalogue)
      return [chosen.label, chosen.detail]
    }
    // "feature store" is an alias of the kind too, and the end of its name: the person did not say
    // "online" (the row may be the first of several stores), so the label is what they typed.
    XCTAssertEqual(labelAndDetail("feature store"), ["feature store", nil])
    XCTAssertEqual(labelAndDetail("Feature Store"), ["Feature Store", nil])
    // The start of the name is a search heading for it: the name.
    XCTAssertEqual(labelAndDetail("online feature").first, "Online feature store")
    // An alias that is more than the name's words is a name of the person's own.
    XCTAssertEqual(labelAndDetail("stream feature store"), ["stream feature store", nil])
    XCTAssertEqual(labelAndDetail("online features"), ["online features", nil])
  }

  func testTheAddPaletteKeepsTheTypedWordsOfANamesEnd() {
    var app = AppHarness()
    app.press(.char("a"))
    app.type("feature store")
    let rows = app.state.addChoices("feature store")
    guard let at = rows.firstIndex(of: .kind(app.state.library.catalogue.kind("online-feature-store")!)) else {
      return XCTFail("no Online feature store row")
    }
    for _ in 0..<at { app.press(.down) }
    app.press(.enter)
    XCTAssertEqual(app.selectedBox?.label, "feature store")
    XCTAssertEqual(app.selectedBox?.kind, "online-feature-store")
  }

  // MARK: - Finding 17: where the selection goes

  /// Three boxes in a row: Client, Blender, Index (left to right).
  static func row() -> AppHarness {
    var board = Board(title: "T")
    for (i, id) in ["client", "blender", "index"].enumerated() {
      board.boxes.append(
        Box(id: id, label: id.capitalized, frame: GridRect(x: 2 + i * 20, y: 2, width: 12, height: 3)))
    }
    board.arrows = [Arrow(from: "client", to: "blender")]
    return AppHarness(board: board)
  }

  func testEscOnABoxLetsGoAndTheArrowKeysGoOnFromIt() {
    var app = Self.row()
    app.send(.key(.escape))
    app.press(.char("l"), .char("l"))
    XCTAssertEqual(app.state.selectedBoxID, "index")
    app.press(.char("d"))
    app.type("FAISS")
    app.press(.enter, .escape)
    XCTAssertNil(app.state.selection)
    XCTAssertEqual(app.state.message?.text, "Nothing selected; the arrow keys go on from Index")
    app.press(.char("h"))
    XCTAssertEqual(app.state.selectedBoxID, "blender", "left of Index, not the top-left box")
  }

  func testEscFromAnArrowGoesBackToItsBoxAlsoAfterReverse() {
    var app = Self.row()
    app.press(.char("l"))
    XCTAssertEqual(app.state.selectedBoxID, "blender")
    app.press(.tab)
    XCTAssertEqual(app.state.selectedArrowIndex, 0)
    app.press(.char("R"))
    XCTAssertEqual(app.state.board.arrows[0], Arrow(from: "blender", to: "client"))
    XCTAssertEqual(app.state.selectedArrowIndex, 0, "the arrow stays selected")
    XCTAssertEqual(app.state.message?.text, "Arrow reversed: Blender → Client; Esc back to Blender")
    app.press(.escape)
    XCTAssertEqual(app.state.selectedBoxID, "blender", "the box it was reached from, not its new target")
    XCTAssertEqual(app.state.message?.text, "Back to Blender")
  }

  func testDeletingAnArrowGoesBackToItsBoxAndABoxToTheNearest() {
    var app = Self.row()
    app.press(.char("l"), .tab, .char("x"))
    XCTAssertTrue(app.state.board.arrows.isEmpty)
    XCTAssertEqual(app.state.selectedBoxID, "blender", "the box the arrow was reached from (its target here)")
    XCTAssertEqual(app.state.message?.text, "Arrow deleted; Blender selected (u undoes)")
    app.press(.char("x"))
    XCTAssertEqual(app.state.board.boxes.count, 2)
    XCTAssertNotNil(app.state.selectedBoxID)
    let nearest = app.state.selectedBoxID ?? ""
    XCTAssertTrue(["client", "index"].contains(nearest))
    XCTAssertEqual(
      app.state.message?.text,
      "Deleted Blender; the nearest box, \(app.box(nearest)?.label ?? ""), selected (u undoes)")
  }

  // MARK: - Finding 18: ids that follow the label

  func testARenameMovesAGeneratedIDWithItsArrowsAndGroupAndUndoBringsItBack() {
    var app = Self.row()
    app.press(.char("a"))
    app.type("data lake")
    app.press(.enter)
    let old = app.state.selectedBoxID ?? ""
    XCTAssertEqual(old, "data-lake-warehouse")
    app.press(.char("c"))
    app.type("client")
    app.press(.enter, .escape)
    app.rename("Video store")
    XCTAssertEqual(app.state.selectedBoxID, "video-store")
    XCTAssertNil(app.box(old))
    XCTAssertTrue(app.state.board.arrows.contains(Arrow(from: "video-store", to: "client")))
    XCTAssertEqual(app.state.message?.text.contains("u undoes") ?? true, true)
    app.press(.char("u"))
    XCTAssertEqual(app.state.selectedBoxID, old, "undo restores the id and the selection on it")
    XCTAssertTrue(app.state.board.arrows.contains(Arrow(from: old, to: "client")))
    XCTAssertEqual(
      app.state.message?.text.hasPrefix("Undone: rename 'Data lake / warehouse' to 'Video store'"), true,
      app.state.message?.text ?? "")
  }

  func testIDsFromTheFileNeverChange() {
    var app = Self.row()
    app.press(.char("l"))
    app.rename("Re-ranker")
    XCTAssertEqual(app.state.selectedBoxID, "blender", "a box of the board as opened keeps its id")
    XCTAssertEqual(app.box("blender")?.label, "Re-ranker")
  }

  func testAnExportedIDStaysThroughALaterRename() {
    var app = Self.row()
    let id = app.add("data lake")
    XCTAssertEqual(id, "data-lake-warehouse")
    app.press(.char(":"))
    app.type("export mermaid design.mmd")
    app.press(.enter)
    XCTAssertTrue(app.state.takeEffectsForTest().contains { if case .export = $0 { true } else { false } })
    app.state.selection = .box(id)
    app.rename("Video store")
    XCTAssertEqual(app.state.selectedBoxID, id, "the exported file names the box by this id")
    XCTAssertEqual(app.box(id)?.label, "Video store")
  }

  func testABoardOpenedAfterAnExportForgetsTheExportedIDs() {
    var app = Self.row()
    let id = app.add("data lake")
    app.press(.char(":"))
    app.type("export mermaid design.mmd")
    app.press(.enter)
    _ = app.state.takeEffectsForTest()
    app.send(.loaded(Board(title: "Other"), path: "other.yaml", stamp: nil))
    XCTAssertEqual(app.add("data lake"), id)
    app.state.selection = .box(id)
    app.rename("Video store")
    XCTAssertEqual(app.state.selectedBoxID, "video-store", "no file holds this board's box yet")
  }

  func testASavedIDStaysThroughARenameAfterTheBoardChangedAgain() {
    var app = Self.row()
    let id = app.add("data lake")
    app.send(.saved(app.state.board, path: "b.yaml", thenQuit: false, stamp: nil))
    // The box leaves the board as saved (deleted, saved again), then comes back (undo).
    app.state.selection = .box(id)
    app.press(.char("x"))
    app.send(.saved(app.state.board, path: "b.yaml", thenQuit: false, stamp: nil))
    app.press(.char("u"))
    XCTAssertNotNil(app.box(id))
    app.state.selection = .box(id)
    app.rename("Video store")
    XCTAssertEqual(app.state.selectedBoxID, id, "an id once written to the board's file stays")
  }

  func testGeneratedIDs() {
    XCTAssertTrue(Board.isGenerated("video-store", from: "Video store"))
    XCTAssertTrue(Board.isGenerated("video-store-3", from: "Video store"))
    XCTAssertFalse(Board.isGenerated("video-store-1", from: "Video store"))
    XCTAssertFalse(Board.isGenerated("video-store-03", from: "Video store"))
    XCTAssertFalse(Board.isGenerated("videos", from: "Video store"))
    XCTAssertTrue(Board.isGenerated("box", from: "本"))
  }
}
