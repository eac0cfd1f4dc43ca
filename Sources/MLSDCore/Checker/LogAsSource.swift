// The users' log as the data source: a log that serving writes of what users were shown and did
// ("Impression / click / booking log"), whose words name their actions and that feeds the
// training data, is where that data is born (FACTS.md: the data source kind is "event logs,
// clickstream, user interactions"; prediction logging is "impression logs"). When the template
// asks for a source and no box counts as one, not even the app (ClientAsSource, run first), the
// log stands in for it: flows from the source run from the log, and ComponentRules keeps the
// component's finding as a warning that names the log, since the other data the model reads
// (catalogue, profiles) are sources a strong answer draws too.

enum LogAsSource {
  /// The first words of the reason a log counts as the source by this rule.
  static let reasonPrefix = "a log of what users did with what serving showed them"

  /// Where the training data goes from the log it is born in.
  static let trainingData: Set<String> = [
    "stream-ingestion", "stream-processing", "batch-etl", "data-lake", "offline-feature-store", "training-pipeline",
  ]

  /// Counts a prediction log whose words hint at the data source (two hint words or more) as the
  /// source too, when the template asks for one and no box counts as one. A log the app writes
  /// into is left to ClientAsSource: the app stands in there.
  static func add(to reading: inout BoardReading, board: Board, expected: Set<String>) {
    guard expected.contains("data-source"), !reading.boxes.contains(where: { $0.kinds.contains("data-source") })
    else { return }
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() { index[box.id] = i }
    let kinds = reading.boxes.map(\.kinds)
    for (i, box) in reading.boxes.enumerated()
    where box.declared == nil && box.kinds.contains("prediction-logging")
      && box.guesses.contains(where: { $0.kind == "data-source" && $0.hinted && $0.score >= 2 })
    {
      let from = board.arrows.filter { $0.to == box.boxID }.compactMap { index[$0.from] }
      let into = board.arrows.filter { $0.from == box.boxID }.compactMap { index[$0.to] }
      guard !from.contains(where: { kinds[$0].contains("client") }),
        let first = into.first(where: { !kinds[$0].isDisjoint(with: trainingData) })
      else { continue }
      reading.boxes[i].counted.append(
        KindEvidence(
          kind: "data-source", score: KindRecognizer.countedScore,
          reasons: ["\(reasonPrefix) ('\(reading.boxes[first].label)' learns from it): where the data is born"],
          hinted: true))
      reading.boxes[i].guesses.removeAll { $0.kind == "data-source" }
    }
  }
}
