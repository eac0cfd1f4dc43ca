// Routings kept while a board is laid out for reading: the search weighs the same arrangement
// more than once (the closest drawing's alternatives and the page fit's candidates share some,
// a squeezed drawing is routed again to be checked, and the caller draws the chosen board), and
// a routing costs far more than looking one up. The routing depends on the board alone.
import Foundation

final class RoutingMemo: @unchecked Sendable {
  static let shared = RoutingMemo()

  /// Routings kept; past this many the memo starts again (a reference's search weighs about 40).
  static let capacity = 96

  private let lock = NSLock()
  private var kept: [Board: Diagram] = [:]

  /// The routing kept for `board`, or the one `make` gives, then kept.
  func diagram(_ board: Board, make: () -> Diagram) -> Diagram {
    lock.lock()
    let known = kept[board]
    lock.unlock()
    if let known { return known }
    let made = make()
    lock.lock()
    if kept.count >= RoutingMemo.capacity { kept.removeAll() }
    kept[board] = made
    lock.unlock()
    return made
  }
}
