// The one place state changes: `AppState.apply(action)`, in place. Pure: effects (saving,
// loading, running the editor, quitting) are requested in `state.effects` and carried out by the
// runtime.

extension AppState {
  /// Applies one action in place: the app's only update entry point.
  public mutating func apply(_ action: Action) {
    let selectionBefore = selection
    let versionBefore = version
    let modeBefore = mode
    let zoomBefore = ZoomCheck(self, action)
    modes.holdView = false
    defer {
      zoomAfter(zoomBefore)
      // Text typed into the notes editor is not in the board until the editor closes, but it is
      // unsaved work all the same: the recovery file follows it too (`unsavedBoard`).
      if let draft = mode.notesDraft, let before = modeBefore.notesDraft, draft.step == before.step,
        draft.text != before.text
      {
        draftVersion += 1
        lastEditAt = now
      }
      // The view follows the selection when it or the board changes, never after a pan, nor
      // after a press on the canvas or a group's drag (AppState+Mouse).
      if (selection != selectionBefore || version != versionBefore || mode != modeBefore) && !modes.holdView {
        follow()
      }
      modes.holdView = false
    }
    switch action {
    case .key(let key):
      session.interviewer?.input(at: now)
      defer {
        modes.lastKeyAt = now
        modes.lastInputAt = now
      }
      message = nil
      endPendingDrag()
      if key != .char("a") || mode != .normal { suggestedComponent = nil }
      if isReadOnly {
        readOnly { $0.handleKey(key) }
      } else {
        handleKey(key)
      }
    case .paste(let text):
      session.interviewer?.input(at: now)
      modes.lastInputAt = now
      message = nil
      endPendingDrag()
      suggestedComponent = nil
      if isReadOnly {
        readOnly { $0.handlePaste(text) }
      } else {
        handlePaste(text)
      }
    case .focusLost:
      endPendingDrag()
    case .mouse(let event):
      now = max(now, event.time)
      session.interviewer?.input(at: now)
      modes.lastInputAt = now
      if showHelp && !isTooSmall {
        helpMouse(event)
      } else if !isTooSmall && !handlePracticeMouse(event) {
        if isReadOnly {
          readOnly { $0.handleMouse(event) }
        } else {
          handleMouse(event)
        }
      }
    case .resize(let width, let height):
      endPendingDrag()
      screenWidth = max(1, width)
      screenHeight = max(1, height)
      if practicePhase == .review { measureReview() }
    case .tick(let time):
      now = time
      finishFirstRouting()
      finishCornerPass()
      finishPendingFit()
      scheduleRecovery()
      tickPractice()
      tickFollowUps()
      scheduleDiskCheck()
    case .saved(let saved, let path, let thenQuit, let stamp, let droppedComments):
      filePath = path
      cleanBoard = saved
      document.publishedIDs.formUnion(saved.boxes.map(\.id))
      // What is on disk now is this board (an own save is no intake: undo past it asks nothing).
      document.boardIntake = document.intake
      document.mergeBase = nil
      diskStamp = stamp
      declinedChange = nil
      // A hand-written file's comments: the board holds none, so the first save says they went
      // (the file's .bak keeps them until the next save); the saves after it have none to lose.
      let comments =
        droppedComments == 0
        ? ""
        : ". The file's comments (\(Counted.of(droppedComments, "line"))) are not kept; \(path).bak has them until the next save"
      message = StatusMessage(
        "Saved \(path)" + (saveNote.map { ". " + $0 } ?? "") + comments, tone: droppedComments == 0 ? .ok : .warning)
      saveNote = nil
      if board == saved {
        effects.append(.removeRecovery)
        recoveryVersion = version
      }
      if thenQuit { requestQuit(force: true) }
    case .loaded(let loaded, let path, let stamp):
      board = loaded
      cleanBoard = loaded
      diskStamp = stamp
      filePath = path
      history = History()
      document.boardIntake = document.intake
      document.mergeBase = nil
      // Another board: the ids the last one's saves and exports wrote say nothing about this one's.
      document.publishedIDs = []
      marked = []
      // Nothing of the board before carries over: not the box Esc left, nor a pending drag.
      lastBox = nil
      drag = nil
      modes.dragPress = nil
      modes.dragMoved = false
      selection = Selection.start(of: loaded)
      boardChanged()
      scroll = scrollOrigin
      recoveryVersion = version
      mode = .normal
      message = StatusMessage("Opened \(path)", tone: .ok)
    case .externalNotes(let step, let text):
      var text = text
      if text.hasSuffix("\n") { text.removeLast() }
      edit { $0.notes[step] = text }
      currentStep = step
      panelTab = .steps
      message = StatusMessage("Notes of step \(step.number) updated from the editor", tone: .ok)
    case .recoveryWritten(let written):
      recoveryVersion = max(recoveryVersion, written)
    case .offerRecovery(let recovered, let from):
      ask(.restoreRecovery(recovered, from: from))
    case .offerScratchRecoveries(let offers):
      if !offers.isEmpty { ask(.restoreScratch(offers)) }
    case .askLock(let holder):
      ask(.lockHeld(holder: holder))
    case .changedOnDisk(let theirs, let stamp, let saving, let thenQuit, let problem):
      changedOnDisk(theirs: theirs, stamp: stamp, saving: saving, thenQuit: thenQuit, problem: problem)
    case .sameOnDisk(let stamp):
      diskStamp = stamp
      if declinedChange == .missing {
        // Deleted, then written again with the bytes it had: nothing to reload, but the status
        // line's "was deleted" is no longer true.
        declinedChange = nil
        message = StatusMessage("\(filePath ?? "The file") is back on disk as it was last loaded or saved", tone: .ok)
      }
    case .confirmReplace(let path, let then):
      mode = .confirm(.replaceFile(path, then: then))
    case .info(let text):
      message = StatusMessage(text, tone: .ok)
    case .warned(let text):
      message = StatusMessage(text, tone: .warning)
    case .failed(let text):
      // A save that failed leaves no note for the next one.
      saveNote = nil
      message = StatusMessage(text, tone: .error)
    }
  }

