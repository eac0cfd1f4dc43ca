// Overlays of the editing modes: the add-box and set-kind palettes, the label field in place, the notes editor.

enum OverlayView {
  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    switch state.mode {
    case .palette(let query, let index): drawPalette(&canvas, state, query: query, index: index)
    case .kind(let box, let query, let index): drawKindPalette(&canvas, state, box: box, query: query, index: index)
    case .label(let target, let field): drawLabelField(&canvas, state, target: target, field: field)
    case .notes(let step, let area): drawNotes(&canvas, state, step: step, area: area)
    case .confirm(.fileChanged), .confirm(.mergeConflicts): FileChangeView.draw(&canvas, state)
    case .confirm(.restoreRecovery): RecoveryView.draw(&canvas, state)
    case .confirm(.lockHeld(let holder)): RecoveryView.drawLock(&canvas, state, holder: holder)
    default: break
    }
  }

  /// Where the palette window is, and how many results it lists (the last two rows describe the
  /// highlighted kind, so a newcomer learns what it is for).
  static func paletteFrame(_ state: AppState) -> (rect: GridRect, rows: Int) {
    let area = state.canvasArea
    let rect = GridRect(x: area.x + 1, y: area.y, width: min(64, area.width - 2), height: min(18, area.height - 1))
    return (rect, rect.height - 7)
  }

  /// The first result listed, so that the highlighted one stays in view.
  static func firstResult(index: Int, count: Int, rows: Int) -> Int {
    max(0, min(index - rows / 2, count - rows))
  }

  /// The result listed on a screen row of the palette, if any, among `count` results.
  static func paletteResult(atScreenY y: Int, _ state: AppState, count: Int, index: Int) -> Int? {
    let (rect, rows) = paletteFrame(state)
    let row = y - rect.y - 3
    let i = firstResult(index: index, count: count, rows: rows) + row
    return row >= 0 && row < rows && i < count ? i : nil
  }

  /// One listed entry of a palette window, and the lines that describe it when it is highlighted.
  struct PaletteRow {
    var text: String
    var about: String
  }

  static func drawPalette(_ canvas: inout Canvas, _ state: AppState, query: TextField, index: Int) {
    let catalogue = state.library.catalogue
    let present = state.kindsOnBoard
    let typed = query.text.trimmingCharacters(in: .whitespaces)
    let shown = Sanitizer.visible(typed)
    let rows = state.addChoices(query.text).map { choice in
      switch choice {
      case .kind(let kind):
        let alias = catalogue.matchingAlias(of: kind, for: query.text).map { " ← \($0)" } ?? ""
        let mark = present.contains(kind.id) ? (state.ascii ? "  (on the board)" : "  ✓ on the board") : ""
        // The hint says what Enter makes of the typed text (AddChoice's rule).
        let label = AddChoice.labelAndDetail(typed: query.text, kind: kind, catalogue: catalogue).label
        return PaletteRow(
          text: "\(kind.name)\(alias)  ·  \(kind.category)\(mark)",
          about: "Enter adds '\(Sanitizer.visible(label))' · Step \(kind.step.number) · \(kind.description)")
      case .plain:
        let none = state.paletteResults(query.text).isEmpty ? "No kind matches: " : ""
        return PaletteRow(
          text: "plain box '\(shown)'  ·  no kind",
          about: "\(none)Enter adds '\(shown)' with no kind; the checker reads the kind from the label")
      }
    }
    let empty = "The catalogue is empty"
    drawPaletteWindow(&canvas, state, title: "Add a box", query: query, index: index, rows: rows, empty: empty)
  }

  /// The K palette: the kinds ranked for the box, the declared and recognised ones marked.
  static func drawKindPalette(_ canvas: inout Canvas, _ state: AppState, box id: String, query: TextField, index: Int) {
    guard let box = state.board.box(id) else { return }
    let catalogue = state.library.catalogue
    let read = state.report.reading.box(id)?.kinds ?? catalogue.kinds(of: box)
    let rows = state.kindChoices(for: id, query: query.text).map { choice in
      switch choice {
      case .kind(let kind):
        let alias = catalogue.matchingAlias(of: kind, for: query.text).map { " ← \($0)" } ?? ""
        let mark =
          box.kind == kind.id ? "  (declared)" : read.contains(kind.id) ? "  (as the checker reads it)" : ""
        return PaletteRow(
          text: "\(kind.name)\(alias)  ·  \(kind.category)\(mark)",
          about: "Step \(kind.step.number) · id \(kind.id) · \(kind.description)")
      case .clear:
        return PaletteRow(
          text: "clear kind",
          about: "Removes the declared kind; the checker reads the box from its words and place again")
      }
    }
    let title = "Kind of " + DisplayWidth.truncate(Sanitizer.visible(box.label), to: 30)
    drawPaletteWindow(
      &canvas, state, title: title, query: query, index: index, rows: rows,
      empty: "No kind matches '\(query.text)' (Backspace widens, Esc cancels)")
  }

  static func drawPaletteWindow(
    _ canvas: inout Canvas, _ state: AppState, title: String, query: TextField, index: Int, rows results: [PaletteRow],
    empty: String
  ) {
    let (rect, rows) = paletteFrame(state)
    let width = rect.width
    Chrome.window(&canvas, rect, title: title, ascii: state.ascii)
    let inner = width - 4
    var x = rect.x + 2
    x += canvas.put(text: "Kind: ", x: x, y: rect.y + 1, style: CellStyle(.panel))
    Chrome.field(&canvas, query, x: x, y: rect.y + 1, width: inner - 6, style: CellStyle(.panel, underline: true))
    if results.isEmpty {
      for (i, line) in DisplayWidth.wrap(empty, to: inner, maxLines: max(1, rows)).enumerated() {
        canvas.put(
          cut: line, x: rect.x + 2, y: rect.y + 3 + i, style: CellStyle(.dim), width: inner, ascii: state.ascii)
      }
      return
    }
    let first = firstResult(index: index, count: results.count, rows: rows)
    for (row, result) in results.dropFirst(first).prefix(rows).enumerated() {
      let selected = first + row == index
      let style = CellStyle(selected ? .panelSelected : .panel, bold: selected)
      if selected { Chrome.row(&canvas, y: rect.y + 3 + row, x: rect.x + 1, width: width - 2, style: style) }
      // A row wider than the window ends in "…", so that a cut alias or category reads as cut.
      canvas.put(cut: result.text, x: rect.x + 2, y: rect.y + 3 + row, style: style, width: inner, ascii: state.ascii)
    }
    if results.indices.contains(index) {
      for (i, line) in DisplayWidth.wrap(results[index].about, to: inner, maxLines: 2).enumerated() {
        canvas.put(
          cut: line, x: rect.x + 2, y: rect.maxY - 2 + i, style: CellStyle(.hint), width: inner, ascii: state.ascii)
      }
    }
    canvas.put(
      text: "\(index + 1)/\(results.count)", x: rect.maxX - 8, y: rect.maxY, style: CellStyle(.dim), maxWidth: 7)
  }

  static func drawLabelField(_ canvas: inout Canvas, _ state: AppState, target: LabelTarget, field: TextField) {
    let area = state.canvasArea
    var origin: GridPoint
    var minWidth = 10
    switch target {
    case .boxLabel(let id), .boxDetail(let id):
      guard let box = state.board.box(id) else { return }
      let row = target == .boxLabel(id) ? 1 : 2
      origin = GridPoint(x: box.frame.x + 1, y: box.frame.y + row)
      minWidth = box.frame.width - 2
    case .arrowLabel(let index):
      guard let point = state.layer.labelPoint(of: index) else { return }
      origin = point
    case .title, .groupTitle, .newGroup:
      return
    }
    let x = area.x + origin.x - state.scroll.x
    let y = area.y + origin.y - state.scroll.y
    let width = min(max(minWidth, DisplayWidth.of(field.text) + 2), area.maxX - x + 1)
    guard width > 1, y >= area.y, y <= area.maxY else { return }
    // Selected text (a detail the app filled in, replaced by typing) is shown in reverse.
    let style = CellStyle(.boxSelected, reverse: field.isSelected, underline: !field.isSelected)
    Chrome.row(&canvas, y: y, x: x, width: width, style: style)
    Chrome.field(&canvas, field, x: x, y: y, width: width, style: style)
  }

  /// Columns of text in the notes editor (the reducer moves the cursor by these rows too).
  static func notesTextWidth(_ state: AppState) -> Int { state.canvasArea.width - 6 }

  static func drawNotes(_ canvas: inout Canvas, _ state: AppState, step: Step, area: TextArea) {
    let screen = state.canvasArea
    let rect = GridRect(x: screen.x + 1, y: screen.y, width: screen.width - 2, height: screen.height)
    // The margin columns beside the window are blanked too: the board's lines showing there read
    // as part of the editor (a frame's edge seen through its left side).
    canvas.fill(screen, with: .blank)
    Chrome.window(&canvas, rect, title: "\(step.number). \(step.title) — notes (Esc done)", ascii: state.ascii)
    let inner = notesTextWidth(state)
    var y = rect.y + 1
    // The open follow-up on this step comes first, whole: answering it is why the editor is open.
    var followUpLines = 0
    if let followUp = state.interviewer?.current, followUp.step == step {
      for line in DisplayWidth.wrap("Follow-up: " + followUp.question, to: inner, maxLines: 3) {
        followUpLines += 1
        canvas.put(
          cut: line, x: rect.x + 2, y: y, style: CellStyle(.warning, bold: true), width: inner, ascii: state.ascii)
        y += 1
      }
    }
    let questions = state.template?.guide(for: step).questions ?? []
    // A third of the window at most (less the follow-up's lines); questions left out are counted,
    // not dropped silently.
    let room = max(0, (rect.height - 6) / 3 - followUpLines)
    let shown = questions.count > room ? max(0, room - 1) : questions.count
    for question in questions.prefix(shown) {
      canvas.put(cut: "? " + question, x: rect.x + 2, y: y, style: CellStyle(.hint), width: inner, ascii: state.ascii)
      y += 1
    }
    if shown < questions.count, room > 0 {
      let more = questions.count - shown
      let line = "\(state.ascii ? "..." : "…") \(Counted.of(more, "more question")) (Steps tab)"
      canvas.put(cut: line, x: rect.x + 2, y: y, style: CellStyle(.dim), width: inner, ascii: state.ascii)
      y += 1
    }
    if !questions.isEmpty {
      for x in (rect.x + 1)..<rect.maxX { canvas.put(state.ascii ? "-" : "┄", x: x, y: y, style: CellStyle(.dim)) }
      y += 1
    }
    let rows = rect.maxY - y
    guard rows > 0, inner > 2 else { return }
    // Long lines wrap softly at the window's width; the cursor is found on its visual row.
    let layout = NotesLayout(area: area, width: inner)
    let first = max(0, layout.cursorRow - rows + 1)
    for (i, text) in layout.rows.dropFirst(first).prefix(rows).enumerated() {
      canvas.put(text: text, x: rect.x + 2, y: y + i, style: CellStyle(.panel), maxWidth: inner)
    }
    let cx = rect.x + 2 + layout.cursorColumn
    let cy = y + layout.cursorRow - first
    let under = canvas[cx, cy].text
    canvas.put(text: under.isEmpty ? " " : under, x: cx, y: cy, style: CellStyle(.cursor, reverse: true), maxWidth: 2)
  }
}
