// A box named only by a library that trains models ("CatBoost", "XGBoost", "LightGBM") reads as the
// training pipeline by that name. When the model registry hands it the model and it hands its
// output on to re-ranking or to the client, it is where that model answers requests: a trainer
// sends its model to the registry, it is not fed by it (FACTS.md: "deploy via model registry",
// the ranking service of the prediction pipeline). Such a box is the ranker when its neighbours
// are the steps around a ranker (candidate generation, an index, re-ranking), else the online
// inference service (the corpus's policy, R6). Hint words that gave it a weak reading of another
// kind ("weekday match" hinting at retrieval) say what its features are, not what it is.

enum ServedModel {
  /// The steps that take a ranker's list or give it its candidates.
  static let rankerNeighbours: Set<String> = [
    "candidate-generation", "vector-index", "text-search-index", "re-ranking",
  ]

  /// Where a served model's output goes.
  static let servedTo: Set<String> = ["re-ranking", "client", "api-gateway", "enforcement-service"]

  static func apply(to boxes: inout [BoxReading], board: Board, incoming: [[Int]], outgoing: [[Int]]) {
    let kinds = boxes.map(\.kinds)
    for i in boxes.indices where board.boxes[i].kind == nil {
      // The library's name is its only evidence: "LightGBM training" or "XGBoost trainer" train.
      guard let training = boxes[i].counted.first(where: { $0.kind == "training-pipeline" }), training.named,
        !training.hinted, training.reasons.count == 1, training.reasons[0].hasPrefix("named '"),
        incoming[i].contains(where: { kinds[$0].contains("model-registry") }),
        outgoing[i].contains(where: { o in o != i && !kinds[o].isDisjoint(with: servedTo) })
      else { continue }
      let around = (incoming[i] + outgoing[i]).filter { $0 != i }
      let ranks = around.contains { !kinds[$0].isDisjoint(with: rankerNeighbours) }
      let kind = ranks ? "ranking" : "inference-service"
      let reason =
        "the model registry hands it the model and it answers on (\(ranks ? "to the steps around a ranker" : "to serving")): the library names the model it runs"
      let weak = boxes[i].counted.filter { $0.kind != "training-pipeline" && !$0.named && $0.kind != kind }
      boxes[i].counted.removeAll { $0.kind == "training-pipeline" || ($0.kind != kind && !$0.named) }
      if !boxes[i].counted.contains(where: { $0.kind == kind }) {
        boxes[i].counted.insert(
          KindEvidence(kind: kind, score: KindRecognizer.aliasScore, reasons: [reason], named: true), at: 0)
      }
      boxes[i].guesses.removeAll { $0.kind == kind }
      boxes[i].guesses.insert(contentsOf: [training] + weak, at: 0)
    }
  }
}
