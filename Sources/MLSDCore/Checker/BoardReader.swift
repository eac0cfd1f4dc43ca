// Reads what each box of a board is, as an interviewer would: its own words first
// (`KindRecognizer`), then its place in the drawing. A box fed by the model registry and the online
// feature store that answers the client is the serving box, whatever its name; a box that nothing
// feeds and that feeds the event stream is a data source. An arrow labelled "served scores" from
// the serving box back into the data carries logged predictions, so it counts as that logging.

/// How the checker read one box: the kinds it counts as and why, and what it might be.
public struct BoxReading: Hashable, Sendable {
  public var boxID: String
  public var label: String
  /// The catalogue kind the box declares, if any.
  public var declared: String?
  /// The kinds the box counts as, with the evidence for each, strongest first.
  public var counted: [KindEvidence]
  /// Kinds with some evidence, too little to count: what to suggest to the user.
  public var guesses: [KindEvidence]

  public var kinds: Set<String> { Set(counted.map(\.kind)) }
}

/// An arrow whose label says what it carries, read as a component of its own between its ends.
public struct ArrowReading: Hashable, Sendable {
  /// Position of the arrow in board.arrows.
  public var arrow: Int
  public var kind: String
  /// The words of the label that say so.
  public var phrase: String

  /// The id the checker gives the arrow where a finding lists boxes.
  public var id: String { "arrow:\(arrow)" }
}

public struct BoardReading: Hashable, Sendable {
  /// Index-aligned with board.boxes.
  public var boxes: [BoxReading]
  public var arrows: [ArrowReading]

  public init(boxes: [BoxReading] = [], arrows: [ArrowReading] = []) {
    self.boxes = boxes
    self.arrows = arrows
  }

  /// How a box was read, by id.
  public func box(_ id: String) -> BoxReading? { boxes.first { $0.boxID == id } }

  /// Every kind some box or arrow counts as.
  public var allKinds: Set<String> { Set(boxes.flatMap(\.kinds) + arrows.map(\.kind)) }
}

enum BoardReader {
  /// Kinds an arrow's label can stand in for: data that flows, not a service that runs.
  static let carriedKinds: Set<String> = ["prediction-logging", "labelling", "retraining-trigger", "model-registry"]
  /// Boxes that produce what is served; logged predictions leave one of these.
  static let servingKinds: Set<String> = [
    "inference-service", "batch-prediction", "ranking", "re-ranking", "candidate-generation", "embedding-service",
  ]
  /// Where logged predictions are kept or carried on towards training.
  static let dataKinds: Set<String> = [
    "stream-ingestion", "data-lake", "batch-etl", "stream-processing", "offline-feature-store", "training-pipeline",
    "labelling", "object-storage", "data-source", "prediction-logging",
  ]
  /// Structure adds at most this much to a kind its words do not back, so that it reads a box
  /// whose words say little.
  static let structureCap = 2

