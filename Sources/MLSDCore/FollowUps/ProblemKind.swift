// The kind of ML problem a design solves, as its framing states it: a follow-up about rare
// positives and predicted probabilities fits a classifier, not a delivery-time regression nor a
// contrastive retrieval model. Read from the board's framing notes (then its model notes) when
// they name a kind, else from the template's own framing (its reference design's notes); a
// negated name ("not a classifier") names nothing. Nil when neither says: a follow-up's `task`
// condition then holds.

public enum ProblemKind: String, CaseIterable, Hashable, Sendable {
  case classification, regression, ranking, retrieval, detection

  /// Ways of naming each kind, as NoteCue patterns.
  static let cues: [ProblemKind: [NoteCue]] = [
    .classification: [
      NoteCue("classification", "classification|classifier|classify|classified|classif|logistic"),
      NoteCue("classification", "binary|multiclass|multilabel"),
      NoteCue("classification", "multi class|label"),
      NoteCue("classification", "probability|probabilities|propensity|pctr"),
      NoteCue("classification", "detection|detector & !object|bounding|box|face|plate|pedestrian"),
    ],
    // A regression head ("a regression head for dwell time") is one output of a multi-task
    // model, not the problem's kind (nor is a regression beside a multi-task model's classifiers:
    // `named(in:)`).
    .regression: [
      NoteCue("regression", "regression|regressor|regress & !logistic & !head|heads"),
      NoteCue("regression", "forecast|forecasting"),
    ],
    .ranking: [
      NoteCue("ranking", "rank|ranking|ranked|ranker|rerank"),
      NoteCue("ranking", "recommendation|recommender|recommend"),
      NoteCue("ranking", "sorted|ordered by"),
    ],
    .retrieval: [
      NoteCue("retrieval", "retrieval|retrieve|retriever"),
      NoteCue("retrieval", "representation|metric|contrastive learning"),
      NoteCue("retrieval", "contrastive"),
      NoteCue("retrieval", "nearest|approximate neighbour|neighbor|neighbours|neighbors"),
      NoteCue("retrieval", "similarity search"),
      NoteCue("retrieval", "two tower"),
      NoteCue("retrieval", "embedding|vector space"),
    ],
    .detection: [
      NoteCue("detection", "object detection|detector"),
      NoteCue("detection", "bounding box"),
    ],
  ]

  /// The kinds a text names, nil when it names none.
  static func named(in text: String) -> Set<ProblemKind>? {
    let sentences = NoteSentence.sentences(text)
    var kinds = Set<ProblemKind>()
    for kind in allCases {
      let found = (cues[kind] ?? []).contains { cue in sentences.contains { cue.holds(in: $0) } }
      if found { kinds.insert(kind) }
    }
    // Detection regresses its boxes' coordinates: that is part of detecting, not a number the
    // product shows.
    if kinds.contains(.detection) { kinds.remove(.regression) }
    // A multi-task model whose outputs are classifiers and a regression ("Multi-task binary
    // classif: P(click), P(like) + dwell time regression") classifies: the regression is one head.
    let lower = text.lowercased()
    if kinds.contains(.classification),
      ["multi-task", "multitask", "multi task", "mtl "].contains(where: { lower.contains($0) })
    {
      kinds.remove(.regression)
    }
    return kinds.isEmpty ? nil : kinds
  }

  /// The kinds the template's own framing names (its reference notes), nil when it names none.
  public static func stated(by template: Template?) -> Set<ProblemKind>? {
    guard let template else { return nil }
    return named(in: template.reference.notes[.framing])
  }

  /// The kinds of the board's problem: its framing notes, then its model notes, then the template's.
  static func of(_ notes: StepNotes, template: Set<ProblemKind>?) -> Set<ProblemKind>? {
    named(in: notes[.framing]) ?? named(in: notes[.model]) ?? template
  }
}
