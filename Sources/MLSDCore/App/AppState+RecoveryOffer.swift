// Unsaved work an earlier session left for this board (it was killed, or its terminal closed),
// offered in a window when the board opens: restore it, discard it, or decide later. Later
// leaves its file as it is: this session writes its own recovery file, so the offered one is
// offered again the next time the board is opened.

extension AppState {
  mutating func handleRecoveryOffer(_ key: Key, recovered: Board, from: String?) {
    switch key {
    case .char("y"), .char("Y"):
      mode = .normal
      edit { $0 = recovered }
      selection = Selection.start(of: board)
      if let from {
        // Written at once as this session's recovery file; the set-aside copy goes once it is.
        recoveryVersion = version
        effects.append(.adoptRecovery(path: from, board: board, version: version))
      }
      message = StatusMessage("Restored the unsaved work (u undoes, Ctrl-S saves it)", tone: .ok)
    case .char("n"), .char("N"):
      mode = .normal
      effects.append(from.map { .discardRecovery(path: $0) } ?? .removeRecovery)
      message = StatusMessage("Recovery file discarded")
    case .escape, .char("l"):
      mode = .normal
      message = StatusMessage("The unsaved work is kept for later: offered again the next time \(fileLabel) opens")
    default:
      break
    }
  }
}
