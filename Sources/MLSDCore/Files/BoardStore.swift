// Loading and saving board files on disk, with layout for boxes the file did not place.

public enum BoardStore {
  /// Reads and checks a board file. Boxes without a position are laid out, unless `placing` is
  /// false: a command that only reads the boxes, their words and arrows (check, diff, info) leaves
  /// them where the decoder put them, at the origin, and skips the layout's search.
  public static func load(_ path: String, placing: Bool = true) throws -> Board {
    let text: String
    do {
      text = try AtomicWriter.readText(path, limit: YAMLLimits.maxBytes)
    } catch let error as FileError {
      throw LoadError(file: path, line: 0, column: 0, message: error.reason)
    }
    return try load(text: text, name: path, placing: placing)
  }

  /// A board from text already read (standard input, for one); `name` is what errors call it.
  public static func load(text: String, name: String, placing: Bool = true) throws -> Board {
    do {
      let (board, unplaced) = try BoardDecoder.decode(text, name: name)
      return placing ? positioned(board, unplaced: unplaced) : board
    } catch {
      guard MermaidSniff.isFlowchart(text) else { throw error }
      throw LoadError(
        file: name, line: 1, column: 1,
        message: "this is a Mermaid flowchart, not a board: import it first (mlsd import \(Sanitizer.visible(name)))")
    }
  }

  /// The board with every box placed: no position anywhere gives a full layered layout; only
  /// some missing, those are fitted in around the rest.
  public static func positioned(_ board: Board, unplaced: [String]) -> Board {
    if unplaced.isEmpty { return board }
    if unplaced.count == board.boxes.count { return LayeredLayout.layoutFitting(board) }
    var placed = board
    Placement.placeUnplaced(&placed, ids: unplaced)
    return placed
  }

  /// Saves atomically, keeping the previous version as PATH.bak.
  public static func save(_ board: Board, to path: String) throws {
    try AtomicWriter.write(BoardEncoder.encode(board), to: path, backup: true)
  }
}
