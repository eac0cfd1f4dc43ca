// LabelPinning: a label between parallel lines of two different arrows is counted (issue 13:
// `│online features│` over `│ traffic split │`); one beside its own line alone is not.
import XCTest

@testable import MLSDCore

final class LabelPinningTests: XCTestCase {
  private func box(_ id: String, _ x: Int, _ y: Int) -> Box {
    Box(id: id, label: id.uppercased(), frame: GridRect(x: x, y: y, width: 9, height: 3))
  }

  /// Two vertical arrows, at columns 4 and `right`, from row 3 to row 14, with their labels
  /// where given.
  private func diagram(right: Int, first: GridPoint?, second: GridPoint?) -> Diagram {
    var board = Board(title: "t")
    board.boxes = [box("a", 0, 0), box("b", 0, 15), box("c", right - 4, 0), box("d", right - 4, 15)]
    board.arrows = [Arrow(from: "a", to: "b", label: "one"), Arrow(from: "c", to: "d", label: "two")]
    let text = { (s: String) in LabelText(lines: [s], isCut: false) }
    let routes = [
      ArrowRoute(
        points: [GridPoint(x: 4, y: 3), GridPoint(x: 4, y: 14)], labelOrigin: first, label: text("one")),
      ArrowRoute(
        points: [GridPoint(x: right, y: 3), GridPoint(x: right, y: 14)], labelOrigin: second, label: text("two")),
    ]
    return Diagram(board: board, routes: routes)
  }

  func testLabelsStackedBetweenTwoParallelLinesAreSqueezed() {
    // `│one│` over `│two│`: both labels touch both lines.
    let d = diagram(right: 8, first: GridPoint(x: 5, y: 7), second: GridPoint(x: 5, y: 8))
    XCTAssertEqual(LabelPinning.squeezed(d), [0, 1])
  }

  func testLabelBesideItsOwnLineWithTheOtherFarAwayIsNot() {
    // Each label right of its own line, the other line 10 columns off.
    let d = diagram(right: 20, first: GridPoint(x: 6, y: 7), second: GridPoint(x: 22, y: 7))
    XCTAssertEqual(LabelPinning.squeezed(d), [])
  }

  func testOneLabelBetweenTwoLinesWithRoomOnlyOnOneSideIsSqueezed() {
    // "one" right of its line, the other line two columns past its end.
    let d = diagram(right: 10, first: GridPoint(x: 6, y: 7), second: GridPoint(x: 12, y: 7))
    XCTAssertEqual(LabelPinning.squeezed(d), [0])
  }
}
