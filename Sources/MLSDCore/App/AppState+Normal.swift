// Normal mode: selecting, and starting every edit from a key of the key map.
import Foundation

extension AppState {
  mutating func handleNormal(_ key: Key) {
    guard let command = KeyMap.command(for: key) else {
      if case .char(let c) = key { message = StatusMessage("'\(c)' does nothing here; ? lists the keys") }
      return
    }
    run(command)
  }

  mutating func run(_ command: Command) {
    zoomInToEdit(command)
    switch command {
    case .select(let direction): selectToward(direction)
    case .pan(let direction):
      let d = direction.delta
      pan(dx: d.dx * 8, dy: d.dy * 4)
    case .add:
      mode = .palette(query: TextField(suggestedComponent ?? ""), index: 0)
      suggestedComponent = nil
    case .editLabel: startLabelEdit()
    case .setKind: startSetKind()
    case .editDetail:
      guard let box = selectedBox else { return needBox() }
      // Selected: typing replaces a detail the palette filled in ("Kafka"), never appends to it.
      mode = .label(.boxDetail(box.id), TextField.selected(box.detail ?? ""))
      if let detail = box.detail, !detail.isEmpty {
        message = StatusMessage("Typing replaces '\(Sanitizer.visible(detail))'; ← or → keeps it to edit")
      }
    case .editTitle:
      mode = .label(.title, TextField(board.title))
    case .connect:
      guard let id = anchorBoxID else { return needBox() }
      selection = .box(id)
      guard let target = defaultConnectTarget(from: id) else {
        message = StatusMessage("Add another box first: an arrow needs two boxes", tone: .warning)
        return
      }
      mode = .connect(from: id, target: target.id, query: TextField())
    case .move, .resize:
      guard selectedBox != nil || (command == .move && selectedGroup != nil) else { return needBox() }
      mode = command == .move ? .move(original: board) : .resize(original: board)
      liveEditStart = snapshot.derived
    case .delete: deleteSelection()
    case .undo: undo()
    case .redo: redo()
    case .layout: autoLayout()
    case .nextArrow: cycleArrow(by: 1)
    case .previousArrow: cycleArrow(by: -1)
    case .reverseArrow:
      guard let index = selectedArrowIndex else {
        message = StatusMessage("Select an arrow first (Tab cycles the arrows of the box)", tone: .warning)
        return
      }
      // The arrow stays selected, reached from the same box: Esc goes back there, as before R.
      edit { $0.arrows[index] = $0.arrows[index].reversed }
      let arrow = board.arrows[index]
      let back = anchorBoxID.flatMap { board.box($0)?.label }.map { "; Esc back to \($0)" } ?? ""
      message = StatusMessage(
        "Arrow reversed: \(board.box(arrow.from)?.label ?? arrow.from) → \(board.box(arrow.to)?.label ?? arrow.to)\(back)"
      )
    case .copy:
      guard let box = selectedBox else { return needBox() }
      clipboard = box
      message = StatusMessage("Copied \(box.label)")
    case .paste: paste()
    case .find:
      mode = .find(TextField(), previous: selection)
    case .findNext: findNext()
    case .answerFollowUp: answerFollowUp()
    case .skipFollowUp: skipFollowUp()
    case .zoom: cycleZoom()
    case .notes(let step):
      focusPractice(step)
      currentStep = step
      panelTab = .steps
      mode = .notes(step, TextArea(board.notes[step]))
    case .externalNotes:
      focusPractice(currentStep)
      effects.append(.editExternally(currentStep, text: board.notes[currentStep]))
    case .commandLine:
      mode = .command(TextField())
    case .save: save()
    case .quit: requestQuit(force: false)
    case .help:
      showHelp = true
      helpScroll = 0
    case .nextTab:
      showPanel = true
      let tabs = visibleTabs
      panelTab = tabs[((tabs.firstIndex(of: panelTab) ?? 0) + 1) % tabs.count]
    case .togglePanel: showPanel.toggle()
    case .redraw: effects.append(.redraw)
    case .nextFinding: nextFinding()
    case .arrowStyle:
      guard let index = selectedArrowIndex else {
        message = StatusMessage("Select an arrow first (Tab cycles the arrows of the box)", tone: .warning)
        return
      }
      let styles = ArrowStyle.allCases
      let next = styles[((styles.firstIndex(of: board.arrows[index].style) ?? 0) + 1) % styles.count]
      edit { $0.arrows[index].style = next }
      message = StatusMessage("Arrow style: \(next.rawValue)")
    case .panelPage(let pages): scrollPanel(by: pages * max(1, PanelView.body(self).height - 2))
    case .home:
      scroll = scrollOrigin
      if let first = board.boxes.min(by: { ($0.frame.y, $0.frame.x) < ($1.frame.y, $1.frame.x) }) {
        selection = .box(first.id)
        message = StatusMessage("Top-left of the board: \(EditSummary.quoted(first.label)) selected")
      }
    case .mark: toggleMark()
    case .newGroup: startNewGroup()
    case .joinGroup: startJoinGroup()
    case .leaveGroup: leaveGroup()
    case .selectGroup: selectGroup()
    case .deselect: deselect()
    }
  }

