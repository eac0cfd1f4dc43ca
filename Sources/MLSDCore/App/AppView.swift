// The view: AppState → Canvas of the whole screen. Decides nothing; draws the top line, the
// board, the side panel, the status line and whatever overlay the mode needs.

public enum AppView {
  public static func render(_ state: AppState) -> Canvas {
    var canvas = Canvas(width: state.screenWidth, height: state.screenHeight)
    if state.isTooSmall {
      drawTooSmall(&canvas, state)
      return canvas
    }
    if let practice = state.practice, practice.phase != .drawing {
      drawPractice(&canvas, state, practice)
      return canvas
    }
    drawBoard(&canvas, state)
    InterviewerView.draw(&canvas, state)
    drawTop(&canvas, state)
    if state.showPanel { PanelView.draw(&canvas, state) }
    OverlayView.draw(&canvas, state)
    drawStatus(&canvas, state)
    if state.showHelp { HelpView.draw(&canvas, state) }
    return canvas
  }

  static func drawTooSmall(_ canvas: inout Canvas, _ state: AppState) {
    // The unsaved mark shows here too: the top line that carries it is not drawn.
    let waiting = waitingLines(state)
    let text =
      (state.isDirty ? "[+] Unsaved changes. " : "")
      + "Terminal too small: \(state.screenWidth)×\(state.screenHeight). "
      + "mlsd needs at least \(AppState.minWidth)×\(AppState.minHeight). "
      + tooSmallAdvice(state, waiting: !waiting.isEmpty)
    let width = max(1, state.screenWidth - 2)
    var lines = DisplayWidth.wrap(text, to: width).map { ($0, CellStyle(.warning, bold: true)) }
    let asked = waiting.flatMap { line in DisplayWidth.wrap(line, to: width).map { ($0, CellStyle(.status)) } }
    // What waits for an answer comes first when both do not fit.
    if lines.count + 1 + asked.count > state.screenHeight {
      lines = asked
    } else if !asked.isEmpty {
      lines += [("", CellStyle(.status))] + asked
    }
    let top = max(0, (state.screenHeight - lines.count) / 2)
    for (i, (line, style)) in lines.prefix(state.screenHeight).enumerated() {
      canvas.put(cut: line, x: 1, y: top + i, style: style, width: width, ascii: state.ascii)
    }
  }

  /// What the "too small" screen asks for: an answer, more typing, or a larger window.
  static func tooSmallAdvice(_ state: AppState, waiting: Bool) -> String {
    switch state.mode {
    case .confirm: "Enlarge the window, or answer:"
    case _ where waiting: "Enlarge the window; typing goes on here:"
    case .move, .resize: "Enlarge the window; keys are held (Enter or Esc ends \(state.mode.name.lowercased()))."
    default: "Enlarge the window (keys are held), or press q to quit."
    }
  }

  /// What the "too small" screen shows of a question or prompt that waits for an answer or takes
  /// text (its keys work there too): the question with its choices, a merge conflict's two sides,
  /// the file name, label, query or notes line being typed.
  static func waitingLines(_ state: AppState) -> [String] {
    switch state.mode {
    case .confirm(.quitUnsaved):
      return ["Unsaved changes! Save before quitting? y save · n quit, keeping a recovery file · Esc stay"]
    case .notes(let step, let area):
      let line = area.lines.indices.contains(area.row) ? String(area.lines[area.row]) : ""
      return [
        "Notes of step \(step.number), line \(area.row + 1): " + typedEnd(line, state) + "_",
        "Esc puts them in the board",
      ]
    case .confirm(let question):
      var lines = [prompt(question)]
      if case .mergeConflicts(let theirs, _, _, let settling) = question {
        let conflicts = BoardMerge(base: state.mergeBase, mine: state.board, theirs: theirs).conflicts
        let index = min(settling.current ?? conflicts.count - 1, conflicts.count - 1)
        if conflicts.indices.contains(index) {
          let conflict = conflicts[index]
          lines += [conflict.what, "mine: " + conflict.mine, "theirs: " + conflict.theirs]
        }
      }
      return lines.map(Sanitizer.visible)
    case .saveAs(let field, _):
      return ["Save as: " + Sanitizer.visible(field.text) + "_", "Enter saves · Esc cancels"]
    case let other:
      guard let field = other.textField else { return [] }
      return [other.name + ": " + typedEnd(field.text, state) + "_", "Enter done · Esc cancels"]
    }
  }

