// Ctrl-C and Ctrl-Q, the keys that quit from the board, pressed while something else is open (the
// notes editor, a palette, a prompt, a question): they close it as Esc does, so that nothing is
// left half done behind a quit, and the status line says that pressing the key again quits. The
// notes editor keeps what was typed (Esc puts it in the board); a question is never answered yes.

extension AppState {
  static func isQuitKey(_ key: Key) -> Bool { key == .ctrl("c") || key == .ctrl("q") }

  /// Closes the open mode as Esc would when `key` is Ctrl-C or Ctrl-Q; returns whether it did.
  /// Normal mode quits by the key table, and the disk-change window has its own quit choice.
  mutating func closeForQuitKey(_ key: Key) -> Bool {
    guard AppState.isQuitKey(key) else { return false }
    switch mode {
    case .normal, .confirm(.fileChanged), .confirm(.lockHeld): return false
    default: break
    }
    handleModeKey(.escape)
    // Esc leads to the board, or (from a merge's conflicts) to the disk-change window, where
    // the key quits too: either way, pressing it again quits (asking about unsaved work).
    let again = (key == .ctrl("c") ? "Ctrl-C" : "Ctrl-Q") + " again quits"
    let said = message.map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
    message = StatusMessage((said.map { $0 + "; " } ?? "Closed, as Esc does; ") + again, tone: message?.tone ?? .info)
    return true
  }
}
