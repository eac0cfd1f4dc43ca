// Group titles drawn whole when the page has room beside the frame, and cut only when it has not;
// the fit's own-layout candidate and its rule for the next level of detail.

import XCTest

@testable import MLSDCore

final class LayoutGroupTitleTests: XCTestCase {
  private let longTitle = "Text indexing pipeline"

  /// One small box in a group with a long title, and `neighbour` (a box outside the group) when
  /// given.
  private func board(neighbour: GridRect? = nil) -> Board {
    var board = Board(title: "t")
    board.boxes = [Box(id: "a", label: "A", frame: GridRect(x: 10, y: 3, width: 7, height: 3))]
    if let neighbour { board.boxes.append(Box(id: "b", label: "B", frame: neighbour)) }
    board.groups = [Group(id: "g", title: longTitle, boxIDs: ["a"])]
    return board
  }

  func testATitleIsShownWholeWhenTheFrameHasRoomToGrow() throws {
    let frame = try XCTUnwrap(GroupFrame.frames(of: board()).first)
    XCTAssertEqual(frame.title, longTitle)
    XCTAssertEqual(frame.rect.width, GroupFrame.widthNeeded(title: longTitle))
    // Widened both ways: the box stays in the middle, and inside the frame.
    let box = board().boxes[0].frame
    XCTAssertLessThanOrEqual(abs((box.minX - frame.rect.minX) - (frame.rect.maxX - box.maxX)), 1)
    XCTAssertEqual(frame.rect.minY, box.minY - GroupFrame.padding)
    XCTAssertEqual(frame.rect.height, box.height + 2 * GroupFrame.padding)
    let text = TextRenderer.render(board(), charset: .unicode)
    XCTAssertTrue(text.contains(" \(longTitle) "), text)
    XCTAssertFalse(text.contains("…"), text)
  }

  func testATitleGrowsToTheFreeSideOnly() throws {
    // A box just left of the frame: the frame grows to the right instead.
    let left = board(neighbour: GridRect(x: 1, y: 3, width: 5, height: 3))
    let frame = try XCTUnwrap(GroupFrame.frames(of: left).first)
    XCTAssertEqual(frame.title, longTitle)
    XCTAssertEqual(frame.rect.minX, 10 - GroupFrame.padding)
    XCTAssertFalse(frame.rect.intersects(left.boxes[1].frame))
  }

