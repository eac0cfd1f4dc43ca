// A board against its template's reference design: components and flows missing and extra,
// matched by component kind rather than by label.

public struct ReferenceDiff: Hashable, Sendable {
  /// A flow between two kinds ("stream-ingestion" → "batch-etl").
  public struct KindFlow: Hashable, Sendable {
    public var from: String
    public var to: String
  }

  /// Kinds in the reference that no box of the board counts as.
  public var missingComponents: [String]
  /// Kinds on the board that the reference does not use.
  public var extraComponents: [String]
  /// Labels of boxes whose kind the catalogue cannot tell.
  public var unrecognisedBoxes: [String]
  /// Reference arrows (as kind pairs) that no path of the board follows.
  public var missingFlows: [KindFlow]
  /// Board arrows (as kind pairs) that no path of the reference follows.
  public var extraFlows: [KindFlow]

  public var isEmpty: Bool {
    missingComponents.isEmpty && extraComponents.isEmpty && missingFlows.isEmpty && extraFlows.isEmpty
  }

  public init(board: Board, reference: Board, catalogue: Catalogue) {
    let mine = BoardGraph(board: board, catalogue: catalogue)
    let theirs = BoardGraph(board: reference, catalogue: catalogue)
    let referenceKinds = ReferenceDiff.primaryKinds(reference, catalogue)
    let boardKinds = ReferenceDiff.primaryKinds(board, catalogue)
    let boardAll = mine.allKinds
    let referenceAll = theirs.allKinds

    missingComponents = ReferenceDiff.ordered(Set(referenceKinds.values).subtracting(boardAll), catalogue)
    extraComponents = ReferenceDiff.ordered(Set(boardKinds.values).subtracting(referenceAll), catalogue)
    unrecognisedBoxes = board.boxes.filter { boardKinds[$0.id] == nil }.map(\.label)

    var missing: [KindFlow] = []
    for arrow in reference.arrows {
      // Two boxes of one kind joined by an arrow (two indexes) are no flow between kinds.
      guard let from = referenceKinds[arrow.from], let to = referenceKinds[arrow.to], from != to else { continue }
      let flow = KindFlow(from: from, to: to)
      if !missing.contains(flow) && !mine.flows(from: [from], to: [to]) { missing.append(flow) }
    }
    missingFlows = missing
    var extra: [KindFlow] = []
    for arrow in board.arrows {
      guard let from = boardKinds[arrow.from], let to = boardKinds[arrow.to], from != to else { continue }
      let flow = KindFlow(from: from, to: to)
      if !extra.contains(flow) && !theirs.flows(from: [from], to: [to]) { extra.append(flow) }
    }
    extraFlows = extra
  }

  /// Each box's main kind as the checker reads it (`BoardReader`): its declared catalogue kind,
  /// else the kind with the most evidence.
  static func primaryKinds(_ board: Board, _ catalogue: Catalogue) -> [String: String] {
    var result: [String: String] = [:]
    for box in BoardReader.read(board, catalogue: catalogue).boxes {
      if let kind = box.counted.first?.kind { result[box.boxID] = kind }
    }
    return result
  }

  static func ordered(_ kinds: Set<String>, _ catalogue: Catalogue) -> [String] {
    catalogue.ids.filter { kinds.contains($0) }
  }

  /// The diff as text for `mlsd diff`.
  public func text(catalogue: Catalogue) -> String {
    func name(_ id: String) -> String { catalogue.kind(id)?.name ?? id }
    var lines: [String] = []
    func section(_ title: String, _ items: [String]) {
      lines.append("\(title) (\(items.count))")
      for item in items { lines.append("  \(item)") }
      if items.isEmpty { lines.append("  none") }
    }
    section("Missing components", missingComponents.map { "- \(name($0))" })
    section("Extra components", extraComponents.map { "+ \(name($0))" })
    section("Missing flows", missingFlows.map { "- \(name($0.from)) → \(name($0.to))" })
    section("Extra flows", extraFlows.map { "+ \(name($0.from)) → \(name($0.to))" })
    if !unrecognisedBoxes.isEmpty {
      section("Boxes of no known kind", unrecognisedBoxes.map { "? \(Sanitizer.visible($0))" })
    }
    return lines.joined(separator: "\n")
  }
}
