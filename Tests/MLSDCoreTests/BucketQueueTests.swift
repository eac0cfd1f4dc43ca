// The routing search's open list must always hand out a cheapest state, however far apart the
// costs are (ring, overflow heap and the wrap-around of the ring).
import XCTest

@testable import MLSDCore

final class BucketQueueTests: XCTestCase {
  func testPopsACheapestStateAgainstAPlainList() {
    for seed in 1...40 {
      var random = SeededRandom(seed: UInt64(seed))
      var queue = BucketQueue()
      queue.removeAll()
      var live: [UInt32: Int] = [:]
      var next: UInt32 = 0
      var base = Int(random.next() % 1000)
      for _ in 0..<3000 {
        if random.next() % 3 != 0 || live.isEmpty {
          // Mostly near the last cost, sometimes far beyond the ring's window or below it.
          let jump = random.next() % 10 == 0 ? Int(random.next() % 20_000) : Int(random.next() % 300)
          let cost = max(0, base + jump - 100)
          queue.push(cost, next)
          live[next] = cost
          next += 1
        } else {
          let cheapest = live.values.min()
          guard let state = queue.pop(), let cost = live.removeValue(forKey: state) else {
            return XCTFail("seed \(seed): the queue lost a state")
          }
          XCTAssertEqual(cost, cheapest, "seed \(seed)")
          base = cost
        }
      }
      while let state = queue.pop() {
        let cheapest = live.values.min()
        XCTAssertEqual(live.removeValue(forKey: state), cheapest, "seed \(seed)")
      }
      XCTAssertTrue(live.isEmpty, "seed \(seed): states left behind")
    }
  }

  func testRemoveAllEmptiesTheQueueForTheNextSearch() {
    var queue = BucketQueue()
    queue.removeAll()
    for i in 0..<100 { queue.push(5000 + i * 7, UInt32(i)) }
    queue.push(1, 999)
    XCTAssertEqual(queue.pop(), 999)
    queue.removeAll()
    XCTAssertNil(queue.pop())
    queue.push(42, 7)
    XCTAssertEqual(queue.pop(), 7)
    XCTAssertNil(queue.pop())
  }
}
