// Declaring a box's component kind (key K): the palette in its "set kind" mode, and the words
// the status line uses for the kind the checker reads in the selected box.

/// One entry of the K palette.
public enum KindChoice: Hashable, Sendable {
  case kind(ComponentKind)
  /// Removes the declared kind, so that the checker reads the box from its words and place again.
  case clear

  /// The words "clear kind" are found by typing the start of either word.
  static func clearMatches(_ query: String) -> Bool {
    let q = query.lowercased().trimmingCharacters(in: .whitespaces)
    return q.isEmpty || "clear kind".hasPrefix(q) || "kind".hasPrefix(q)
  }
}

extension AppState {
  /// Longest kind text on the status line, so that some key hints stay beside it at 80 columns.
  public static let kindStatusWidth = 44

  /// The entries of the K palette for a box and the typed text: the ranked kinds, then "clear
  /// kind" when the box declares one.
  public func kindChoices(for id: String, query: String) -> [KindChoice] {
    guard let box = board.box(id) else { return [] }
    var out = kindCandidates(for: box, reading: report.reading.box(id), catalogue: library.catalogue, query: query)
      .map(KindChoice.kind)
    if box.kind != nil, KindChoice.clearMatches(query) { out.append(.clear) }
    return out
  }

  mutating func startSetKind() {
    guard let box = selectedBox else { return needBox() }
    mode = .kind(box: box.id, query: TextField(), index: 0)
  }

  mutating func handleKindPalette(_ key: Key, box id: String, query: TextField, index: Int) {
    var query = query
    var index = index
    switch key {
    case .escape:
      mode = .normal
      return
    case _ where AppState.paletteStep(key) != nil: index += AppState.paletteStep(key) ?? 0
    case .enter:
      let choices = kindChoices(for: id, query: query.text)
      guard choices.indices.contains(index) else {
        message = StatusMessage(
          "No kind matches '\(query.text)': Backspace widens the search, Esc cancels", tone: .warning)
        return
      }
      mode = .normal
      switch choices[index] {
      case .kind(let kind): setKind(of: id, to: kind.id)
      case .clear: setKind(of: id, to: nil)
      }
      return
    default:
      guard query.handle(key) else { return }
      index = 0
    }
    let count = kindChoices(for: id, query: query.text).count
    index = count == 0 ? 0 : min(max(0, index), count - 1)
    mode = .kind(box: id, query: query, index: index)
  }

  /// Declares (or with nil clears) the kind of a box, as one undoable edit that re-checks.
  mutating func setKind(of id: String, to kind: String?) {
    guard let box = board.box(id) else { return }
    selection = .box(id)
    guard box.kind != kind else {
      message = StatusMessage(kindStatus(of: box) + " already")
      return
    }
    edit { board in
      guard let i = board.boxIndex(id) else { return }
      board.boxes[i].kind = kind
    }
    guard let changed = board.box(id) else { return }
    message = StatusMessage(kindStatus(of: changed) + " · u undoes", tone: .ok)
  }

  /// What the status line says of a box's kind: declared, read from its label, its detail or its place, or not read.
  public func kindStatus(of box: Box, room: Int = AppState.kindStatusWidth) -> String {
    let catalogue = library.catalogue
    let reading = report.reading.box(box.id)
    if let declared = box.kind, let kind = catalogue.kind(declared) {
      let declaredText = fittedKindStatus(names: [kind.name], source: "declared", room: room)
      // The kinds the checker counts the box as besides the declared one (roles its label lists,
      // the app standing in for the source), so the line never hides a reading the checklist uses.
      let also = catalogue.kinds.filter {
        $0.id != declared && reading?.kinds.contains($0.id) == true
      }
      let extra = Sanitizer.visible(also.map(\.name).joined(separator: ", "))
      let left = room - DisplayWidth.of(declaredText) - DisplayWidth.of(", also ")
      guard !also.isEmpty, left >= 6 else { return declaredText }
      return declaredText + ", also " + DisplayWidth.truncate(extra, to: left, ascii: ascii)
    }
    let read = reading?.kinds ?? catalogue.kinds(of: box)
    let names = catalogue.kinds.filter { read.contains($0.id) }.map(\.name)
    if names.isEmpty {
      if let declared = box.kind {
        let shown = DisplayWidth.truncate(Sanitizer.visible(declared), to: 14, ascii: ascii)
        return "kind: '\(shown)' unknown — K sets one"
      }
      return "kind: not recognised — K sets one"
    }
    // Where the strongest evidence came from: the label's words, the detail line, or the place.
    let reasons = reading?.counted.first?.reasons ?? []
    let source =
      reasons.contains { $0.hasPrefix("named") || $0.contains("word") || $0.hasPrefix("called") }
      ? "read from label"
      : reasons.contains { $0.hasPrefix("detail") } ? "read from detail" : "read from its place"
    return fittedKindStatus(names: names, source: source, room: room)
  }

  /// "kind: NAMES (SOURCE)", the names cut so that the whole stays within `room` columns.
  private func fittedKindStatus(names: [String], source: String, room total: Int) -> String {
    let tail = " (\(source))"
    let room = total - DisplayWidth.of("kind: " + tail)
    let joined = Sanitizer.visible(names.joined(separator: " or "))
    return "kind: " + DisplayWidth.truncate(joined, to: room, ascii: ascii) + tail
  }
}

extension AppState {
  /// What a box loses and takes when it is renamed to `text`: a box still labelled with its
  /// declared kind's name got that kind from the add palette, not from a choice of K, so a new
  /// label that names other kinds by name, alias or technology ("Result cache" for an Online
  /// feature store found by "redis") takes over: the old kind's name and the names of the new
  /// ones. Nil when the kind stays (a label of plain words, "Events", names no kind).
  func paletteKindDropped(by text: String, on id: String) -> (old: String, new: [String])? {
    guard let box = board.box(id), let declared = box.kind, let kind = library.catalogue.kind(declared),
      AppState.sameWords(box.label, kind.name)
    else { return nil }
    var probe = box
    probe.label = text
    probe.detail = nil
    probe.kind = nil
    let named = Set(library.catalogue.evidence(of: probe).filter(\.named).map(\.kind))
    guard !named.isEmpty, !named.contains(declared) else { return nil }
    return (kind.name, library.catalogue.kinds.filter { named.contains($0.id) }.map(\.name))
  }
}
