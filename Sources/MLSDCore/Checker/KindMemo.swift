// The kinds each box counted as at the last check, so that the app's check after an edit
// recognises only the boxes whose label, kind or detail changed: recognising all 300 labels of a
// large board again cost more than every rule together.

/// Each box's recognised kinds, remembered by box id with the text they were recognised from.
struct KindMemo: Sendable {
  private struct Entry: Sendable {
    var label: String
    var kind: String?
    var detail: String?
    var kinds: Set<String>
  }

  private var entries: [String: Entry] = [:]

  /// Each box's kinds, index-aligned with board.boxes, exactly as `catalogue.kinds(of:)` gives
  /// them; the memo must always be used with the same catalogue.
  mutating func kinds(of board: Board, catalogue: Catalogue) -> [Set<String>] {
    var out: [Set<String>] = []
    out.reserveCapacity(board.boxes.count)
    for box in board.boxes {
      if let kinds = kinds(of: box) {
        out.append(kinds)
        continue
      }
      let kinds = catalogue.kinds(of: box)
      entries[box.id] = Entry(label: box.label, kind: box.kind, detail: box.detail, kinds: kinds)
      out.append(kinds)
    }
    // Forget deleted boxes, so that the memo stays the size of the board.
    if entries.count > board.boxes.count {
      let ids = Set(board.boxes.map(\.id))
      entries = entries.filter { ids.contains($0.key) }
    }
    return out
  }

  /// The kinds remembered for a box, nil unless the memo saw it with this very text.
  func kinds(of box: Box) -> Set<String>? {
    guard let entry = entries[box.id], entry.label == box.label, entry.kind == box.kind, entry.detail == box.detail
    else { return nil }
    return entry.kinds
  }
}