  /// The end of a line being typed, as much as two rows of the "too small" screen hold, so that
  /// the last letters typed always show.
  static func typedEnd(_ text: String, _ state: AppState) -> String {
    let visible = Sanitizer.visible(text)
    let room = max(20, (state.screenWidth - 2) * 2 - 40)
    return visible.count > room ? "…" + visible.suffix(room) : visible
  }

  static func drawBoard(_ canvas: inout Canvas, _ state: AppState) {
    let area = state.canvasArea
    var board = Canvas(width: area.width, height: area.height)
    var boxes: Set<String> = []
    var arrows: Set<Int> = []
    switch state.selection {
    case .box(let id): boxes.insert(id)
    case .arrow(let index, _): arrows.insert(index)
    case .group, nil: break
    }
    boxes.formUnion(state.marked)
    if case .connect(let from, let target, _, _) = state.mode {
      boxes = [from]
      if let target { boxes.insert(target) }
    }
    if case .connecting(let from, let point) = state.drag {
      boxes.insert(from)
      if let hit = state.box(at: point) { boxes.insert(hit.id) }
    }
    if let zoomed = state.zoomDrawing, state.zoom != .full {
      zoomed.diagram.paint(
        into: &board, offset: state.scroll, charset: state.ascii ? .ascii : .unicode, highlightBoxes: boxes,
        highlightArrows: arrows)
    } else {
      state.layer.paint(
        into: &board, offset: state.scroll, charset: state.ascii ? .ascii : .unicode, highlightBoxes: boxes,
        highlightArrows: arrows)
      // Group marks and the selected group's frame belong to the board as the user placed it.
      GroupView.draw(&board, state)
    }
    if state.board.boxes.isEmpty && state.mode == .normal {
      // Wrapped to the canvas, so that the narrow canvas beside the panel at 80x24 shows it all.
      let hint = "Empty board: press a to add a component, ? for help"
      for (row, line) in DisplayWidth.wrap(hint, to: max(10, board.width - 4)).enumerated() {
        board.put(text: line, x: 2, y: 1 + row, style: CellStyle(.dim))
      }
    }
    canvas.blit(board, x: area.x, y: area.y)
  }

  static func drawTop(_ canvas: inout Canvas, _ state: AppState) {
    let style = CellStyle(.top, bold: true)
    Chrome.row(&canvas, y: 0, width: canvas.width, style: style)
    let elapsed = max(0, Int(state.now - state.startedAt))
    let bar = TopBar(
      title: Sanitizer.visible(state.board.title), dirty: state.isDirty, file: Sanitizer.visible(state.fileLabel),
      template: state.template.map { "template: \($0.id)" } ?? "no template",
      score: CheckReport.percent(state.report.overallScore),
      timer: format2(elapsed / 60) + ":" + format2(elapsed % 60), practice: state.practice != nil,
      scoreShown: state.checklistVisible, ascii: state.ascii)
    let (left, right) = bar.texts(width: canvas.width)
    canvas.put(text: left, x: 0, y: 0, style: style)
    let rightWidth = DisplayWidth.of(right)
    canvas.put(text: right, x: max(0, canvas.width - rightWidth), y: 0, style: style)
  }

  static func charset(_ state: AppState) -> Charset { state.ascii ? .ascii : .unicode }

