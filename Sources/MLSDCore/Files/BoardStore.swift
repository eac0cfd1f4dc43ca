// Loading and saving board files on disk, with layout for boxes the file did not place.

public enum BoardStore {
  /// Reads and checks a board file. Boxes without a position are laid out.
  public static func load(_ path: String) throws -> Board {
    let text: String
    do {
      text = try AtomicWriter.readText(path, limit: YAMLLimits.maxBytes)
    } catch let error as FileError {
      throw LoadError(file: path, line: 0, column: 0, message: error.reason)
    }
    var (board, unplaced) = try BoardDecoder.decode(text, name: path)
    // No position anywhere: a full layered layout; only some missing: fit those in around the rest.
    if !unplaced.isEmpty && unplaced.count == board.boxes.count {
      board = LayeredLayout.layoutFitting(board)
    } else if !unplaced.isEmpty {
      Placement.placeUnplaced(&board, ids: unplaced)
    }
    return board
  }

  /// Saves atomically, keeping the previous version as PATH.bak.
  public static func save(_ board: Board, to path: String) throws {
    try AtomicWriter.write(BoardEncoder.encode(board), to: path, backup: true)
  }
}
