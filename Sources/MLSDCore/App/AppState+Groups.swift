// Groups in the whiteboard: marking several boxes (Space), grouping them under a title (G),
// putting boxes into a group (>) and taking them out (<), selecting a group (o, or a click on its
// title) to rename it (Enter) or delete it (x: its boxes stay). Every change is one undo step.
// A box is in at most one group (the file format's rule): a box put into a group leaves the one
// it was in, and a group left with no box is removed, since it would have no frame to show.

extension AppState {
  /// The selected group, when a group is selected.
  public var selectedGroup: Group? {
    if case .group(let id, _) = selection { return board.groups.first { $0.id == id } }
    return nil
  }

  /// Where the selected group's frame is drawn.
  var selectedGroupFrame: GridRect? {
    guard let id = selectedGroup?.id, let index = board.groups.firstIndex(where: { $0.id == id }) else { return nil }
    return GroupFrame.frames(of: board).first { $0.group == index }?.rect
  }

  /// The boxes a group key works on: the marked boxes in board order, else the selected box.
  var groupSubjects: [String] {
    if !marked.isEmpty {
      let set = Set(marked)
      return board.boxes.map(\.id).filter { set.contains($0) }
    }
    return selectedBoxID.map { [$0] } ?? []
  }

  /// The groups that have a frame on the board (at least one of their boxes exists).
  var framedGroups: [Group] {
    board.groups.filter { group in group.boxIDs.contains { board.box($0) != nil } }
  }

  mutating func needBoxesForGroup() {
    message = StatusMessage(
      board.boxes.isEmpty
        ? "The board is empty: press a to add a box"
        : "Select one or more boxes first (hjkl selects, Space marks several)",
      tone: .warning)
  }

  func label(of id: String) -> String { board.box(id)?.label ?? id }

  /// "Kafka" for one box, "3 boxes" for several.
  func describe(_ ids: [String]) -> String {
    ids.count == 1 ? label(of: ids[0]) : "\(ids.count) boxes"
  }

  /// Adds a box to the board, and to the selected group when a group is selected (a box added
  /// or pasted there belongs to it); returns that group's title.
  mutating func appendBox(_ box: Box) -> String? {
    let group = selectedGroup
    edit { board in
      board.boxes.append(box)
      if let id = group?.id, let i = board.groups.firstIndex(where: { $0.id == id }) {
        board.groups[i].boxIDs.append(box.id)
      }
    }
    return group?.title
  }

  // MARK: - Marks

  mutating func toggleMark() {
    guard let id = selectedBoxID else { return needBoxesForGroup() }
    if let i = marked.firstIndex(of: id) {
      marked.remove(at: i)
      message = StatusMessage("Unmarked \(label(of: id)) (\(marked.count) marked)")
    } else {
      marked.append(id)
      message = StatusMessage(
        "Marked \(label(of: id)) (\(marked.count) marked): G groups them, > puts them into a group, Esc clears")
    }
  }

  /// Esc: clears the marks first; on a group, goes back to the box it was selected from. False
  /// when there was neither, so that Esc does what it did before.
  mutating func clearMarksOrLeaveGroup() -> Bool {
    if !marked.isEmpty {
      marked = []
      message = StatusMessage("Marks cleared")
      return true
    }
    if case .group(_, let anchor) = selection {
      selection = anchor.flatMap { board.box($0) != nil ? .box($0) : nil }
      return true
    }
    return false
  }

  // MARK: - Making, renaming and deleting a group

  mutating func startNewGroup() {
    let ids = groupSubjects
    guard !ids.isEmpty else { return needBoxesForGroup() }
    mode = .label(.newGroup(ids), TextField())
  }