  /// Hands the requested effects to the runtime, emptying the queue.
  public mutating func takeEffects() -> [Effect] {
    defer { effects.removeAll() }
    return effects
  }

  /// The mouse over the help screen: the wheel scrolls it (three lines a notch, as the board),
  /// a click closes it as a key does.
  mutating func helpMouse(_ event: MouseEvent) {
    switch event.kind {
    case .wheelUp: scrollHelp(by: -3)
    case .wheelDown: scrollHelp(by: 3)
    case .press: showHelp = false
    default: break
    }
  }

  /// Scrolls the help, never past its end as `HelpView` draws it on this screen: a line up after
  /// scrolling down past the end moves at once.
  mutating func scrollHelp(by lines: Int) {
    let last = HelpView.lastScroll(screenWidth: screenWidth, screenHeight: screenHeight)
    helpScroll = min(last, max(0, helpScroll + lines))
  }

  mutating func handleKey(_ key: Key) {
    if handleTooSmallKey(key) { return }
    if showHelp {
      switch key {
      case .up, .char("k"): scrollHelp(by: -1)
      case .down, .char("j"): scrollHelp(by: 1)
      case .pageUp: scrollHelp(by: -10)
      case .pageDown, .char(" "): scrollHelp(by: 10)
      default: showHelp = false
      }
      return
    }
    if closeForQuitKey(key) { return }
    switch practicePhase {
    case .briefing? where mode == .normal && AppState.isQuitKey(key): return requestQuit(force: false)
    case .briefing? where mode == .normal: return handleBriefingKey(key)
    case .review? where mode == .normal: return handleReviewKey(key)
    default: break
    }
    handleModeKey(key)
  }

