// The model registry's role drawn without a registry: the way a trained model reaches what serves
// it. The registry is the versioned place the served model comes from, so that a bad release goes
// back to the last good one (FACTS.md: the continual learning pipeline deploys via the registry;
// the canonical pipeline's inference fetches its weights from it). Many answers and write-ups draw
// that way as arrows instead: training → an offline gate → a shadow run → the model server. Such a
// design has said how a model gets to serving, and leaves implicit only where its versions are
// kept; one with no way at all from training to serving has not said it. ComponentRules reports
// the first as a warning that names the path, the second as the missing component it is.

enum DeployPath {
  /// Boxes a trained model passes on its way to serving: other training, its offline check, the
  /// experiment or shadow run, the run records, a compression step.
  static let handOff: Set<String> = [
    "training-pipeline", "model-evaluation", "ab-testing", "experiment-tracking", "compression",
  ]

  /// Kinds of a box that keeps or moves data: an arrow out of it carries data, not a model.
  static let holdsData: Set<String> = BoardReader.dataKinds.subtracting(["training-pipeline"]).union([
    "online-feature-store", "cache", "vector-index", "text-search-index",
  ])

  /// The ids along which a trained model reaches a box that serves it: from a box that trains
  /// (and keeps or moves no data: the arrow out of a feature store read as training carries
  /// features), through boxes of `handOff` kinds, or of no kind and no guess but those ("Deploy";
  /// an unread box its place guesses is a serving stage is no step of the model's way), along
  /// arrows as drawn, to a box of a serving kind that is no hand-off (a check named "retrieval
  /// tests" serves nothing). Nil when no such path is drawn.
  /// A bare arrow from training into the box that serves says nothing of how a model is checked
  /// or promoted: the way must pass a step between them that is no other training.
  static func path(in graph: BoardGraph) -> [String]? {
    guard let found = way(in: graph) else { return nil }
    let between = found.dropFirst().dropLast()
    guard between.contains(where: { graph.reading.box($0)?.kinds != ["training-pipeline"] }) else { return nil }
    return found
  }

  private static func way(in graph: BoardGraph) -> [String]? {
    graph.path(
      from: { kinds in kinds.contains("training-pipeline") && !kinds.contains(where: holdsData.contains) },
      to: { kinds in
        kinds.contains(where: BoardReader.servingKinds.contains) && !kinds.contains(where: handOff.contains)
      },
      through: { id, kinds in
        guard kinds.isEmpty else { return kinds.allSatisfy(handOff.contains) }
        let guesses = graph.reading.box(id)?.guesses.map(\.kind) ?? []
        return guesses.allSatisfy { handOff.contains($0) || $0 == "model-registry" }
      })
  }

  /// The path in words: "'Daily fine-tune' → 'Offline gate' → 'Harm classifier'".
  static func describe(_ path: [String], _ graph: BoardGraph) -> String {
    path.map { FlowRules.label(of: $0, graph) }.joined(separator: " → ")
  }

  /// What the warning asks for: where the versions live and what a rollback returns to.
  static func hint(examples: String) -> String {
    "Say where the model's versions are kept and what a rollback goes back to: add a box for it on that path"
      + (examples.isEmpty ? "" : " (for example \(examples))")
      + ", which serving loads a version from and which keeps the last good one."
  }
}
