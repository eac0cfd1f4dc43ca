// Undo and redo without limit: snapshots of the board (a value type) with the selection of the time.

/// One remembered state of the board.
public struct Snapshot: Hashable, Sendable {
  public var board: Board
  public var selection: Selection?
}

/// The undo and redo stacks of a session.
public struct History: Hashable, Sendable {
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
