// Whole-screen expectations: the main views at fixed terminal sizes, every row of the screen as
// text (trailing blanks trimmed), so that a change anywhere on the screen is seen, not only the
// words a substring check looks for.
import Foundation
import XCTest

@testable import MLSDCore

final class AppWholeScreenTests: XCTestCase {
  static let date = Date(timeIntervalSince1970: 1_800_000_000)

  /// Three boxes in a row, two arrows, no template: small enough for every view below.
  func smallBoard() -> Board {
    var board = Board(title: "Small")
    board.boxes = [
      Box(id: "logs", label: "Click logs", kind: "event-logging", frame: GridRect(x: 2, y: 1, width: 14, height: 3)),
      Box(id: "train", label: "Trainer", frame: GridRect(x: 22, y: 1, width: 11, height: 3)),
      Box(id: "serve", label: "Ranker", detail: "XGBoost", frame: GridRect(x: 22, y: 7, width: 11, height: 4)),
    ]
    board.arrows = [Arrow(from: "logs", to: "train", label: "joins"), Arrow(from: "train", to: "serve")]
    return board
  }

  func testNormalViewOfASmallBoardAt80x24() {
    var app = AppHarness(board: smallBoard(), width: 80, height: 24)
    app.press(.char("l"))
    assertScreen(
      app,
      """
       mlsd │ Small │ board.yaml                      no template │ score 16% │ 00:00
                                                        │ Steps   Checklist   Palette
        ┌────────────┐ joins┌─────────┐                 │
        │ Click logs ├─────▶│ Trainer │                 │ 1 · Clarify requirements 0%
        └────────────┘      └─────┬───┘                 │ 2 · Frame as an ML task  0%
                                  │                     │ 3 · Data preparation    20%
                                  │                     │ 4 · Model development    0%
                                  ▼                     │ 5 · Evaluation           0%
                            ┌─────────┐                 │ 6 · Deployment and ser… 33%
                            │ Ranker  │                 │ 7 · Monitoring and inf… 33%
                            │ XGBoost │                 │
                            └─────────┘                 │ 1. Requirements
                                                        │ No notes: press 1 to write
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
       NORMAL  kind: Training pipeline (read from label)   K kind  Enter label
      """)
  }

  func testNormalViewOfASmallBoardAt120x30() {
    var app = AppHarness(board: smallBoard(), width: 120, height: 30)
    app.press(.tab)
    assertScreen(
      app,
      """
       mlsd │ Small │ board.yaml                                                              no template │ score 16% │ 00:00
                                                                                          │ Steps   Checklist   Palette
        ┌────────────┐ joins┌─────────┐                                                   │
        │ Click logs ├─────▶│ Trainer │                                                   │ 1 · Clarify requirements       0%
        └────────────┘      └─────┬───┘                                                   │ 2 · Frame as an ML task        0%
                                  │                                                       │ 3 · Data preparation          20%
                                  │                                                       │ 4 · Model development          0%
                                  ▼                                                       │ 5 · Evaluation                 0%
                            ┌─────────┐                                                   │ 6 · Deployment and serving    33%
                            │ Ranker  │                                                   │ 7 · Monitoring and infrastru… 33%
                            │ XGBoost │                                                   │
                            └─────────┘                                                   │ 1. Requirements
                                                                                          │ No notes: press 1 to write
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
                                                                                          │
       NORMAL  Arrow Click logs → Trainer: Enter labels, R reverses, x deletes, Esc back
      """)
  }