  /// - Parameters:
  ///   - evidence: each box's evidence from its own text, index-aligned with board.boxes (as
  ///     `Catalogue.evidence(of:)` gives it); nil reads every label.
  ///   - carried: what an arrow label carries (as `KindRecognizer.carried(by:)`); nil reads them.
  ///   - expected: kinds the board's template asks for; between kinds a box's evidence ties on,
  ///     these win (+1), as an interviewer reads a "scorer" in a recommender as its ranking stage.
  static func read(
    _ board: Board, catalogue: Catalogue, expected: Set<String> = [], evidence: [[KindEvidence]]? = nil,
    carried: ((String) -> [(kind: String, phrase: String)])? = nil
  ) -> BoardReading {
    let lexical = evidence ?? board.boxes.map { catalogue.evidence(of: $0) }
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() { index[box.id] = i }

    // First reading: declared kinds and words alone.
    var first: [Set<String>] = []
    first.reserveCapacity(board.boxes.count)
    for (i, box) in board.boxes.enumerated() {
      var kinds = Set(KindRecognizer.counted(lexical[i]).map(\.kind))
      if let declared = box.kind, catalogue.kind(declared) != nil { kinds.insert(declared) }
      first.append(kinds)
    }

    var incoming = Array(repeating: [Int](), count: board.boxes.count)
    var outgoing = incoming
    var sends = Array(repeating: [(kind: String, phrase: String)](), count: board.boxes.count)
    var arrows: [ArrowReading] = []
    for (a, arrow) in board.arrows.enumerated() {
      guard let from = index[arrow.from], let to = index[arrow.to], from != to else { continue }
      outgoing[from].append(to)
      incoming[to].append(from)
      guard let label = arrow.label, !label.isEmpty else { continue }
      let said = carried?(label) ?? catalogue.recognizer.carried(by: label)
      sends[from] += said
      for (kind, phrase) in said where carriedKinds.contains(kind) {
        // Logged predictions go from what serves back into the data, not out to the caller.
        if kind == "prediction-logging" {
          guard !first[from].isDisjoint(with: servingKinds), first[to].isEmpty || !first[to].isDisjoint(with: dataKinds)
          else { continue }
        } else if kind == "model-registry" {
          // "new encoder version" from training to what serves it is the versioned hand-off.
          guard !first[from].isDisjoint(with: ["training-pipeline", "model-evaluation"]),
            !first[to].isDisjoint(with: servingKinds)
          else { continue }
        } else if kind == "retraining-trigger" {
          // "retrain on drift" into the trainer or its scheduler starts the next training round.
          guard !first[to].isDisjoint(with: ["training-pipeline", "orchestration"]) else { continue }
        } else if first[to].contains("client") {
          continue
        }
        if !arrows.contains(where: { $0.arrow == a && $0.kind == kind }) {
          arrows.append(ArrowReading(arrow: a, kind: kind, phrase: phrase))
        }
      }
    }

    var boxes: [BoxReading] = []
    boxes.reserveCapacity(board.boxes.count)
    for (i, box) in board.boxes.enumerated() {
      var byKind: [String: KindEvidence] = [:]
      for item in lexical[i] { byKind[item.kind] = item }
      let declared = box.kind.flatMap { catalogue.kind($0) != nil ? $0 : nil }
      if let declared {
        var item = byKind[declared] ?? KindEvidence(kind: declared, score: 0, reasons: [])
        item.score += 10
        item.named = true
        item.reasons.insert("declared kind", at: 0)
        byKind[declared] = item
      }
      // Structure weighs the kinds the words name or hint at; a box whose words name nothing
      // and hint weakly at most ("Courier pings") is also read from its place alone.
      let silent = !byKind.values.contains { $0.named || $0.score > KindRecognizer.countedScore }
      let inKinds = Set(incoming[i].flatMap { first[$0] })
      let outKinds = Set(outgoing[i].flatMap { first[$0] })
      for kind in catalogue.kinds where !kind.inputs.isEmpty || !kind.outputs.isEmpty {
        let words = byKind[kind.id]
        guard silent || words?.named == true || words?.hinted == true else { continue }
        var score = 0
        var reasons: [String] = []
        if kind.inputs.contains("nothing") && incoming[i].isEmpty && !outgoing[i].isEmpty {
          score += 1
          reasons.append("nothing feeds it")
        }
        let fedBy = kind.inputs.filter { inKinds.contains($0) }
        if !fedBy.isEmpty {
          score += 1
          reasons.append("fed by " + fedBy.prefix(2).map { catalogue.kind($0)?.name ?? $0 }.joined(separator: " and "))
        }
        let feeds = kind.outputs.filter { outKinds.contains($0) }
        if !feeds.isEmpty {
          score += 1
          reasons.append("feeds " + feeds.prefix(2).map { catalogue.kind($0)?.name ?? $0 }.joined(separator: " and "))
        }
        if let said = sends[i].first(where: { $0.kind == kind.id }) {
          score += 1
          reasons.append("its arrow says '\(said.phrase)'")
        }
        guard score > 0 else { continue }
        // The place confirms what the words say (+1, +2 when it sits between what the kind
        // typically sits between), or, for a box whose words say little, reads it (up to +2).
        let backed = words?.named == true || words?.hinted == true
        let between = !fedBy.isEmpty && !feeds.isEmpty
        var merged = words ?? KindEvidence(kind: kind.id, score: 0, reasons: [])
        merged.score += min(score, backed && !between ? 1 : structureCap)
        merged.reasons += reasons
        byKind[kind.id] = merged
      }
      for place in Place.all where place.holds(i, first: first, incoming: incoming, outgoing: outgoing) {
        var item = byKind[place.kind] ?? KindEvidence(kind: place.kind, score: 0, reasons: [])
        item.score += KindRecognizer.aliasScore
        item.named = true
        item.reasons.append(place.reason)
        byKind[place.kind] = item
      }
      // Between kinds the evidence ties on, the one the template asks for wins.
      let top = byKind.values.map(\.score).max() ?? 0
      for kind in expected {
        guard var item = byKind[kind], item.hinted, !item.named, item.score == top, top >= KindRecognizer.countedScore
        else { continue }
        item.score += 1
        item.reasons.append("asked for by the template")
        byKind[kind] = item
      }
      let all = byKind.values.sorted { ($0.score, $1.kind) > ($1.score, $0.kind) }
      var counted = KindRecognizer.counted(all)
      // Read from its place alone, a box counts as a kind only when one kind fits best.
      if counted.count > 1, counted.allSatisfy({ !$0.named && !$0.hinted }) { counted = [] }
      let kinds = Set(counted.map(\.kind))
      boxes.append(
        BoxReading(
          boxID: box.id, label: box.label, declared: declared, counted: counted,
          guesses: all.filter { !kinds.contains($0.kind) }))
    }
    return BoardReading(boxes: boxes, arrows: arrows)
  }
}

