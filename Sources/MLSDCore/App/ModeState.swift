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
  /// The last mouse press, to recognise double-clicks.
  var lastPress: MouseEvent?
}
