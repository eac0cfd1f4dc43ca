// A box no word reads, that the request reaches (from the client or the gateway), that reads a
// store of the items and hands its output to the ranker, is the step that picks the ranker's
// candidates: FACTS.md's event recommendation filters the events (location, the user's filters)
// before the ranking service, and every multi-stage design retrieves before it ranks. It is
// candidate generation ("PostGIS: events within 25 km" between the gateway and the ranker).

enum RequestFilterStep {
  /// What calls the step with the request.
  static let callers: Set<String> = ["client", "api-gateway"]

  /// Stores of the items it may read.
  static let itemStores: Set<String> = [
    "data-source", "data-lake", "online-feature-store", "object-storage", "cache",
  ]

  static let reason = "the request reaches it and it hands the ranker what it picked from the items' store"

  static func apply(to boxes: inout [BoxReading], board: Board, incoming: [[Int]], outgoing: [[Int]]) {
    let kinds = boxes.map(\.kinds)
    for i in boxes.indices where board.boxes[i].kind == nil && boxes[i].counted.isEmpty {
      guard incoming[i].contains(where: { $0 != i && !kinds[$0].isDisjoint(with: callers) }),
        incoming[i].contains(where: { $0 != i && !kinds[$0].isDisjoint(with: itemStores) }),
        outgoing[i].contains(where: { $0 != i && kinds[$0].contains("ranking") })
      else { continue }
      boxes[i].counted.append(
        KindEvidence(kind: "candidate-generation", score: KindRecognizer.countedScore, reasons: [reason]))
      boxes[i].guesses.removeAll { $0.kind == "candidate-generation" }
    }
  }
}