  mutating func makeGroup(of ids: [String], title: String) {
    guard !title.isEmpty else {
      message = StatusMessage("A group needs a title: press G again and type one", tone: .warning)
      return
    }
    let ids = ids.filter { board.box($0) != nil }
    guard !ids.isEmpty else { return needBoxesForGroup() }
    let id = AppState.newGroupID(for: title, on: board)
    let anchor = selectedBoxID ?? ids.first
    var left = GroupDeparture()
    edit { board in
      left = AppState.take(ids, outOfGroupsOn: &board)
      board.groups.append(Group(id: id, title: title, boxIDs: ids))
    }
    marked = []
    selection = .group(id, anchor: anchor)
    if let note = frameIntrudersNote(id) {
      message = StatusMessage("Grouped \(describe(ids)) as \(title)\(left.note); \(note)", tone: .warning)
    } else {
      message = StatusMessage(
        "Grouped \(describe(ids)) as \(title)\(left.note): Enter renames, u undoes", tone: .ok)
    }
  }

  mutating func renameGroup(_ id: String, to title: String) {
    guard let group = board.groups.first(where: { $0.id == id }) else { return }
    guard !title.isEmpty else {
      message = StatusMessage("A group needs a title (x deletes the group, its boxes stay)", tone: .warning)
      return
    }
    guard title != group.title else { return }
    edit { board in
      if let i = board.groups.firstIndex(where: { $0.id == id }) { board.groups[i].title = title }
    }
    message = StatusMessage("Renamed the group \(group.title) to \(title) (u undoes)", tone: .ok)
  }

  mutating func deleteGroup(_ id: String) {
    guard let group = board.groups.first(where: { $0.id == id }) else { return }
    var anchor: String?
    if case .group(_, let from) = selection { anchor = from }
    let back = [anchor].compactMap { $0 }.first { board.box($0) != nil } ?? group.boxIDs.first { board.box($0) != nil }
    edit { $0.groups.removeAll { $0.id == id } }
    selection = back.map { .box($0) }
    let count = group.boxIDs.filter { board.box($0) != nil }.count
    message = StatusMessage(
      "Deleted the group \(group.title); its \(count == 1 ? "box stays" : "\(count) boxes stay") (u undoes)")
  }

  // MARK: - Putting boxes into a group and taking them out

  mutating func startJoinGroup() {
    let ids = groupSubjects
    if let group = selectedGroup {
      guard !ids.isEmpty else {
        message = StatusMessage(
          "Mark the boxes to put into \(group.title) first (Space on each), then select it again", tone: .warning)
        return
      }
      return joinGroup(ids, group.id)
    }
    guard !ids.isEmpty else { return needBoxesForGroup() }
    guard !board.groups.isEmpty else {
      message = StatusMessage("The board has no group yet: G makes one of the marked boxes", tone: .warning)
      return
    }
    mode = .joinGroup(boxes: ids, target: nearestGroup(to: ids)?.id, query: TextField())
  }

  /// The group whose frame is nearest the first box, preferring one the boxes are not all in.
  func nearestGroup(to ids: [String]) -> Group? {
    guard let first = ids.first.flatMap({ board.box($0) }) else { return board.groups.first }
    let frames = GroupFrame.frames(of: board)
    let center = first.frame.center
    let candidates = board.groups.indices.filter { g in !ids.allSatisfy { board.groups[g].boxIDs.contains($0) } }
    let pool = candidates.isEmpty ? Array(board.groups.indices) : candidates
    let best = pool.min { a, b in
      AppState.distance(from: center, to: frames.first { $0.group == a }?.rect)
        < AppState.distance(from: center, to: frames.first { $0.group == b }?.rect)
    }
    return best.map { board.groups[$0] }
  }

  /// Squared distance from a point to the centre of a frame (a group with no frame is farthest).
  static func distance(from p: GridPoint, to rect: GridRect?) -> Int {
    guard let c = rect?.center else { return Int.max }
    return (p.x - c.x) * (p.x - c.x) + 4 * (p.y - c.y) * (p.y - c.y)
  }

