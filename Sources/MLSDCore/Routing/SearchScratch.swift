// The per-state memory of a path search, reused from one search to the next. A state is valid
// only when its stamp carries the current generation, so nothing is cleared between searches,
// and the memory grows to the largest region searched so far, not to the whole routing grid.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One search state: the stamp packs the generation (high bits), whether the state arrives at the
/// target, whether it is a start state, whether it was expanded, and the direction of the state it was reached from; `g` is
/// the cost so far. The two sit side by side because the search reads them together.
struct SearchState {
  var stamp: UInt32
  var g: Int32
}

/// Search state storage: a `SearchState` for each (cell, direction) of the searched region.
///
/// The tables come from `calloc`: large blocks arrive as zero pages that cost nothing until a
/// search touches them, so a re-route after an edit, whose region may be large but whose search
/// visits a few thousand states, does not pay for clearing megabytes (an array filled with
/// zeros does).
final class SearchScratch {
  private(set) var states: UnsafeMutablePointer<SearchState>
  private(set) var capacity = 0
  var queue = BucketQueue()
  private(set) var generation: UInt32 = 0
  /// Work done by every search that used this scratch (see RouteRequest.workLimit): the
  /// router's budget reads it.
  var work = 0
  /// With `recordExpanded`, searches append the grid index of every cell they expand to
  /// `expanded` (the first `expandedCount` entries): what a search read lies on those cells
  /// and their neighbours.
  var recordExpanded = false
  private(set) var expanded = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private var expandedCapacity = 1
  var expandedCount = 0

  /// Makes room for `more` entries after the first `expandedCount`.
  func reserveExpanded(_ more: Int) {
    guard expandedCount + more > expandedCapacity else { return }
    let size = max(expandedCount + more, 2 * expandedCapacity)
    let grown = UnsafeMutablePointer<Int32>.allocate(capacity: size)
    grown.update(from: expanded, count: expandedCount)
    expanded.deallocate()
    expanded = grown
    expandedCapacity = size
  }

  static let closedBit: UInt32 = 1 << 2
  static let startBit: UInt32 = 1 << 3
  /// The state is on the ring around the target, entered towards it: the search ends there.
  static let arrivalBit: UInt32 = 1 << 4
  static let generationShift: UInt32 = 5
  private static let lastGeneration: UInt32 = UInt32.max >> generationShift

  init() {
    // One state from calloc too, so that deinit frees every table alike (eight bytes: a
    // process that cannot have them could not have made this object either).
    states = SearchScratch.zeroed(1)!
    capacity = 1
  }

  deinit {
    free(states)
    expanded.deallocate()
  }

  /// Zeroed memory for `count` values, nil when the system has none to give.
  private static func zeroed<T>(_ count: Int) -> UnsafeMutablePointer<T>? {
    calloc(count, MemoryLayout<T>.stride)?.bindMemory(to: T.self, capacity: count)
  }

  /// Makes room for `count` states and starts a new generation; returns it, or nil when the
  /// memory could not be had (the search then finds nothing, and the arrow gets a simple route).
  /// The table stays valid until the next call; the search must index it below `count`.
  func begin(states count: Int) -> UInt32? {
    if capacity < count {
      // Grown by doubling: regions come in increasing size, one search after another. The old
      // table is kept when neither the doubled nor the exact size can be had.
      var size = max(count, 2 * capacity)
      var table: UnsafeMutablePointer<SearchState>? = SearchScratch.zeroed(size)
      if table == nil {
        size = count
        table = SearchScratch.zeroed(size)
      }
      guard let table else { return nil }
      free(states)
      states = table
      capacity = size
      generation = 0
    }
    if generation == SearchScratch.lastGeneration {
      states.update(repeating: SearchState(stamp: 0, g: 0), count: capacity)
      generation = 0
    }
    generation += 1
    return generation
  }

  /// Hands the queue to a search, which owns it until `give(back:)`: a local is checked for
  /// exclusive access at compile time, a class property on every access.
  func takeQueue() -> BucketQueue {
    defer { queue = BucketQueue() }
    return queue
  }

  func give(back queue: BucketQueue) { self.queue = queue }
}
