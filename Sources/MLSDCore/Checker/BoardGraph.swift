// The board seen as a graph of component kinds: which kinds each box counts as, and which boxes
// reach which along arrows. Built once per check and shared by the rules.

struct BoardGraph {
  let board: Board
  let catalogue: Catalogue
  /// Kinds of each box, by box id.
  let kinds: [String: Set<String>]
  /// Boxes each box has an arrow to.
  let successors: [String: [String]]
  /// Boxes each box has an arrow from.
  let predecessors: [String: [String]]

  init(board: Board, catalogue: Catalogue) {
    self.board = board
    self.catalogue = catalogue
    var kinds: [String: Set<String>] = [:]
    for box in board.boxes { kinds[box.id] = catalogue.kinds(of: box) }
    self.kinds = kinds
    var successors: [String: [String]] = [:]
    var predecessors: [String: [String]] = [:]
    let ids = Set(board.boxes.map(\.id))
    for arrow in board.arrows where ids.contains(arrow.from) && ids.contains(arrow.to) {
      successors[arrow.from, default: []].append(arrow.to)
      predecessors[arrow.to, default: []].append(arrow.from)
    }
    self.successors = successors
    self.predecessors = predecessors
  }

  /// Ids of the boxes that count as any of the kinds, in board order.
  func boxes(ofAny wanted: [String]) -> [String] {
    board.boxes.filter { !(kinds[$0.id] ?? []).isDisjoint(with: wanted) }.map(\.id)
  }

  func has(anyOf wanted: [String]) -> Bool { !boxes(ofAny: wanted).isEmpty }

  /// Every box reachable from the starts along one or more arrows.
  func reachable(from starts: [String]) -> Set<String> {
    walk(from: starts, along: successors)
  }

  /// Every box from which one of the targets is reachable along one or more arrows, optionally
  /// without passing through the `avoiding` boxes.
  func reaching(_ targets: [String], avoiding: Set<String> = []) -> Set<String> {
    walk(from: targets, along: predecessors, avoiding: avoiding)
  }

  /// Whether some box of a `from` kind reaches some box of a `to` kind.
  func flows(from: [String], to: [String]) -> Bool {
    let targets = Set(boxes(ofAny: to))
    guard !targets.isEmpty else { return false }
    return !reachable(from: boxes(ofAny: from)).isDisjoint(with: targets)
  }

  /// Whether two boxes are joined by an arrow in either direction.
  func adjacent(_ a: String, _ b: String) -> Bool {
    (successors[a] ?? []).contains(b) || (predecessors[a] ?? []).contains(b)
  }

  private func walk(
    from starts: [String], along edges: [String: [String]], avoiding: Set<String> = []
  ) -> Set<String> {
    var seen: Set<String> = []
    var queue = starts.flatMap { edges[$0] ?? [] }
    while let next = queue.popLast() {
      guard !avoiding.contains(next), seen.insert(next).inserted else { continue }
      queue.append(contentsOf: edges[next] ?? [])
    }
    return seen
  }

  /// A readable name for a list of kinds: "Vector / ANN index or Text search index".
  func name(of kinds: [String]) -> String {
    kinds.map { catalogue.kind($0)?.name ?? $0 }.joined(separator: " or ")
  }

  /// A few technology names to suggest for a kind.
  func examples(of kinds: [String]) -> String {
    let aliases = kinds.flatMap { (catalogue.kind($0)?.aliases ?? []).prefix(3) }
    return aliases.prefix(4).joined(separator: ", ")
  }

  /// The step a kind is discussed in (serving when unknown).
  func step(of kind: String) -> Step { catalogue.kind(kind)?.step ?? .serving }
}
