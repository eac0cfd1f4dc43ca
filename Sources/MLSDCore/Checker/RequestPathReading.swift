// Two readings of the request's path, made once every box has its first reading and before the
// second roles. A "frontend" the app calls is the server side's front door, not a second client: a box its words
// read as the client ("Search frontend"), that a box read as the client calls and that passes the
// request on (to a step not read yet, or to serving: an encoder, an index, candidate generation, a
// ranker, an inference service), is the API gateway. The caller is the one whose other arrows go
// only to logs and data, so the app that the answers come back to stays the client. And a step its
// words read as batch ETL ("Query preprocessing") that the client or the gateway feeds and that
// feeds serving, with no data feeding it, works on each request: it is no batch job (FACTS.md:
// the query is normalised and tokenised on its way to the text encoder; no kind of its own).

enum RequestPathReading {
  /// Where a front door passes the request on: serving steps, read or not.
  static let requestPath: Set<String> = [
    "inference-service", "candidate-generation", "ranking", "embedding-service", "vector-index",
    "text-search-index",
  ]

  /// The first words of the reason a box counts as the gateway by this rule.
  static let reason = "the client calls it and it passes the request on: the front door, not the client"

  /// The reason a box the client calls counts as the retrieval: it takes the index's nearest items.
  static let retrievalReason =
    "the client calls it and it takes the index's nearest items, as its words say: the retrieval step"

  /// A box no word reads, taken as the inference service from its place alone, between the
  /// retrieval step a turned box became and the client, is what the list passes through on its
  /// way to the page: the filters of re-ranking ("Same destination, available for the dates").
  static func filterAfter(_ i: Int, in boxes: inout [BoxReading], board: Board, outgoing: [[Int]]) {
    for j in outgoing[i] where j != i && board.boxes[j].kind == nil {
      guard boxes[j].kinds == ["inference-service"], boxes[j].counted.allSatisfy({ !$0.named && !$0.hinted }),
        outgoing[j].contains(where: { boxes[$0].kinds.contains("client") })
      else { continue }
      let place = boxes[j].counted
      boxes[j].counted = [KindEvidence(kind: "re-ranking", score: KindRecognizer.countedScore, reasons: [filterReason])]
      boxes[j].placeNotes = [:]
      boxes[j].guesses.removeAll { $0.kind == "re-ranking" }
      boxes[j].guesses.insert(contentsOf: place, at: 0)
    }
  }

  static let filterReason = "the retrieval's list passes through it on its way to the client: the filters"

  /// What a batch job is fed by: the data, not a request.
  static let dataSide: Set<String> = [
    "data-source", "stream-ingestion", "stream-processing", "data-lake", "object-storage", "offline-feature-store",
    "batch-etl", "labelling", "prediction-logging",
  ]

  /// The boxes read as batch ETL alone that work on each request instead: fed by the client or the
  /// gateway and by no data, feeding serving.
  static func requestSteps(kinds: [Set<String>], declared: [Bool], incoming: [[Int]], outgoing: [[Int]]) -> [Int] {
    kinds.indices.filter { i in
      !declared[i] && kinds[i] == ["batch-etl"]
        && incoming[i].contains { !kinds[$0].isDisjoint(with: ["client", "api-gateway"]) }
        && !incoming[i].contains { !kinds[$0].isDisjoint(with: dataSide) }
        && outgoing[i].contains { !kinds[$0].isDisjoint(with: requestPath) }
    }
  }

  /// The boxes to read as the gateway, given each box's kinds so far (`declared`: boxes whose kind
  /// is declared, left as they are).
  static func turned(kinds: [Set<String>], declared: [Bool], incoming: [[Int]], outgoing: [[Int]]) -> [Int] {
    let clients = kinds.indices.filter { kinds[$0].contains("client") }
    func passesOn(_ i: Int, besides other: Int) -> Bool {
      outgoing[i].contains { o in
        o != other && o != i && (kinds[o].isEmpty || !kinds[o].isDisjoint(with: requestPath))
      }
    }
    return clients.filter { i in
      guard !declared[i], kinds[i] == ["client"] else { return false }
      let callers = incoming[i].filter { c in c != i && clients.contains(c) && !passesOn(c, besides: i) }
      return !callers.isEmpty && passesOn(i, besides: callers[0])
    }
  }

  /// Replaces the client reading of each such box with the API gateway (`boxes` index-aligned
  /// with `board.boxes`).
  static func apply(to boxes: inout [BoxReading], board: Board, incoming: [[Int]], outgoing: [[Int]]) {
    let turned = turned(
      kinds: boxes.map(\.kinds), declared: board.boxes.map { $0.kind != nil }, incoming: incoming, outgoing: outgoing)
    let indexes: Set<String> = ["vector-index", "text-search-index"]
    for i in turned {
      let client = boxes[i].counted.filter { $0.kind == "client" }
      boxes[i].counted.removeAll { $0.kind == "client" }
      // "Nearest hotels to the one viewed", fed by the index: a step the client calls that takes
      // the index's nearest items, whose words hint at the index, is the retrieval, not the door.
      let retrieves =
        incoming[i].contains { $0 != i && !boxes[$0].kinds.isDisjoint(with: indexes) }
        && boxes[i].guesses.contains { indexes.contains($0.kind) }
      let kind = retrieves ? "candidate-generation" : "api-gateway"
      boxes[i].counted.insert(
        KindEvidence(
          kind: kind, score: KindRecognizer.aliasScore, reasons: [retrieves ? retrievalReason : reason], named: true),
        at: 0)
      boxes[i].guesses.removeAll { $0.kind == kind }
      if retrieves { filterAfter(i, in: &boxes, board: board, outgoing: outgoing) }
      boxes[i].guesses.insert(contentsOf: client, at: 0)
    }
  }
}
