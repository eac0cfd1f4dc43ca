// A recommended component whose work a drawn box of another kind does, as that box's own words
// say: the encoder inside a model ("Two-tower retrieval" over "user tower at request time"; FACTS.md:
// the two-tower network is the model, its towers embed), and the features logged where the model
// answers, which training reads as its offline features (FACTS.md: "log features at inference time").
// So is the schedule of training as the board shows it outside the trainer's own words: a data
// job whose words name the scheduler it runs on ("Spark on Airflow": a technology by name, a strong
// sign) and whose run reaches training is the orchestration; a trainer in a group whose title says
// a cadence ("Offline - weekly": weaker, the group's boxes may run at other times) is retrained on
// that schedule (FACTS.md: retraining trigger = scheduled retraining).
// The recommendation is met and names that box; the box is not read as the kind (the corpus labels
// such a box by its own role), and the notes alone draw nothing. A required component is drawn.

enum InsideRoles {
  /// Kinds whose work runs a model on items at request time or ahead of it: an encoder may be
  /// a part of them.
  static let modelRunners: Set<String> = ["candidate-generation", "ranking", "inference-service", "batch-prediction"]

  /// Words that name an encoder inside a model ("user tower", "CLIP + XLM-R encoders").
  static let encoderWords: Set<String> = ["encoder", "encoders", "enc", "tower", "towers", "embedder"]

  /// Words that name features.
  static let featureWords: Set<String> = ["feature", "features", "feat", "feats"]

  /// The box whose words say it does `kind`'s work, with the reason; nil when none does.
  static func box(doing kind: String, in graph: BoardGraph) -> (id: String, reason: String)? {
    let board = graph.board
    for (i, box) in board.boxes.enumerated() {
      let kinds = graph.kinds(ofBoxAt: i)
      guard !kinds.contains(kind) else { continue }
      let words = AliasMatcher.words((box.label + " " + (box.detail ?? "")).lowercased())
      let label = Sanitizer.visible(box.label)
      switch kind {
      case "embedding-service":
        guard !kinds.isDisjoint(with: modelRunners) else { continue }
        let technologies = encoderTechnologies(graph.catalogue)
        guard
          let word = words.first(where: encoderWords.contains)
            ?? technologies.first(where: { name in contains(words, name) })?.joined(separator: " ")
        else { continue }
        return (box.id, "'\(label)' runs the encoder inside ('\(word)')")
      case "offline-feature-store":
        guard kinds.contains("prediction-logging"), words.contains(where: featureWords.contains),
          reachesTraining(box.id, graph)
        else { continue }
        return (box.id, "'\(label)' logs the features served and training reads them")
      case "orchestration":
        guard !kinds.isDisjoint(with: SecondRoles.preparation), reachesTraining(box.id, graph),
          let name = schedulers(graph.catalogue).first(where: { contains(words, $0) })
        else { continue }
        return (box.id, "'\(label)' runs on the scheduler its words name ('\(name.joined(separator: " "))')")
      case "retraining-trigger":
        guard kinds.contains("training-pipeline"), let group = board.group(containing: box.id) else { continue }
        let title = group.title.lowercased()
        guard let word = SecondRoles.scheduleWords.first(where: { title.contains($0) }) else { continue }
        return (
          box.id,
          "'\(label)' sits in the group '\(Sanitizer.visible(group.title))', whose title says when it runs"
            + " ('\(word.trimmingCharacters(in: .whitespaces))')"
        )
      default:
        continue
      }
    }
    return nil
  }

  /// How a design shows that a box of another kind does the work, for the hint of the missing
  /// component; nil for a kind no other box does.
  static func alternative(for kinds: [String]) -> String? {
    if kinds.contains("embedding-service") {
      return "or, if a model box runs the encoder inside, name it in that box's label or detail line (a tower, CLIP...)"
    }
    if kinds.contains("offline-feature-store") {
      return "or log the features served where the model answers, and build the training rows from that log"
    }
    return nil
  }

  /// Whether training is reached from the box along arrows.
  static func reachesTraining(_ id: String, _ graph: BoardGraph) -> Bool {
    graph.reachable(from: [id]).intersects(graph.nodes(ofAny: ["training-pipeline"]))
  }

  /// The orchestration's technology names (written with a capital letter: "Airflow"), as words.
  static func schedulers(_ catalogue: Catalogue) -> [[String]] {
    let aliases = catalogue.kind("orchestration")?.aliases ?? []
    return aliases.filter { $0.first?.isUppercase == true }.map { AliasMatcher.words($0.lowercased()) }
  }

  /// The embedding service's technology names (written with a capital letter: "CLIP"), as words.
  static func encoderTechnologies(_ catalogue: Catalogue) -> [[String]] {
    let aliases = catalogue.kind("embedding-service")?.aliases ?? []
    return aliases.filter { $0.first?.isUppercase == true }.map { AliasMatcher.words($0.lowercased()) }
  }

  static func contains(_ words: [String], _ name: [String]) -> Bool {
    guard !name.isEmpty, words.count >= name.count else { return false }
    return (0...(words.count - name.count)).contains { Array(words[$0..<($0 + name.count)]) == name }
  }
}
