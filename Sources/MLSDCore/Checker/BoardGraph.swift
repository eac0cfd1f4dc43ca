// The board seen as a graph of component kinds: which kinds each box counts as, and which boxes
// reach which along arrows. Built once per check and shared by the rules.
//
// Boxes are numbered so that the rules' questions (boxes of a kind, walks along arrows) cost a
// few array reads instead of hashing box ids: the checker runs after every edit in the app.
// Boxes sharing an id (only a hand-made board has them) share one node, whose kinds are those of
// the last of them, as when the graph was a dictionary keyed by id.

struct BoardGraph {
  let board: Board
  let catalogue: Catalogue
  /// Node of each box, index-aligned with board.boxes; a node per distinct id.
  private let nodeOfBox: [Int]
  private let nodeByID: [String: Int]
  private let nodeIDs: [String]
  /// Kinds each node counts as.
  private let nodeKinds: [Set<String>]
  /// Positions in board.boxes of the boxes of each kind, in board order.
  private let boxesByKind: [String: [Int]]
  /// Nodes each node has an arrow to, and from.
  private let successors: [[Int]]
  private let predecessors: [[Int]]
  /// The nodes each arrow leaves and enters, index-aligned with board.arrows; nil for an end
  /// that names no box.
  let arrowEnds: [(from: Int?, to: Int?)]

  /// A set of the graph's boxes: one flag per node, cheaper to build and intersect than ids.
  struct Nodes {
    fileprivate var flags: [Bool]

    func intersects(_ other: Nodes) -> Bool { flags.indices.contains { flags[$0] && other.flags[$0] } }

    func intersection(_ other: Nodes) -> Nodes {
      Nodes(flags: flags.indices.map { flags[$0] && other.flags[$0] })
    }
  }

  /// With `kinds` (each box's kinds, index-aligned with board.boxes, as `catalogue.kinds(of:)`
  /// gives them), the graph takes them instead of recognising every label again.
  init(board: Board, catalogue: Catalogue, kinds: [Set<String>]? = nil) {
    self.board = board
    self.catalogue = catalogue
    var nodeByID: [String: Int] = [:]
    nodeByID.reserveCapacity(board.boxes.count)
    var nodeOfBox: [Int] = []
    nodeOfBox.reserveCapacity(board.boxes.count)
    var nodeIDs: [String] = []
    var nodeKinds: [Set<String>] = []
    for (i, box) in board.boxes.enumerated() {
      let boxKinds = kinds?[i] ?? catalogue.kinds(of: box)
      if let node = nodeByID[box.id] {
        nodeOfBox.append(node)
        nodeKinds[node] = boxKinds
      } else {
        nodeByID[box.id] = nodeKinds.count
        nodeOfBox.append(nodeKinds.count)
        nodeIDs.append(box.id)
        nodeKinds.append(boxKinds)
      }
    }
    var boxesByKind: [String: [Int]] = [:]
    for (i, node) in nodeOfBox.enumerated() {
      for kind in nodeKinds[node] { boxesByKind[kind, default: []].append(i) }
    }
    var successors = Array(repeating: [Int](), count: nodeKinds.count)
    var predecessors = successors
    let arrowEnds = board.arrows.map { (from: nodeByID[$0.from], to: nodeByID[$0.to]) }
    for case (let from?, let to?) in arrowEnds {
      successors[from].append(to)
      predecessors[to].append(from)
    }
    self.nodeOfBox = nodeOfBox
    self.nodeByID = nodeByID
    self.nodeIDs = nodeIDs
    self.nodeKinds = nodeKinds
    self.boxesByKind = boxesByKind
    self.successors = successors
    self.predecessors = predecessors
    self.arrowEnds = arrowEnds
  }

  /// The number of distinct box ids.
  var nodeCount: Int { nodeIDs.count }

  /// The kinds the box at this position of board.boxes counts as.
  func kinds(ofBoxAt position: Int) -> Set<String> { nodeKinds[nodeOfBox[position]] }

  /// Every kind some box counts as.
  var allKinds: Set<String> { Set(boxesByKind.keys) }

  /// Whether the box at this position of board.boxes has an arrow from or to a box on the board.
  func isConnected(boxAt position: Int) -> Bool {
    let node = nodeOfBox[position]
    return !successors[node].isEmpty || !predecessors[node].isEmpty
  }

  /// Ids of the boxes that count as any of the kinds, in board order.
  func boxes(ofAny wanted: [String]) -> [String] {
    positions(ofAny: wanted).map { board.boxes[$0].id }
  }

  func has(anyOf wanted: [String]) -> Bool { wanted.contains { boxesByKind[$0] != nil } }

  /// The boxes that count as any of the kinds.
  func nodes(ofAny wanted: [String]) -> Nodes {
    var flags = Array(repeating: false, count: nodeCount)
    for kind in wanted { for position in boxesByKind[kind] ?? [] { flags[nodeOfBox[position]] = true } }
    return Nodes(flags: flags)
  }

  /// Every box reachable from the starts along one or more arrows.
  func reachable(from starts: [String]) -> Nodes {
    walk(from: nodes(starts), along: successors)
  }

  /// Every box from which one of the targets is reachable along one or more arrows, optionally
  /// without passing through the `avoiding` boxes.
  func reaching(_ targets: [String], avoiding: [String] = []) -> Nodes {
    var avoided = Array(repeating: false, count: nodeCount)
    for node in nodes(avoiding) { avoided[node] = true }
    return walk(from: nodes(targets), along: predecessors, avoiding: avoided)
  }

  /// The ids of a set of boxes.
  func ids(of set: Nodes) -> Set<String> {
    Set(set.flags.indices.filter { set.flags[$0] }.map { nodeIDs[$0] })
  }

  /// Whether some box of a `from` kind reaches some box of a `to` kind.
  func flows(from: [String], to: [String]) -> Bool {
    let targets = nodes(ofAny: to)
    guard targets.flags.contains(true) else { return false }
    return walk(from: positions(ofAny: from).map { nodeOfBox[$0] }, along: successors).intersects(targets)
  }

  /// Whether two boxes are joined by an arrow in either direction.
  func adjacent(_ a: String, _ b: String) -> Bool {
    guard let x = nodeByID[a], let y = nodeByID[b] else { return false }
    return successors[x].contains(y) || predecessors[x].contains(y)
  }

  /// Positions in board.boxes of the boxes that count as any of the kinds, in increasing order.
  private func positions(ofAny wanted: [String]) -> [Int] {
    var found: [Int] = []
    for kind in wanted { found += boxesByKind[kind] ?? [] }
    guard wanted.count > 1 else { return found }
    found.sort()
    var unique: [Int] = []
    for position in found where unique.last != position { unique.append(position) }
    return unique
  }

  private func nodes(_ ids: [String]) -> [Int] { ids.compactMap { nodeByID[$0] } }

  /// Every node reached from the starts along one or more edges, never entering `avoiding`.
  private func walk(from starts: [Int], along edges: [[Int]], avoiding: [Bool]? = nil) -> Nodes {
    var seen = Array(repeating: false, count: nodeCount)
    var queue = starts.flatMap { edges[$0] }
    while let next = queue.popLast() {
      guard avoiding?[next] != true, !seen[next] else { continue }
      seen[next] = true
      queue.append(contentsOf: edges[next])
    }
    return Nodes(flags: seen)
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
