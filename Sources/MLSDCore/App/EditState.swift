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
  /// Counts changes to the text in the open notes editor, which is not in the board until the
  /// editor closes; `recoveryDraft` is the count the recovery file holds.
  var draftVersion: Int = 0
  var recoveryDraft: Int = 0
}