  /// Shows the next failed check of the checklist, with its hint, and scrolls the panel to it.
  mutating func nextFinding() {
    guard checklistVisible else { return checklistHidden() }
    let failed = report.findings.filter { $0.severity != .hint }
    guard !failed.isEmpty else {
      message = StatusMessage("The checklist is complete: nothing is missing", tone: .ok)
      return
    }
    findingIndex = (findingIndex + 1) % failed.count
    let finding = failed[findingIndex]
    showPanel = true
    panelTab = .checklist
    let lines = PanelView.lines(self)
    if let row = lines.firstIndex(where: { $0.check.map { !$0.passed && $0.message == finding.message } ?? false }) {
      panelScroll = max(0, row - 2)
    }
    // A finding about particular boxes (an isolated box, a duplicate label) selects the first.
    if let id = finding.boxIDs.first(where: { board.box($0) != nil }) { selection = .box(id) }
    let check = report.checks.first { !$0.passed && $0.rule == finding.rule && $0.message == finding.message }
    var addHint = ""
    if finding.rule.hasPrefix("component."), let title = check?.title {
      suggestedComponent = title.components(separatedBy: " or ").first
      addHint = " (a adds it)"
    }
    message = StatusMessage(
      "\(findingIndex + 1)/\(failed.count) \(finding.message) → \(finding.hint)\(addHint)",
      tone: finding.severity == .error ? .error : .warning)
  }

  mutating func scrollPanel(by lines: Int) {
    let count = PanelView.lines(self).count
    panelScroll = max(0, min(panelScroll + lines, count - PanelView.body(self).height))
  }

  mutating func needBox() {
    message = StatusMessage(
      board.boxes.isEmpty ? "The board is empty: press a to add a box" : "Select a box first (arrows or hjkl)",
      tone: .warning)
  }

  mutating func startLabelEdit() {
    if let group = selectedGroup {
      mode = .label(.groupTitle(group.id), TextField(group.title))
    } else if let index = selectedArrowIndex {
      mode = .label(.arrowLabel(index), TextField(board.arrows[index].label ?? ""))
    } else if let box = selectedBox {
      mode = .label(.boxLabel(box.id), TextField(box.label))
    } else {
      needBox()
    }
  }

  /// Squared distance between the centres of two boxes.
  func distance(_ a: String, _ b: String) -> Int {
    guard let p = board.box(a)?.frame.center, let q = board.box(b)?.frame.center else { return Int.max }
    return (p.x - q.x) * (p.x - q.x) + 4 * (p.y - q.y) * (p.y - q.y)
  }

