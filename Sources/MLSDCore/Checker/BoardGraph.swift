// The board seen as a graph of component kinds: which kinds each box counts as, and which boxes
// reach which along arrows. Built once per check and shared by the rules. An arrow whose label
// says it carries logged predictions or labels (`BoardReader`) is a node of its own between its
// ends, so the rules see the logging it stands for.
//
// Boxes are numbered so that the rules' questions (boxes of a kind, walks along arrows) cost a
// few array reads instead of hashing box ids: the checker runs after every edit in the app.
// Boxes sharing an id (only a hand-made board has them) share one node, whose kinds are those of
// the last of them, as when the graph was a dictionary keyed by id.

struct BoardGraph {
  let board: Board
  let catalogue: Catalogue
  /// How each box was read, and the arrows read as components.
  let reading: BoardReading
  /// Node of each entry: the boxes, index-aligned with board.boxes (a node per distinct id), then
  /// the arrows of `reading.arrows`.
  private let nodeOfBox: [Int]
  private let nodeByID: [String: Int]
  private let nodeIDs: [String]
  /// Kinds each node counts as, each once (a list: building a set per box cost more than the
  /// rules that ask).
  private let nodeKinds: [[String]]
  /// Entries (positions in board.boxes, then reading.arrows) of each kind, in order.
  private let boxesByKind: [String: [Int]]
  /// Nodes each node has an arrow to, and from.
  private let successors: [[Int]]
  private let predecessors: [[Int]]
  /// The arrows read back from a store to the box that looks it up, as (store, reader): edges of
  /// `successors` that no arrow draws.
  private let lookups: [(store: Int, reader: Int)]
  /// The nodes each arrow leaves and enters, index-aligned with board.arrows; nil for an end
  /// that names no box.
  let arrowEnds: [(from: Int?, to: Int?)]

  /// A set of the graph's boxes: one flag per node, cheaper to build and intersect than ids.
  struct Nodes {
    fileprivate(set) var flags: [Bool]

    func intersects(_ other: Nodes) -> Bool { flags.indices.contains { flags[$0] && other.flags[$0] } }

    func intersection(_ other: Nodes) -> Nodes {
      Nodes(flags: flags.indices.map { flags[$0] && other.flags[$0] })
    }
  }