  mutating func handleJoinGroup(_ key: Key, boxes: [String], target: String?, query: TextField) {
    var target = target
    var query = query
    let groups = board.groups
    switch key {
    case .escape:
      mode = .normal
      message = StatusMessage("Nothing put into a group")
      return
    case .enter:
      mode = .normal
      guard let target, groups.contains(where: { $0.id == target }) else {
        message = StatusMessage("No group chosen", tone: .warning)
        return
      }
      joinGroup(boxes, target)
      return
    case .up, .down, .left, .right, .tab, .backTab:
      guard !groups.isEmpty else { break }
      let step = key == .up || key == .left || key == .backTab ? -1 : 1
      let at = groups.firstIndex { $0.id == target } ?? (step > 0 ? -1 : 0)
      target = groups[(at + step + groups.count) % groups.count].id
    default:
      guard query.handle(key) else { return }
      if !query.isEmpty {
        let q = query.text.lowercased()
        let found =
          groups.first { $0.title.lowercased().hasPrefix(q) }
          ?? groups.first { $0.title.lowercased().contains(q) }
        if let found {
          target = found.id
        } else {
          message = StatusMessage("No group's title matches '\(query.text)'", tone: .warning)
        }
      }
    }
    mode = .joinGroup(boxes: boxes, target: target, query: query)
  }

  mutating func joinGroup(_ ids: [String], _ groupID: String) {
    guard let group = board.groups.first(where: { $0.id == groupID }) else { return }
    let joining = ids.filter { board.box($0) != nil && !group.boxIDs.contains($0) }
    guard !joining.isEmpty else {
      message = StatusMessage("\(ids.count == 1 ? "It is" : "They are") already in \(group.title)", tone: .warning)
      return
    }
    let anchor = selectedBoxID ?? joining.first
    var left = GroupDeparture()
    edit { board in
      left = AppState.take(joining, outOfGroupsOn: &board)
      if let i = board.groups.firstIndex(where: { $0.id == groupID }) { board.groups[i].boxIDs += joining }
    }
    marked = []
    selection = .group(groupID, anchor: anchor)
    message = StatusMessage("Put \(describe(joining)) into \(group.title)\(left.note) (u undoes)", tone: .ok)
  }

  mutating func leaveGroup() {
    let ids = groupSubjects
    guard !ids.isEmpty else { return needBoxesForGroup() }
    let grouped = ids.filter { board.group(containing: $0) != nil }
    guard !grouped.isEmpty else {
      message = StatusMessage(
        ids.count == 1 ? "\(label(of: ids[0])) is in no group" : "None of the marked boxes is in a group",
        tone: .warning)
      return
    }
    var left = GroupDeparture()
    var moved: [String] = []
    edit { board in
      left = AppState.take(grouped, outOfGroupsOn: &board)
      moved = AppState.moveOutOfFrames(grouped, on: &board)
    }
    marked = []
    let from = left.titles.count == 1 ? left.titles[0] : "their groups"
    let gone = left.removed.isEmpty ? "" : "; \(left.removed.joined(separator: ", ")) had no box left and is gone"
    let shown: String
    if moved.isEmpty {
      shown = left.removed.count == left.titles.count ? "" : "; the frame shrinks to the boxes left"
    } else {
      shown =
        "; moved \(moved.count == grouped.count ? (moved.count == 1 ? "it" : "them") : describe(moved)) "
        + "outside the frame"
    }
    message = StatusMessage("Took \(describe(grouped)) out of \(from)\(gone)\(shown) (u undoes)")
  }

  /// Boxes that left their groups but would still be drawn on or inside a group's frame (the
  /// frame spans the members left around them) move to the nearest free spot outside every
  /// frame; the ids of those moved. A box the shrunk frame no longer reaches stays.
  static func moveOutOfFrames(_ ids: [String], on board: inout Board) -> [String] {
    var moved: [String] = []
    for id in ids {
      guard let index = board.boxIndex(id) else { continue }
      let frames = Placement.groupFrames(on: board)
      let box = board.boxes[index]
      guard frames.contains(where: { $0.intersects(box.frame.insetBy(dx: -1, dy: -1)) }) else { continue }
      var others = board
      others.boxes.remove(at: index)
      let spot = Placement.freeSpot(
        for: (box.frame.width, box.frame.height), near: box.frame, on: others, avoiding: frames)
      board.boxes[index].frame.x = spot.x
      board.boxes[index].frame.y = spot.y
      moved.append(id)
    }
    return moved
  }

  // MARK: - Selecting a group

