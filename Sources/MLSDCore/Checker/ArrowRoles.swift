// Arrows whose labels name a step of the model's way to users, read once every box has its
// reading: a check of the model offline written on the arrow out of training ("if AUC up", "gate
// vs prod") is the model evaluation, and an experiment written on the arrow into what serves
// ("A/B test 10%") is the A/B test, each a component between the arrow's two ends (FACTS.md:
// evaluation gates promotion; A/B testing splits traffic between model versions). A canary, a
// shadow or an interleaving written there is a way of testing in production, which FACTS.md lists
// beside the A/B test and the catalogue names A/B testing: it counts as that (a plain "rollout" does
// not: it says how the version ships, not that it is tried).

enum ArrowRoles {
  /// Boxes that serve a model, where a new version arrives.
  static let serving: Set<String> = [
    "inference-service", "ranking", "embedding-service", "candidate-generation", "re-ranking", "batch-prediction",
  ]
  /// Where a trained model goes once it passes its check.
  static let promoted: Set<String> = serving.union(["model-registry"])
  /// Where a version that is tried on users comes from: the hand-off of a model, or the front door
  /// that splits the requests.
  static let versionSide: Set<String> = [
    "model-registry", "training-pipeline", "model-evaluation", "api-gateway", "client",
  ]
  /// Words of a rollout that is no test in production: the reasons that quote only them do not
  /// make one ("staged rollout").
  static let rolloutWords = ["rollout", "roll out"]

  /// The arrows read as model evaluation or A/B testing, with the words that say so.
  static func read(board: Board, boxes: [BoxReading], catalogue: Catalogue) -> [ArrowReading] {
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() { index[box.id] = i }
    func counts(_ i: Int, _ wanted: Set<String>) -> Bool { boxes[i].counted.contains { wanted.contains($0.kind) } }
    var found: [ArrowReading] = []
    for (a, arrow) in board.arrows.enumerated() {
      guard let label = arrow.label, !label.isEmpty, let from = index[arrow.from], let to = index[arrow.to], from != to
      else { continue }
      if counts(from, ["training-pipeline"]), !counts(from, ["model-evaluation"]), counts(to, promoted),
        !counts(to, ["model-evaluation"]), let phrase = evaluation(label, catalogue: catalogue)
      {
        found.append(ArrowReading(arrow: a, kind: "model-evaluation", phrase: phrase))
      }
      if counts(from, versionSide), counts(to, serving), !counts(from, ["ab-testing"]), !counts(to, ["ab-testing"]),
        let phrase = experiment(label, catalogue: catalogue)
      {
        found.append(ArrowReading(arrow: a, kind: "ab-testing", phrase: phrase))
      }
    }
    return found
  }

  /// The words of a label that name an offline check of a model: a name or hint word of model
  /// evaluation ("gate", "eval", "backtest"), or an offline metric by name ("recall@10", "AUC").
  static func evaluation(_ label: String, catalogue: Catalogue) -> String? {
    if let item = catalogue.recognizer.read(label: label, detail: nil).first(where: { $0.kind == "model-evaluation" }),
      let reason = item.reasons.first(where: { $0.contains("'") })
    {
      return quoted(reason)
    }
    for sentence in NoteSentence.sentences(label) {
      if let cue = MetricCues.offline.first(where: { $0.holds(in: sentence) }) {
        return cue.hits(in: sentence).first.map { sentence.words[$0].map(\.stem).joined(separator: " ") } ?? label
      }
    }
    return nil
  }

  /// The words of a label that name a test in production: a name of A/B testing (an experiment,
  /// a canary, a shadow, an interleaving) or a share of the traffic, not a plain rollout.
  static func experiment(_ label: String, catalogue: Catalogue) -> String? {
    guard let item = catalogue.recognizer.read(label: label, detail: nil).first(where: { $0.kind == "ab-testing" })
    else { return nil }
    let said = item.reasons.filter { reason in
      (reason.hasPrefix("named") || reason.hasSuffix("a share of the traffic"))
        && !rolloutWords.contains { reason.contains($0) }
    }
    return said.first.map(quoted)
  }

  /// The phrase a reason quotes ("named 'a b test'": "a b test").
  static func quoted(_ reason: String) -> String {
    let parts = reason.split(separator: "'", omittingEmptySubsequences: false)
    return parts.count >= 3 ? String(parts[1]) : reason
  }
}
