// The modes that take text until Enter or Esc: the palette, label editing, step notes, find,
// save-as and yes/no questions.
import Foundation

extension AppState {
  /// How far a key moves the highlighted row of a palette (the add and the kind palettes); nil
  /// for any other key.
  static func paletteStep(_ key: Key) -> Int? {
    switch key {
    case .up, .ctrl("p"): -1
    case .down, .ctrl("n"), .tab: 1
    case .pageUp: -8
    case .pageDown: 8
    default: nil
    }
  }

  /// Kinds the palette shows for the typed text.
  public func paletteResults(_ query: String) -> [ComponentKind] {
    library.catalogue.search(query, asked: Checker.expectedKinds(template), preferring: wantedKinds)
  }

  /// The add palette's rows: the kinds for the typed text, then, when something is typed, a plain
  /// box labelled with it (AddChoice).
  public func addChoices(_ query: String) -> [AddChoice] {
    let kinds = paletteResults(query).map(AddChoice.kind)
    return query.trimmingCharacters(in: .whitespaces).isEmpty ? kinds : kinds + [.plain]
  }

  /// The kinds of the template's required and recommended components that no box on the board
  /// is read as yet: the add palette offers them first among equally good matches ("redis" is a
  /// Cache and an Online feature store; a board whose template wants a Cache gets that first).
  var wantedKinds: Set<String> {
    guard let id = board.template, let template = library.template(id) else { return [] }
    let present = kindsOnBoard
    let missing = (template.required + template.recommended).filter { Set($0.anyOf).isDisjoint(with: present) }
    return Set(missing.flatMap(\.anyOf))
  }

  /// The kinds the checker reads on the board, boxes and arrows, the palette's "✓ on the board".
  /// A kind a box only stands in for is still missing in the checklist (a warning names it), so it
  /// is not on the board here either.
  var kindsOnBoard: Set<String> {
    let reading = report.reading
    return Set(
      reading.boxes.flatMap { box in box.kinds.filter { !StandIns.standsIn(box, for: $0) } }
        + reading.arrows.map(\.kind))
  }

  mutating func handlePalette(_ key: Key, query: TextField, index: Int) {
    var query = query
    var index = index
    switch key {
    case .escape:
      mode = .normal
      return
    case _ where AppState.paletteStep(key) != nil: index += AppState.paletteStep(key) ?? 0
    case .enter:
      let choices = addChoices(query.text)
      let typed = query.text.trimmingCharacters(in: .whitespaces)
      switch choices.indices.contains(index) ? choices[index] : nil {
      case .kind(let kind): addBox(kind: kind, query: query.text)
      case .plain:
        addBox(label: typed, kind: nil, detail: nil, plain: true)
      case nil:
        message = StatusMessage("Type part of a component name, or a label for a plain box", tone: .warning)
        return
      }
      mode = .normal
      return
    default:
      guard query.handle(key) else { return }
      index = 0
    }
    let count = addChoices(query.text).count
    index = count == 0 ? 0 : min(max(0, index), count - 1)
    mode = .palette(query: query, index: index)
  }

  /// Adds a box of `kind`, labelled by AddChoice's rule from the palette's text `query`.
  mutating func addBox(kind: ComponentKind, query: String) {
    let (label, detail) = AddChoice.labelAndDetail(typed: query, kind: kind, catalogue: library.catalogue)
    addBox(label: label, kind: kind.id, detail: detail)
  }

  /// Adds a box of natural size next to the selection without overlapping, and selects it.
  /// `plain`: the palette's plain-box row, which the message names (no kind declared).
  mutating func addBox(label: String, kind: String?, detail: String?, plain: Bool = false) {
    let size = BoxSizing.naturalSize(label: label, detail: detail)
    let anchor = board.box(anchorBoxID ?? "")?.frame
    // Clear of every group's frame but the selected group's (which the box joins): on a frame's
    // line the box hid it, and on its top line the group's title.
    let frames = Placement.groupFrames(on: board, except: selectedGroup?.id)
    let spot = Placement.freeSpot(for: size, near: anchor, on: board, avoiding: frames)
    let box = Box(
      id: board.newBoxID(for: label), label: label, kind: kind, detail: detail,
      frame: GridRect(x: spot.x, y: spot.y, width: size.width, height: size.height))
    let group = appendBox(box)
    selection = .box(box.id)
    let place =
      if let group { " to \(group)" } else if !frames.isEmpty { ", outside the groups (> puts it into one)" } else {
        ""
      }
    let kindName = kind.flatMap { library.catalogue.kind($0)?.name }
    let declared =
      kindName.map { $0 == label ? "" : ", kind \($0)" }
      ?? (plain ? " with no kind (the checker reads it from the label; K sets one)" : "")
    message = StatusMessage(
      "Added \(label)\(detail.map { " (\($0))" } ?? "")\(declared)\(place). Enter renames, c connects", tone: .ok)
  }

