// What the drawing says about arrow labels it could not draw whole beside their own lines: the
// text render prints these on stderr and the app on its status line, so that a label is never
// cut or moved off its line without a word.

extension Diagram {
  /// Longest part of a label or box name quoted in a note.
  static let noteColumns = 40

  /// The arrows whose labels are cut or not drawn beside their own line, in arrow order.
  public var labelNoteArrows: [Int] {
    routes.indices.filter { i in
      i < board.arrows.count && (looseLabels[i] != nil || routes[i].label?.isCut == true)
    }
  }

  /// One line for arrow `i`'s label when it is not drawn whole beside its own line; nil when it is.
  public func labelNote(_ i: Int) -> String? {
    guard routes.indices.contains(i), i < board.arrows.count, let text = routes[i].label else { return nil }
    let loose = looseLabels[i]
    guard loose != nil || text.isCut else { return nil }
    let arrow = board.arrows[i]
    func name(_ id: String) -> String {
      DisplayWidth.truncate(Sanitizer.visible(board.box(id)?.label ?? id), to: Diagram.noteColumns)
    }
    let quoted = DisplayWidth.truncate(
      Sanitizer.visible(arrow.label ?? "").replacingOccurrences(of: "\n", with: " "), to: Diagram.noteColumns)
    var what: [String] = []
    if text.isCut { what.append("longer than \(LabelPlacer.maxLines) lines, cut with \"…\"") }
    switch loose?.kind {
    case .away: what.append("no room beside its line: drawn a few cells from it")
    case .shortened: what.append("no room beside its line: cut to \"\(loose?.text.lines.first ?? "")\" near it")
    case .overLine: what.append("no room near its line: written over it" + (loose?.text.isCut == true ? ", cut" : ""))
    case .notDrawn: what.append("no room near its line: not drawn")
    case nil: break
    }
    return "label \"\(quoted)\" of \(name(arrow.from)) → \(name(arrow.to)): " + what.joined(separator: "; ")
  }

  /// A line for each label not drawn whole beside its own line (see `labelNote`).
  public var labelNotes: [String] { labelNoteArrows.compactMap(labelNote) }
}
