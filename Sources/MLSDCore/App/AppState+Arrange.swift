// The modes that work on the diagram with the arrow keys: connecting two boxes (by moving or by
// typing part of the target's label) and moving or resizing a box.

extension AppState {
  mutating func handleConnect(_ key: Key, from: String, target: String?, query: TextField, chosen: Bool = false) {
    var target = target
    var query = query
    var chosen = chosen
    switch key {
    case .escape:
      mode = .normal
      return
    case .enter:
      mode = .normal
      guard let to = target, to != from else {
        // Typed text that no box holds draws nothing: a typo must not make an arrow to another box.
        let unmatched = query.isEmpty ? "No target chosen" : "No box matches '\(query.text)'"
        message = StatusMessage(unmatched + ": no arrow drawn", tone: .warning)
        return
      }
      if let existing = board.arrows.firstIndex(where: { $0.from == from && $0.to == to }) {
        selection = .arrow(existing, anchor: from)
        message = StatusMessage("These boxes are already connected", tone: .warning)
        return
      }
      edit { $0.arrows.append(Arrow(from: from, to: to)) }
      selection = .arrow(board.arrows.count - 1, anchor: from)
      let a = board.box(from)?.label ?? from
      let b = board.box(to)?.label ?? to
      message = StatusMessage("Connected \(a) → \(b). Enter labels the arrow, Esc back to the box", tone: .ok)
      return
    case .up, .down, .left, .right:
      // The first arrow looks from the source, as the eye does; the next ones step on from the
      // target, so that far boxes stay reachable.
      if let direction = Direction(key: key), let current = board.box(chosen ? target ?? from : from) {
        let others = board.boxes.filter { $0.id != from }
        if let next = SpatialNavigation.nearest(from: current, toward: direction, among: others) {
          target = next.id
          chosen = true
        }
      }
    case .tab, .backTab:
      // The next (or previous) of the boxes the typed text matches, in BoxSearch's order.
      let matches = connectMatches(from: from, query: query.text)
      guard matches.count > 1 else { break }
      let step = key == .tab ? 1 : -1
      let at = matches.firstIndex { $0.id == target } ?? (step > 0 ? -1 : 0)
      target = matches[(at + step + matches.count) % matches.count].id
      chosen = true
    default:
      guard query.handle(key) else { return }
      if !query.isEmpty {
        if let found = connectMatches(from: from, query: query.text).first {
          target = found.id
          chosen = true
        } else {
          // No box holds the text: no target is offered, so Enter draws nothing.
          target = nil
          chosen = false
          message = StatusMessage("No box matches '\(query.text)'", tone: .warning)
        }
      } else if target == nil {
        // The text wiped out: the target `c` offers at first comes back.
        target = defaultConnectTarget(from: from)?.id
      }
    }
    mode = .connect(from: from, target: target, query: query, chosen: chosen)
  }

  /// The boxes typed text may connect to, best first (`BoxSearch`): every box but the source.
  func connectMatches(from: String, query: String) -> [Box] {
    BoxSearch.ranked(board.boxes.filter { $0.id != from }, query)
  }

  /// The target `c` offers: the nearest box to the right (where a new box goes, and where the
  /// data usually flows), else below, else the nearest box at all.
  func defaultConnectTarget(from id: String) -> Box? {
    guard let source = board.box(id) else { return nil }
    let others = board.boxes.filter { $0.id != id }
    return SpatialNavigation.nearest(from: source, toward: .right, among: others)
      ?? SpatialNavigation.nearest(from: source, toward: .down, among: others)
      ?? others.min { distance(id, $0.id) < distance(id, $1.id) }
  }

  /// Cells a box or group moves, or a box grows, for Shift+arrow or H J K L in move and resize.
  static let largeMoveStep = 4

