// The window that offers unsaved work an earlier session left for this board: what it holds and
// how it differs from the file, and the three choices, so that the offer is not a status line
// that is easy to miss.

enum RecoveryView {
  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    guard case .confirm(.restoreRecovery(let recovered, let from)) = state.mode else { return }
    let plain = CellStyle(.panel)
    let key = CellStyle(.panelTitle, bold: true)
    let boxes = recovered.boxes.count
    let rows: [(String, CellStyle)] = [
      (
        !(from ?? "").contains(".later-")
          ? "An earlier session on this board ended (killed, or its terminal closed) before its work was saved."
          : "Unsaved work of an earlier session on this board, set aside for later.", plain
      ),
      (
        "It holds \"\(Sanitizer.visible(recovered.title))\", \(boxes) box\(boxes == 1 ? "" : "es"); "
          + "against the file: \(EditSummary.describe(from: state.board, to: recovered)).", plain
      ),
      ("", plain),
      ("y    restore it (u undoes; Ctrl-S then saves it)", key),
      ("n    discard it (the recovery file is deleted)", key),
      ("Esc  decide later: it is kept, and offered again the next time this board opens", key),
    ]
    window(&canvas, state, title: "Unsaved work from an earlier session", rows: rows)
  }

  /// The question asked when another live mlsd has the board open, before anything else.
  static func drawLock(_ canvas: inout Canvas, _ state: AppState, holder: String) {
    let plain = CellStyle(.panel)
    let key = CellStyle(.panelTitle, bold: true)
    window(
      &canvas, state, title: "Already open in another mlsd",
      rows: [
        ("\(state.fileLabel) is already open in mlsd (\(Sanitizer.visible(holder))).", plain),
        ("Two writers on one board can overwrite each other's work; mlsd asks before it does.", plain),
        ("", plain),
        ("r    read-only: follow their saves, never write", key),
        ("o    open anyway: edit it too (your unsaved work goes to a recovery file of your own)", key),
        ("q    quit", key),
      ])
  }

  private static func window(_ canvas: inout Canvas, _ state: AppState, title: String, rows: [(String, CellStyle)]) {
    let area = state.canvasArea
    let width = min(84, area.width - 2)
    let wrapped = FileChangeView.wrap(rows, width: width - 4)
    let rect = GridRect(
      x: area.x + max(1, (area.width - width) / 2), y: area.y + 1, width: width,
      height: min(wrapped.count + 2, area.height - 1))
    Chrome.window(&canvas, rect, title: title, ascii: state.ascii)
    for (row, (text, style)) in wrapped.prefix(rect.height - 2).enumerated() {
      canvas.put(cut: text, x: rect.x + 2, y: rect.y + 1 + row, style: style, width: rect.width - 4, ascii: state.ascii)
    }
  }
}
