// The board's corner pass (`Diagram.clearOfCorners`, a routing of the whole board) waits for a
// pause in the input (`AppState.cornerPassPause`): a burst of edits with the app's ticks between
// them makes none (before, the tick after the first frame and after each edit that wanted it made
// one: the editor benchmark's 40–60 ms p99 of a move and a label's commit on 300 boxes), and the
// tick after the pause makes one, giving the drawing the pass gives the drawing the burst left.
import XCTest

@testable import MLSDCore

final class AppCornerPassPauseTests: XCTestCase {
  /// The app's loop: an input, then a tick 50 ms later (keys held down or typed in a run).
  private struct Burst {
    var app: AppHarness
    var time = 0.0
    /// Ticks that made the board's pass: the drawing wanted it before the tick and not after.
    var passes = 0

    mutating func tick(after seconds: Double = 0.05) {
      time += seconds
      let wanted = !app.state.layer.cornersSettled
      app.send(.tick(time))
      if wanted && app.state.layer.cornersSettled { passes += 1 }
    }

    mutating func press(_ key: Key) {
      tick()
      app.press(key)
      tick()
    }
  }

  func testKeysInARunMakeNoPassAndThePauseMakesTheOneThePassGives() throws {
    let board = try XCTUnwrap(AppCornerPassTests.cleared.first)
    var burst = Burst(app: AppHarness(board: board, width: 160, height: 45))
    XCTAssertFalse(burst.app.state.layer.cornersSettled, "the drawing opened wants the pass")
    burst.press(.char("m"))
    for step in 0..<12 { burst.press(step % 3 == 2 ? .left : .right) }
    burst.press(.enter)
    XCTAssertNotEqual(burst.app.state.board, board, "the box moved")
    XCTAssertEqual(burst.passes, 0, "no pass while the keys come")
    XCTAssertFalse(burst.app.state.layer.cornersSettled)
    // The pause: one pass, the one made for the drawing shown.
    let shown = burst.app.state.layer.diagram
    burst.tick(after: AppState.cornerPassPause)
    XCTAssertEqual(burst.passes, 1)
    XCTAssertEqual(burst.app.state.layer.routes, shown.clearOfCorners().routes, "what the pass gives")
    XCTAssertEqual(burst.app.state.layer.diagram.looseLabels, shown.clearOfCorners().looseLabels)
    burst.tick(after: 1)
    XCTAssertEqual(burst.passes, 1, "settled: nothing more")
  }

  /// Edits that want the pass (as the editor benchmark's moves and new arrows on a large board)
  /// ask for none before the pause, and the pause makes one for them all.
  func testEditsThatWantThePassWaitForThePause() {
    let board = LayeredLayout.layout(RenderFixtures.random(seed: 31, count: 80))
    var burst = Burst(app: AppHarness(board: board, width: 120, height: 40))
    var random = SeededRandom(seed: 5)
    for step in 0..<40 {
      let boxes = burst.app.state.board.boxes
      let i = random.int(0..<boxes.count)
      burst.tick()
      if step % 2 == 0 {
        var frame = boxes[i].frame
        frame.x += random.chance(50) ? 1 : -1
        let padded = frame.insetBy(dx: -1, dy: -1)
        if boxes.indices.contains(where: { $0 != i && boxes[$0].frame.intersects(padded) }) { continue }
        burst.app.state.edit { $0.boxes[i].frame = frame }
      } else {
        let j = (i + 1 + random.int(0..<(boxes.count - 1))) % boxes.count
        burst.app.state.edit { $0.arrows.append(Arrow(from: boxes[i].id, to: boxes[j].id)) }
      }
      // The edit's key (the edits above are what keys make; Esc only deselects).
      burst.app.press(.escape)
      burst.tick()
    }
    XCTAssertGreaterThan(burst.app.state.layer.editsWantingPass, 0, "some edits wanted the pass")
    XCTAssertEqual(burst.passes, 0, "none made while the input came")
    let shown = burst.app.state.layer.diagram
    burst.tick(after: 1)
    XCTAssertEqual(burst.passes, 1)
    XCTAssertEqual(burst.app.state.layer.routes, shown.clearOfCorners().routes)
  }
}
