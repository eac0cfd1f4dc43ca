// The users' log as the data source: a log that serving writes of what users were shown and did
// ("Impression / click / booking log"), whose words name their actions and that feeds the
// training data, is where that data is born (FACTS.md: the data source kind is "event logs,
// clickstream, user interactions"; prediction logging is "impression logs"). When the template
// asks for a source and no box counts as one, not even the app (StandIns, which runs this last), the
// log stands in for it: flows from the source run from the log, and ComponentRules keeps the
// component's finding as a warning that names the log, since the other data the model reads
// (catalogue, profiles) are sources a strong answer draws too.

enum LogAsSource {
  /// Where the training data goes from the log it is born in.
  static let trainingData: Set<String> = [
    "stream-ingestion", "stream-processing", "batch-etl", "data-lake", "offline-feature-store", "training-pipeline",
  ]

  /// Counts a prediction log whose words hint at the data source (two hint words or more) as the
  /// source too, when no box counts as one (StandIns calls this last, after the app had its
  /// turn). A log the app writes into is left to the app: it stands in there. `incoming` and
  /// `outgoing` are the reading's arrows by box index.
  static func add(to boxes: inout [BoxReading], incoming: [[Int]], outgoing: [[Int]]) {
    guard !boxes.contains(where: { $0.kinds.contains("data-source") }) else { return }
    let kinds = boxes.map(\.kinds)
    for i in boxes.indices
    where boxes[i].declared == nil && kinds[i].contains("prediction-logging")
      && boxes[i].guesses.contains(where: { $0.kind == "data-source" && $0.hinted && $0.score >= 2 })
    {
      guard !incoming[i].contains(where: { kinds[$0].contains("client") }),
        let first = outgoing[i].first(where: { !kinds[$0].isDisjoint(with: trainingData) })
      else { continue }
      boxes[i].counted.append(
        StandIns.evidence(
          "data-source",
          "a log of what users did with what serving showed them ('\(boxes[first].label)' learns from it): "
            + "where the data is born"))
      boxes[i].guesses.removeAll { $0.kind == "data-source" }
    }
  }
}
