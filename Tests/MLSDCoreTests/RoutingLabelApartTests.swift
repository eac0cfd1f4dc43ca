// A label is read as its own arrow's: two labels keep two blank columns between them on a row
// (one reads as a space between words), and `LayoutQuality` counts the labels that lie nearer
// another arrow's line than their own, and those touching another label.
import XCTest

@testable import MLSDCore

final class RoutingLabelApartTests: XCTestCase {
  private func board() -> Board {
    Board(
      title: "labels",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: -9, y: 4, width: 8, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: 18, y: 4, width: 8, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b", label: "abcdef")])
  }

  func testALabelKeepsTwoColumnsFromAnotherLabel() throws {
    // A → B runs along row 5; another label already takes columns 12-16 of row 4, one column
    // right of where the label above the run's middle would end.
    var grid = RouteGrid(board: board(), frames: [])
    let cells = (-1...17).map { GridPoint(x: $0, y: 5) }
    grid.occupy(cells, arrow: 0)
    grid.markLabel(x: 12, y: 4, width: 5)
    let size = LabelSize(width: 6, height: 1)
    let origin = try XCTUnwrap(LabelPlacer.place(size: size, cells: cells, arrow: 0, grid: &grid))
    let rect = size.rect(at: origin)
    let apart = rect.maxY < 4 || rect.minY > 4 || rect.maxX + 2 < 12
    XCTAssertTrue(apart, "placed at \(origin): fewer than two blank columns before the other label")
  }

  private func labelled(_ points: [GridPoint], _ text: String, at origin: GridPoint) -> ArrowRoute {
    ArrowRoute(points: points, labelOrigin: origin, label: LabelPlacer.text(text))
  }

  func testALabelNearerAnotherLineIsCounted() {
    // Four boxes, two arrows down columns 10 and 12; the label of the arrow down column 12 is
    // written left of column 10, nearer the other arrow's line than its own.
    let board = Board(
      title: "near",
      boxes: [
        Box(id: "a", label: "A", frame: GridRect(x: 8, y: 0, width: 3, height: 3)),
        Box(id: "b", label: "B", frame: GridRect(x: 8, y: 12, width: 3, height: 3)),
        Box(id: "c", label: "C", frame: GridRect(x: 11, y: 0, width: 3, height: 3)),
        Box(id: "d", label: "D", frame: GridRect(x: 11, y: 12, width: 3, height: 3)),
      ],
      arrows: [Arrow(from: "a", to: "b"), Arrow(from: "c", to: "d", label: "own")])
    let line = ArrowRoute(points: [GridPoint(x: 9, y: 3), GridPoint(x: 9, y: 11)])
    let wrong = labelled([GridPoint(x: 12, y: 3), GridPoint(x: 12, y: 11)], "own", at: GridPoint(x: 5, y: 6))
    XCTAssertEqual(LayoutQuality(Diagram(board: board, routes: [line, wrong])).labelsNearerOther, 1)
    let right = labelled([GridPoint(x: 12, y: 3), GridPoint(x: 12, y: 11)], "own", at: GridPoint(x: 14, y: 6))
    XCTAssertEqual(LayoutQuality(Diagram(board: board, routes: [line, right])).labelsNearerOther, 0)
  }

  func testLabelsOneColumnApartAreCountedTouching() {
    var board = board()
    board.boxes.append(Box(id: "c", label: "C", frame: GridRect(x: -9, y: 20, width: 8, height: 3)))
    board.boxes.append(Box(id: "d", label: "D", frame: GridRect(x: 18, y: 20, width: 8, height: 3)))
    board.arrows.append(Arrow(from: "c", to: "d", label: "ghi"))
    let first = labelled([GridPoint(x: -1, y: 5), GridPoint(x: 17, y: 5)], "abcdef", at: GridPoint(x: 2, y: 10))
    for (x, touching) in [(9, 2), (10, 0)] {
      let second = labelled([GridPoint(x: -1, y: 21), GridPoint(x: 17, y: 21)], "ghi", at: GridPoint(x: x, y: 10))
      let quality = LayoutQuality(Diagram(board: board, routes: [first, second]))
      XCTAssertEqual(quality.labelsTouching, touching, "second label at column \(x)")
    }
  }
}