  mutating func handleMove(_ key: Key, original: Board, resizing: Bool) {
    switch key {
    case .escape:
      restoreBoard(original, derived: liveEditStart)
      liveEditStart = nil
      mode = .normal
      message = StatusMessage(resizing ? "Resize cancelled" : "Move cancelled")
      return
    case .enter,
      .char("m") where !resizing, .char("r") where resizing:
      mode = .normal
      settleMove(from: original)
      if board != original {
        history.record(Snapshot(board: original, selection: selection, derived: liveEditStart, marked: marked))
        // Said again as the move ends: the live move's keys replaced what it said meanwhile.
        noteLooseLabels(since: liveEditStart?.layer.diagram)
      }
      liveEditStart = nil
      return
    default: break
    }
    guard let direction = Direction(key: key) else { return }
    let large = Direction.isLarge(key)
    let d = direction.delta
    // The large step is four cells both ways, as the key table says.
    let step = large ? AppState.largeMoveStep : 1
    if !resizing, let group = selectedGroup {
      var next = board
      AppState.shift(group: group.id, by: (d.dx * step, d.dy * step), on: &next)
      return replaceBoard(next)
    }
    guard let id = selectedBoxID, let i = board.boxIndex(id) else { return }
    var next = board
    if resizing {
      // Never so narrow that not even the label's first word shows (a box already narrower, from
      // its file, is not widened by a shrink).
      let width = next.boxes[i].frame.width
      let narrowest = min(width, AppState.narrowestWidth(of: next.boxes[i]))
      next.boxes[i].frame.width = max(narrowest, width + d.dx * step)
      next.boxes[i].frame.height = max(Box.minHeight, next.boxes[i].frame.height + d.dy * step)
    } else {
      next.boxes[i].frame.x = max(0, next.boxes[i].frame.x + d.dx * step)
      next.boxes[i].frame.y = max(0, next.boxes[i].frame.y + d.dy * step)
    }
    replaceBoard(next)
  }

  /// The narrowest a resize makes a box: its label's first word whole on one line, with room for
  /// the "…" that says more follows (the painter's padding is two columns each side); at least
  /// `Box.minWidth`, at most the widest a box grows to for its text.
  static func narrowestWidth(of box: Box) -> Int {
    let words = Sanitizer.visible(box.label).split(separator: " ")
    guard let first = words.first else { return Box.minWidth }
    let text = min(BoxSizing.maxTextWidth, DisplayWidth.of(String(first)) + (words.count > 1 ? 2 : 0))
    return max(Box.minWidth, text + 4)
  }

  /// The label's first word, which a box at its narrowest shows.
  static func firstWord(of box: Box) -> String {
    Sanitizer.visible(box.label).split(separator: " ").first.map(String.init) ?? ""
  }

  /// Ends a live move or resize: the boxes it covered move aside, in the same undo step, and the
  /// status line says so; returns what it said (nil when nothing moved aside).
  @discardableResult
  mutating func settleMove(from original: Board) -> String? {
    var settled = board
    AppState.makeRoom(afterChangesFrom: original, on: &settled)
    let pushed = AppState.movedAside(from: board, to: settled)
    replaceBoard(settled)
    guard !pushed.isEmpty else { return nil }
    message = StatusMessage(AppState.movedAsideNote(pushed))
    return AppState.movedAsideNote(pushed)
  }

  /// Labels of the boxes whose frame differs between two boards.
  static func movedAside(from before: Board, to after: Board, except id: String? = nil) -> [String] {
    let frames = Dictionary(before.boxes.map { ($0.id, $0.frame) }, uniquingKeysWith: { first, _ in first })
    return after.boxes.filter { box in
      guard box.id != id, let old = frames[box.id] else { return false }
      return old != box.frame
    }.map(\.label)
  }

  /// "Moved X aside to make room" for one box, "Moved X and 2 more aside…" for several.
  static func movedAsideNote(_ labels: [String]) -> String {
    guard let first = labels.first else { return "" }
    let name = DisplayWidth.truncate(Sanitizer.visible(first), to: 30)
    let more = labels.count > 1 ? " and \(labels.count - 1) more" : ""
    return "Moved \(name)\(more) aside to make room"
  }
}