  func testATitleIsCutOnlyWhenNoSideHasRoom() throws {
    // Boxes a cell from the frame on both sides: no room, so the title is cut with "…", and
    // with "..." in ASCII.
    var tight = board(neighbour: GridRect(x: 1, y: 3, width: 5, height: 3))
    tight.boxes.append(Box(id: "c", label: "C", frame: GridRect(x: 21, y: 3, width: 5, height: 3)))
    let frame = try XCTUnwrap(GroupFrame.frames(of: tight).first)
    XCTAssertEqual(frame.rect, tight.boxes[0].frame.insetBy(dx: -GroupFrame.padding, dy: -GroupFrame.padding))
    XCTAssertTrue(frame.title.hasSuffix("…"), frame.title)
    XCTAssertLessThan(DisplayWidth.of(frame.title), DisplayWidth.of(longTitle))
    let ascii = TextRenderer.render(tight, charset: .ascii)
    XCTAssertTrue(ascii.contains("..."), ascii)
    XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII), ascii)
    // Another group's frame in the way counts as much as a box.
    var framed = board()
    framed.boxes.append(Box(id: "d", label: "D", frame: GridRect(x: 22, y: 3, width: 5, height: 3)))
    framed.boxes.append(Box(id: "e", label: "E", frame: GridRect(x: -5, y: 3, width: 5, height: 3)))
    framed.groups.append(Group(id: "h", title: "H", boxIDs: ["d"]))
    let frames = GroupFrame.frames(of: framed)
    XCTAssertTrue(frames[0].title.hasSuffix("…"), frames[0].title)
    XCTAssertFalse(frames[0].rect.intersects(frames[1].rect))
  }

  func testAGroupInsideAnotherNeverGrowsPastIt() throws {
    var nested = board()
    nested.boxes.append(Box(id: "z", label: "Z", frame: GridRect(x: 40, y: 3, width: 5, height: 3)))
    nested.groups.append(Group(id: "outer", title: "O", boxIDs: ["a", "z"]))
    let frames = GroupFrame.frames(of: nested)
    XCTAssertTrue(Router.contains(frames[1].rect, frames[0].rect), "\(frames[0].rect) in \(frames[1].rect)")
  }

  func testTopToBottomGroupsTakeTheirTitlesWidth() throws {
    // Two one-box groups fed by one box: side by side top to bottom, each as wide as its title,
    // so both titles show whole and the frames do not touch.
    var board = Board(title: "t")
    board.boxes = ["src", "a", "b"].map {
      Box(id: $0, label: $0.uppercased(), frame: GridRect(x: 0, y: 0, width: 0, height: 0))
    }
    board.arrows = [Arrow(from: "src", to: "a"), Arrow(from: "src", to: "b")]
    board.groups = [
      Group(id: "ga", title: "Video indexing pipeline", boxIDs: ["a"]),
      Group(id: "gb", title: "Text indexing pipeline", boxIDs: ["b"]),
    ]
    let laid = LayeredLayout.layout(board, direction: .topToBottom)
    let frames = GroupFrame.frames(of: laid)
    XCTAssertEqual(frames.map(\.title), board.groups.map(\.title))
    XCTAssertFalse(frames[0].rect.insetBy(dx: -1, dy: -1).intersects(frames[1].rect))
    for frame in frames {
      XCTAssertGreaterThanOrEqual(frame.rect.width, GroupFrame.widthNeeded(title: board.groups[frame.group].title))
    }
  }

  func testAFitCutsTitlesOnlyWhenNothingFitsWithThemWhole() throws {
    var board = Board(title: "t")
    let unplaced = GridRect(x: 0, y: 0, width: 0, height: 0)
    board.boxes = [Box(id: "a", label: "A", frame: unplaced), Box(id: "b", label: "B", frame: unplaced)]
    board.arrows = [Arrow(from: "a", to: "b")]
    board.groups = [Group(id: "g", title: "A group title much longer than its boxes", boxIDs: ["a", "b"])]
    let roomy = try DiagramFit.fit(board, columns: 200, rows: 40).get()
    XCTAssertEqual(GroupFrame.frames(of: roomy.diagram.board).first?.title, board.groups[0].title)
    let narrow = try DiagramFit.fit(board, columns: 30, rows: 40).get()
    XCTAssertLessThanOrEqual(narrow.columns, 30)
    let title = try XCTUnwrap(GroupFrame.frames(of: narrow.diagram.board).first?.title)
    XCTAssertTrue(title.hasSuffix("…"), title)
    XCTAssertTrue(board.groups[0].title.hasPrefix(String(title.dropLast())), title)
    let ascii = TextRenderer.render(narrow.diagram, charset: .ascii)
    XCTAssertTrue(ascii.contains("..."), ascii)
    XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII), ascii)
  }

  func testTheBoardAsLaidOutShrinksAboutEachBoxCentre() throws {
    var board = Board(title: "t")
    board.boxes = [
      Box(id: "a", label: "A", detail: "a long detail line", frame: GridRect(x: 2, y: 2, width: 22, height: 5)),
      Box(id: "b", label: "B", frame: GridRect(x: 30, y: 2, width: 9, height: 5)),
    ]
    let compact = try XCTUnwrap(DiagramFit.inPlace(board, .compact))
    for (box, old) in zip(compact.boxes, board.boxes) {
      XCTAssertEqual(box.frame.height, 3)
      XCTAssertLessThanOrEqual(abs(box.frame.center.x - old.frame.center.x), 1)
      XCTAssertLessThanOrEqual(abs(box.frame.center.y - old.frame.center.y), 1)
    }
    // Boxes on top of each other (a board never laid out) give no such candidate.
    var unplaced = board
    unplaced.boxes[1].frame = unplaced.boxes[0].frame
    XCTAssertNil(DiagramFit.inPlace(unplaced, .compact))
  }

  func testTheNextLevelIsTakenOnlyWhenItCrossesFewerAndLosesNoLabel() {
    var first = LayoutQuality(Diagram(board: Board(title: "t")))
    first.crossings = 5
    var next = first
    next.crossings = 4
    XCTAssertTrue(DiagramFit.crossesFewer(next, than: first))
    next.crossings = 5
    XCTAssertFalse(DiagramFit.crossesFewer(next, than: first))
    next.crossings = 2
    next.droppedLabels = 1
    XCTAssertFalse(DiagramFit.crossesFewer(next, than: first))
  }
}