  mutating func selectToward(_ direction: Direction) {
    let board = shownBoard
    if anchorBoxID == nil, let last = lastBox, let from = board.box(last) {
      // Esc cleared the selection: the arrow keys go on from the box it left.
      lastBox = nil
      selection = .box((SpatialNavigation.nearest(from: from, toward: direction, among: board.boxes) ?? from).id)
      return
    }
    guard let from = board.box(anchorBoxID ?? "") else {
      // Nothing selected: start at the top-left box.
      if let first = board.boxes.min(by: { ($0.frame.y, $0.frame.x) < ($1.frame.y, $1.frame.x) }) {
        selection = .box(first.id)
      } else {
        needBox()
      }
      return
    }
    if let next = SpatialNavigation.nearest(from: from, toward: direction, among: board.boxes) {
      selection = .box(next.id)
    } else {
      selection = .box(from.id)
    }
  }

  mutating func deleteSelection() {
    if let group = selectedGroup {
      deleteGroup(group.id)
    } else if let index = selectedArrowIndex {
      // Back to the box the arrow was reached from, as Esc would go.
      let back = anchorBoxID
      edit { $0.arrows.remove(at: index) }
      selection = back.flatMap { board.box($0) != nil ? .box($0) : nil }
      let named = back.flatMap { board.box($0)?.label }.map { "; \($0) selected" } ?? ""
      message = StatusMessage("Arrow deleted\(named) (u undoes)")
    } else if let box = selectedBox {
      let neighbour = board.boxes.filter { $0.id != box.id }.min { distance(box.id, $0.id) < distance(box.id, $1.id) }
      let arrows = board.arrowIndices(touching: box.id).count
      edit { $0.removeBox(box.id) }
      selection = neighbour.map { .box($0.id) }
      let named = neighbour.map { "; the nearest box, \($0.label), selected" } ?? ""
      message = StatusMessage(
        "Deleted \(box.label)\(arrows > 0 ? " and \(Counted.of(arrows, "arrow"))" : "")\(named) (u undoes)")
    } else {
      needBox()
    }
  }

  mutating func cycleArrow(by step: Int) {
    let anchor = anchorBoxID
    let indices = anchor.map { board.arrowIndices(touching: $0) } ?? Array(board.arrows.indices)
    guard !indices.isEmpty else {
      message = StatusMessage(anchor == nil ? "The board has no arrows" : "This box has no arrows; c connects it")
      return
    }
    var position = 0
    if let current = selectedArrowIndex, let at = indices.firstIndex(of: current) {
      position = (at + step + indices.count) % indices.count
    } else if step < 0 {
      position = indices.count - 1
    }
    selection = .arrow(indices[position], anchor: anchor)
    announceArrow(indices[position])
  }

  /// Names the selected arrow on the status line with what its keys do (Tab, or a click on it).
  mutating func announceArrow(_ index: Int) {
    let arrow = board.arrows[index]
    let from = board.box(arrow.from)?.label ?? arrow.from
    let to = board.box(arrow.to)?.label ?? arrow.to
    // A label not drawn whole beside its line is named in full here.
    if layer.diagram.labelNote(index) != nil, let label = arrow.label {
      message = StatusMessage(
        "Arrow \(from) → \(to), label \"\(Sanitizer.visible(label))\" (not drawn whole beside its line; L lays out "
          + "with room): Enter labels, R reverses, x deletes, Esc back")
      return
    }
    message = StatusMessage("Arrow \(from) → \(to): Enter labels, R reverses, x deletes, Esc back")
  }

  mutating func paste() {
    guard let copied = clipboard else {
      message = StatusMessage("Nothing copied yet: y copies the selected box", tone: .warning)
      return
    }
    var box = copied
    box.id = board.newBoxID(for: copied.label)
    let near = selectedBox?.frame ?? board.box(copied.id)?.frame ?? copied.frame
    // A copy that joins no group keeps clear of the group frames, as an added box does.
    let frames = Placement.groupFrames(on: board, except: selectedGroup?.id)
    let spot = Placement.freeSpot(for: (box.frame.width, box.frame.height), near: near, on: board, avoiding: frames)
    box.frame.x = spot.x
    box.frame.y = spot.y
    let group = appendBox(box)
    selection = .box(box.id)
    message = StatusMessage("Pasted a copy of \(copied.label)\(group.map { " into \($0)" } ?? "")")
  }

