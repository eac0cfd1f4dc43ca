// A box's id follows its label when mlsd made the id and nothing outside the session can know it
// yet: renamed, a box whose id is the one mlsd gives its old label (`Board.isGenerated`: the
// label's slug, alone or with "-N") and that is neither in the board as it was opened or last
// saved (`cleanBoard`), nor in the file's board a merge started from, nor among the ids a save or
// an export of this session wrote (`DocumentState.publishedIDs`) gets the id mlsd gives the new
// label (unique on the board). Its arrows and group places follow in the same edit, so one
// undo restores the old label and id together; an id from a file (saved, opened, imported or
// written by hand) never changes, since other files, scripts or exports may name it.

extension AppState {
  /// The id box `id` takes when renamed to `label`, or nil when it keeps its id.
  func followingID(of id: String, renamedTo label: String) -> String? {
    guard let box = board.box(id), Board.isGenerated(id, from: box.label) else { return nil }
    guard cleanBoard.box(id) == nil, document.mergeBase?.box(id) == nil, !document.publishedIDs.contains(id) else {
      return nil
    }
    var others = board
    others.boxes.removeAll { $0.id == id }
    let next = others.newBoxID(for: label)
    return next == id ? nil : next
  }

  /// Points the selection, the marks and the box Esc left at box `id`'s new id.
  mutating func followID(_ id: String, to newID: String) {
    switch selection {
    case .box(id): selection = .box(newID)
    case .arrow(let index, id): selection = .arrow(index, anchor: newID)
    case .group(let group, id): selection = .group(group, anchor: newID)
    default: break
    }
    marked = marked.map { $0 == id ? newID : $0 }
    if lastBox == id { lastBox = newID }
  }
}