  /// With `reading`, the graph takes each box's kinds from it instead of reading the board.
  init(board: Board, catalogue: Catalogue, reading: BoardReading? = nil) {
    self.board = board
    self.catalogue = catalogue
    let reading = reading ?? BoardReader.read(board, catalogue: catalogue)
    self.reading = reading
    var nodeByID: [String: Int] = [:]
    nodeByID.reserveCapacity(board.boxes.count)
    var nodeOfBox: [Int] = []
    nodeOfBox.reserveCapacity(board.boxes.count + reading.arrows.count)
    var nodeIDs: [String] = []
    var nodeKinds: [[String]] = []
    nodeKinds.reserveCapacity(board.boxes.count + reading.arrows.count)
    for (i, box) in board.boxes.enumerated() {
      var boxKinds: [String] = []
      for item in reading.boxes[i].counted where !boxKinds.contains(item.kind) { boxKinds.append(item.kind) }
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
    for arrow in reading.arrows {
      nodeOfBox.append(nodeKinds.count)
      nodeIDs.append(arrow.id)
      nodeKinds.append([arrow.kind])
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
    // A store that a serving box or the gateway points at and that has no arrow out is read from
    // by it: "Sibyl → In-memory model cache" draws the lookup, and the models come back along it;
    // so does "API gateway → Redis (top suggestions per member)".
    let drawnOut = successors.map { !$0.isEmpty }
    var lookups: [(store: Int, reader: Int)] = []
    for case (let from?, let to?) in arrowEnds
    where from != to && !drawnOut[to] && nodeKinds[to].contains(where: BoardGraph.lookupKinds.contains)
      && nodeKinds[from].contains(where: BoardGraph.lookerKinds.contains) && !successors[to].contains(from)
    {
      successors[to].append(from)
      predecessors[from].append(to)
      lookups.append((store: to, reader: from))
    }
    for (offset, arrow) in reading.arrows.enumerated() {
      guard case (let from?, let to?) = arrowEnds[arrow.arrow] else { continue }
      let node = nodeOfBox[board.boxes.count + offset]
      successors[from].append(node)
      predecessors[node].append(from)
      successors[node].append(to)
      predecessors[to].append(node)
    }
    self.nodeOfBox = nodeOfBox
    self.nodeByID = nodeByID
    self.nodeIDs = nodeIDs
    self.nodeKinds = nodeKinds
    self.boxesByKind = boxesByKind
    self.successors = successors
    self.predecessors = predecessors
    self.lookups = lookups
    self.arrowEnds = arrowEnds
  }

  /// Stores that are read by looking up: an arrow into one with no arrow out is a lookup.
  static let lookupKinds: Set<String> = [
    "cache", "online-feature-store", "model-registry", "vector-index", "text-search-index",
  ]

  /// Boxes whose arrow into such a store is a lookup: what serves, and the gateway.
  static let lookerKinds: Set<String> = BoardReader.servingKinds.union(["api-gateway"])

  /// The number of distinct box ids.
  var nodeCount: Int { nodeIDs.count }

  /// The kinds the box at this position of board.boxes counts as.
  func kinds(ofBoxAt position: Int) -> Set<String> { Set(nodeKinds[nodeOfBox[position]]) }

  /// Every kind some box counts as.
  var allKinds: Set<String> { Set(boxesByKind.keys) }

  /// Whether the box at this position of board.boxes has an arrow from or to a box on the board.
  func isConnected(boxAt position: Int) -> Bool {
    let node = nodeOfBox[position]
    return !successors[node].isEmpty || !predecessors[node].isEmpty
  }

  /// Ids of the boxes that count as any of the kinds, in board order, then of the arrows read
  /// as such ("arrow:3").
  func boxes(ofAny wanted: [String]) -> [String] {
    positions(ofAny: wanted).map { $0 < board.boxes.count ? board.boxes[$0].id : nodeIDs[nodeOfBox[$0]] }
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

  /// `reachable(from:)`, with the answer that goes back along a request: when what the starts
  /// reach includes a box the client calls (read as serving or the gateway) that draws no arrow
  /// back, the client gets the answer, and what it then sends on is reached too, not passing
  /// through serving again ("suggestions shown, accepts" into the log that the dashboards read).
  /// Only for the rules that follow what was served to its effects; a flow between two serving
  /// stages never goes through the client.
  func reachableWithReply(from starts: [String]) -> Nodes {
    var reached = reachable(from: starts)
    let startNodes = Set(nodes(starts))
    var serving = Array(repeating: false, count: nodeCount)
    for node in nodeKinds.indices where nodeKinds[node].contains(where: BoardGraph.lookerKinds.contains) {
      serving[node] = true
    }
    for client in nodeKinds.indices where nodeKinds[client].contains("client") && !reached.flags[client] {
      let answered = successors[client].contains { entry in
        entry != client && serving[entry] && (reached.flags[entry] || startNodes.contains(entry))
          && !successors[entry].contains(client)
      }
      guard answered else { continue }
      reached.flags[client] = true
      let after = walk(from: [client], along: successors, avoiding: serving)
      for node in after.flags.indices where after.flags[node] { reached.flags[node] = true }
    }
    return reached
  }

  /// Every box from which one of the targets is reachable along one or more arrows, optionally
  /// without passing through the `avoiding` boxes.
  func reaching(_ targets: [String], avoiding: [String] = []) -> Nodes {
    var avoided = Array(repeating: false, count: nodeCount)
    for node in nodes(avoiding) { avoided[node] = true }
    return walk(from: nodes(targets), along: predecessors, avoiding: avoided)
  }

  /// A shortest path, as node ids, along arrows as drawn from a box whose kinds `starts` to a
  /// box whose kinds `ends`, each box between them one that `passes` (given its id and kinds);
  /// nil when none is.
  func path(
    from starts: ([String]) -> Bool, to ends: ([String]) -> Bool, through passes: (String, [String]) -> Bool
  ) -> [String]? {
    let first = nodeKinds.indices.filter { starts(nodeKinds[$0]) }
    let edges = forwardSuccessors.indices.map { node in
      first.contains(node) || passes(nodeIDs[node], nodeKinds[node]) ? forwardSuccessors[node] : []
    }
    let last = Nodes(flags: nodeKinds.map(ends))
    return path(from: first, along: edges, to: last)?.map { nodeIDs[$0] }
  }

  /// The ids of a set of boxes.
  func ids(of set: Nodes) -> Set<String> {
    Set(set.flags.indices.filter { set.flags[$0] }.map { nodeIDs[$0] })
  }

  /// Whether some box of a `from` kind reaches some box of a `to` kind (`flowMatch`).
  func flows(from: [String], to: [String]) -> Bool { flowMatch(from: from, to: to) != nil }

  /// An arrow a flow reads both ways: the client's request that the box it calls answers with
  /// the reply not drawn, or a lookup that brings a store's contents back to the box that reads it.
  enum ReadBack: Equatable {
    /// The client calls `entry` and the answer comes back along that request.
    case reply(client: Int, entry: Int)
    /// `reader` points at `store`, which is looked up: its contents come back along the arrow.
    case lookup(store: Int, reader: Int)
  }

  /// How some box of a `from` kind reaches some box of a `to` kind: the arrows it reads both
  /// ways (none when it goes along arrows as drawn), nil when no box does. An answer to the
  /// client may go back through the box the client's requests enter by (the gateway, or a service
  /// the client calls: the catalogue's client outputs that serve): diagrams often draw the request
  /// and not the reply; a box of another kind that the client points at (a re-ranker, a log) is
  /// no request's entry, so that arrow carries nothing to the client. A kind in both lists is no
  /// flow of its own: "index or embedding service → index or batch job" holds from an index to a
  /// batch job, not from one index box to another. A match along arrows as drawn is preferred.
  func flowMatch(from: [String], to: [String]) -> [ReadBack]? {
    if from.contains(where: to.contains) {
      var found: [ReadBack]?
      for f in from {
        let rest = to.filter { $0 != f }
        guard !rest.isEmpty, let match = flowMatch(from: [f], to: rest) else { continue }
        if match.isEmpty { return match }
        found = found ?? match
      }
      return found
    }
    let targets = nodes(ofAny: to)
    let starts = positions(ofAny: from).map { nodeOfBox[$0] }
    // "Training job, retrained weekly", "Airflow DAG that trains": a box that starts the work of
    // another kind and does that work itself holds the flow between them within it. Only a kind
    // that starts work (`startingKinds`); data drawn in one box moves along no arrow, so a
    // "Retrieve and rank" box is no flow from candidate generation to the ranking.
    let startingFrom = from.filter(BoardGraph.startingKinds.contains)
    if !startingFrom.isEmpty,
      positions(ofAny: startingFrom).contains(where: { !Set(nodeKinds[nodeOfBox[$0]]).isDisjoint(with: to) })
    {
      return []
    }
    let fromClient = from.contains("client")
    let cut = isDataFlow(from: from, to: to) ? modelsCut : { $0 }
    let drawnEdges = cut(fromClient ? forwardSuccessors : requestsCut(forwardSuccessors))
    let reached = walk(from: starts, along: drawnEdges)
    if reached.intersects(targets) { return [] }
    let entries = to.contains("client") ? requestEntries : []
    if let answer = entries.first(where: { $0.answers && starts.contains($0.entry) }) {
      return [.reply(client: answer.client, entry: answer.entry)]
    }
    var entryNodes = Nodes(flags: Array(repeating: false, count: nodeCount))
    for entry in entries { entryNodes.flags[entry.entry] = true }
    if let hit = entries.first(where: { reached.flags[$0.entry] }) {
      return [.reply(client: hit.client, entry: hit.entry)]
    }
    let edges = cut(fromClient ? successors : requestsCut(successors))
    if let path = path(from: starts, along: edges, to: targets) { return lookups(along: path) }
    guard let path = path(from: starts, along: edges, to: entryNodes), let end = path.last,
      let hit = entries.first(where: { $0.entry == end })
    else { return nil }
    return lookups(along: path) + [.reply(client: hit.client, entry: hit.entry)]
  }

  /// The lookups a path reads back.
  private func lookups(along path: [Int]) -> [ReadBack] {
    zip(path, path.dropFirst()).compactMap { a, b in
      lookups.contains { $0.store == a && $0.reader == b } ? .lookup(store: a, reader: b) : nil
    }
  }

  /// The boxes the client's requests enter by, each with its client: a box of a request entry
  /// kind the client points at, and a serving box that the gateway it calls passes the request on
  /// to ("API gateway → PYMK service"). `answers`: a serving box that draws no arrow back to its
  /// caller answers the client.
  private var requestEntries: [(client: Int, entry: Int, answers: Bool)] {
    func serves(_ node: Int) -> Bool { nodeKinds[node].contains(where: BoardReader.servingKinds.contains) }
    let entryKinds = requestEntryKinds
    let drawn = forwardSuccessors
    var entries: [(client: Int, entry: Int, answers: Bool)] = []
    for (node, isClient) in nodes(ofAny: ["client"]).flags.enumerated() where isClient {
      for entry in drawn[node] where entry != node && nodeKinds[entry].contains(where: entryKinds.contains) {
        entries.append((node, entry, serves(entry) && !successors[entry].contains(node)))
        guard nodeKinds[entry].contains("api-gateway") else { continue }
        for next in drawn[entry] where next != node && serves(next) && !successors[next].contains(entry) {
          entries.append((node, next, true))
        }
      }
    }
    return entries
  }

  /// Kinds a client's request enters by: those of the catalogue's client outputs that serve or
  /// are the gateway (the gateway, an inference service, candidate generation).
  private var requestEntryKinds: Set<String> {
    Set(catalogue.kind("client")?.outputs ?? []).intersection(BoardGraph.lookerKinds)
  }

  /// The arrows as drawn: `successors` without the lookups read back.
  private var forwardSuccessors: [[Int]] {
    guard !lookups.isEmpty else { return successors }
    var edges = successors
    for lookup in lookups {
      if let i = edges[lookup.store].firstIndex(of: lookup.reader) { edges[lookup.store].remove(at: i) }
    }
    return edges
  }

  /// The id of a node, for a message.
  func id(ofNode node: Int) -> String { nodeIDs[node] }

  /// The edges less the user's requests: an arrow from a box read as the client (and as no
  /// serving step) into a serving box or the gateway carries a query, not what came before the client. A flow that does not
  /// start at the client never passes through it that way ("video log → training → … → results →
  /// Client → Search API → text index" is no flow from the data to the index), while the feedback
  /// the client writes into a log or a stream still carries on.
  private func requestsCut(_ edges: [[Int]]) -> [[Int]] {
    edges.indices.map { node in
      guard nodeKinds[node].contains("client"), !nodeKinds[node].contains(where: BoardReader.servingKinds.contains)
      else { return edges[node] }
      return edges[node].filter { !nodeKinds[$0].contains(where: BoardGraph.lookerKinds.contains) }
    }
  }

  /// Whether a flow carries data: from kinds that hold or move data (`BoardReader.dataKinds`,
  /// less training) to anything but the model registry.
  private func isDataFlow(from: [String], to: [String]) -> Bool {
    !to.contains("model-registry")
      && from.allSatisfy { $0 != "training-pipeline" && BoardReader.dataKinds.contains($0) }
  }

  /// The edges less those out of a box read as the model registry and as no data kind: the
  /// registry hands on models, not data (FACTS.md: it stores model artifacts), so "click log →
  /// training → registry → query encoder → index" is no flow from the data to the index.
  private func modelsCut(_ edges: [[Int]]) -> [[Int]] {
    edges.indices.map { node in
      nodeKinds[node].contains("model-registry") && !nodeKinds[node].contains(where: BoardReader.dataKinds.contains)
        ? [] : edges[node]
    }
  }

  /// A shortest path of nodes from one of the starts (along one arrow or more) to a target.
  private func path(from starts: [Int], along edges: [[Int]], to targets: Nodes) -> [Int]? {
    var parent = Array(repeating: -2, count: nodeCount)
    var queue: [Int] = []
    for start in starts {
      for next in edges[start] where parent[next] == -2 {
        parent[next] = start
        queue.append(next)
      }
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      if targets.flags[node] {
        var path = [node]
        var at = node
        while parent[at] >= 0 {
          at = parent[at]
          path.append(at)
          if starts.contains(at) { break }
        }
        return path.reversed()
      }
      for next in edges[node] where parent[next] == -2 {
        parent[next] = node
        queue.append(next)
      }
    }
    return nil
  }

  /// Kinds that start another kind's work rather than hand it data (FACTS.md: the retraining
  /// trigger is a schedule, a drift alert or continual learning; the orchestrator runs the jobs).
  static let startingKinds: Set<String> = ["retraining-trigger", "orchestration"]

  /// Whether two boxes are joined by an arrow in either direction.
  func adjacent(_ a: String, _ b: String) -> Bool {
    guard let x = nodeByID[a], let y = nodeByID[b] else { return false }
    return successors[x].contains(y) || predecessors[x].contains(y)
  }

  /// Entries that count as any of the kinds, in increasing order.
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

  /// The step a flow is discussed in: its target's, unless the target belongs to the requirements
  /// (the client: what reaches it is the answer served), then its source's.
  func step(ofFlowFrom from: String, to: String) -> Step {
    let target = step(of: to)
    return target == .requirements ? step(of: from) : target
  }
}
