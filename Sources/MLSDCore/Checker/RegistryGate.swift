// A model registry whose detail line names the offline check a model passes to enter it ("gate:
// log loss on the last day", "promote only if ROC-AUC beats production") is also the model
// evaluation, when no other box and no arrow is read as that: FACTS.md's continual learning
// pipeline evaluates a fine-tuned model before it is deployed via the registry, and the corpus's
// labelling policy gives a box a second role FACTS.md draws when it performs it and no other box
// does. It runs after `ArrowRoles`, so that a check written on the arrow into the registry keeps
// the evaluation on the arrow.

enum RegistryGate {
  /// Adds model evaluation to the registry that names its gate, when nothing else evaluates.
  static func add(to boxes: inout [BoxReading], board: Board, arrows: [ArrowReading], catalogue: Catalogue) {
    let evaluation = "model-evaluation"
    guard !arrows.contains(where: { $0.kind == evaluation }),
      !boxes.contains(where: { box in box.counted.contains { $0.kind == evaluation } })
    else { return }
    for i in boxes.indices where board.boxes[i].kind == nil {
      guard boxes[i].counted.contains(where: { $0.kind == "model-registry" }),
        let detail = board.boxes[i].detail, gates(detail),
        let phrase = ArrowRoles.evaluation(detail, catalogue: catalogue)
      else { continue }
      boxes[i].counted.append(
        KindEvidence(
          kind: evaluation, score: KindRecognizer.aliasScore,
          reasons: ["a registry whose detail names the check a model passes to enter it ('\(phrase)')"], named: true))
      boxes[i].guesses.removeAll { $0.kind == evaluation }
      return
    }
  }

  /// Words that make a check the condition for entering: a gate, or a condition that a model
  /// passes ("only if", "must beat"). Metrics a registry keeps ("eval metrics", "AUC per run")
  /// are records, no gate.
  static let conditionWords: Set<String> = [
    "gate", "gates", "gated", "gating", "if", "unless", "beat", "beats", "must",
  ]

  /// Whether `detail` says a model passes a check to enter.
  static func gates(_ detail: String) -> Bool {
    AliasMatcher.words(detail).contains { conditionWords.contains($0) }
  }
}