  mutating func handleLabel(_ key: Key, target: LabelTarget, field: TextField) {
    var field = field
    switch key {
    case .escape:
      mode = .normal
    case .enter:
      mode = .normal
      commitLabel(target, field.text.trimmingCharacters(in: .whitespaces))
    default:
      field.handle(key)
      mode = .label(target, field)
    }
  }

  mutating func commitLabel(_ target: LabelTarget, _ text: String) {
    switch target {
    case .boxLabel(let id):
      guard !text.isEmpty else {
        message = StatusMessage("A box needs a label (x deletes the box)", tone: .warning)
        return
      }
      let before = board
      var repeated: String?
      let dropped = paletteKindDropped(by: text, on: id)
      let newID = followingID(of: id, renamedTo: text)
      edit(renamed: newID.map { (id, $0) }) { board in
        guard let i = board.boxIndex(id) else { return }
        board.boxes[i].label = text
        // The palette fills the detail with the alias it matched ("prediction logs"); renamed to
        // that alias, the box would say it twice.
        if let detail = board.boxes[i].detail, AppState.sameWords(detail, text) {
          repeated = detail
          board.boxes[i].detail = nil
        }
        if dropped != nil { board.boxes[i].kind = nil }
        AppState.fit(id, on: &board)
        if let newID { board.changeBoxID(id, to: newID) }
      }
      if let repeated {
        message = StatusMessage("Renamed to \(text); its detail \"\(repeated)\" said the same and is gone (u undoes)")
      }
      if let dropped {
        let names = dropped.new.joined(separator: ", ")
        message = StatusMessage(
          "Renamed to \(text); kind read from the label: \(names), no longer \(dropped.old) (K declares one, u undoes)")
      }
      noteMovedAside(from: before, except: newID ?? id)
    case .boxDetail(let id):
      let before = board
      edit { board in
        guard let i = board.boxIndex(id) else { return }
        board.boxes[i].detail = text.isEmpty ? nil : text
        AppState.fit(id, on: &board)
      }
      noteMovedAside(from: before, except: id)
    case .arrowLabel(let index):
      guard board.arrows.indices.contains(index) else { return }
      var next = board
      next.arrows[index].label = text.isEmpty ? nil : text
      if !text.isEmpty { AppState.makeRoomForLabel(of: index, on: &next) }
      edit { $0 = next }
    case .title:
      guard !text.isEmpty else { return }
      edit { $0.title = text }
    case .groupTitle(let id): renameGroup(id, to: text)
    case .newGroup(let ids): makeGroup(of: ids, title: text)
    }
  }

  /// When an arrow's label has no room between its boxes, moves the target box away along the
  /// arrow (if that spot is free) so that the label can be drawn.
  static func makeRoomForLabel(of index: Int, on board: inout Board) {
    let route = Diagram(board: board).routes[index]
    guard route.labelOrigin == nil else { return }
    let arrow = board.arrows[index]
    guard let from = board.box(arrow.from)?.frame, let i = board.boxIndex(arrow.to) else { return }
    let to = board.boxes[i].frame
    // The label as drawn: its lines side by side between the boxes, or stacked above each other.
    let need = (route.label?.width ?? 0) + 4
    var moved = to
    if to.x > from.maxX {
      moved.x = max(to.x, from.maxX + 1 + need)
    } else if to.maxX < from.x {
      return
    } else if to.y > from.maxY {
      moved.y = max(to.y, from.maxY + 3 + (route.label?.height ?? 1))
    } else {
      return
    }
    guard moved != to, Placement.isFree(moved, on: board, except: arrow.to) else { return }
    board.boxes[i].frame = moved
    if Diagram(board: board).routes[index].labelOrigin == nil { board.boxes[i].frame = to }
  }

  /// Grows a box so that its text fits (never shrinks what the user sized), moving aside the
  /// boxes it would cover: the one place a box's text changes its size.
  /// Whether two texts are the same words, case and spacing aside.
  static func sameWords(_ a: String, _ b: String) -> Bool {
    func words(_ text: String) -> [Substring] { text.lowercased().split(whereSeparator: \.isWhitespace) }
    return words(a) == words(b)
  }

  static func fit(_ id: String, on board: inout Board) {
    guard let i = board.boxIndex(id) else { return }
    let size = BoxSizing.naturalSize(label: board.boxes[i].label, detail: board.boxes[i].detail)
    let before = board.boxes[i].frame
    board.boxes[i].frame.width = max(before.width, size.width)
    board.boxes[i].frame.height = max(before.height, size.height)
    if board.boxes[i].frame != before { BoxRoom.makeRoom(around: [id], on: &board) }
  }

  /// Says on the status line which boxes an edit of `id` moved aside, if any.
  mutating func noteMovedAside(from before: Board, except id: String) {
    let pushed = AppState.movedAside(from: before, to: board, except: id)
    if !pushed.isEmpty { message = StatusMessage(AppState.movedAsideNote(pushed) + " (u undoes)") }
  }

