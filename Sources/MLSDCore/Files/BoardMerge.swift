// A three-way merge of two versions of a board that both started from the same file: boxes and
// groups by id, arrows by their ends (the n-th arrow from A to B), the notes of each step, the
// title and the template. What only one side changed is taken from it; what both changed the
// same way is taken once; what both changed differently is a conflict, which the caller shows
// and the person decides, one by one or all alike. Nothing is resolved silently: `resolve` only
// follows the given choices.

/// One thing both sides changed differently.
public struct MergeConflict: Hashable, Sendable {
  /// What it is, for the person: "box kafka", "arrow api → model", "notes of step 3", "title".
  public var what: String
  /// Each side's version in a few words ("deleted" when that side removed it).
  public var mine: String
  public var theirs: String
  /// Whether it is a text (a step's notes), which can also be settled by keeping both.
  public var isText = false
}

/// Which side wins the conflicts.
public enum MergeSide: Hashable, Sendable {
  case mine, theirs
  /// Mine, then what theirs adds (a text only; anything else keeps mine).
  case both
}

public struct BoardMerge: Sendable {
  /// The things both sides changed differently, in board order.
  public private(set) var conflicts: [MergeConflict] = []
  /// Arrows dropped because one side deleted a box the other side's arrow needs.
  public private(set) var droppedArrows: [String] = []
  private let base: Board
  private let mine: Board
  private let theirs: Board

  /// Compares both sides with their common base; `resolve` gives the merged board.
  public init(base: Board, mine: Board, theirs: Board) {
    self.base = base
    self.mine = mine
    self.theirs = theirs
    let first = merged(choosing: { _ in .mine })
    conflicts = first.conflicts
    droppedArrows = first.dropped
  }

  public var hasConflicts: Bool { !conflicts.isEmpty }

  /// The merged board, each conflict settled for `side`.
  public func resolve(choosing side: MergeSide) -> Board { merged(choosing: { _ in side }).board }

  /// The merged board, conflict i settled for `choices[i]` (mine where no choice is given).
  public func resolve(choices: [MergeSide]) -> Board { result(choices: choices).board }

  /// The merged board and the arrows dropped with these choices (a box kept on one side and
  /// deleted on the other decides whether its arrows can stay).
  public func result(choices: [MergeSide]) -> (board: Board, dropped: [String]) {
    let out = merged(choosing: { choices.indices.contains($0) ? choices[$0] : .mine })
    return (out.board, out.dropped)
  }

  /// Conflicts are found in the same order whatever is chosen (whether a value conflicts does not
  /// depend on the choices), so `side(i)` decides the i-th of `conflicts`.
  private func merged(
    choosing side: (Int) -> MergeSide
  ) -> (board: Board, conflicts: [MergeConflict], dropped: [String]) {
    var conflicts: [MergeConflict] = []
    func scalar<T: Equatable>(_ b: T, _ m: T, _ t: T, what: String, show: (T) -> String) -> T {
      guard let (value, conflict) = BoardMerge.three(b, m, t, side: side(conflicts.count)) else { return m }
      if conflict { conflicts.append(MergeConflict(what: what, mine: show(m), theirs: show(t))) }
      return value
    }
    var board = Board(title: "")
    board.title = scalar(base.title, mine.title, theirs.title, what: "title") { "\"\($0)\"" }
    board.template = scalar(base.template, mine.template, theirs.template, what: "template") { $0 ?? "none" }
    board.boxes = keyed(
      base.boxes, mine.boxes, theirs.boxes, key: \.id, side: side, conflicts: &conflicts,
      what: { "box \($0)" }, show: BoardMerge.describe)
    board.groups = keyed(
      base.groups, mine.groups, theirs.groups, key: \.id, side: side, conflicts: &conflicts,
      what: { "group \($0)" }, show: { "\"\($0.title)\" (\($0.boxIDs.joined(separator: ", ")))" })
    let arrows = keyed(
      BoardMerge.arrowKeys(base.arrows), BoardMerge.arrowKeys(mine.arrows), BoardMerge.arrowKeys(theirs.arrows),
      key: \.key, side: side, conflicts: &conflicts, what: { "arrow \($0)" },
      show: { BoardMerge.describe($0.arrow) })
    // An arrow whose box one side deleted cannot stay: the board would not load.
    let ids = Set(board.boxes.map(\.id))
    var dropped: [String] = []
    for entry in arrows {
      if ids.contains(entry.arrow.from) && ids.contains(entry.arrow.to) {
        board.arrows.append(entry.arrow)
      } else {
        dropped.append("\(entry.arrow.from) → \(entry.arrow.to)")
      }
    }
    for i in board.groups.indices { board.groups[i].boxIDs = board.groups[i].boxIDs.filter(ids.contains) }
    for step in Step.allCases {
      let (b, m, t) = (base.notes[step], mine.notes[step], theirs.notes[step])
      let chosen = side(conflicts.count)
      guard let (value, conflict) = BoardMerge.three(b, m, t, side: chosen == .both ? .mine : chosen) else {
        board.notes[step] = m
        continue
      }
      board.notes[step] = value
      if conflict {
        let (mineLine, theirLine) = BoardMerge.firstDifference(m, t)
        conflicts.append(
          MergeConflict(what: "notes of step \(step.number)", mine: mineLine, theirs: theirLine, isText: true))
        if chosen == .both { board.notes[step] = BoardMerge.both(base: b, mine: m, theirs: t) }
      }
    }
    return (board, conflicts, dropped)
  }

