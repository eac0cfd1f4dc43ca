// The open list of the path search. Costs are small integers that stay within a narrow window of
// each other, so a ring of buckets indexed by cost gives the cheapest state in O(1); states whose
// cost falls outside the window wait in a binary heap. Within a bucket the newest state comes
// first, which lets a search run on along a path instead of widening evenly.

/// A priority queue of search states keyed by a non-negative integer cost.
///
/// Each ring slot is a stack of nodes linked through `next` (the newest on top); the nodes live in
/// flat tables that popped nodes are handed back to. The tables belong to a `Storage` object
/// and the queue reads them through raw pointers, so that a push or pop costs no copy-on-write
/// check of nested arrays. Copies of a queue share its tables: use one copy at a time.
struct BucketQueue {
  /// Width of the window of costs the ring holds (a power of two).
  static let span = 4096
  private static let mask = span - 1

  /// Owner of the tables (freed with it).
  final class Storage {
    /// Top node of each ring slot (-1 for none).
    let heads: UnsafeMutablePointer<Int32>
    /// One bit per ring slot that holds a state, so that finding the next one skips 64 at a time.
    let occupied: UnsafeMutablePointer<UInt64>
    var states: UnsafeMutablePointer<UInt32>
    var next: UnsafeMutablePointer<Int32>
    var capacity: Int

    init() {
      heads = .allocate(capacity: BucketQueue.span)
      heads.initialize(repeating: -1, count: BucketQueue.span)
      occupied = .allocate(capacity: BucketQueue.span / 64)
      occupied.initialize(repeating: 0, count: BucketQueue.span / 64)
      capacity = 1024
      states = .allocate(capacity: capacity)
      next = .allocate(capacity: capacity)
    }

    /// Doubles the node tables, keeping the first `used` nodes.
    func grow(used: Int) {
      let size = 2 * capacity
      let newStates = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
      let newNext = UnsafeMutablePointer<Int32>.allocate(capacity: size)
      newStates.update(from: states, count: used)
      newNext.update(from: next, count: used)
      states.deallocate()
      next.deallocate()
      states = newStates
      next = newNext
      capacity = size
    }

    deinit {
      heads.deallocate()
      occupied.deallocate()
      states.deallocate()
      next.deallocate()
    }
  }

  /// Allocated on first use, so that an empty queue costs nothing to make or drop.
  private var storage: Storage?
  private var heads = UnsafeMutablePointer<Int32>(bitPattern: 8)!
  private var occupied = UnsafeMutablePointer<UInt64>(bitPattern: 8)!
  private var states = UnsafeMutablePointer<UInt32>(bitPattern: 8)!
  private var next = UnsafeMutablePointer<Int32>(bitPattern: 8)!
  private var capacity = 0
  /// Nodes handed out so far; popped ones wait in the chain from `freeNode` to be used again.
  private var used = 0
  private var freeNode: Int32 = -1
  /// No bucket below this cost holds a state.
  private var low = 0
  /// No bucket above this cost holds a state.
  private var high = 0
  private var count = 0
  private var overflow = MinHeap()

  mutating func removeAll() {
    if storage == nil {
      let made = Storage()
      storage = made
      heads = made.heads
      occupied = made.occupied
      states = made.states
      next = made.next
      capacity = made.capacity
    }
    if count > 0 {
      for word in 0..<(BucketQueue.span / 64) where occupied[word] != 0 {
        var bits = occupied[word]
        while bits != 0 {
          heads[word * 64 + bits.trailingZeroBitCount] = -1
          bits &= bits - 1
        }
        occupied[word] = 0
      }
    }
    count = 0
    used = 0
    freeNode = -1
    overflow.removeAll()
  }

  /// Adds a state; `removeAll()` must have been called once before the first push.
  @inline(__always)
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
    let node: Int
    if freeNode >= 0 {
      node = Int(freeNode)
      freeNode = next[node]
    } else {
      if used == capacity, let storage {
        storage.grow(used: used)
        states = storage.states
        next = storage.next
        capacity = storage.capacity
      }
      node = used
      used += 1
    }
    states[node] = state
    next[node] = heads[slot]
    heads[slot] = Int32(node)
    occupied[slot >> 6] |= 1 << UInt64(slot & 63)
    count += 1
  }

  /// The state with the lowest cost (the newest of equals), or nil when empty.
  @inline(__always)
  mutating func pop() -> UInt32? {
    if count > 0 {
      low += distanceToNextState(from: low & BucketQueue.mask)
      if let top = overflow.peek(), Int(top >> 32) < low {
        _ = overflow.pop()
        return UInt32(truncatingIfNeeded: top)
      }
      count -= 1
      let slot = low & BucketQueue.mask
      let node = Int(heads[slot])
      let state = states[node]
      heads[slot] = next[node]
      next[node] = freeNode
      freeNode = Int32(node)
      if heads[slot] < 0 { occupied[slot >> 6] &= ~(1 << UInt64(slot & 63)) }
      return state
    }
    guard let top = overflow.pop() else { return nil }
    return UInt32(truncatingIfNeeded: top)
  }
}

extension BucketQueue {
  /// Slots from `slot` (going round the ring) to the first that holds a state; there is one.
  @inline(__always)
  fileprivate func distanceToNextState(from slot: Int) -> Int {
    var word = slot >> 6
    var bits = occupied[word] & (~0 << UInt64(slot & 63))
    var distance = -(slot & 63)
    while bits == 0 {
      distance += 64
      word = (word + 1) & (BucketQueue.span / 64 - 1)
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
