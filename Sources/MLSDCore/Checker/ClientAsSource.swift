// The app as the data source: a design that draws the users' app sending its events straight into
// the ingestion (a stream, the event log, the warehouse) has a data source there, even when no
// other box is drawn for it (FACTS.md: the data source kind is "event logs, clickstream, user
// interactions"), so flows from the source run from the app. The template still asks for the
// sources drawn as such (catalogue, profiles), so ComponentRules keeps the component's finding,
// as a warning that names the app standing in. Read after every box has its kinds, since it asks
// whether any box is a source.

enum ClientAsSource {
  /// Where the app's events land when the app is where the data comes from.
  static let intake: Set<String> = [
    "stream-ingestion", "stream-processing", "prediction-logging", "data-lake", "batch-etl", "object-storage",
  ]

  /// The first words of the reason a client counts as the source by this rule.
  static let reasonPrefix = "the app's events go straight into"

  /// The first words of the reason a source of users' content counts as the client.
  static let usersPrefix = "the users it names send their content in"

  /// Whether a box counts as `kind` only as a stand-in by this file's rules.
  static func standsIn(_ box: BoxReading, for kind: String) -> Bool {
    let prefixes = kind == "client" ? [usersPrefix] : [reasonPrefix, LogAsSource.reasonPrefix]
    let evidence = box.counted.filter { $0.kind == kind }
    return box.declared != kind && !evidence.isEmpty
      && evidence.allSatisfy { e in prefixes.contains { e.reasons.first?.hasPrefix($0) == true } }
  }

  /// Counts a client that feeds the intake as the data source too, when the template asks for a
  /// source and no box counts as one.
  static func add(to reading: inout BoardReading, board: Board, expected: Set<String>) {
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() { index[box.id] = i }
    // The mirror case: "User posts: text, image, video" feeding the upload path is where the
    // users are, so the design has its client there (a guess of client from a user word, on a box
    // nothing feeds that is read as the source).
    if expected.contains("client"), !reading.boxes.contains(where: { $0.kinds.contains("client") }) {
      let fed = Set(board.arrows.compactMap { index[$0.to] })
      for (i, box) in reading.boxes.enumerated()
      where box.kinds.contains("data-source") && box.guesses.contains(where: { $0.kind == "client" })
        && !fed.contains(i) && board.arrows.contains(where: { $0.from == box.boxID })
      {
        reading.boxes[i].counted.append(
          KindEvidence(
            kind: "client", score: KindRecognizer.countedScore,
            reasons: ["\(usersPrefix): nothing feeds it and its words name the users"], hinted: true))
        reading.boxes[i].guesses.removeAll { $0.kind == "client" }
      }
    }
    guard expected.contains("data-source"), !reading.boxes.contains(where: { $0.kinds.contains("data-source") })
    else { return }
    for (i, box) in reading.boxes.enumerated() where box.kinds.contains("client") {
      let into = board.arrows.filter { $0.from == box.boxID }.compactMap { index[$0.to] }
        .filter { $0 != i && !reading.boxes[$0].kinds.isDisjoint(with: intake) }
      guard let first = into.first else { continue }
      reading.boxes[i].counted.append(
        KindEvidence(
          kind: "data-source", score: KindRecognizer.countedScore,
          reasons: [
            "the app's events go straight into '\(reading.boxes[first].label)': it is where the data comes from"
          ],
          hinted: true))
      reading.boxes[i].guesses.removeAll { $0.kind == "data-source" }
    }
  }
}
