// The three-way merge of two saves of one board: changes to different things merge, the same
// change is taken once, different changes to one thing are conflicts that the chosen side settles.
import XCTest

@testable import MLSDCore

final class BoardMergeTests: XCTestCase {
  let base = Board(
    title: "Feed ranking",
    boxes: [
      Box(id: "api", label: "API", frame: GridRect(x: 2, y: 2, width: 9, height: 3)),
      Box(id: "model", label: "Ranker", frame: GridRect(x: 20, y: 2, width: 12, height: 3)),
    ],
    arrows: [Arrow(from: "api", to: "model", label: "requests")],
    groups: [Group(id: "online", title: "Online", boxIDs: ["api", "model"])],
    notes: StepNotes([.requirements: "p99 under 100 ms"]))

  func box(_ id: String, _ label: String, x: Int = 40) -> Box {
    Box(id: id, label: label, frame: GridRect(x: x, y: 10, width: 12, height: 3))
  }

  func testChangesToDifferentThingsMerge() {
    var mine = base
    mine.boxes.append(box("kafka", "Kafka"))
    mine.arrows.append(Arrow(from: "api", to: "kafka"))
    mine.notes[.data] = "Click logs"
    var theirs = base
    theirs.boxes.append(box("registry", "Model registry", x: 60))
    theirs.boxes[1].label = "Two-tower ranker"
    theirs.title = "Feed ranking v2"
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    XCTAssertEqual(merge.conflicts, [])
    let merged = merge.resolve(choosing: .mine)
    XCTAssertEqual(merged.boxes.map(\.id), ["api", "model", "kafka", "registry"])
    XCTAssertEqual(merged.boxes[1].label, "Two-tower ranker")
    XCTAssertEqual(merged.title, "Feed ranking v2")
    XCTAssertEqual(merged.arrows.count, 2)
    XCTAssertEqual(merged.notes[.data], "Click logs")
    XCTAssertEqual(merged.notes[.requirements], "p99 under 100 ms")
    XCTAssertEqual(merge.resolve(choosing: .theirs), merged, "no conflict: the side does not matter")
  }

  func testTheSameChangeOnBothSidesIsTakenOnce() {
    var mine = base
    mine.boxes.append(box("kafka", "Kafka"))
    let merge = BoardMerge(base: base, mine: mine, theirs: mine)
    XCTAssertEqual(merge.conflicts, [])
    XCTAssertEqual(merge.resolve(choosing: .theirs), mine)
  }

  func testDifferentChangesToOneThingAreConflictsSettledByTheChosenSide() {
    var mine = base
    mine.boxes[1].label = "GBDT ranker"
    mine.notes[.requirements] = "p99 under 50 ms"
    mine.arrows[0].label = "features"
    var theirs = base
    theirs.boxes[1].label = "Two-tower ranker"
    theirs.notes[.requirements] = "p99 under 200 ms"
    theirs.arrows[0].label = "scores"
    theirs.boxes.append(box("cache", "Cache"))
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    XCTAssertEqual(merge.conflicts.map(\.what), ["box model", "arrow api → model", "notes of step 1"])
    XCTAssert(merge.conflicts[0].mine.contains("GBDT ranker"))
    XCTAssert(merge.conflicts[0].theirs.contains("Two-tower ranker"))
    let mineWins = merge.resolve(choosing: .mine)
    XCTAssertEqual(mineWins.boxes[1].label, "GBDT ranker")
    XCTAssertEqual(mineWins.arrows[0].label, "features")
    XCTAssertEqual(mineWins.notes[.requirements], "p99 under 50 ms")
    XCTAssertNotNil(mineWins.box("cache"), "what does not conflict merges either way")
    let theirsWin = merge.resolve(choosing: .theirs)
    XCTAssertEqual(theirsWin.boxes[1].label, "Two-tower ranker")
    XCTAssertEqual(theirsWin.arrows[0].label, "scores")
    XCTAssertEqual(theirsWin.notes[.requirements], "p99 under 200 ms")
  }

  func testDeletingWhatTheOtherSideChangedIsAConflict() {
    var mine = base
    mine.boxes.removeAll { $0.id == "model" }
    mine.arrows = []
    mine.groups[0].boxIDs = ["api"]
    var theirs = base
    theirs.boxes[1].label = "Two-tower ranker"
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    XCTAssertEqual(merge.conflicts.map(\.what), ["box model"])
    XCTAssertEqual(merge.conflicts[0].mine, "deleted")
    XCTAssertNil(merge.resolve(choosing: .mine).box("model"))
    XCTAssertEqual(merge.resolve(choosing: .theirs).box("model")?.label, "Two-tower ranker")
  }

  func testAnArrowToABoxTheOtherSideDeletedIsDroppedAndSaid() {
    var mine = base
    mine.boxes.append(box("kafka", "Kafka"))
    var theirs = mine
    mine.arrows.append(Arrow(from: "model", to: "kafka"))
    theirs.boxes.removeAll { $0.id == "kafka" }
    let merge = BoardMerge(base: mine.withoutLastArrow, mine: mine, theirs: theirs)
    let merged = merge.resolve(choosing: .theirs)
    XCTAssertNil(merged.box("kafka"))
    XCTAssertFalse(merged.arrows.contains { $0.to == "kafka" })
    XCTAssertEqual(merge.droppedArrows, ["model → kafka"])
  }

  func testRepeatedArrowsBetweenTheSameBoxesAreTellApartByOrder() {
    var mine = base
    mine.arrows.append(Arrow(from: "api", to: "model", label: "retries"))
    let theirs = base
    let merge = BoardMerge(base: base, mine: mine, theirs: theirs)
    XCTAssertEqual(merge.conflicts, [])
    XCTAssertEqual(merge.resolve(choosing: .theirs).arrows.map(\.label), ["requests", "retries"])
  }
}

extension Board {
  fileprivate var withoutLastArrow: Board {
    var board = self
    board.arrows.removeLast()
    return board
  }
}
