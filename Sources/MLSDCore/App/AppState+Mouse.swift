// The mouse: click selects, drag inside a box moves it, drag from a box's border connects it to
// the box where the button is released, drag on empty space pans, double-click edits the label,
// the wheel pans (over an open palette it moves the palette's list: the wheel scrolls what is on
// top). Each gesture has a key that does the same. A press and a release at the same cell, or with
// no motion report between them, is a click and moves nothing; a press on the canvas never
// scrolls it; a drag whose release never came (let go outside the window) ends with the next
// press, key, paste or resize, or when the window loses the focus, and what it moved goes back.
import Foundation

extension AppState {
  /// Seconds within which a second click at the same place is a double-click.
  static let doubleClickInterval = 0.4

  /// The board cell under a screen cell, when it is inside the canvas area.
  public func boardPoint(screenX: Int, screenY: Int) -> GridPoint? {
    let area = canvasArea
    guard area.contains(GridPoint(x: screenX, y: screenY)) else { return nil }
    return GridPoint(x: screenX - area.x + scroll.x, y: screenY - area.y + scroll.y)
  }

  /// The top-most box covering a board cell.
  func box(at point: GridPoint) -> Box? {
    shownBoard.boxes.last { $0.frame.contains(point) }
  }

  mutating func handleMouse(_ event: MouseEvent) {
    let overPanel = showPanel && event.x >= screenWidth - panelWidth
    // The wheel scrolls what is on top: an open palette's list, not the board behind it.
    if event.kind == .wheelUp || event.kind == .wheelDown {
      let key: Key = event.kind == .wheelUp ? .up : .down
      switch mode {
      case .palette(let query, let index): return handlePalette(key, query: query, index: index)
      case .kind(let box, let query, let index): return handleKindPalette(key, box: box, query: query, index: index)
      default: break
      }
    }
    switch event.kind {
    case .wheelUp:
      if overPanel { scrollPanel(by: -3) } else { pan(dx: 0, dy: -3) }
      return
    case .wheelDown:
      if overPanel { scrollPanel(by: 3) } else { scroll.y += 3 }
      return
    default: break
    }
    if case .palette(let query, let index) = mode, event.kind == .press {
      // A click on a listed kind adds it.
      let count = addChoices(query.text).count
      if let chosen = OverlayView.paletteResult(atScreenY: event.y, self, count: count, index: index) {
        handlePalette(.enter, query: query, index: chosen)
      }
      return
    }
    if case .kind(let box, let query, let index) = mode, event.kind == .press {
      // A click on a listed kind declares it.
      let count = kindChoices(for: box, query: query.text).count
      if let chosen = OverlayView.paletteResult(atScreenY: event.y, self, count: count, index: index) {
        handleKindPalette(.enter, box: box, query: query, index: chosen)
      }
      return
    }
    guard case .normal = mode else {
      // A click outside a text mode's field ends nothing by surprise; only connect mode takes a target.
      if case .connect(let from, _, let query, _) = mode, event.kind == .press,
        let point = boardPoint(screenX: event.x, screenY: event.y), let hit = box(at: point), hit.id != from
      {
        mode = .connect(from: from, target: hit.id, query: query, chosen: true)
      }
      // Choosing the group boxes join (>): a click on a group's frame or a box in it chooses it.
      if case .joinGroup(let boxes, _, let query) = mode, event.kind == .press,
        let point = boardPoint(screenX: event.x, screenY: event.y),
        let group = groupFrame(at: point, titleOnly: false)
          ?? box(at: point).flatMap({ board.group(containing: $0.id) })
      {
        mode = .joinGroup(boxes: boxes, target: group.id, query: query)
      }
      return
    }
    switch event.kind {
    case .press: press(event)
    case .drag: dragTo(event)
    case .release: release(event)
    default: break
    }
  }

  /// Ends a drag whose release has not come, as if it had not started: a box or group it moved
  /// goes back (no undo step). Returns whether anything went back.
  @discardableResult
  mutating func cancelDrag() -> Bool {
    defer {
      drag = nil
      modes.dragPress = nil
      modes.dragMoved = false
    }
    switch drag {
    case .moving(_, _, let original), .movingGroup(_, _, let original):
      let moved = board != original
      restoreBoard(original, derived: liveEditStart)
      liveEditStart = nil
      return moved
    default:
      return false
    }
  }

  /// Ends a pending drag before a key, paste or resize; the status line says when a box went back.
  mutating func endPendingDrag() {
    guard drag != nil else { return }
    if cancelDrag() { message = StatusMessage("The mouse drag had no release: what it moved went back") }
  }