  /// A key for the open mode's own handler.
  mutating func handleModeKey(_ key: Key) {
    switch mode {
    case .normal: handleNormal(key)
    case .palette(let query, let index): handlePalette(key, query: query, index: index)
    case .kind(let box, let query, let index): handleKindPalette(key, box: box, query: query, index: index)
    case .label(let target, let field): handleLabel(key, target: target, field: field)
    case .connect(let from, let target, let query, let chosen):
      handleConnect(key, from: from, target: target, query: query, chosen: chosen)
    case .joinGroup(let boxes, let target, let query): handleJoinGroup(key, boxes: boxes, target: target, query: query)
    case .move(let original): handleMove(key, original: original, resizing: false)
    case .resize(let original): handleMove(key, original: original, resizing: true)
    case .notes(let step, let area): handleNotes(key, step: step, area: area)
    case .command(let field): handleCommandLine(key, field: field)
    case .find(let field, let previous): handleFind(key, field: field, previous: previous)
    case .saveAs(let field, let thenQuit): handleSaveAs(key, field: field, thenQuit: thenQuit)
    case .confirm(let question): handleConfirm(key, question: question)
    }
  }

  // MARK: - Board changes

  /// Makes an undoable change to the board; nothing is recorded when the change changes nothing.
  /// `renamed`: a box's id the edit changed (old, new); the selection and the marks follow it
  /// before the board changes, and undo brings back the old id with the selection on it.
  mutating func edit(renamed: (from: String, to: String)? = nil, _ change: (inout Board) -> Void) {
    var next = board
    change(&next)
    guard next != board else { return }
    history.record(snapshot)
    let before = board
    if let renamed, next.box(renamed.to) != nil { followID(renamed.from, to: renamed.to) }
    board = next
    boardChanged(from: before)
  }

  /// Replaces the board without recording history (live moves; undo and redo themselves).
  mutating func replaceBoard(_ next: Board) {
    guard next != board else { return }
    let before = board
    board = next
    boardChanged(from: before)
  }

  /// The board now, with its drawing and report, as undo remembers it.
  var snapshot: Snapshot {
    Snapshot(
      board: board, selection: selection, derived: Derived(layer: layer, report: report), marked: marked,
      intake: document.boardIntake, base: document.mergeBase ?? cleanBoard)
  }

  /// Goes back to an earlier board; with its remembered drawing and report, without routing or
  /// checking again (the report is the same, and the drawing is the one that was on the screen).
  mutating func restoreBoard(_ next: Board, derived: Derived?) {
    guard let derived, derived.belongs(to: next) else { return replaceBoard(next) }
    guard next != board else { return }
    board = next
    layer = derived.layer
    report = derived.report
    version += 1
    lastEditAt = now
    validateSelection()
  }

  /// Keeps everything that depends on the board in step with it.
  mutating func boardChanged(from before: Board? = nil) {
    version += 1
    lastEditAt = now
    // The checker reads kinds, labels, arrows and notes, never positions: a move keeps the report.
    // Nor does a move draw anything the practice clock charges to a step.
    if before.map({ AppState.sameExceptGeometry($0, board) }) != true {
      report = Checker.check(board, template: template, catalogue: library.catalogue, memo: &kindMemo)
      if let before { chargeDrawing(from: before) }
    }
    refreshDiagram()
    validateSelection()
  }

  /// Whether two boards differ at most in where their boxes are and how large they are.
  static func sameExceptGeometry(_ a: Board, _ b: Board) -> Bool {
    guard a.boxes.count == b.boxes.count, a.arrows == b.arrows, a.notes == b.notes, a.template == b.template,
      a.groups == b.groups, a.title == b.title
    else { return false }
    return zip(a.boxes, b.boxes).allSatisfy { x, y in
      x.id == y.id && x.label == y.label && x.kind == y.kind && x.detail == y.detail
    }
  }

  mutating func validateSelection() {
    switch selection {
    case .box(let id) where board.box(id) == nil: selection = nil
    case .arrow(let index, let anchor) where !board.arrows.indices.contains(index):
      selection = anchor.flatMap { board.box($0) != nil ? .box($0) : nil }
    case .group(let id, let anchor) where !board.groups.contains(where: { $0.id == id }):
      selection = anchor.flatMap { board.box($0) != nil ? .box($0) : nil }
    default: break
    }
    let boxes = board
    if marked.contains(where: { boxes.box($0) == nil }) { marked.removeAll { boxes.box($0) == nil } }
  }

