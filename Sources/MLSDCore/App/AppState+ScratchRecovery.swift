// Unsaved work of scratch sessions that ended without saving (each scratch session has its own
// recovery file, see Recovery): offered one at a time when a new scratch board starts.

extension AppState {
  /// y takes the first offer over as this board (its file becomes this session's recovery file);
  /// n discards it and asks about the next; Esc leaves them all for the next scratch session.
  mutating func handleScratchOffer(_ key: Key, offers: [ScratchRecovery]) {
    guard let offer = offers.first else {
      mode = .normal
      return
    }
    let rest = Array(offers.dropFirst())
    switch key {
    case .char("y"), .char("Y"):
      mode = .normal
      edit { $0 = offer.board }
      selection = Selection.start(of: board)
      // Written at once: the old file is removed only once this session's copy is on disk.
      recoveryVersion = version
      effects.append(.adoptRecovery(path: offer.path, board: board, version: version))
      var text = "Restored the unsaved scratch board (u undoes, Ctrl-S saves it)"
      if !rest.isEmpty { text += "; \(rest.count) more kept for the next scratch board" }
      message = StatusMessage(text, tone: .ok)
    case .char("n"), .char("N"):
      effects.append(.discardRecovery(path: offer.path))
      if rest.isEmpty {
        mode = .normal
        message = StatusMessage("Recovery file discarded")
      } else {
        mode = .confirm(.restoreScratch(rest))
      }
    case .escape:
      mode = .normal
      message = StatusMessage(
        "Kept \(offers.count) unsaved scratch board(s) in the recovery folder; offered again next time")
    default:
      break
    }
  }

  /// The first offer in a few words, and how many follow.
  static func describeOffer(_ offers: [ScratchRecovery]) -> String {
    guard let first = offers.first else { return "none" }
    let boxes = first.board.boxes.count
    var text = "\"\(Sanitizer.visible(first.board.title))\", \(boxes) box\(boxes == 1 ? "" : "es")"
    if offers.count > 1 { text += ", \(offers.count - 1) more after it" }
    return text
  }
}