  /// After a move or resize ends: the boxes whose frame changed since `original` keep their
  /// place and the boxes they now cover move aside.
  static func makeRoom(afterChangesFrom original: Board, on board: inout Board) {
    let frames = Dictionary(original.boxes.map { ($0.id, $0.frame) }, uniquingKeysWith: { first, _ in first })
    let changed = board.boxes.filter { frames[$0.id] != $0.frame }.map(\.id)
    if !changed.isEmpty { BoxRoom.makeRoom(around: changed, on: &board) }
  }

  mutating func handleNotes(_ key: Key, step: Step, area: TextArea) {
    var area = area
    switch key {
    case .escape, .ctrl("s"):
      mode = .normal
      let before = board.notes[step]
      edit { $0.notes[step] = area.text }
      if board.notes[step] != before {
        message = StatusMessage("Notes of step \(step.number) saved in the board (Ctrl-S writes the file)", tone: .ok)
      }
      sayWhetherTheFollowUpIsAnswered(step)
    case .up, .down:
      // Up and down move by screen rows of the wrapped text, as the eye expects.
      let layout = NotesLayout(area: area, width: OverlayView.notesTextWidth(self))
      let target = layout.cursorRow + (key == .up ? -1 : 1)
      if layout.origins.indices.contains(target) {
        let place = layout.place(row: target, column: layout.cursorColumn, in: area)
        area.moveCursor(row: place.line, column: place.offset)
      } else {
        area.handle(key)
      }
      mode = .notes(step, area)
    default:
      area.handle(key)
      mode = .notes(step, area)
    }
  }

  mutating func handleFind(_ key: Key, field: TextField, previous: Selection?) {
    var field = field
    switch key {
    case .escape:
      selection = previous
      mode = .normal
    case .enter:
      lastFind = field.text
      mode = .normal
      guard !field.isEmpty else { return }
      let matches = BoxSearch.ranked(board.boxes, field.text)
      guard let box = selectedBox, !matches.isEmpty else {
        // Text no box holds finds nothing: the selection is the one before the search.
        selection = previous
        message = StatusMessage("No box matches '\(field.text)'", tone: .warning)
        return
      }
      message = StatusMessage(
        matches.count > 1
          ? "Found " + BoxSearch.describe(box, among: matches, next: "n")
          : "Found \(box.label), the only box matching '\(field.text)'")
    default:
      guard field.handle(key) else { return }
      mode = .find(field, previous: previous)
      guard !field.isEmpty else { return }
      let matches = BoxSearch.ranked(board.boxes, field.text)
      if let found = matches.first {
        selection = .box(found.id)
        message = StatusMessage(BoxSearch.describe(found, among: matches, next: "Enter then n"))
      } else {
        selection = previous
        message = StatusMessage("No box matches '\(field.text)'", tone: .warning)
      }
    }
  }

  mutating func handleSaveAs(_ key: Key, field: TextField, thenQuit: Bool) {
    var field = field
    switch key {
    case .escape:
      mode = .normal
      message = StatusMessage("Not saved")
    case .enter:
      let path = field.text.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty else { return }
      mode = .normal
      save(named: path, thenQuit: thenQuit)
    default:
      field.handle(key)
      mode = .saveAs(field, thenQuit: thenQuit)
    }
  }

  mutating func handleConfirm(_ key: Key, question: Question) {
    guard takesKey(key) else { return }
    let yes = key == .char("y") || key == .char("Y")
    let no = key == .char("n") || key == .char("N")
    switch question {
    case .quitUnsaved:
      if yes {
        mode = .normal
        save(thenQuit: true)
      } else if no {
        mode = .normal
        if isTooSmall { quitKeepingRecovery() } else { requestQuit(force: true) }
      } else if key == .escape || key == .char("c") {
        mode = .normal
      }
    case .restoreRecovery(let recovered, let from):
      handleRecoveryOffer(key, recovered: recovered, from: from)
    case .restoreScratch(let offers):
      handleScratchOffer(key, offers: offers)
    case .lockHeld:
      handleLockHeld(key)
    case .fileChanged(let theirs, let stamp, let thenQuit):
      handleFileChanged(key, theirs: theirs, stamp: stamp, thenQuit: thenQuit)
    case .mergeConflicts(let theirs, let stamp, let thenQuit, let settling):
      handleMergeConflicts(key, theirs: theirs, stamp: stamp, thenQuit: thenQuit, settling: settling)
    case .replaceFile(let path, let then):
      if yes {
        mode = .normal
        effects.append(then)
      } else if no || key == .escape {
        mode = .normal
        saveNote = nil
        message = StatusMessage("Nothing written: \(path) is kept as it was", tone: .warning)
      }
    case .discardAndOpen(let path):
      if yes {
        mode = .normal
        effects.append(.load(path: path))
      } else if no || key == .escape {
        mode = .normal
      }
    }
  }
}
