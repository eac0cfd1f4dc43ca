// The one rule by which typed text chooses boxes, for `/` (find) and for `c` (connect): a label
// that starts with the text first, then one with a word that starts with it, then one that holds
// it anywhere, then the same three on the detail line; case does not matter, and boxes that match
// equally well keep the board's order. "Click" finds "Click aggregates" before "Impression and
// click logs", and both before "Doubleclick ads".

enum BoxSearch {
  /// The boxes matching `query`, best first; empty when none does or the query is blank.
  static func ranked(_ boxes: [Box], _ query: String) -> [Box] {
    let q = query.lowercased()
    guard !q.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
    return boxes.enumerated()
      .compactMap { item in tier(of: item.element, q).map { (item.offset, $0, item.element) } }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
      .map(\.2)
  }

  /// 0 a label prefix, 1 a label word's start, 2 inside the label, 3–5 the same in the detail.
  static func tier(of box: Box, _ lowered: String) -> Int? {
    if let tier = tier(box.label.lowercased(), lowered) { return tier }
    return box.detail.flatMap { tier($0.lowercased(), lowered) }.map { $0 + 3 }
  }

  static func tier(_ text: String, _ q: String) -> Int? {
    if text.hasPrefix(q) { return 0 }
    var searchFrom = text.startIndex
    var inside = false
    while let range = text.range(of: q, range: searchFrom..<text.endIndex) {
      let before = text[text.index(before: range.lowerBound)]
      if !(before.isLetter || before.isNumber) { return 1 }
      inside = true
      searchFrom = text.index(after: range.lowerBound)
    }
    return inside ? 2 : nil
  }

  /// What the status line says of the chosen box among the matches: its label alone when it is
  /// the only one, else its place among them and the key that steps on.
  static func describe(_ chosen: Box, among matches: [Box], next key: String) -> String {
    let label = chosen.label
    guard matches.count > 1, let at = matches.firstIndex(where: { $0.id == chosen.id }) else { return label }
    return "\(label) (\(at + 1) of \(matches.count) matches, \(key) for the next)"
  }
}
