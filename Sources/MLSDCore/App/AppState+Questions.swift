// Windows the app opens by itself, not in answer to a key (another mlsd has the board, unsaved
// work of an earlier session, a change found on disk while idle): the person may be typing when
// one appears, and a letter meant for a label or a note must not answer it. Such a window drops
// a key that comes less than `typedAheadPause` after the key before it (typing carried on), until
// a pause; a key after a pause answers it, with the same keys as every other window. Chosen over
// a deliberate key (Enter, a digit) so that every window keeps its letters, and because a person
// who reads a window before answering never answers that fast, nor does a script that waits for it.

extension AppState {
  /// Seconds without a key after which an app-opened window takes keys: longer than the gap
  /// between keys of someone typing, shorter than reading the window's first line.
  static let typedAheadPause = 0.5

  /// Opens a window the person did not ask for with a key.
  mutating func ask(_ question: Question) {
    mode = .confirm(question)
    modes.quietSince = modes.lastKeyAt
    modes.droppedTypedAhead = false
  }

  /// Whether the window now open takes a key: false (the key dropped, the pause restarted) while
  /// keys typed before it was read are still coming.
  mutating func takesKey(_ key: Key) -> Bool {
    // Ctrl-C / Ctrl-Q never answer yes (they close or quit), so they are never held back.
    guard let since = modes.quietSince, !AppState.isQuitKey(key) else { return true }
    if now - since < AppState.typedAheadPause {
      modes.quietSince = now
      modes.droppedTypedAhead = true
      return false
    }
    modes.quietSince = nil
    modes.droppedTypedAhead = false
    return true
  }

  /// The lock question: r watches the board read-only, o opens it anyway, q quits.
  mutating func handleLockHeld(_ key: Key) {
    switch key {
    case .char("r"), .char("R"):
      mode = .normal
      isReadOnly = true
      message = StatusMessage("Read-only: following the other mlsd's saves; nothing is written", tone: .ok)
    case .char("o"), .char("O"):
      mode = .normal
      message = StatusMessage("Opened although another mlsd has it open too; mlsd asks before overwriting its saves")
      effects.append(.openAnyway)
    case .char("q"), .char("Q"), .escape, .ctrl("c"), .ctrl("q"):
      quitting = true
      effects.append(.quit)
    default:
      break
    }
  }
}