  func testHelpOverlayAt80x24() {
    var app = AppHarness(board: smallBoard(), width: 80, height: 24)
    app.press(.char("?"))
    assertScreen(
      app,
      """
       mlsd │ Small │ board.yaml                      no template │ score 16% │ 00:00
       ┌─ Keys — ↑↓ scroll, any other key closes ───────────────────────────────────┐
       │ Move around                                                                │
       │   ←↓↑→ / hjkl         select the nearest box that way                      │
       │   Shift+arrows / H J  pan the canvas (H left, J down)                      │
       │   Tab / Shift+Tab     select the next / previous arrow of the box          │
       │   / then text, n      find a box by label, find the next one               │
       │   Esc                 arrow, group: back to its box; box: let go (hjkl on) │
       │   g / Home            back to the top-left of the board                    │
       │                                                                            │
       │ Edit the diagram                                                           │
       │   a                   add a box: type its label or a kind, Enter           │
       │   Enter / i           edit the label of the box or arrow in place          │
       │   d                   edit the detail line (technology) of the box         │
       │   K                   set the box's component kind: type to filter, Enter  │
       │   c                   connect: move or type the target's label, Enter      │
       │   m                   move the box: arrows (Shift: bigger steps), Enter    │
       │   r                   resize the box: arrows, Enter (Esc cancels)          │
       │   x / Delete          delete box (nearest selected) or arrow (back to box) │
       │   R                   reverse the selected arrow (it stays selected)       │
       │   s                   arrow style: solid, dashed, thick                    │
       │   y / p               copy the box / paste a copy next to the selection    │
       └────────────────────────────────────────────────────────────────────────────┘
       NORMAL  kind: Prediction and feat… (read from label)   K kind  Enter label
      """)
    app.press(.pageDown)
    assertScreen(
      app,
      """
       mlsd │ Small │ board.yaml                      no template │ score 16% │ 00:00
       ┌─ Keys — ↑↓ scroll, any other key closes ───────────────────────────────────┐
       │   Enter / i           edit the label of the box or arrow in place          │
       │   d                   edit the detail line (technology) of the box         │
       │   K                   set the box's component kind: type to filter, Enter  │
       │   c                   connect: move or type the target's label, Enter      │
       │   m                   move the box: arrows (Shift: bigger steps), Enter    │
       │   r                   resize the box: arrows, Enter (Esc cancels)          │
       │   x / Delete          delete box (nearest selected) or arrow (back to box) │
       │   R                   reverse the selected arrow (it stays selected)       │
       │   s                   arrow style: solid, dashed, thick                    │
       │   y / p               copy the box / paste a copy next to the selection    │
       │   paste text          adds a box: line 1 its label, the rest its detail    │
       │   L                   auto-layout the whole board to read at a glance      │
       │   T                   edit the board title                                 │
       │   u / Ctrl-Z          undo                                                 │
       │   Ctrl-R / Ctrl-Y     redo                                                 │
       │                                                                            │
       │ Groups                                                                     │
       │   Space / v           mark or unmark the box (several boxes; Esc clears)   │
       │   G                   group the marked boxes (or the box): title, Enter    │
       │   >                   put the marked boxes (or the box) into a group       │
       └────────────────────────────────────────────────────────────────────────────┘
       NORMAL  kind: Prediction and feat… (read from label)   K kind  Enter label
      """)
  }

  func testKindPaletteAt80x24() {
    var app = AppHarness(board: smallBoard(), width: 80, height: 24)
    app.press(.char("l"), .char("K"))
    assertScreen(
      app,
      """
       mlsd │ Small │ board.yaml                      no template │ score 16% │ 00:00
       ┌─ Kind of Trainer ────────────────────────────┐ │ Steps   Checklist   Palette
       │ Kind:                                        │ │
       │                                              │ │ 1 · Clarify requirements 0%
       │ Training pipeline  ·  training  (as the che… │ │ 2 · Frame as an ML task  0%
       │ Data source  ·  sources                      │ │ 3 · Data preparation    20%
       │ Stream ingestion  ·  ingestion               │ │ 4 · Model development    0%
       │ Stream processing  ·  processing             │ │ 5 · Evaluation           0%
       │ Batch ETL  ·  processing                     │ │ 6 · Deployment and ser… 33%
       │ Data lake / warehouse  ·  storage            │ │ 7 · Monitoring and inf… 33%
       │ Object storage  ·  storage                   │ │
       │ Labelling  ·  labelling                      │ │ 1. Requirements
       │ Offline feature store  ·  features           │ │ No notes: press 1 to write
       │ Online feature store  ·  features            │ │
       │ Orchestration  ·  infrastructure             │ │
       │                                              │ │
       │ Step 4 · id training-pipeline · Builds the   │ │
       │ training set, trains and validates the …     │ │
       └──────────────────────────────────────1/32────┘ │
                                                        │
                                                        │
                                                        │
                                                        │
       KIND  type to filter  ↑↓ choose  Enter set the kind  Esc cancel
      """)
  }

  /// A practice session at 80×24 just after a box was added: the message reads as one line above
  /// the status line, not as a narrow column beside the clock.
  func testPracticeAt80x24KeepsTheStatusMessageOnOneLine() throws {
    let template = try XCTUnwrap(Fixtures.library.template("ad-click-prediction"))
    var app = AppHarness(board: template.newBoard(), width: 80, height: 24)
    app.send(.tick(100))
    app.state.startPractice(
      PracticeMode(template: template, minutes: 45, hints: false, now: 100, date: Self.date), date: Self.date)
    app.press(.enter)
    app.send(.tick(130))
    app.add("vector")
    assertScreen(
      app,
      """
       mlsd │ Ad click prediction on social platforms [+] │ board.yaml       practice
                                                        │ Steps   Palette
        ┌────────────────────┐                          │
        │ Vector / ANN index │                          │ 1 · Clarify requirements
        └────────────────────┘                          │ 2 · Frame as an ML task
                                                        │ 3 · Data preparation
                                                        │ 4 · Model development
                                                        │ 5 · Evaluation
                                                        │ 6 · Deployment and serving
                                                        │ 7 · Monitoring and infrast…
                                                        │
                                                        │ 1. Requirements (~4 min)
                                                        │ No notes: press 1 to write
                                                        │ ? Is the business goal
                                                        │   revenue, clicks, or
                                                        │   advertiser conversions,
                                                        │   and which of them pays
                                                        │   us?
                                                        │ ? How many ad requests per
                                                        │   second at peak, and what
                                                        │   latency budget does an ad
                                                        │   slot have?
               Added Vector / ANN index. Enter renames, c connects
       NORMAL                               Practice 0:30/45:00 · 6/7 Serving 0/8 min
      """)
  }
}