  mutating func findNext() {
    guard !lastFind.isEmpty else {
      message = StatusMessage("Nothing to repeat: / finds a box by label", tone: .warning)
      return
    }
    let matches = BoxSearch.ranked(board.boxes, lastFind)
    guard !matches.isEmpty else {
      message = StatusMessage("No box matches '\(lastFind)'", tone: .warning)
      return
    }
    let current = matches.firstIndex { $0.id == selectedBoxID } ?? -1
    let next = matches[(current + 1) % matches.count]
    selection = .box(next.id)
    message = StatusMessage(
      matches.count == 1
        ? "Found \(next.label), the only box matching '\(lastFind)'"
        : "Found " + BoxSearch.describe(next, among: matches, next: "n"))
  }

  /// With a direction (`:layout lr|tb`), the layered layout that way; without (`L`), the layout
  /// for reading: left to right when it fits the board area's width, else the smallest of the
  /// arrangements LayeredLayout.layoutFitting tries, on a page as wide as the board area but at
  /// least a wide terminal's (`userPageColumns`, as `mlsd import` lays out).
  mutating func autoLayout(_ direction: LayeredLayout.Direction? = nil) {
    guard !board.boxes.isEmpty else { return needBox() }
    let before = board
    guard let direction else {
      let width = max(80, canvasArea.width)
      edit { $0 = LayeredLayout.layoutFitting($0, width: width, columns: LayeredLayout.userPageColumns) }
      message = StatusMessage(
        board == before
          ? "The board is already laid out this way: nothing moved"
          : "Laid out the board to read at a glance (u undoes)")
      return
    }
    edit { $0 = LayeredLayout.layout($0, direction: direction) }
    let way = direction == .leftToRight ? "left to right" : "top to bottom"
    message = StatusMessage(
      board == before
        ? "The board is already laid out \(way): nothing moved" : "Laid out the board \(way) (u undoes)")
  }

  /// Moves the scroll offset so that the selected box (or arrow's source, or group's frame) is
  /// on screen.
  mutating func follow() {
    let group = zoom == .full ? selectedGroupFrame : nil
    guard let frame = group ?? shownBoard.box(anchorBoxID ?? "")?.frame else { return }
    let area = canvasArea
    var x = scroll.x
    var y = scroll.y
    if frame.maxX + 1 >= x + area.width { x = frame.maxX + 2 - area.width }
    if frame.x - 1 < x { x = frame.x - 1 }
    if frame.maxY + 1 >= y + area.height { y = frame.maxY + 2 - area.height }
    if frame.y - 1 < y { y = frame.y - 1 }
    // At the board's top or left edge, the canvas shows what is drawn beyond it too (a group's
    // title above boxes in the top row), when the frame followed still fits.
    if y <= 0 || x <= 0 {
      let origin = scrollOrigin
      if y <= 0, frame.maxY + 1 < origin.y + area.height { y = origin.y }
      if x <= 0, frame.maxX + 1 < origin.x + area.width { x = origin.x }
    }
    scroll = clampedScroll(GridPoint(x: x, y: y))
  }

  /// Esc in normal mode goes back one step, and says where it went: marks are cleared first; an
  /// arrow or a group goes back to the box it was reached from; a box is let go, and the arrow
  /// keys then go on from it (not from the top-left box).
  mutating func deselect() {
    let wasGroup = selectedGroup != nil && marked.isEmpty
    if clearMarksOrLeaveGroup() {
      if wasGroup, let box = selectedBox { message = StatusMessage("Back to \(box.label)") }
      return
    }
    if case .arrow = selection, let anchor = anchorBoxID, let box = board.box(anchor) {
      selection = .box(anchor)
      message = StatusMessage("Back to \(box.label)")
    } else if let box = selectedBox {
      selection = nil
      lastBox = box.id
      message = StatusMessage("Nothing selected; the arrow keys go on from \(box.label)")
    } else {
      selection = nil
    }
  }
}
