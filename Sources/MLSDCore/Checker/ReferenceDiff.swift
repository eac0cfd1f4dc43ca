// A board against its template's reference design: components and flows missing and extra,
// matched by component kind rather than by label.

public struct ReferenceDiff: Hashable, Sendable {
  /// A flow between two kinds ("stream-ingestion" → "batch-etl").
  public struct KindFlow: Hashable, Sendable {
    public var from: String
    public var to: String
  }

  /// Kinds in the reference that no box of the board counts as, and that the template does not
  /// let another kind stand in for.
  public var missingComponents: [String]
  /// Kinds on the board that the reference does not use (and that stand in for none it uses).
  public var extraComponents: [String]
  /// Kinds of the reference the board has none of, met by another kind that every requirement of
  /// the template listing it accepts ("batch ETL or stream processing"), with those kinds.
  public var standIns: [String: [String]]
  /// What plays each stand-in kind on the board, as a person finds it: a box's label in quotes, or
  /// an arrow read as the kind ("the arrow 'Kafka' → 'Feature store'"), by kind id.
  public var standInPlaces: [String: [String]] = [:]
  /// Labels of boxes whose kind the catalogue cannot tell.
  public var unrecognisedBoxes: [String]
  /// Reference arrows (as kind pairs) that no path of the board follows.
  public var missingFlows: [KindFlow]
  /// Board arrows (as kind pairs) that no path of the reference follows.
  public var extraFlows: [KindFlow]
  /// Each box's main kind as the checker reads it, by box id: of the board, and of the reference.
  public var boardKinds: [String: String]
  public var referenceKinds: [String: String]

  public var isEmpty: Bool {
    missingComponents.isEmpty && extraComponents.isEmpty && missingFlows.isEmpty && extraFlows.isEmpty
  }

  /// The board against the template's reference design.
  public init(board: Board, template: Template, catalogue: Catalogue) {
    self.init(board: board, reference: template.referenceBoard(), template: template, catalogue: catalogue)
  }

