// A named part of AppState: the board's edit history (undo and redo) and the edit version the
// recovery file follows.

struct EditState: Sendable {
  var history: History = History()
  /// The drawing and report when a live move or resize began, for the undo step it ends in.
  var liveEditStart: Derived?
  /// Counts board edits; the recovery file remembers which version it holds.
  var version: Int = 0
  var lastEditAt: Double?
  var recoveryVersion: Int = 0
}