/// The places an interviewer reads a box from whatever its name: what nothing feeds and feeds the
/// data is a source; what the model registry and the request feed is the serving box; what stores
/// what was served on its way back to training is prediction logging.
struct Place {
  var kind: String
  var reason: String
  /// The kinds the box may already be read as (its words) for the place to apply.
  var readAs: Set<String>
  var noInputs = false
  /// Each set: some box that feeds it counts as one of these kinds.
  var fedBy: [Set<String>] = []
  var feedsAny: Set<String> = []

  func holds(_ i: Int, first: [Set<String>], incoming: [[Int]], outgoing: [[Int]]) -> Bool {
    guard first[i].isSubset(of: readAs), !outgoing[i].isEmpty else { return false }
    if noInputs && !incoming[i].isEmpty { return false }
    let inKinds = Set(incoming[i].flatMap { first[$0] })
    guard fedBy.allSatisfy({ !$0.isDisjoint(with: inKinds) }) else { return false }
    return feedsAny.isEmpty || outgoing[i].contains { !first[$0].isDisjoint(with: feedsAny) }
  }

  static let all = [
    Place(
      kind: "data-source", reason: "nothing feeds it and it feeds the data",
      readAs: ["client", "labelling", "data-source"],
      noInputs: true, feedsAny: ["stream-ingestion", "batch-etl", "data-lake", "object-storage"]),
    Place(
      kind: "inference-service", reason: "the model registry and the request or features feed it", readAs: [],
      fedBy: [["model-registry"], ["online-feature-store", "client", "api-gateway"]]),
    Place(
      kind: "prediction-logging", reason: "it keeps what serving sent on its way back to training", readAs: [],
      fedBy: [BoardReader.servingKinds],
      feedsAny: ["training-pipeline", "data-lake", "stream-ingestion", "offline-feature-store", "batch-etl"]),
  ]
}