  /// Undoes the last edit and names it ("Undone: rename 'Kafka' to 'Event bus' (6 more)").
  mutating func undo() {
    let current = board
    if restore(history.undo(from: snapshot), else: "Nothing to undo") {
      let what = EditSummary.describe(from: board, to: current)
      let more = history.past.count
      message = StatusMessage("Undone: \(what)" + (more > 0 ? " (\(more) more)" : " (nothing more to undo)"))
    }
  }

  mutating func redo() {
    let current = board
    if restore(history.redo(from: snapshot), else: "Nothing to redo") {
      let what = EditSummary.describe(from: current, to: board)
      let more = history.future.count
      message = StatusMessage("Redone: \(what)" + (more > 0 ? " (\(more) more)" : ""))
    }
  }

  /// Puts a snapshot from the history back; without one, says `nothing` and returns false.
  private mutating func restore(_ snapshot: Snapshot?, else nothing: String) -> Bool {
    guard let snapshot else {
      message = StatusMessage(nothing, tone: .warning)
      return false
    }
    restoreBoard(snapshot.board, derived: snapshot.derived)
    document.boardIntake = snapshot.intake
    document.mergeBase = snapshot.intake == document.intake ? nil : snapshot.base
    selection = snapshot.selection
    marked = snapshot.marked
    validateSelection()
    return true
  }

  // MARK: - Quitting, saving and recovery

  mutating func requestQuit(force: Bool) {
    if force || !isDirty {
      // Quitting clean or deliberately discarding: a recovery file would only offer stale work.
      effects.append(.removeRecovery)
      quitting = true
      effects.append(.quit)
    } else {
      mode = .confirm(.quitUnsaved)
    }
  }

  mutating func save(to path: String? = nil, thenQuit: Bool = false) {
    if (path == nil || path == filePath), filePath != nil, document.mergeBase != nil {
      // Undo went back past another writer's board taken in: saving would write it away unseen.
      mode = .confirm(.fileChanged(theirs: cleanBoard, stamp: diskStamp, thenQuit: thenQuit))
      return
    }
    if let path = path ?? filePath {
      effects.append(.save(board, path: path, thenQuit: thenQuit))
    } else {
      mode = .saveAs(TextField(), thenQuit: thenQuit)
    }
  }

  /// Saves under a file name the person typed (Save as, `:w FILE`). A name without an extension
  /// gets ".yaml", as a board file has, and the status line says so; the board's own file name
  /// is kept as it is.
  mutating func save(named typed: String, thenQuit: Bool = false) {
    let path = typed == filePath ? typed : AppState.boardFileName(typed)
    if path != typed { saveNote = "The name had no extension, so .yaml was added" }
    save(to: path, thenQuit: thenQuit)
  }

  /// A typed file name with ".yaml" added when its last part has no extension ("scratch1",
  /// "boards/feed"); a name with one ("feed.yml", "notes.txt") is kept.
  static func boardFileName(_ typed: String) -> String {
    let name = typed.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard !name.isEmpty, name != ".", name != "..", !name.dropFirst().contains(".") else { return typed }
    return typed + ".yaml"
  }

  /// Seconds of quiet after an edit before the recovery file is written.
  static let recoveryDelay = 1.5

  /// Writes unsaved work to the recovery file once edits have paused; removes it when the board
  /// is back to what is on disk.
  /// Text typed in the open notes editor counts as an edit here (`unsavedBoard`).
  mutating func scheduleRecovery() {
    guard version != recoveryVersion || draftVersion != recoveryDraft, let last = lastEditAt,
      now - last >= AppState.recoveryDelay
    else { return }
    recoveryVersion = version
    recoveryDraft = draftVersion
    let unsaved = unsavedBoard
    effects.append(unsaved != cleanBoard ? .writeRecovery(unsaved, version: version) : .removeRecovery)
  }
}
