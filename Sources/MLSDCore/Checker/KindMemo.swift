// What each box's words said at the last check, so that the app's check after an edit reads only
// the boxes whose label, kind or detail changed: reading all 300 labels of a large board again
// cost more than every rule together. Arrow labels are remembered by their text. Each box's
// whole reading is remembered too, with the surroundings it was read in (`Surroundings`: its
// arrows, its neighbours' kinds, what its arrows carry), so that after an edit only the boxes
// whose text or surroundings changed are read again.

/// Each box's evidence from its own text, remembered by box id with the text it was read from,
/// and its last reading with the surroundings it was read in.
struct KindMemo: Sendable {
  private struct Entry: Sendable {
    var label: String
    var kind: String?
    var detail: String?
    var evidence: [KindEvidence]
    /// `BoardReader.firstKinds` of the text.
    var first: [Int]
    var reading: (around: Surroundings, reading: BoxReading)?

    func holds(_ box: Box) -> Bool { label == box.label && kind == box.kind && detail == box.detail }
  }

  private var entries: [String: Entry] = [:]
  private var carried: [String: [(kind: String, phrase: String)]] = [:]
  /// The expected kinds the remembered readings were made with.
  private var expected: Set<String> = []

  /// Each box's evidence, index-aligned with board.boxes, exactly as `catalogue.evidence(of:)`
  /// gives it; the memo must always be used with the same catalogue.
  mutating func evidence(of board: Board, catalogue: Catalogue) -> [[KindEvidence]] {
    lookUp(board, catalogue: catalogue).evidence
  }

  /// Each box's evidence, and its remembered reading when its text is the one it was made for
  /// (whether its surroundings are the same is for the reader to say), index-aligned with
  /// board.boxes.
  private mutating func lookUp(_ board: Board, catalogue: Catalogue) -> (
    evidence: [[KindEvidence]], first: [[Int]], known: [(around: Surroundings, reading: BoxReading)?]
  ) {
    var out: [[KindEvidence]] = []
    out.reserveCapacity(board.boxes.count)
    var first: [[Int]] = []
    first.reserveCapacity(board.boxes.count)
    var known: [(around: Surroundings, reading: BoxReading)?] = []
    known.reserveCapacity(board.boxes.count)
    for box in board.boxes {
      if let entry = entries[box.id], entry.holds(box) {
        out.append(entry.evidence)
        first.append(entry.first)
        known.append(entry.reading)
        continue
      }
      let evidence = catalogue.evidence(of: box)
      let kinds = BoardReader.firstKinds(of: box, evidence: evidence, catalogue: catalogue)
      entries[box.id] = Entry(label: box.label, kind: box.kind, detail: box.detail, evidence: evidence, first: kinds)
      out.append(evidence)
      first.append(kinds)
      known.append(nil)
    }
    // Forget deleted boxes, so that the memo stays the size of the board.
    if entries.count > board.boxes.count {
      let ids = Set(board.boxes.map(\.id))
      entries = entries.filter { ids.contains($0.key) }
    }
    return (out, first, known)
  }

  /// What an arrow label carries, read once per distinct label.
  mutating func carried(by label: String, catalogue: Catalogue) -> [(kind: String, phrase: String)] {
    if let known = carried[label] { return known }
    if carried.count > 4096 { carried.removeAll() }
    let said = catalogue.recognizer.carried(by: label)
    carried[label] = said
    return said
  }

  /// The board read with what the memo remembers.
  mutating func reading(of board: Board, catalogue: Catalogue, expected: Set<String>) -> BoardReading {
    if expected != self.expected {
      entries = entries.mapValues { entry in
        var entry = entry
        entry.reading = nil
        return entry
      }
      self.expected = expected
    }
    let (evidence, first, known) = lookUp(board, catalogue: catalogue)
    // Swapped out, so that the memo's tables have one owner while the readings are stored.
    var memo = KindMemo()
    swap(&memo, &self)
    let reading = BoardReader.read(
      board, catalogue: catalogue, expected: expected, evidence: evidence,
      carried: { memo.carried(by: $0, catalogue: catalogue) }, first: first,
      recall: { i, around in known[i]?.around == around ? known[i]?.reading : nil },
      remember: { i, around, reading in
        let box = board.boxes[i]
        guard memo.entries[box.id]?.holds(box) == true else { return }
        memo.entries[box.id]?.reading = (around, reading)
      })
    self = memo
    return reading
  }
}