  /// Both boards are read exactly as `mlsd check` reads them against `template` (`Checker.graph`):
  /// a box that check counts as a kind is never that kind missing here.
  public init(board: Board, reference: Board, template: Template?, catalogue: Catalogue) {
    let mine = Checker.graph(board, template: template, catalogue: catalogue)
    let theirs = Checker.graph(reference, template: template, catalogue: catalogue)
    let referenceKinds = ReferenceDiff.primaryKinds(theirs.reading)
    let boardKinds = ReferenceDiff.primaryKinds(mine.reading)
    self.boardKinds = boardKinds
    self.referenceKinds = referenceKinds
    let boardAll = mine.allKinds
    let referenceAll = theirs.allKinds

    // Check passes a requirement on any of its kinds, so a reference kind whose every requirement
    // is met by another kind is not missing; one that a requirement still lacks is.
    let requirements = (template?.required ?? []) + (template?.recommended ?? [])
    var standIns: [String: [String]] = [:]
    for kind in Set(referenceKinds.values).subtracting(boardAll) {
      let listing = requirements.filter { $0.anyOf.contains(kind) }
      guard !listing.isEmpty, listing.allSatisfy({ mine.has(anyOf: $0.anyOf) }) else { continue }
      let present = Set(listing.flatMap(\.anyOf)).intersection(boardAll)
      standIns[kind] = ReferenceDiff.ordered(present, catalogue)
    }
    // A recommendation whose work a box of another kind does, as its words say (`InsideRoles`),
    // is met by that box's kind, as check meets it.
    let required = Set((template?.required ?? []).flatMap(\.anyOf))
    for kind in Set(referenceKinds.values).subtracting(boardAll).subtracting(standIns.keys)
    where !required.contains(kind) {
      guard let inside = InsideRoles.box(doing: kind, in: mine), let played = boardKinds[inside.id] else { continue }
      standIns[kind] = [played]
    }
    self.standIns = standIns
    let labels = Dictionary(board.boxes.map { ($0.id, Sanitizer.visible($0.label)) }, uniquingKeysWith: { a, _ in a })
    for kind in Set(standIns.values.joined()) {
      // A box named as its kind ("Online feature store") is found by that name already.
      let named = catalogue.kind(kind)?.name.lowercased()
      let boxes = mine.boxes(ofAny: [kind]).compactMap { labels[$0] }.filter { $0.lowercased() != named }.map {
        "'\($0)'"
      }
      let arrows = mine.reading.arrows.filter { $0.kind == kind && board.arrows.indices.contains($0.arrow) }.map {
        let arrow = board.arrows[$0.arrow]
        return "the arrow '\(labels[arrow.from] ?? arrow.from)' → '\(labels[arrow.to] ?? arrow.to)'"
      }
      standInPlaces[kind] = boxes + arrows
    }
    let standing = Set(standIns.values.joined())
    missingComponents = ReferenceDiff.ordered(
      Set(referenceKinds.values).subtracting(boardAll).subtracting(standIns.keys), catalogue)
    extraComponents = ReferenceDiff.ordered(
      Set(boardKinds.values).subtracting(referenceAll).subtracting(standing), catalogue)
    unrecognisedBoxes = board.boxes.filter { boardKinds[$0.id] == nil }.map(\.label)

    // A flow of the reference is followed by one from or to the kinds standing in for its ends,
    // and a board flow from or to a stand-in by one of the kind it stands in for.
    func onBoard(_ kind: String) -> [String] { standIns[kind] ?? [kind] }
    func inReference(_ kind: String) -> [String] {
      [kind] + standIns.keys.sorted().filter { standIns[$0]?.contains(kind) ?? false }
    }
    var missing: [KindFlow] = []
    for arrow in reference.arrows {
      // Two boxes of one kind joined by an arrow (two indexes) are no flow between kinds.
      guard let from = referenceKinds[arrow.from], let to = referenceKinds[arrow.to], from != to else { continue }
      let flow = KindFlow(from: from, to: to)
      if !missing.contains(flow) && !mine.flows(from: onBoard(from), to: onBoard(to)) { missing.append(flow) }
    }
    missingFlows = missing
    var extra: [KindFlow] = []
    for arrow in board.arrows {
      guard let from = boardKinds[arrow.from], let to = boardKinds[arrow.to], from != to else { continue }
      let flow = KindFlow(from: from, to: to)
      if !extra.contains(flow) && !theirs.flows(from: inReference(from), to: inReference(to)) { extra.append(flow) }
    }
    extraFlows = extra
  }

  /// Each box's main kind in a reading: its declared catalogue kind, else the kind with the most
  /// evidence.
  static func primaryKinds(_ reading: BoardReading) -> [String: String] {
    var result: [String: String] = [:]
    for box in reading.boxes {
      if let kind = box.counted.first?.kind { result[box.boxID] = kind }
    }
    return result
  }

  static func ordered(_ kinds: Set<String>, _ catalogue: Catalogue) -> [String] {
    catalogue.ids.filter { kinds.contains($0) }
  }

  /// "Stream processing: Batch ETL ('Nightly features') stands in", in catalogue order; each
  /// stand-in names where it is on the board.
  public func standInLines(catalogue: Catalogue) -> [String] {
    func name(_ id: String) -> String {
      let places = standInPlaces[id] ?? []
      return (catalogue.kind(id)?.name ?? id) + (places.isEmpty ? "" : " (\(places.joined(separator: ", ")))")
    }
    return ReferenceDiff.ordered(Set(standIns.keys), catalogue).map { kind in
      let others = (standIns[kind] ?? []).map(name)
      return "\(name(kind)): \(others.joined(separator: " and ")) \(others.count == 1 ? "stands" : "stand") in"
    }
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
    if !standIns.isEmpty {
      section("Met by another kind the template accepts", standInLines(catalogue: catalogue).map { "~ \($0)" })
    }
    if !unrecognisedBoxes.isEmpty {
      section("Boxes of no known kind", unrecognisedBoxes.map { "? \(Sanitizer.visible($0))" })
    }
    return lines.joined(separator: "\n")
  }
}