  /// The three-way choice for one value: nil when mine stands unchallenged, else the value and
  /// whether it was a conflict.
  private static func three<T: Equatable>(_ b: T, _ m: T, _ t: T, side: MergeSide) -> (T, Bool)? {
    if m == t || t == b { return nil }
    if m == b { return (t, false) }
    return (side == .mine ? m : t, true)
  }

  /// Merges lists of items identified by a key: mine's order first, then what only theirs added.
  private func keyed<T: Equatable>(
    _ base: [T], _ mine: [T], _ theirs: [T], key: (T) -> String, side: (Int) -> MergeSide,
    conflicts: inout [MergeConflict], what: (String) -> String, show: (T) -> String
  ) -> [T] {
    func index(_ items: [T]) -> [String: T] {
      Dictionary(items.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
    let b = index(base)
    let m = index(mine)
    let t = index(theirs)
    var order: [String] = []
    var seen = Set<String>()
    for item in mine + theirs + base where seen.insert(key(item)).inserted { order.append(key(item)) }
    var out: [T] = []
    for k in order {
      let (bv, mv, tv) = (b[k], m[k], t[k])
      var value = mv
      if let (chosen, conflict) = BoardMerge.three(bv, mv, tv, side: side(conflicts.count)) {
        value = chosen
        if conflict {
          conflicts.append(
            MergeConflict(what: what(k), mine: mv.map(show) ?? "deleted", theirs: tv.map(show) ?? "deleted"))
        }
      }
      if let value { out.append(value) }
    }
    return out
  }

  /// An arrow with the key it is merged by: its ends and which arrow between them it is.
  struct KeyedArrow: Equatable {
    var key: String
    var arrow: Arrow
  }

  static func arrowKeys(_ arrows: [Arrow]) -> [KeyedArrow] {
    var count: [String: Int] = [:]
    return arrows.map { arrow in
      let ends = "\(arrow.from) → \(arrow.to)"
      let n = count[ends, default: 0]
      count[ends] = n + 1
      return KeyedArrow(key: n == 0 ? ends : "\(ends) (#\(n + 1))", arrow: arrow)
    }
  }

  static func describe(_ box: Box) -> String {
    var text = "\"\(box.label)\""
    if let detail = box.detail, !detail.isEmpty { text += " (\(detail))" }
    text += " at \(box.frame.x),\(box.frame.y) size \(box.frame.width)×\(box.frame.height)"
    return text
  }

  static func describe(_ arrow: Arrow) -> String {
    var text = arrow.label.map { "\"\($0)\"" } ?? "unlabelled"
    if arrow.style != .solid { text += ", \(arrow.style.rawValue)" }
    return text
  }

  /// Where two texts first differ, for each side: "line N: …" (that line, shortened) and how many
  /// lines it has, so that two notes that begin alike are not shown as the same.
  static func firstDifference(_ mine: String, _ theirs: String) -> (String, String) {
    let m = mine.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let t = theirs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let n = (0..<min(m.count, t.count)).first { m[$0] != t[$0] } ?? min(m.count, t.count)
    func show(_ lines: [String], _ text: String) -> String {
      if text.isEmpty { return "empty" }
      let total = Counted.of(lines.count, "line")
      guard lines.indices.contains(n) else { return "no line \(n + 1) (\(total))" }
      let line = lines[n]
      let short = line.count > 60 ? String(line.prefix(59)) + "…" : line
      return "line \(n + 1): \"\(short)\" (\(total))"
    }
    return (show(m, mine), show(t, theirs))
  }

  /// Both sides' notes: mine, then theirs. When both only added to the base's text, theirs
  /// contributes only what it added, so the shared beginning is not written twice.
  static func both(base: String, mine: String, theirs: String) -> String {
    let added =
      !base.isEmpty && theirs.hasPrefix(base) && mine.hasPrefix(base) ? String(theirs.dropFirst(base.count)) : nil
    if let added {
      let rest = added.drop { $0 == "\n" }
      return rest.isEmpty ? mine : mine + (mine.hasSuffix("\n") ? "" : "\n") + rest
    }
    if mine.isEmpty { return theirs }
    if theirs.isEmpty { return mine }
    return mine + (mine.hasSuffix("\n") ? "" : "\n") + theirs
  }
}
