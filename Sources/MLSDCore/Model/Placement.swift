// Finding free places for boxes: near a given box without overlapping anything.

public enum Placement {
  /// Gap kept between boxes, in columns and rows.
  public static let gapX = 4
  public static let gapY = 2

  /// Whether `frame` (grown by one cell) touches any box of the board other than `except`, or any
  /// of `frames` (group frames a new box must keep clear of: on one it hides the frame's line or
  /// title).
  public static func isFree(_ frame: GridRect, on board: Board, except: String? = nil, frames: [GridRect] = [])
    -> Bool
  {
    let padded = GridRect(
      x: frame.x - 1, y: frame.y - 1, width: frame.width + 2, height: frame.height + 2)
    if frames.contains(where: { $0.intersects(padded) }) { return false }
    return !board.boxes.contains { $0.id != except && $0.frame.intersects(padded) }
  }

  /// The frames of the board's groups, except `except`'s: where a box that is not to join a
  /// group must not go.
  static func groupFrames(on board: Board, except groupID: String? = nil) -> [GridRect] {
    GroupFrame.frames(of: board).filter { board.groups[$0.group].id != groupID }.map(\.rect)
  }

  /// A free origin for a box of `size` near `anchor` (right of it first, then below, then
  /// further out), or near the board's top-left when there is no anchor, clear of boxes and of
  /// `frames`.
  public static func freeSpot(
    for size: (width: Int, height: Int), near anchor: GridRect?, on board: Board, avoiding frames: [GridRect] = []
  ) -> GridPoint {
    let start = anchor ?? GridRect(x: 2, y: 1, width: 0, height: 0)
    var candidates: [GridPoint] = []
    if let anchor {
      candidates.append(GridPoint(x: anchor.maxX + 1 + gapX, y: anchor.y))
      candidates.append(GridPoint(x: anchor.x, y: anchor.maxY + 1 + gapY))
    } else {
      candidates.append(GridPoint(x: start.x, y: start.y))
    }
    for point in candidates where point.x >= 0 && point.y >= 0 {
      if isFree(GridRect(x: point.x, y: point.y, width: size.width, height: size.height), on: board, frames: frames) {
        return point
      }
    }
    // Spiral outwards row by row from the anchor until a spot is free.
    for ring in 1...400 {
      for dy in stride(from: -ring, through: ring, by: 1) {
        for dx in [-ring, ring] {
          let point = GridPoint(x: start.x + dx * (gapX + 2), y: start.y + dy * (gapY + 1))
          guard point.x >= 0, point.y >= 0 else { continue }
          if isFree(GridRect(x: point.x, y: point.y, width: size.width, height: size.height), on: board, frames: frames)
          {
            return point
          }
        }
      }
    }
    let bottom = max(board.bounds?.maxY ?? 0, frames.map(\.maxY).max() ?? 0) + gapY + 1
    return GridPoint(x: start.x, y: bottom)
  }

  /// Gives each listed box a free spot, in order, left to right in rows.
  public static func placeUnplaced(_ board: inout Board, ids: [String]) {
    let pending = Set(ids)
    var placedBoard = board
    placedBoard.boxes.removeAll { pending.contains($0.id) }
    var cursor = GridPoint(x: 2, y: (placedBoard.bounds?.maxY ?? -1) + 2)
    var rowHeight = 0
    for id in ids {
      guard let index = board.boxIndex(id) else { continue }
      var box = board.boxes[index]
      if cursor.x + box.frame.width > 120 {
        cursor = GridPoint(x: 2, y: cursor.y + rowHeight + gapY)
        rowHeight = 0
      }
      box.frame.x = cursor.x
      box.frame.y = cursor.y
      cursor.x += box.frame.width + gapX + 2
      rowHeight = max(rowHeight, box.frame.height)
      board.boxes[index] = box
      placedBoard.boxes.append(box)
    }
  }
}
