// Layouts for reading kept for the life of the process: laying out a board for reading routes
// it in many arrangements, and the same board is often laid out again (a template's reference
// design for each practice round, a review and its checks, the tests of every export). The
// result depends on the board, the page and the ordering engine, so those are the key.
import Foundation

final class LayoutMemo: @unchecked Sendable {
  static let shared = LayoutMemo()

  /// Layouts kept; past this many the memo starts again.
  static let capacity = 32

  struct Key: Hashable {
    var board: Board
    var width: Int
    var rows: Int
    var columns: Int
    /// The ordering engine as it describes itself (its settings included); "own" without one.
    var engine: String
  }

  private let lock = NSLock()
  private var kept: [Key: Board] = [:]

  /// The key for laying out `board` for a page now (under the current `LayoutEngine.ordering`).
  static func key(_ board: Board, width: Int, rows: Int, columns: Int) -> Key {
    Key(
      board: board, width: width, rows: rows, columns: columns,
      engine: LayoutEngine.ordering.map { String(reflecting: $0) } ?? "own")
  }

  /// The layout kept for `key`, or the one `make` gives, then kept.
  func layout(_ key: Key, make: () -> Board) -> Board {
    lock.lock()
    let known = kept[key]
    lock.unlock()
    if let known { return known }
    let made = make()
    lock.lock()
    if kept.count >= LayoutMemo.capacity { kept.removeAll() }
    kept[key] = made
    lock.unlock()
    return made
  }
}
