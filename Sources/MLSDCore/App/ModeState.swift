// A named part of AppState: what the editor is doing (the mode, the help overlay, the status
// message) and what the last find, finding or mouse press left behind.

struct ModeState: Sendable {
  var mode: Mode = .normal
  var showHelp: Bool = false
  var helpScroll: Int = 0
  var message: StatusMessage?
  var lastFind: String = ""
  /// The failed check `f` showed last.
  var findingIndex: Int = -1
  /// The missing component `f` just showed; an `a` right after opens the palette on it.
  var suggestedComponent: String?
  var drag: Drag?
  /// The press that armed `drag`, and whether a motion report has come since: a release with no
  /// motion before it, or at the press's cell, is a click and moves nothing.
  var dragPress: MouseEvent?
  var dragMoved = false
  /// The mouse event being handled pressed on the canvas or moves a group: the view stays where it
  /// is instead of following the selection (the cell under the pointer keeps its meaning).
  var holdView = false
  /// The box Esc left with nothing selected: the arrow keys go on from it (AppState.deselect).
  var lastBox: String?
  /// The last mouse press, to recognise double-clicks.
  var lastPress: MouseEvent?
  /// A window the app opened by itself (not in answer to a key) takes no key until typing has
  /// paused: the app-clock time it opened or a key last came (AppState+Questions).
  var quietSince: Double?
  /// Keys typed on were dropped by the window now open: the status line says so.
  var droppedTypedAhead = false
  /// App-clock time of the last key.
  var lastKeyAt: Double?
  /// App-clock time of the last key, paste or mouse event: the board's corner pass waits for a
  /// pause after it (`CornerPass`).
  var lastInputAt: Double?
}