  static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  static func drawStatus(_ canvas: inout Canvas, _ state: AppState) {
    let y = canvas.height - 1
    let style = CellStyle(.status)
    Chrome.row(&canvas, y: y, width: canvas.width, style: style)
    var x = canvas.put(text: " \(modeName(state)) ", x: 0, y: y, style: CellStyle(.mode, bold: true)) + 1
    if let zoom = zoomBadge(state) {
      x += canvas.put(text: zoom, x: x, y: y, style: CellStyle(.warning, bold: true)) + 1
    }
    var width = canvas.width - x - 1
    let fullWidth = width
    if let practice = state.practice, practice.phase == .drawing, !isTextMode(state.mode) {
      // The practice clock sits at the right end of the status line, coloured once over budget.
      let session = practice.session
      let over = session.isOver(session.currentStep, at: state.now) || session.isTimeUp(at: state.now)
      let clock = " " + session.statusText(at: state.now) + " "
      let clockWidth = min(DisplayWidth.of(clock), max(0, width - 20))
      canvas.put(
        cut: clock, x: canvas.width - clockWidth, y: y, style: CellStyle(over ? .error : .ok, bold: true),
        width: clockWidth, ascii: state.ascii)
      width -= clockWidth
    }
    switch state.mode {
    case .command(let field):
      x += canvas.put(text: ":", x: x, y: y, style: style)
      Chrome.field(&canvas, field, x: x, y: y, width: width - 1, style: style)
      return
    case .find(let field, _):
      x += canvas.put(text: "Find: ", x: x, y: y, style: style)
      Chrome.field(&canvas, field, x: x, y: y, width: width - 6, style: style)
      return
    case .saveAs(let field, _):
      x += canvas.put(text: "Save as: ", x: x, y: y, style: style)
      Chrome.field(&canvas, field, x: x, y: y, width: width - 9, style: style)
      return
    case .label(.title, let field):
      x += canvas.put(text: "Title: ", x: x, y: y, style: style)
      Chrome.field(&canvas, field, x: x, y: y, width: width - 7, style: style)
      return
    case .label(.groupTitle, let field), .label(.newGroup, let field):
      var prompt = "Group title: "
      if case .label(.newGroup(let ids), _) = state.mode { prompt = "New group of \(state.describe(ids)), title: " }
      let used = canvas.put(cut: prompt, x: x, y: y, style: style, width: max(0, width - 10), ascii: state.ascii)
      Chrome.field(&canvas, field, x: x + used, y: y, width: width - used, style: style)
      return
    case .joinGroup(let boxes, let target, let query):
      let text = GroupView.choosing(state, boxes: boxes, target: target, query: query)
      canvas.put(cut: text, x: x, y: y, style: style, width: width, ascii: state.ascii)
      return
    case .confirm(let question):
      // A question whose window lists the choices says less here when the whole does not fit.
      let long = prompt(question)
      var text = DisplayWidth.of(long) <= width ? long : (shortPrompt(question) ?? long)
      if state.modes.droppedTypedAhead {
        // Typing carried on into a window the app opened: said, so that the person looks up.
        text = "Keys typed on ignored · " + (shortPrompt(question) ?? long)
      }
      canvas.put(cut: text, x: x, y: y, style: CellStyle(.warning, bold: true), width: width, ascii: state.ascii)
      return
    case .connect(let from, let target, let query, _):
      let a = state.board.box(from)?.label ?? from
      let b = target.flatMap { state.board.box($0)?.label } ?? "?"
      var text = "Connect \(a) → \(b)"
      if !query.isEmpty, target == nil {
        text = "Connect \(a) → no box matches '\(query.text)'"
      } else if !query.isEmpty {
        text += "  [\(query.text)]"
        let matches = state.connectMatches(from: from, query: query.text)
        if matches.count > 1, let at = matches.firstIndex(where: { $0.id == target }) {
          text += " \(at + 1)/\(matches.count), Tab next"
        }
      }
      text += "   Enter connect · arrows/type choose · Esc cancel"
      canvas.put(cut: text, x: x, y: y, style: style, width: width, ascii: state.ascii)
      return
    case .move where state.selectedGroup != nil:
      let text = (GroupView.status(state) ?? "") + "   " + KeyMap.hints(for: state.mode, selection: state.selection)
      canvas.put(cut: text, x: x, y: y, style: style, width: width, ascii: state.ascii)
      return
    case .move, .resize:
      guard let box = state.selectedBox else { break }
      let f = box.frame
      var text = "\(box.label) at \(f.x),\(f.y) size \(f.width)×\(f.height)"
      if let other = state.board.boxes.first(where: { $0.id != box.id && $0.frame.intersects(f) }) {
        text += "  overlaps \(other.label)!"
      }
      if let frame = state.framesUnder(box).first { text += "  on the \(frame) frame!" }
      if case .resize = state.mode, f.width <= AppState.narrowestWidth(of: box) {
        text += "  narrowest: \"\(AppState.firstWord(of: box))\" shows"
      }
      text += "   " + KeyMap.hints(for: state.mode, selection: state.selection)
      canvas.put(cut: text, x: x, y: y, style: style, width: width, ascii: state.ascii)
      return
    default:
      break
    }
    if let message = state.message {
      let tone: StyleRole =
        switch message.tone {
        case .info: .status
        case .ok: .ok
        case .warning: .warning
        case .error: .error
        }
      // A message longer than the line (a checker hint) continues upwards over the canvas, up to
      // four lines, until the next key. When the practice clock leaves it too little room, it
      // takes the rows above the status line at the line's full width instead, so that it reads
      // as a line and not as a narrow column beside the clock.
      let visible = Sanitizer.visible(message.text)
      let text = state.ascii ? ASCIIText.ellipsesSpelled(visible) : visible
      let above = width < fullWidth && DisplayWidth.of(text) > width
      let lineWidth = above ? fullWidth : width
      let lines = DisplayWidth.wrap(text, to: max(1, lineWidth), maxLines: 4)
      let bottom = above ? y - 1 : y
      let messageStyle = CellStyle(tone, bold: tone != .status)
      for (i, line) in lines.enumerated() {
        let row = bottom - lines.count + 1 + i
        if row != y { Chrome.row(&canvas, y: row, width: canvas.width, style: style) }
        canvas.put(cut: line, x: x, y: row, style: messageStyle, width: lineWidth, ascii: state.ascii)
      }
    } else if let kind = selectedKindStatus(state, width: width) {
      // The selected box's kind (or group, or the marks) comes first, so that it is never the part cut off.
      let used = canvas.put(
        cut: kind, x: x, y: y, style: CellStyle(.status, bold: true), width: width, ascii: state.ascii)
      let rest = width - used - 3
      canvas.put(text: fitted(hints(state), to: rest), x: x + used + 3, y: y, style: style, maxWidth: max(0, rest))
    } else {
      // Whole hints that fit; a line that is one long text (a follow-up question) is cut with "…".
      let hints = hints(state)
      let whole = fitted(hints, to: width)
      canvas.put(cut: whole.isEmpty ? hints : whole, x: x, y: y, style: style, width: width, ascii: state.ascii)
    }
  }

