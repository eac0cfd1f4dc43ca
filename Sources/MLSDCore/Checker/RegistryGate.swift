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

  /// Adds model evaluation to a box no word reads whose label is a condition on an offline metric
  /// ("Recall >= 99% per region, mAP not worse") and that hands its output to the model registry:
  /// the gate between training and the registry, drawn as a box of its own (FACTS.md: "evaluate →
  /// deploy via model registry"), when nothing else evaluates.
  static func addGateBox(to boxes: inout [BoxReading], board: Board, arrows: [ArrowReading], catalogue: Catalogue) {
    let evaluation = "model-evaluation"
    guard !arrows.contains(where: { $0.kind == evaluation }),
      !boxes.contains(where: { box in box.counted.contains { $0.kind == evaluation } })
    else { return }
    let registries = Set(
      board.boxes.indices.filter { i in boxes[i].counted.contains { $0.kind == "model-registry" } }.map {
        board.boxes[$0].id
      })
    for i in board.boxes.indices where board.boxes[i].kind == nil && boxes[i].counted.isEmpty {
      let box = board.boxes[i]
      guard board.arrows.contains(where: { $0.from == box.id && registries.contains($0.to) }),
        states(box.label), let phrase = ArrowRoles.evaluation(box.label, catalogue: catalogue)
      else { continue }
      boxes[i].counted.append(
        KindEvidence(
          kind: evaluation, score: KindRecognizer.aliasScore,
          reasons: ["a condition on an offline metric ('\(phrase)') that a model passes into the registry"],
          named: true))
      boxes[i].guesses.removeAll { $0.kind == evaluation }
      return
    }
  }

  /// Signs and words that make a label a condition: a comparison ("Recall >= 99%", "AUC > prod",
  /// "not worse") or a word of `conditionWords`.
  static let comparisonSigns: [String] = [">=", "<=", "≥", "≤", ">", "<"]
  static let comparisonWords: Set<String> = ["worse", "better", "exceeds", "exceed", "above", "below"]

  /// Whether `label` states a condition.
  static func states(_ label: String) -> Bool {
    comparisonSigns.contains { label.contains($0) } || gates(label)
      || AliasMatcher.words(label).contains { comparisonWords.contains($0) }
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
