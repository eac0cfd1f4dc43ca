// A burst longer than the run loop's batch reaches the app whole: the tester's 1600-byte note lost
// bytes 501, 1002 and 1503, each read at a full batch and dropped.
import XCTest

@testable import MLSDCore

final class InputBatchTests: XCTestCase {
  /// Drains a queue the way the run loop drains the terminal: one blocking read, then batches.
  private func batches(of burst: [Character], limit: Int) -> [[Character]] {
    var waiting = burst[...]
    func read() -> Character? { waiting.popFirst() }
    var out: [[Character]] = []
    while !waiting.isEmpty {
      let batch = InputBatch.take(first: read(), limit: limit, next: read)
      XCTAssertLessThanOrEqual(batch.count, limit)
      out.append(batch)
    }
    return out
  }

  func testALongBurstArrivesWholeAtEveryBatchBoundary() {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let text: [Character] = (1...1600).map { (i: Int) -> Character in i % 10 == 0 ? " " : letters[i % 26] }
    for length in [499, 500, 501, 502, 999, 1000, 1001, 1002, 1501, 1502, 1503, 1600] {
      let burst = Array(text.prefix(length))
      let got = batches(of: burst, limit: InputBatch.limit)
      XCTAssertEqual(String(got.joined()), String(burst), "burst of \(length)")
      XCTAssertEqual(got.count, (length + InputBatch.limit - 1) / InputBatch.limit, "burst of \(length)")
    }
  }

  func testEverySplitPointOfASmallLimitKeepsEveryEvent() {
    let burst = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    for limit in 1...burst.count + 1 {
      XCTAssertEqual(String(batches(of: burst, limit: limit).joined()), String(burst), "limit \(limit)")
    }
  }

  func testTheReaderIsNotCalledOnceTheBatchIsFull() {
    var reads = 0
    let batch = InputBatch.take(first: 0, limit: 3) { () -> Int? in
      reads += 1
      return reads
    }
    XCTAssertEqual(batch, [0, 1, 2])
    XCTAssertEqual(reads, 2, "a third read would take an event the batch has no room for")
  }

  func testNoFirstEventIsAnEmptyBatch() {
    var reads = 0
    let batch = InputBatch.take(first: nil as Int?) { () -> Int? in
      reads += 1
      return 1
    }
    XCTAssertEqual(batch, [])
    XCTAssertEqual(reads, 0)
  }
}
