// The per-state arrays of a path search, reused from one search to the next. A state is valid
// only when its stamp carries the current generation, so nothing is cleared between searches,
// and the arrays grow to the largest region searched so far, not to the whole routing grid.

/// Search state storage: for each (cell, direction) of the searched region, a stamp word and the
/// cost so far. The stamp packs the generation (high bits), whether the state is a start state,
/// whether it was expanded, and the direction of the state it was reached from.
final class SearchScratch {
  private(set) var stamp: [UInt32] = []
  private(set) var g: [Int32] = []
  var queue = BucketQueue()
  private(set) var generation: UInt32 = 0

  static let closedBit: UInt32 = 1 << 2
  static let startBit: UInt32 = 1 << 3
  static let generationShift: UInt32 = 4
  private static let lastGeneration: UInt32 = UInt32.max >> generationShift

  /// Makes room for `states` states and starts a new generation; returns it.
  func begin(states: Int) -> UInt32 {
    if stamp.count < states {
      // Grown by doubling: regions come in increasing size, one search after another.
      let size = max(states, 2 * stamp.count)
      stamp = Array(repeating: 0, count: size)
      g = Array(repeating: 0, count: size)
      generation = 0
    }
    if generation == SearchScratch.lastGeneration {
      for i in stamp.indices { stamp[i] = 0 }
      generation = 0
    }
    generation += 1
    return generation
  }

  /// Hands the arrays to a search, which owns them until `give(back:)`: locals are checked for
  /// exclusive access at compile time, class properties on every access.
  func take() -> (stamp: [UInt32], g: [Int32], queue: BucketQueue) {
    defer {
      stamp = []
      g = []
      queue = BucketQueue()
    }
    return (stamp, g, queue)
  }

  func give(back stamp: [UInt32], _ g: [Int32], _ queue: BucketQueue) {
    self.stamp = stamp
    self.g = g
    self.queue = queue
  }
}
