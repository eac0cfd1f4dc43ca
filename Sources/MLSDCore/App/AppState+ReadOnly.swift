// `mlsd open --read-only`: a partner watches the board. The file is followed live (idle checks
// reload it, the view keeps its own scroll), and nothing is ever written: a key or a drag that
// would change the board or start an edit is undone at once and the status line says why.

extension AppState {
  static let readOnlyNote =
    "Read-only: this window follows the file and never writes it (open without --read-only to edit)"

  /// Runs one input in read-only mode: moving, selecting, panning, help and quitting work;
  /// what would edit is taken back.
  mutating func readOnly(_ handle: (inout AppState) -> Void) {
    let before = (board: board, history: history, selection: selection)
    handle(&self)
    var blocked = false
    if board != before.board {
      replaceBoard(before.board)
      history = before.history
      selection = before.selection
      validateSelection()
      blocked = true
    }
    switch mode {
    case .palette, .label, .connect, .joinGroup, .move, .resize, .notes, .saveAs:
      mode = .normal
      blocked = true
    default: break
    }
    let writes = effects.filter {
      switch $0 {
      case .save, .overwrite, .writeRecovery, .adoptRecovery, .discardRecovery, .keepCopy,
        .editExternally:
        true
      default: false
      }
    }
    if !writes.isEmpty {
      effects.removeAll { writes.contains($0) }
      blocked = true
    }
    drag = nil
    if blocked { message = StatusMessage(AppState.readOnlyNote, tone: .warning) }
  }
}
