// A window below the smallest size never changes what a key means. What takes text (the notes
// editor, a label or detail prompt, a palette, find, the command line, connect) keeps taking it,
// and the "too small" screen shows the line being typed; a question or Save as is answered there.
// The board itself is not drawn, so keys that act on it (normal mode, moving or resizing a box)
// are held, except those that quit or end the open mode; q in normal mode asks about unsaved
// work as always, and n ("discard") there quits keeping a recovery file, since the person could
// not see what they were discarding.

extension AppState {
  /// Whether the open mode takes its keys on the "too small" screen: it types text or answers.
  var tooSmallTakesKeys: Bool {
    switch mode {
    case .confirm, .saveAs, .notes, .label, .palette, .kind, .connect, .joinGroup, .find, .command: true
    case .normal, .move, .resize: false
    }
  }

  /// A key pressed while the window is too small; returns whether it was dealt with here (held,
  /// or a quit). Keys for a mode that takes them go on as at any size.
  mutating func handleTooSmallKey(_ key: Key) -> Bool {
    guard isTooSmall, !tooSmallTakesKeys else { return false }
    switch mode {
    case .move, .resize:
      // Enter and Esc end the move as at any size; Ctrl-C or Ctrl-Q closes it as Esc does.
      if key == .enter || key == .escape { return false }
      if AppState.isQuitKey(key) { return false }
      return true
    default:
      if showHelp {
        // Help is not drawn either: any key closes it, as on a usable window, and does nothing else.
        showHelp = false
        return true
      }
      guard key == .char("q") || AppState.isQuitKey(key) else { return true }
      requestQuit(force: false)
      return true
    }
  }

  /// The quit question's n on the "too small" screen: quit, keeping the unsaved work in the
  /// recovery file that the next start offers.
  mutating func quitKeepingRecovery() {
    if hasUnsavedWork { effects.append(.writeRecovery(unsavedBoard, version: version)) }
    quitting = true
    effects.append(.quit)
  }
}