  private mutating func press(_ event: MouseEvent) {
    // A press while a drag is armed: that drag's release was lost.
    cancelDrag()
    let previous = lastPress
    lastPress = event
    if event.y == 0 || event.y >= screenHeight - 1 { return }
    if showPanel && event.x >= screenWidth - panelWidth {
      pressPanel(x: event.x - (screenWidth - panelWidth), y: event.y - 1, screenY: event.y)
      return
    }
    guard let point = boardPoint(screenX: event.x, screenY: event.y) else { return }
    // The cell under the pointer keeps its meaning until the release.
    modes.holdView = true
    defer { if drag != nil { modes.dragPress = event } }
    let isDouble =
      previous.map {
        $0.kind == .press && $0.x == event.x && $0.y == event.y
          && event.time - $0.time <= AppState.doubleClickInterval
      } ?? false
    if zoom != .full { return zoomedPress(event, at: point, double: isDouble) }
    if let hit = box(at: point) {
      selection = .box(hit.id)
      if isDouble {
        drag = nil
        lastPress = nil
        startLabelEdit()
        return
      }
      let f = hit.frame
      let onBorder = point.x == f.minX || point.x == f.maxX || point.y == f.minY || point.y == f.maxY
      drag =
        onBorder
        ? .connecting(hit.id, to: point)
        : .moving(hit.id, grab: GridPoint(x: point.x - f.x, y: point.y - f.y), original: board)
      if !onBorder { liveEditStart = snapshot.derived }
    } else if let group = groupFrame(at: point, titleOnly: true) {
      // A group's title selects the group; a double-click renames it.
      selection = .group(group.id, anchor: selectedBoxID ?? anchorBoxID)
      drag = nil
      if isDouble {
        lastPress = nil
        startLabelEdit()
      } else {
        announceGroup(group)
        drag = .movingGroup(group.id, last: point, original: board)
        liveEditStart = snapshot.derived
      }
    } else if let index = arrowIndex(at: point) {
      selection = .arrow(index, anchor: board.arrows[index].from)
      drag = nil
      announceArrow(index)
      if isDouble { startLabelEdit() }
    } else {
      selection = nil
      drag = .panning(last: GridPoint(x: event.x, y: event.y))
    }
  }

  private mutating func dragTo(_ event: MouseEvent) {
    if drag != nil { modes.dragMoved = true }
    switch drag {
    case .moving(let id, let grab, let original):
      guard let point = boardPoint(screenX: event.x, screenY: event.y), let i = board.boxIndex(id) else { return }
      var next = board
      next.boxes[i].frame.x = max(0, point.x - grab.x)
      next.boxes[i].frame.y = max(0, point.y - grab.y)
      replaceBoard(next)
      drag = .moving(id, grab: grab, original: original)
    case .movingGroup(let id, let last, let original):
      // A group taller than the view would otherwise scroll under the pointer as it moves.
      modes.holdView = true
      guard let point = boardPoint(screenX: event.x, screenY: event.y) else { return }
      var next = board
      AppState.shift(group: id, by: (point.x - last.x, point.y - last.y), on: &next)
      replaceBoard(next)
      drag = .movingGroup(id, last: point, original: original)
    case .connecting(let id, _):
      if let point = boardPoint(screenX: event.x, screenY: event.y) { drag = .connecting(id, to: point) }
    case .panning(let last):
      pan(dx: last.x - event.x, dy: last.y - event.y)
      drag = .panning(last: GridPoint(x: event.x, y: event.y))
    case nil:
      break
    }
  }

  private mutating func release(_ event: MouseEvent) {
    let press = modes.dragPress
    let isClick = !modes.dragMoved || press.map { $0.x == event.x && $0.y == event.y } ?? true
    if isClick {
      // A click: whatever the view did meanwhile, nothing moves or connects.
      if case .movingGroup = drag { modes.holdView = true }
      cancelDrag()
      return
    }
    dragTo(MouseEvent(.drag, x: event.x, y: event.y, time: event.time))
    defer {
      drag = nil
      modes.dragPress = nil
      modes.dragMoved = false
    }
    switch drag {
    case .moving(let id, _, let original):
      let note = settleMove(from: original)
      if board != original {
        history.record(Snapshot(board: original, selection: .box(id), derived: liveEditStart, marked: marked))
        message = StatusMessage("Moved \(label(of: id)) (u undoes)" + (note.map { ". " + $0 } ?? ""))
        noteLooseLabels(since: liveEditStart?.layer.diagram)
      }
      liveEditStart = nil
    case .movingGroup(let id, _, let original):
      let note = settleMove(from: original)
      if board != original {
        history.record(Snapshot(board: original, selection: selection, derived: liveEditStart, marked: marked))
        let title = board.groups.first { $0.id == id }?.title ?? id
        message = StatusMessage("Moved the group \(title) (u undoes)" + (note.map { ". " + $0 } ?? ""))
      }
      liveEditStart = nil
    case .connecting(let id, let point):
      guard let target = box(at: point), target.id != id else { return }
      selection = .box(id)
      mode = .connect(from: id, target: target.id, query: TextField())
      handleConnect(.enter, from: id, target: target.id, query: TextField())
    default:
      break
    }
  }

  private mutating func pressPanel(x: Int, y: Int, screenY: Int) {
    if y == 0 {
      // The tab row: each tab's title takes its width plus separators.
      var column = 1
      for tab in visibleTabs {
        let width = tab.rawValue.count + 2
        if x >= column && x < column + width {
          panelTab = tab
          return
        }
        column += width + 1
      }
      return
    }
    guard let line = PanelView.line(atScreenRow: screenY, self) else { return }
    if let check = line.check, check.passed, !check.message.isEmpty {
      // A flow met by an arrow read both ways says which.
      message = StatusMessage("\(check.title): \(check.message)")
      return
    }
    if let check = line.check, !check.passed {
      message = StatusMessage("\(check.message) → \(check.hint)", tone: check.severity == .error ? .error : .warning)
      if check.rule.hasPrefix("component."), let name = check.title.components(separatedBy: " or ").first {
        // A missing component: the palette opens on it, Enter adds it.
        mode = .palette(query: TextField(name), index: 0)
        return
      }
    }
    if let step = line.step {
      run(.notes(step))
    } else if let id = line.kind, let kind = library.catalogue.kind(id) {
      addBox(kind: kind, query: "")
    }
  }
}
