// Layouts for reading kept for the life of the process (`ProcessMemo`). The result depends on
// the board, the page and the ordering engine, so those are the key.

enum LayoutMemo {
  /// Many boards are laid out for reading in one process (every reference design, for each
  /// page a view asks for), and a layout of a reference is a few kilobytes.
  static let shared = ProcessMemo<Key, Board>(capacity: 128)

  struct Key: Hashable {
    var board: Board
    var width: Int
    var rows: Int
    var columns: Int
    /// The ordering engine as it describes itself (`LayoutEngine.orderingName`).
    var engine: String
  }

  /// The key for laying out `board` for a page now (under the current `LayoutEngine.ordering`).
  static func key(_ board: Board, width: Int, rows: Int, columns: Int) -> Key {
    Key(board: board, width: width, rows: rows, columns: columns, engine: LayoutEngine.orderingName)
  }
}

extension ProcessMemo where Value == Board {
  /// The layout kept for `key`, or the one `make` gives, then kept.
  func layout(_ key: Key, make: () -> Board) -> Board { value(key, make: make) }
}