  /// The zoom level on the status line, when zoomed out ("zoom: fit"); nil at full boxes. While
  /// the fitted drawing is being made it says so ("zoom: fitting…"), whatever the message says; on
  /// the practice review, while its diagrams are being fitted to the screen, "fitting…".
  static func zoomBadge(_ state: AppState) -> String? {
    let ellipsis = state.ascii ? "..." : "…"
    if state.reviewFitPending { return "fitting" + ellipsis }
    guard state.zoom != .full, state.practicePhase != .briefing, state.practicePhase != .review else { return nil }
    if state.zoom == .fit && state.view.fitPending { return "zoom: fitting" + ellipsis }
    let tooLarge = state.zoom == .fit && state.zoomDrawing?.fits == false
    return "zoom: " + (state.zoom == .fit ? "fit" : "compact") + (tooLarge ? " (too large)" : "")
  }

  /// The kind of the selected box as the status line names it, in normal mode while drawing.
  /// The kind's names take up to half the line (`width`), so that a wide window shows them whole.
  static func selectedKindStatus(_ state: AppState, width: Int = 0) -> String? {
    guard state.mode == .normal, state.practicePhase != .briefing, state.practicePhase != .review else { return nil }
    let groups = GroupView.status(state)
    guard let box = state.selectedBox else { return groups }
    let room = max(AppState.kindStatusWidth, width / 2)
    return [groups, state.kindStatus(of: box, room: room)].compactMap { $0 }.joined(separator: " · ")
  }

  /// Key hints ("a add  c connect  ...") cut after the last whole hint that fits.
  static func fitted(_ hints: String, to width: Int) -> String {
    var out = ""
    for hint in hints.components(separatedBy: "  ") {
      let next = out.isEmpty ? hint : out + "  " + hint
      guard DisplayWidth.of(next) <= width else { break }
      out = next
    }
    return out
  }

  /// The mode named at the left of the status line; the practice screens have their own names.
  static func modeName(_ state: AppState) -> String {
    switch (state.practicePhase, state.mode) {
    case (.briefing?, _): "PRACTICE"
    case (.review?, .normal): "REVIEW"
    default: state.isReadOnly && state.mode == .normal ? "READ-ONLY" : state.mode.name
    }
  }

