// Undo and redo without limit: snapshots of the board (a value type) with the selection and the
// marked boxes of the time, and the drawing and check report of that board when they were at hand.

/// One remembered state of the board.
public struct Snapshot: Sendable {
  public var board: Board
  public var selection: Selection?
  /// The routed drawing and the report of `board`, so that going back to it routes and checks
  /// nothing: on a large board that cost several milliseconds per undo.
  var derived: Derived?
  /// The boxes marked (Space) at the time: undoing a group made from marks marks them again, and
  /// redoing it uses them up again.
  public var marked: [String] = []
  /// Which intake of another writer's board this board holds (`DocumentState.intake`), and the
  /// file's board it was made from: undo to an older intake must not save over theirs unasked.
  var intake = 0
  var base: Board?
}

/// What the app computes from a board: its routed drawing and its check report.
struct Derived: Sendable {
  var layer: BoardLayer
  var report: CheckReport

  /// Whether this was computed from `board`.
  func belongs(to board: Board) -> Bool { layer.diagram.board == board }
}

/// The undo and redo stacks of a session.
public struct History: Sendable {
  public private(set) var past: [Snapshot] = []
  public private(set) var future: [Snapshot] = []

  public init() {}

  public var canUndo: Bool { !past.isEmpty }
  public var canRedo: Bool { !future.isEmpty }

  /// Remembers the state before an edit; a new edit forgets what could be redone.
  public mutating func record(_ before: Snapshot) {
    past.append(before)
    future.removeAll()
  }

  /// Steps back: returns the state to restore, remembering `current` for redo.
  public mutating func undo(from current: Snapshot) -> Snapshot? {
    guard let last = past.popLast() else { return nil }
    future.append(current)
    return last
  }

  public mutating func redo(from current: Snapshot) -> Snapshot? {
    guard let next = future.popLast() else { return nil }
    past.append(current)
    return next
  }
}
