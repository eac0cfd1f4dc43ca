// pitfall.no-offline-metric and pitfall.no-online-metric: do the evaluation notes name a metric
// to judge the model by before launch, and one an A/B test would move? Accuracy where positives
// are rare, or alone on a ranking task, is a finding of its own, quoting the sentence.

enum MetricRules {
  /// Kinds whose presence among a template's required components makes it a ranking task.
  static let rankingKinds: Set<String> = [
    "ranking", "re-ranking", "candidate-generation", "vector-index", "text-search-index",
  ]
  /// The steps whose notes can say that positives are rare.
  static let raritySteps: [Step] = [.requirements, .framing, .data, .model, .evaluation]

  static func checks(_ notes: StepNotes, template: Template?) -> [Check] {
    checks(ReadNotes(notes), template: template)
  }

  static func checks(_ notes: ReadNotes, template: Template?) -> [Check] {
    // Made on every board, notes or none, with the same weight: were they made only once some
    // notes exist, notes written for another step would lower the evaluation score
    // (`NotesScoreMonotonyTests`). Silence is a finding like a wrong metric.
    [offlineCheck(notes, template: template), onlineCheck(readOnline(notes))]
  }

  // MARK: offline

  enum OfflineReading: Equatable {
    /// The phrasing class and the sentence that named a metric.
    case named(cue: String, sentence: NoteSentence)
    case accuracyWhereRare(accuracy: NoteSentence, rarity: String)
    case accuracyOnRanking(accuracy: NoteSentence)
    case none(talk: NoteSentence?)
  }

  static func readOffline(_ notes: ReadNotes, template: Template?) -> OfflineReading {
    let sentences = notes[.evaluation]
    let named = sentences.lazy.compactMap { sentence in
      MetricCues.offline.first { $0.holds(in: sentence) }.map { (cue: $0.name, sentence: sentence) }
    }.first
    let accuracy = trustedAccuracy(sentences)
    if let accuracy, let rarity = rarity(notes, template: template) {
      return .accuracyWhereRare(accuracy: accuracy, rarity: rarity)
    }
    if let accuracy, named == nil, isRanking(notes, template: template) {
      return .accuracyOnRanking(accuracy: accuracy)
    }
    if let named { return .named(cue: named.cue, sentence: named.sentence) }
    if let accuracy { return .named(cue: "accuracy", sentence: accuracy) }
    return .none(talk: sentences.first { MetricCues.offlineTalk.holds(in: $0) })
  }

  /// The first sentence that names accuracy as a metric without doubting it, there or in the
  /// sentence after ("We report accuracy. It is misleading here, ...").
  static func trustedAccuracy(_ sentences: [NoteSentence]) -> NoteSentence? {
    var trusted: NoteSentence?
    for (i, sentence) in sentences.enumerated() where MetricCues.accuracy.holds(in: sentence) {
      let next = i + 1 < sentences.count ? sentences[i + 1] : nil
      let continues = next.map { ["it", "thi", "that", "but", "however", "which"].contains($0.words[0].stem) } ?? false
      let doubted =
        MetricCues.accuracyDoubted.holds(in: sentence)
        || (continues && next.map { MetricCues.accuracyDoubted.holds(in: $0) } ?? false)
      if doubted { return nil }
      if trusted == nil { trusted = sentence }
    }
    return trusted
  }

  /// Where the notes or the template say positives are rare, quoted; nil when nothing does.
  static func rarity(_ notes: ReadNotes, template: Template?) -> String? {
    for step in raritySteps {
      if let sentence = firstHolding(MetricCues.rare, in: notes[step]) {
        return "the \(step.shortTitle.lowercased()) notes say " + NoteQuote.quote(sentence)
      }
    }
    guard let template else { return nil }
    let text = ([template.prompt] + Step.allCases.flatMap { template.guide(for: $0).questions }).joined(separator: "\n")
    return firstHolding(MetricCues.rare, in: NoteSentence.sentences(text)).map {
      "the template says " + NoteQuote.quote($0)
    }
  }

  static func isRanking(_ notes: ReadNotes, template: Template?) -> Bool {
    if let template, template.required.contains(where: { !rankingKinds.isDisjoint(with: $0.anyOf) }) { return true }
    return firstHolding(MetricCues.ranking, in: notes[.framing]) != nil
  }

  private static func firstHolding(_ cues: [NoteCue], in sentences: [NoteSentence]) -> NoteSentence? {
    sentences.first { sentence in cues.contains { $0.holds(in: sentence) } }
  }

