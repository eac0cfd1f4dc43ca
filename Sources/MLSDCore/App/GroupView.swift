// What the board shows of groups being edited: a mark on each box marked for a group, the
// selected group's frame (or the one `>` is choosing) lit, and the status line's words for them.

enum GroupView {
  /// Draws the marks and the lit frame into the board area's canvas (already painted).
  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    let offset = state.scroll
    let mark: Character = state.ascii ? "*" : "✓"
    for id in state.marked {
      guard let box = state.board.box(id) else { continue }
      canvas.put(
        mark, x: box.frame.x + 1 - offset.x, y: box.frame.y - offset.y, style: CellStyle(.boxSelected, bold: true))
    }
    guard let id = litGroup(state), let index = state.board.groups.firstIndex(where: { $0.id == id }),
      let frame = GroupFrame.frames(of: state.board).first(where: { $0.group == index })
    else { return }
    let r = frame.rect
    let lit = CellStyle(.boxSelected, bold: true)
    func light(_ x: Int, _ y: Int) {
      let (cx, cy) = (x - offset.x, y - offset.y)
      guard canvas.contains(x: cx, y: cy), canvas[cx, cy].style.role == .group else { return }
      canvas[cx, cy].style = lit
    }
    for x in r.minX...r.maxX {
      light(x, r.minY)
      light(x, r.maxY)
    }
    for y in r.minY...r.maxY {
      light(r.minX, y)
      light(r.maxX, y)
    }
  }

  /// The group drawn lit: the selected one, or the one `>` would put boxes into.
  static func litGroup(_ state: AppState) -> String? {
    if case .joinGroup(_, let target, _) = state.mode { return target }
    return state.selectedGroup?.id
  }

  /// What the status line says before the hints: the selected group, or how many boxes are marked.
  static func status(_ state: AppState) -> String? {
    if let group = state.selectedGroup {
      let count = group.boxIDs.filter { state.board.box($0) != nil }.count
      let text = "group: \(Sanitizer.visible(group.title)) (\(count == 1 ? "1 box" : "\(count) boxes"))"
      return state.frameIntrudersNote(group.id).map { text + " · " + $0 } ?? text
    }
    guard !state.marked.isEmpty else { return nil }
    return "\(state.marked.count) marked"
  }

  /// The status line while `>` chooses a group.
  static func choosing(_ state: AppState, boxes: [String], target: String?, query: TextField) -> String {
    let title = target.flatMap { id in state.board.groups.first { $0.id == id }?.title }
    var text = "Put \(state.describe(boxes)) into group: \(title.map(Sanitizer.visible) ?? "?")"
    if !query.isEmpty { text += "  [\(query.text)]" }
    return text + "   Enter put in · ↑↓/type choose · Esc cancel"
  }
}
