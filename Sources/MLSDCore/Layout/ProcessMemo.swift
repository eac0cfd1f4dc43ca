// Results of a pure, costly computation kept for the life of the process, under a lock: laying
// out and fitting a board route it in many arrangements, and the same board is often drawn
// again (a template's reference design in each practice review, the tests of every export).
import Foundation

final class ProcessMemo<Key: Hashable, Value>: @unchecked Sendable {
  /// Results kept; past this many the memo starts again.
  let capacity: Int

  private let lock = NSLock()
  private var kept: [Key: Value] = [:]

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The result kept for `key`, or the one `make` gives, then kept. `make` runs outside the
  /// lock, so two threads asking at once may both compute; either answer is the same.
  func value(_ key: Key, make: () -> Value) -> Value {
    lock.lock()
    let known = kept[key]
    lock.unlock()
    if let known { return known }
    let made = make()
    lock.lock()
    if kept.count >= capacity { kept.removeAll() }
    kept[key] = made
    lock.unlock()
    return made
  }

  /// Forgets every result kept (a benchmark that times the same work again).
  func forget() {
    lock.lock()
    kept.removeAll()
    lock.unlock()
  }
}

extension LayoutEngine {
  /// The current ordering engine as it describes itself (its settings included); "own" without
  /// one: part of the key of every kept layout, since layouts depend on it.
  static var orderingName: String {
    ordering.map { String(reflecting: $0) } ?? "own"
  }
}
