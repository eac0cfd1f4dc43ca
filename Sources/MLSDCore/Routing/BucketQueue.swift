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
  /// One bit per ring slot that holds a state, so that finding the next one skips 64 at a time.
  private var occupied: [UInt64] = []
  /// No bucket below this cost holds a state.
  private var low = 0
  /// No bucket above this cost holds a state.
  private var high = 0
  private var count = 0
  private var overflow = MinHeap()

  mutating func removeAll() {
    if buckets.isEmpty {
      buckets = Array(repeating: [], count: BucketQueue.span)
      occupied = Array(repeating: 0, count: BucketQueue.span / 64)
    }
    if count > 0 {
      for word in occupied.indices where occupied[word] != 0 {
        var bits = occupied[word]
        while bits != 0 {
          buckets[word * 64 + bits.trailingZeroBitCount].removeAll(keepingCapacity: true)
          bits &= bits - 1
        }
        occupied[word] = 0
      }
    }
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
    buckets[slot].append(state)
    occupied[slot >> 6] |= 1 << UInt64(slot & 63)
    count += 1
  }

  /// The state with the lowest cost (the newest of equals), or nil when empty.
  mutating func pop() -> UInt32? {
    if count > 0 {
      low += distanceToNextState(from: low & BucketQueue.mask)
      if let top = overflow.peek(), Int(top >> 32) < low {
        _ = overflow.pop()
        return UInt32(truncatingIfNeeded: top)
      }
      count -= 1
      let slot = low & BucketQueue.mask
      let state = buckets[slot].removeLast()
      if buckets[slot].isEmpty { occupied[slot >> 6] &= ~(1 << UInt64(slot & 63)) }
      return state
    }
    guard let top = overflow.pop() else { return nil }
    return UInt32(truncatingIfNeeded: top)
  }
}

extension BucketQueue {
  /// Slots from `slot` (going round the ring) to the first that holds a state; there is one.
  fileprivate func distanceToNextState(from slot: Int) -> Int {
    var word = slot >> 6
    var bits = occupied[word] & (~0 << UInt64(slot & 63))
    var distance = -(slot & 63)
    while bits == 0 {
      distance += 64
      word = (word + 1) & (occupied.count - 1)
      bits = occupied[word]
    }
    return distance + bits.trailingZeroBitCount
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
