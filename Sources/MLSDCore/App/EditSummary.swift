// What an edit did, in a few words, read from the boards before and after it: undo and redo say
// what they undid ("Undone: rename 'Kafka' to 'Event bus'"). Read from the difference, so that
// every edit is named without each one carrying a name.

enum EditSummary {
  /// Longest label quoted, so that the whole stays on the status line.
  static let labelWidth = 24

  /// The edit that turns `old` into `new`: the first of added or deleted boxes, a box's text or
  /// kind, arrows, groups, notes, the title, and last where boxes are.
  static func describe(from old: Board, to new: Board) -> String {
    let oldIDs = Set(old.boxes.map(\.id))
    let newIDs = Set(new.boxes.map(\.id))
    let added = new.boxes.filter { !oldIDs.contains($0.id) }
    let removed = old.boxes.filter { !newIDs.contains($0.id) }
    if added.count == 1, removed.count == 1, old.boxes.count == new.boxes.count,
      old.boxes.firstIndex(where: { $0.id == removed[0].id }) == new.boxes.firstIndex(where: { $0.id == added[0].id })
    {
      // A rename whose id followed the label (AppState+IDFollow): the box in the same place.
      if removed[0].label != added[0].label { return "rename \(quoted(removed[0].label)) to \(quoted(added[0].label))" }
    }
    if !added.isEmpty || !removed.isEmpty {
      if added.count == 1, removed.isEmpty { return "add \(quoted(added[0].label))" }
      if removed.count == 1, added.isEmpty { return "delete \(quoted(removed[0].label))" }
      if removed.isEmpty { return "add \(added.count) boxes" }
      if added.isEmpty { return "delete \(removed.count) boxes" }
      return "replace the boxes"
    }
    // Looked up by id once: Board.box(_:) walks the list, and an undo on a 300-box board asked it
    // for every box twice.
    let before = Dictionary(old.boxes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    if let text = boxText(before, new) { return text }
    if let text = arrows(old, new) { return text }
    if let text = groups(old, new) { return text }
    if let step = Step.allCases.first(where: { old.notes[$0] != new.notes[$0] }) {
      return "notes of step \(step.number)"
    }
    if old.title != new.title { return "board title \(quoted(new.title))" }
    return frames(before, new) ?? "edit"
  }

  /// A box's label, detail or kind.
  private static func boxText(_ old: [String: Box], _ new: Board) -> String? {
    for box in new.boxes {
      guard let before = old[box.id] else { continue }
      if before.label != box.label { return "rename \(quoted(before.label)) to \(quoted(box.label))" }
      if before.detail != box.detail { return "detail of \(quoted(box.label))" }
      if before.kind != box.kind { return "kind of \(quoted(box.label))" }
    }
    return nil
  }

  private static func arrows(_ old: Board, _ new: Board) -> String? {
    guard old.arrows != new.arrows else { return nil }
    let name = { (board: Board, arrow: Arrow) in
      "\(quoted(board.box(arrow.from)?.label ?? arrow.from)) → \(quoted(board.box(arrow.to)?.label ?? arrow.to))"
    }
    if new.arrows.count > old.arrows.count, let arrow = new.arrows.last(where: { !old.arrows.contains($0) }) {
      return "connect \(name(new, arrow))"
    }
    if new.arrows.count < old.arrows.count, let arrow = old.arrows.first(where: { !new.arrows.contains($0) }) {
      return "delete arrow \(name(old, arrow))"
    }
    for (before, after) in zip(old.arrows, new.arrows) where before != after {
      if before.label != after.label { return "label of arrow \(name(new, after))" }
      if before.from == after.to && before.to == after.from { return "reverse arrow \(name(new, after))" }
      if before.style != after.style { return "style of arrow \(name(new, after))" }
      return "arrow \(name(new, after))"
    }
    return "arrows"
  }

  private static func groups(_ old: Board, _ new: Board) -> String? {
    guard old.groups != new.groups else { return nil }
    let oldIDs = Set(old.groups.map(\.id))
    let newIDs = Set(new.groups.map(\.id))
    if let made = new.groups.first(where: { !oldIDs.contains($0.id) }) { return "group \(quoted(made.title))" }
    if let gone = old.groups.first(where: { !newIDs.contains($0.id) }) { return "delete group \(quoted(gone.title))" }
    for group in new.groups {
      guard let before = old.groups.first(where: { $0.id == group.id }), before != group else { continue }
      if before.title != group.title { return "rename group \(quoted(before.title)) to \(quoted(group.title))" }
      let joined = group.boxIDs.filter { !before.boxIDs.contains($0) }
      let left = before.boxIDs.filter { !group.boxIDs.contains($0) }
      func names(_ ids: [String]) -> String {
        ids.count == 1 ? quoted(new.box(ids[0])?.label ?? ids[0]) : "\(ids.count) boxes"
      }
      if !joined.isEmpty && left.isEmpty { return "put \(names(joined)) into group \(quoted(group.title))" }
      if !left.isEmpty && joined.isEmpty { return "take \(names(left)) out of group \(quoted(group.title))" }
      return "boxes of group \(quoted(group.title))"
    }
    return "groups"
  }

  /// Where boxes are and how large: one box moved or resized, a few moved, or the whole board.
  private static func frames(_ old: [String: Box], _ new: Board) -> String? {
    let changed = new.boxes.filter { box in old[box.id].map { $0.frame != box.frame } ?? false }
    guard let first = changed.first, let before = old[first.id] else { return nil }
    if changed.count == 1 {
      let resized = before.frame.width != first.frame.width || before.frame.height != first.frame.height
      return (resized ? "resize " : "move ") + quoted(first.label)
    }
    return changed.count * 2 > new.boxes.count && changed.count > 2 ? "layout" : "move \(changed.count) boxes"
  }

  static func quoted(_ label: String) -> String {
    "'" + DisplayWidth.truncate(Sanitizer.visible(label), to: labelWidth) + "'"
  }
}
