// Making room on the board: after a box grew or moved, the boxes it now covers are moved aside,
// right or down, and the boxes those cover in turn, so that no two boxes overlap and the rest of
// the board stays where it is.

public enum BoxRoom {
  /// Most pushes one call makes: each push moves a box right or down past its pusher, so the
  /// cascade ends, but a hostile board should not keep an edit busy.
  static let pushLimit = 4_000

  /// Moves aside every box that overlaps one of `ids`, then
  /// every box that a moved box covers, until none overlap. The boxes `ids` stay where they are.
  /// Returns the ids of the boxes moved, in the order first moved.
  @discardableResult
  public static func makeRoom(around ids: [String], on board: inout Board) -> [String] {
    let fixed = Set(ids)
    var queue = board.boxes.indices.filter { fixed.contains(board.boxes[$0].id) }
    var moved: [String] = []
    var pushes = 0
    func push(_ index: Int, awayFrom frame: GridRect) {
      board.boxes[index].frame = pushed(board.boxes[index].frame, awayFrom: frame)
      if !moved.contains(board.boxes[index].id) { moved.append(board.boxes[index].id) }
      queue.append(index)
      pushes += 1
    }
    while !queue.isEmpty, pushes < pushLimit {
      let pusher = queue.removeFirst()
      let isFixed = fixed.contains(board.boxes[pusher].id)
      for other in board.boxes.indices where other != pusher {
        guard touches(board.boxes[pusher].frame, board.boxes[other].frame) else { continue }
        if !fixed.contains(board.boxes[other].id) {
          push(other, awayFrom: board.boxes[pusher].frame)
        } else if !isFixed {
          // A box moved aside onto one that keeps its place moves on; it is looked at again there.
          push(pusher, awayFrom: board.boxes[other].frame)
          break
        }
      }
    }
    return moved
  }

  /// Whether two frames share a cell. Boxes set side by side on purpose, border to border, stay.
  static func touches(_ a: GridRect, _ b: GridRect) -> Bool {
    a.intersects(b)
  }

  /// `frame` moved right or down until it keeps the placement gap from `pusher`: down when it
  /// lies more below the pusher than beside it (a row is about two columns tall), right when it
  /// lies beside, and the shorter way when it lies above and to the left.
  static func pushed(_ frame: GridRect, awayFrom pusher: GridRect) -> GridRect {
    let right = pusher.maxX + 1 + Placement.gapX - frame.x
    let down = pusher.maxY + 1 + Placement.gapY - frame.y
    let dx = frame.center.x - pusher.center.x
    let dy = frame.center.y - pusher.center.y
    let goDown: Bool
    if dx < 0 && dy <= 0 {
      goDown = down * 2 < right
    } else if dy > 0 && dx < 0 {
      goDown = true
    } else {
      goDown = dy * 2 > dx
    }
    var out = frame
    if goDown { out.y += down } else { out.x += right }
    return out
  }
}
