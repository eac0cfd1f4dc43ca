// Boxes that are not in a group but lie on its frame or inside it. A group's frame is drawn round
// its own boxes only, so such a box has the frame's line run through or beside it, or looks like
// a member; the status line says so (after G, while the group is selected, while a box is moved
// onto a frame), with the two ways out: > puts the box into the group, m moves it.

extension AppState {
  /// The boxes, not in the group `groupID`, that its frame touches (its lines or its inside).
  static func boxesOnFrame(of groupID: String, on board: Board) -> [Box] {
    guard let index = board.groups.firstIndex(where: { $0.id == groupID }),
      let frame = GroupFrame.frames(of: board).first(where: { $0.group == index })
    else { return [] }
    let members = Set(board.groups[index].boxIDs)
    return board.boxes.filter { !members.contains($0.id) && $0.frame.intersects(frame.rect) }
  }

  /// What the status line says about boxes on the group's frame; nil when there are none.
  func frameIntrudersNote(_ groupID: String) -> String? {
    let boxes = AppState.boxesOnFrame(of: groupID, on: board)
    guard let first = boxes.first else { return nil }
    let who =
      boxes.count == 1 ? "'\(Sanitizer.visible(first.label))' is" : "\(boxes.count) boxes not in it are"
    return "\(who) on its frame (> puts into the group, m moves)"
  }

  /// The titles of the groups (other than the box's own) whose frames the box lies on.
  func framesUnder(_ box: Box) -> [String] {
    let own = Set(board.groups.filter { $0.boxIDs.contains(box.id) }.map(\.id))
    return GroupFrame.frames(of: board).compactMap { frame in
      let group = board.groups[frame.group]
      guard !own.contains(group.id), box.frame.intersects(frame.rect) else { return nil }
      return Sanitizer.visible(group.title)
    }
  }
}