  /// The keys the status line suggests.
  static func hints(_ state: AppState) -> String {
    switch (state.practicePhase, state.mode) {
    case (.briefing?, _): KeyMap.table.hints(for: .briefing)
    case (.review?, .normal): KeyMap.table.hints(for: .review)
    case (_, .notes(let step, _)) where state.interviewer?.current?.step == step:
      // The interviewer's frame is under the notes window: its question shows here instead.
      "Follow-up: " + Sanitizer.visible(state.interviewer?.current?.question ?? "")
    case (_, .normal) where state.isReadOnly: KeyMap.readOnlyHints
    default: KeyMap.hints(for: state.mode, selection: state.selection)
    }
  }

  /// Modes whose status line is a text field or a question, which the practice clock must not cover.
  static func isTextMode(_ mode: Mode) -> Bool {
    switch mode {
    case .command, .find, .saveAs, .label(.title, _), .label(.groupTitle, _), .label(.newGroup, _), .confirm, .connect,
      .joinGroup, .move, .resize:
      true
    default: false
    }
  }

  /// The briefing before the clock starts, or the review once the session is over; the status
  /// line stays for messages, commands and questions.
  static func drawPractice(_ canvas: inout Canvas, _ state: AppState, _ practice: PracticeMode) {
    let charset: Charset = state.ascii ? .ascii : .unicode
    let height = state.screenHeight - 1
    switch practice.phase {
    case .briefing:
      canvas.blit(
        practice.briefing.view(width: state.screenWidth - 2, height: height - 1, charset: charset), x: 1, y: 1)
    case .review:
      if let review = practice.review {
        canvas.blit(
          review.view(
            width: state.screenWidth, height: height, scroll: practice.reviewScroll, pan: practice.reviewPan,
            charset: charset, fit: state.session.reviewFit, fitting: state.reviewFitPending), x: 0, y: 0)
      }
    case .drawing:
      break
    }
    drawStatus(&canvas, state)
    if state.showHelp { HelpView.draw(&canvas, state) }
  }

  /// The status line of a question shown in a window, for a line too narrow for `prompt`.
  static func shortPrompt(_ question: Question) -> String? {
    switch question {
    case .fileChanged(let theirs, let stamp, _):
      theirs != nil
        ? "File changed on disk: choose in the window (r o s m q, Esc)"
        : stamp == nil
          ? "File deleted: choose in the window (o s q, Esc)"
          : "File no longer loads: choose in the window (o s q, Esc)"
    case .mergeConflicts(_, _, _, let settling):
      "Conflict \((settling.current ?? settling.count - 1) + 1) of \(settling.count): m mine · t theirs · M/T the rest · Esc"
    case .restoreRecovery: "Restore it? y restore · n discard · Esc decide later"
    case .lockHeld: "Open in another mlsd: r read-only · o open anyway · q quit"
    default: nil
    }
  }

  static func prompt(_ question: Question) -> String {
    switch question {
    case .quitUnsaved: "Unsaved changes! Save before quitting? y save · n discard · Esc stay"
    case .restoreRecovery:
      "Unsaved work from an earlier session. Restore it? y restore · n discard · Esc later"
    case .restoreScratch(let offers):
      "Restore the unsaved scratch board of an ended session (\(AppState.describeOffer(offers)))?"
        + " y restore · n discard · Esc later"
    case .discardAndOpen(let path): "Discard unsaved changes and open \(path)? y open · n stay"
    case .replaceFile(let path, _): "\(path) exists: replace it? y replace · n keep it (nothing is written)"
    case .fileChanged(let theirs, let stamp, _):
      theirs != nil
        ? "The file changed on disk: r reload theirs · o overwrite · s save as · m merge · q quit · Esc cancel"
        : stamp == nil
          ? "The file was deleted: o write it again · s save as · q quit · Esc keep editing"
          : "The file changed on disk and no longer loads: o overwrite · s save as · q quit · Esc cancel"
    case .mergeConflicts(_, _, _, let settling):
      "Conflict \((settling.current ?? settling.count - 1) + 1) of \(settling.count): m keep mine · t take theirs"
        + " · M/T for this and the rest · Backspace previous · Esc back"
    case .lockHeld(let holder):
      "Already open in mlsd (\(holder)): r read-only (follow their saves) · o open anyway · q quit"
    }
  }
}
