// `mlsd check`, `diff` and `info` read only the boxes' words, kinds and arrows, so a board whose
// boxes have no `at:` is not laid out for them: the boxes stay where the decoder leaves them, at
// the origin. The commands that draw (open, render, export) still place them.
import Foundation
import MLSDCore
import XCTest

@testable import mlsd

final class ReadOnlyLoadCommandTests: XCTestCase {
  var path = ""

  override func setUpWithError() throws {
    let board = """
      mlsd: 1
      title: Unplaced boxes
      template: generic-ml-pipeline
      boxes:
      - id: logs
        label: Order events
      - id: job
        label: Nightly feature job
      - id: train
        label: Model training
      arrows:
      - from: logs
        to: job
      - from: job
        to: train
      """
    path = NSTemporaryDirectory() + "mlsd-read-only-load-\(UUID().uuidString).yaml"
    try board.write(toFile: path, atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: path)
  }

  func origins(_ board: Board) -> [String] { board.boxes.map { "\($0.frame.x),\($0.frame.y)" } }

  func testCheckDiffAndInfoDoNotLayTheBoardOut() throws {
    for board in [try Check.loadBoard(path), try Diff.loadBoard(path), try Info.loadBoard(path)] {
      XCTAssertEqual(origins(board), ["0,0", "0,0", "0,0"])
      XCTAssertEqual(board.boxes.map(\.label), ["Order events", "Nightly feature job", "Model training"])
      XCTAssertEqual(board.arrows.count, 2)
    }
  }

  func testTheCommandsThatDrawStillPlaceTheBoxes() throws {
    let placed = try CLIContext.loadBoard(path)
    XCTAssertEqual(Set(origins(placed)).count, 3, "every box gets its own place: \(origins(placed))")
  }
}
