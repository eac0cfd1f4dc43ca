// The window that asks what to do when the board file changed on disk under unsaved work, and
// the one that shows a merge's conflicts one at a time, both sides of each, as the person settles them.

enum FileChangeView {
  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    guard case .confirm(let question) = state.mode else { return }
    switch question {
    case .fileChanged(let theirs, let stamp, _): drawChoices(&canvas, state, theirs: theirs, stamp: stamp)
    case .mergeConflicts(let theirs, _, _, let settling):
      drawConflicts(&canvas, state, theirs: theirs, settling: settling)
    default: break
    }
  }

  private static func frame(_ state: AppState, rows: Int) -> GridRect {
    let area = state.canvasArea
    let width = min(84, area.width - 2)
    let height = min(rows + 2, area.height - 1)
    return GridRect(x: area.x + max(1, (area.width - width) / 2), y: area.y + 1, width: width, height: height)
  }

  private static func lines(_ canvas: inout Canvas, _ rect: GridRect, _ lines: [(String, CellStyle)]) {
    for (row, (text, style)) in lines.prefix(rect.height - 2).enumerated() {
      canvas.put(cut: text, x: rect.x + 2, y: rect.y + 1 + row, style: style, width: rect.width - 4)
    }
  }

  /// The choices, with the reason the file differs: someone saved it (their board loads), it was
  /// deleted (`stamp` nil: it could not be read), or it holds something that is not a board.
  static func drawChoices(_ canvas: inout Canvas, _ state: AppState, theirs: Board?, stamp: FileStamp?) {
    let plain = CellStyle(.panel)
    let key = CellStyle(.panelTitle, bold: true)
    var rows: [(String, CellStyle)] = []
    let title: String
    if let theirs {
      title = "\(state.fileLabel) changed on disk"
      if state.document.mergeBase != nil && theirs == state.cleanBoard {
        // Ctrl-S after undo went back past a reload: the file is theirs, the board is not.
        rows.append(("Undo took the board back to before their saved changes were taken in (reload or merge).", plain))
        rows.append(("Saving now would remove their changes from the file; merge keeps both sides' work.", plain))
      } else {
        rows.append(("Someone saved this board since you opened it (another mlsd, an editor, git).", plain))
        rows.append(("Saving now would overwrite their changes; you have unsaved changes of your own.", plain))
      }
      rows.append(("", plain))
      let merge = BoardMerge(base: state.mergeBase, mine: state.board, theirs: theirs)
      rows.append(("r    reload theirs (a copy of yours goes to the recovery folder; u brings it back)", key))
      rows.append(("o    overwrite theirs with yours", key))
      rows.append(("s    save yours as another file", key))
      let conflicts =
        merge.hasConflicts ? "\(merge.conflicts.count) thing(s) changed on both sides: you choose" : "no conflicts"
      rows.append(("m    merge both sides' changes (\(conflicts))", key))
    } else if stamp == nil {
      title = "\(state.fileLabel) was deleted"
      rows.append(("The board's file was deleted or moved away (or its folder was) since you opened it.", plain))
      rows.append(("Your unsaved changes are still here.", plain))
      rows.append(("", plain))
      rows.append(("o    write yours to the same path again (not possible if its folder is gone)", key))
      rows.append(("s    save yours as another file", key))
    } else {
      title = "\(state.fileLabel) changed on disk"
      rows.append(("Something else was written to the board's file and it no longer loads as a board.", plain))
      if let problem = state.diskProblem { rows.append((problem, plain)) }
      rows.append(("Your unsaved changes are still here.", plain))
      rows.append(("", plain))
      rows.append(("o    write yours over it", key))
      rows.append(("s    save yours as another file", key))
    }
    rows.append(("q    quit (asks about your unsaved changes first)", key))
    rows.append(("Esc  keep editing: nothing is saved, and this is not asked again until the file changes", key))
    let rect = frame(state, rows: rows.count)
    let wrapped = wrap(rows, width: rect.width - 4)
    let tall = frame(state, rows: wrapped.count)
    Chrome.window(&canvas, tall, title: title, ascii: state.ascii)
    lines(&canvas, tall, wrapped)
  }

  /// Rows wrapped to the window's width, a choice's later lines under its words, not its key.
  static func wrap(_ rows: [(String, CellStyle)], width: Int) -> [(String, CellStyle)] {
    rows.flatMap { text, style -> [(String, CellStyle)] in
      guard DisplayWidth.of(text) > width, width > 10 else { return [(text, style)] }
      let indent = text.count > 5 && text.dropFirst(5).first != " " && text.prefix(5).hasSuffix("  ") ? 5 : 0
      let head = String(text.prefix(indent))
      let body = DisplayWidth.wrap(String(text.dropFirst(indent)), to: width - indent)
      return body.enumerated().map { i, line in
        ((i == 0 ? head : String(repeating: " ", count: indent)) + line, style)
      }
    }
  }

  /// The conflict now being settled with both versions, the ones settled before it with the
  /// choice made, and how many follow.
  static func drawConflicts(_ canvas: inout Canvas, _ state: AppState, theirs: Board, settling: ConflictSettlement) {
    let merge = BoardMerge(base: state.mergeBase, mine: state.board, theirs: theirs)
    let plain = CellStyle(.panel)
    let key = CellStyle(.panelTitle, bold: true)
    let conflicts = merge.conflicts
    let index = min(settling.current ?? conflicts.count - 1, conflicts.count - 1)
    var rows: [(String, CellStyle)] = [
      ("Both sides changed these; everything else merges. Settle each one in turn:", plain),
      ("", plain),
    ]
    if conflicts.indices.contains(index) {
      let conflict = conflicts[index]
      rows.append(("Conflict \(index + 1) of \(conflicts.count): \(conflict.what)", key))
      rows.append(("  mine:   " + conflict.mine, plain))
      rows.append(("  theirs: " + conflict.theirs, plain))
    }
    let later = conflicts.count - index - 1
    if later > 0 { rows.append(("  (\(later) more after this one)", plain)) }
    if !settling.choices.isEmpty {
      rows.append(("", plain))
      rows.append(("Settled so far:", plain))
      for (i, side) in settling.choices.enumerated() where conflicts.indices.contains(i) {
        rows.append(
          ("  \(conflicts[i].what): " + (side == .mine ? "mine" : side == .theirs ? "theirs" : "both kept"), plain))
      }
    }
    rows.append(("", plain))
    let text = conflicts.indices.contains(index) && conflicts[index].isText
    let keys = wrap(
      [
        ("m    keep mine", key), ("t    take theirs", key),
      ] + (text ? [("b    keep both: mine, then what theirs adds", key)] : []) + [
        ("M T  keep mine / take theirs for this one and the rest", key),
        ("Backspace  back to the previous conflict", key), ("Esc  back to the choices", key),
      ], width: frame(state, rows: 1).width - 4)
    let body = wrap(rows, width: frame(state, rows: 1).width - 4)
    let rect = frame(state, rows: body.count + keys.count)
    Chrome.window(&canvas, rect, title: "Merge conflicts (\(conflicts.count))", ascii: state.ascii)
    // The keys stay visible when the list is longer than the window: the list is cut instead.
    lines(&canvas, rect, Array(body.prefix(max(0, rect.height - 2 - keys.count))))
    for (i, (text, style)) in keys.suffix(rect.height - 2).enumerated() {
      let y = rect.maxY - min(keys.count, rect.height - 2) + i
      canvas.put(cut: text, x: rect.x + 2, y: y, style: style, width: rect.width - 4)
    }
  }
}