  mutating func selectGroup() {
    let groups = framedGroups
    guard !groups.isEmpty else {
      let kept = selectedBoxID.map { " (the box \(label(of: $0)) stays selected)" } ?? ""
      message = StatusMessage("The board has no group\(kept): mark boxes with Space, then G", tone: .warning)
      return
    }
    if case .group(let id, let anchor) = selection {
      let at = groups.firstIndex { $0.id == id } ?? -1
      let next = groups[(at + 1) % groups.count]
      selection = .group(next.id, anchor: anchor)
      return announceGroup(next)
    }
    guard let id = selectedBoxID else {
      selection = .group(groups[0].id, anchor: nil)
      return announceGroup(groups[0])
    }
    guard let group = board.group(containing: id) else {
      message = StatusMessage(
        "No group: the box \(label(of: id)) stays selected · G makes one, > puts it into one",
        tone: .warning)
      return
    }
    selection = .group(group.id, anchor: id)
    announceGroup(group)
  }

  mutating func announceGroup(_ group: Group) {
    message = StatusMessage(
      "Group \(group.title): Enter renames, x deletes the group (its boxes stay), > adds the marked boxes, Esc back")
  }

  /// The group whose frame's title (or, failing that, frame line) covers a board cell.
  func groupFrame(at point: GridPoint, titleOnly: Bool) -> Group? {
    let frames = GroupFrame.frames(of: board)
    let hit =
      frames.last { $0.rect.y == point.y && $0.titleColumns.contains(point.x) }
      ?? (titleOnly
        ? nil
        : frames.last { f in
          f.rect.contains(point)
            && (point.x == f.rect.minX || point.x == f.rect.maxX || point.y == f.rect.minY || point.y == f.rect.maxY)
        })
    return hit.map { board.groups[$0.group] }
  }

  // MARK: - The board's groups

  /// Moves every box of a group by a step, never past the board's top or left edge.
  static func shift(group id: String, by step: (dx: Int, dy: Int), on board: inout Board) {
    guard let group = board.groups.first(where: { $0.id == id }) else { return }
    let ids = Set(group.boxIDs)
    let members = board.boxes.indices.filter { ids.contains(board.boxes[$0].id) }
    guard let minX = members.map({ board.boxes[$0].frame.x }).min(),
      let minY = members.map({ board.boxes[$0].frame.y }).min()
    else { return }
    let dx = max(step.dx, -minX)
    let dy = max(step.dy, -minY)
    for i in members {
      board.boxes[i].frame.x += dx
      board.boxes[i].frame.y += dy
    }
  }

  /// A group id from a title, unused on the board ("Offline" → "offline", then "offline-2").
  static func newGroupID(for title: String, on board: Board) -> String {
    let slug = Board.slug(title)
    let base = slug.isEmpty ? "group" : slug
    let taken = Set(board.groups.map(\.id))
    if !taken.contains(base) { return base }
    var n = 2
    while taken.contains("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }

  /// Takes boxes out of whatever groups hold them; a group this leaves with no box is removed.
  static func take(_ ids: [String], outOfGroupsOn board: inout Board) -> GroupDeparture {
    let set = Set(ids)
    var departure = GroupDeparture()
    var emptied: Set<String> = []
    for i in board.groups.indices where board.groups[i].boxIDs.contains(where: set.contains) {
      departure.titles.append(board.groups[i].title)
      board.groups[i].boxIDs.removeAll(where: set.contains)
      if board.groups[i].boxIDs.isEmpty {
        emptied.insert(board.groups[i].id)
        departure.removed.append(board.groups[i].title)
      }
    }
    board.groups.removeAll { emptied.contains($0.id) }
    return departure
  }
}

/// The groups some boxes left, and those of them removed for having no box left.
struct GroupDeparture {
  var titles: [String] = []
  var removed: [String] = []

  /// " (taken from Offline; Offline had no box left and is gone)", or nothing.
  var note: String {
    guard !titles.isEmpty else { return "" }
    let gone = removed.isEmpty ? "" : "; \(removed.joined(separator: ", ")) had no box left and is gone"
    return " (taken from \(titles.joined(separator: ", "))\(gone))"
  }
}