  private static func offlineCheck(_ notes: ReadNotes, template: Template?) -> Check {
    let rule = RuleID.pitfallNoOfflineMetric
    let title = "An offline metric"
    switch readOffline(notes, template: template) {
    case .named:
      return Check(rule: rule, step: .evaluation, title: title, passed: true, severity: .warning)
    case .accuracyWhereRare(let accuracy, let rarity):
      return Check(
        rule: rule, step: .evaluation, title: title, passed: false, severity: .warning,
        message: "accuracy where positives are rare (\(rarity)) rewards a model that never predicts one: "
          + NoteQuote.quote(accuracy),
        hint:
          "Judge the model by PR-AUC, or precision and recall at the operating threshold; ROC-AUC or log loss as a second view."
      )
    case .accuracyOnRanking(let accuracy):
      return Check(
        rule: rule, step: .evaluation, title: title, passed: false, severity: .warning,
        message: "accuracy is the only offline metric of a ranking task and ignores the order of results: "
          + NoteQuote.quote(accuracy),
        hint: "Use a metric that rewards putting the right items first: nDCG, MRR, mAP, or recall@k and precision@k.")
    case .none(let talk):
      return Check(
        rule: rule, step: .evaluation, title: title, passed: false, severity: .warning,
        message: "the evaluation notes name no offline metric"
          + (talk.map { ": " + NoteQuote.quote($0) + " says how, not by what" } ?? ""),
        hint:
          "Name the offline metric that fits the task: e.g. ROC-AUC or PR-AUC for classification, nDCG, MRR or mAP for ranking."
      )
    }
  }

  // MARK: online

  enum OnlineReading: Equatable {
    case named(cue: String, sentence: NoteSentence)
    case none(talk: NoteSentence?)
  }

  /// The online metric of the evaluation, serving and monitoring notes, each step read apart: an
  /// offline passage ends with its step's notes, so notes added to one step never hide a metric
  /// another step names.
  static func readOnline(_ notes: ReadNotes) -> OnlineReading {
    var talk: NoteSentence?
    for step in onlineSteps {
      switch readOnline(notes[step]) {
      case .named(let cue, let sentence): return .named(cue: cue, sentence: sentence)
      case .none(let said): talk = talk ?? said
      }
    }
    return .none(talk: talk)
  }

  /// Serving and monitoring notes count for the online metric too: the A/B test is often
  /// described with the deployment, and business metrics with the dashboards that track them.
  static let onlineSteps: [Step] = [.evaluation, .serving, .monitoring]

  /// Online metric cues outside offline passages: a clause that says "offline" starts one, a
  /// clause that says "online", "A/B" or "production" ends it.
  static func readOnline(_ sentences: [NoteSentence]) -> OnlineReading {
    var offline = false
    for sentence in sentences {
      var offlineClauses = Set<Int>()
      for range in sentence.clauseRanges {
        let stems = sentence.words[range].map(\.stem)
        if stems.contains(where: { offlineWords.contains($0) }) { offline = true }
        if stems.contains(where: { onlineWords.contains($0) }) { offline = false }
        if offline { offlineClauses.insert(sentence.clauses[range.lowerBound]) }
      }
      // A clause that describes a ranking metric in plain words ("how high the booked listing
      // ranks") counts bookings or clicks as ground truth, not as an online metric.
      for cue in MetricCues.offline where cue.name == MetricCues.plainRanking {
        for hit in cue.hits(in: sentence) { offlineClauses.insert(sentence.clauses[hit.lowerBound]) }
      }
      for cue in MetricCues.online {
        if cue.hits(in: sentence).contains(where: { !offlineClauses.contains(sentence.clauses[$0.lowerBound]) }) {
          return .named(cue: cue.name, sentence: sentence)
        }
      }
    }
    return .none(talk: sentences.first { MetricCues.onlineTalk.holds(in: $0) })
  }

  private static let offlineWords: Set<String> = Set(
    ["offline", "backtest", "holdout", "replay", "replayed"].map(NoteWord.stem))
  private static let onlineWords: Set<String> = Set(
    [
      "online", "a/b", "production", "prod", "live", "experiment", "launch", "rollout", "deploy", "deployment",
      "interleaving", "canary", "treatment",
    ].map(NoteWord.stem))

  private static func onlineCheck(_ reading: OnlineReading) -> Check {
    let rule = RuleID.pitfallNoOnlineMetric
    let title = "An online metric"
    switch reading {
    case .named:
      return Check(rule: rule, step: .evaluation, title: title, passed: true, severity: .warning)
    case .none(let talk):
      return Check(
        rule: rule, step: .evaluation, title: title, passed: false, severity: .warning,
        message: "the evaluation notes name no online metric"
          + (talk.map { ": " + NoteQuote.quote($0) + " names no number an A/B test would move" } ?? ""),
        hint: "Name the business metric an A/B test would move: e.g. CTR, conversion rate, watch time, revenue.")
    }
  }
}
