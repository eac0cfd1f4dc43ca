// Auto-layout for the `L` key and `:layout`: arranges every box again without overlaps.

enum BoardLayout {
  static func arrange(_ board: Board) -> Board {
    var next = board
    Placement.placeUnplaced(&next, ids: board.boxes.map(\.id))
    return next
  }
}
