// Search memory kept from one routing to the next. After an edit the app re-routes a few arrows
// in a region that may span much of the board; memory the search has already touched costs
// nothing more, while fresh memory costs a page fault per page the search reaches (measured on
// the 300-box editor benchmark: a re-route with 2,800 states expanded took 3.4 ms in the search,
// most of it first touches of a new scratch).
import Foundation

/// A small pool of search scratch objects shared by every routing in the process.
final class ScratchPool: @unchecked Sendable {
  static let shared = ScratchPool()

  private let lock = NSLock()
  private var idle: [SearchScratch] = []

  /// A scratch for one routing; give it back when done.
  func take() -> SearchScratch {
    lock.lock()
    defer { lock.unlock() }
    return idle.popLast() ?? SearchScratch()
  }

  /// Keeps one scratch per thread that routes at the same time, up to two.
  func give(back scratch: SearchScratch) {
    lock.lock()
    defer { lock.unlock() }
    if idle.count < 2 { idle.append(scratch) }
  }
}
