// Labels as drawn are wrapped once per routing and kept between routings while an arrow's label
// string is unchanged; the lines are always those a fresh wrap gives.

import XCTest

@testable import MLSDCore

final class RoutingLabelTextsTests: XCTestCase {
  static let board = Board(
    title: "labels",
    boxes: [
      Box(id: "a", label: "A", frame: GridRect(x: 0, y: 0, width: 9, height: 3)),
      Box(id: "b", label: "B", frame: GridRect(x: 40, y: 0, width: 9, height: 3)),
      Box(id: "c", label: "C", frame: GridRect(x: 0, y: 20, width: 9, height: 3)),
    ],
    arrows: [
      Arrow(from: "a", to: "b", label: "requests with features and model output, joined with clicks"),
      Arrow(from: "a", to: "c", label: "clicks"),
      Arrow(from: "b", to: "c"),
    ])

  /// An unchanged label's text comes from the previous route (a marked text proves it was not
  /// wrapped again); a changed one, a new one and one whose previous route carried no text are
  /// wrapped afresh.
  func testUnchangedLabelsComeFromThePreviousRoute() {
    let marked = LabelText(lines: ["kept"])
    var previousRoutes = Array(repeating: ArrowRoute(points: []), count: 3)
    previousRoutes[0].label = marked
    previousRoutes[1].label = marked
    var edited = Self.board
    edited.arrows[1].label = "views"
    edited.arrows.append(Arrow(from: "c", to: "a", label: "feedback"))
    var texts = LabelTexts(edited.arrows, previous: (Self.board.arrows, previousRoutes))
    XCTAssertEqual(texts.text(0), marked)
    XCTAssertEqual(texts.text(1), LabelPlacer.text("views"))
    XCTAssertNil(texts.text(2))
    XCTAssertEqual(texts.text(3), LabelPlacer.text("feedback"))
    var unlabelled = LabelTexts(
      Self.board.arrows, previous: (Self.board.arrows, Array(repeating: ArrowRoute(points: []), count: 3)))
    XCTAssertEqual(unlabelled.text(0), LabelPlacer.text(Self.board.arrows[0].label))
  }

  /// After edits that move a box, change a label and add an arrow, every route carries exactly
  /// the lines a fresh wrap of its arrow's label gives, as after a fresh routing.
  func testRoutesAfterEditsCarryTheirLabelsAsWrapped() {
    var board = Self.board
    var routes = Router.route(board).routes
    func check(_ step: String) {
      XCTAssertEqual(routes.map(\.label), board.arrows.map { LabelPlacer.text($0.label) }, step)
    }
    check("fresh")
    let edits: [(String, (inout Board) -> Void)] = [
      ("move", { $0.boxes[1].frame.y += 4 }),
      ("relabel", { $0.arrows[1].label = "clicks and views, joined daily with the impression log" }),
      ("add", { $0.arrows.append(Arrow(from: "c", to: "b", label: "feedback")) }),
      ("unlabel", { $0.arrows[0].label = nil }),
    ]
    for (name, edit) in edits {
      var next = board
      edit(&next)
      routes = Router.route(next, previous: (board, routes)).routes
      board = next
      check(name)
    }
  }
}
