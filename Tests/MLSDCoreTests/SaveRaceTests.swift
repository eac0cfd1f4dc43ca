// Two writers press Ctrl-S at the same moment on one board file on disk: the check that the file
// is still what each loaded and the write run under one lock, so the second always sees the
// first's save and is asked (`.changedOnDisk`); never do both just save, one losing the other's work.
import Foundation
import XCTest

@testable import MLSDCore

final class SaveRaceTests: XCTestCase {
  func testOfTwoSavesAtOnceTheSecondSeesTheFirst() throws {
    let folder = NSTemporaryDirectory() + "/mlsd-race-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/race.yaml"
    let disk = DiskFiles()
    let runner = EffectRunner(files: disk, dataFolder: nil, absolute: { $0 })
    var doubleSaves = 0
    for trial in 0..<60 {
      var start = Board(title: "Race \(trial)")
      start.boxes = [Box(id: "etl", label: "Daily ETL", frame: GridRect(x: 2, y: 1, width: 12, height: 3))]
      try disk.saveBoard(start, to: path)
      let stamp = disk.stamp(path)
      let writers: [(AppState, Effect)] = ["A", "B"].map { name in
        var state = AppState(
          board: start, filePath: path, library: Fixtures.library, theme: .monochrome, diskStamp: stamp)
        var mine = start
        mine.boxes[0].label = "Daily ETL \(name)"
        state.board = mine
        return (state, Effect.save(mine, path: path, thenQuit: false))
      }
      let replies = Replies()
      let two = Unchecked((runner, writers))
      DispatchQueue.concurrentPerform(iterations: 2) { i in
        let (runner, writers) = two.value
        replies.add(runner.run(writers[i].1, state: writers[i].0))
      }
      let saved = replies.all.filter { if case .saved = $0 { true } else { false } }.count
      let asked = replies.all.filter { if case .changedOnDisk = $0 { true } else { false } }.count
      if saved == 2 { doubleSaves += 1 }
      XCTAssertEqual([saved, asked], [1, 1], "trial \(trial): \(replies.all)")
    }
    XCTAssertEqual(doubleSaves, 0)
  }
}

/// Replies gathered from two threads.
private final class Replies: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [Action?] = []
  func add(_ reply: Action?) { lock.withLock { list.append(reply) } }
  var all: [Action] { lock.withLock { list.compactMap { $0 } } }
}

/// The runner and the two states, handed to the two threads (each only reads them).
private struct Unchecked<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
