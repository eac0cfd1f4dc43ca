// The open list of the path search. Costs are small integers that stay within a narrow window of
// each other, so a ring of buckets indexed by cost gives the cheapest state in O(1); states whose
// cost falls outside the window wait in a binary heap. Within a bucket the newest state comes
// first, which lets a search run on along a path instead of widening evenly.

/// A priority queue of search states keyed by a non-negative integer cost.
struct BucketQueue {
  /// Width of the window of costs the ring holds (a power of two).
  static let span = 4096
  private static let mask = span - 1

  /// Allocated on first use, so that an empty queue costs nothing to make or drop.
  private var buckets: [[UInt32]] = []
  /// Ring slots that have held a state since the last `removeAll`.
  private var used: [Int] = []
  /// No bucket below this cost holds a state.
  private var low = 0
  /// No bucket above this cost holds a state.
  private var high = 0
  private var count = 0
  private var overflow = MinHeap()

  mutating func removeAll() {
    if buckets.isEmpty { buckets = Array(repeating: [], count: BucketQueue.span) }
    for slot in used { buckets[slot].removeAll(keepingCapacity: true) }
    used.removeAll(keepingCapacity: true)
    count = 0
    overflow.removeAll()
  }

  /// Adds a state; `removeAll()` must have been called once before the first push.
  mutating func push(_ cost: Int, _ state: UInt32) {
    if count == 0 {
      low = cost
      high = cost
    } else if max(high, cost) - min(low, cost) >= BucketQueue.span {
      // Too far from the others for the ring: a ring slot must never hold two costs.
      overflow.push(UInt64(cost) << 32 | UInt64(state))
      return
    }
    low = min(low, cost)
    high = max(high, cost)
    let slot = cost & BucketQueue.mask
    if buckets[slot].isEmpty { used.append(slot) }
    buckets[slot].append(state)
    count += 1
  }

  /// The state with the lowest cost (the newest of equals), or nil when empty.
  mutating func pop() -> UInt32? {
    if count > 0 {
      while buckets[low & BucketQueue.mask].isEmpty { low += 1 }
      if let top = overflow.peek(), Int(top >> 32) < low {
        _ = overflow.pop()
        return UInt32(truncatingIfNeeded: top)
      }
      count -= 1
      return buckets[low & BucketQueue.mask].removeLast()
    }
    guard let top = overflow.pop() else { return nil }
    return UInt32(truncatingIfNeeded: top)
  }
}

/// A binary min-heap of packed keys.
struct MinHeap {
  private var items: [UInt64] = []

  mutating func removeAll() { items.removeAll(keepingCapacity: true) }

  func peek() -> UInt64? { items.first }

  mutating func push(_ value: UInt64) {
    items.append(value)
    var i = items.count - 1
    while i > 0 {
      let p = (i - 1) / 2
      if items[p] <= items[i] { break }
      items.swapAt(p, i)
      i = p
    }
  }

  mutating func pop() -> UInt64? {
    guard let first = items.first else { return nil }
    let last = items.removeLast()
    if items.isEmpty { return first }
    items[0] = last
    var i = 0
    let n = items.count
    while true {
      let l = 2 * i + 1
      let r = l + 1
      var m = i
      if l < n && items[l] < items[m] { m = l }
      if r < n && items[r] < items[m] { m = r }
      if m == i { break }
      items.swapAt(i, m)
      i = m
    }
    return first
  }
}
