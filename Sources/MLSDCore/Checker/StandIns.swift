// Stand-ins: a box that counts as a kind the template asks for only because the design draws no
// box of that kind. Every stand-in is added here, and nowhere else. The app sending its events straight into the ingestion (a stream, the event
// log, the warehouse) is the data source when no other box is (FACTS.md: the data source kind is
// "event logs, clickstream, user interactions"), so flows from the source run from the app; the
// mirror case, users posting content that nothing feeds, is the client when none is drawn, and so
// is the store a batch job publishes into that people browse (`PublishedStore`); the
// app's own log of what it showed, on its way to training, is prediction logging when no box or
// arrow logs (FACTS.md: "impressions and clicks logged back as training data"); stored media that
// nothing feeds, read as the source by their place, only stand in for it. The
// evidence added here is flagged `standIn`, and ComponentRules keeps the component's finding, as
// a warning that names the box standing in. Run by BoardReader as the last step of a reading,
// since it asks whether any box is a source or a client.

enum StandIns {
  /// Where the app's events land when the app is where the data comes from.
  static let intake: Set<String> = [
    "stream-ingestion", "stream-processing", "prediction-logging", "data-lake", "batch-etl", "object-storage",
  ]

  /// Where the app's log of what it showed may be kept: the event stream, a source, the lake.
  static let appLogs: Set<String> = ["stream-ingestion", "data-source", "data-lake"]

  /// The place that reads stored media nothing on the board feeds as the source (`BoardReader`).
  static let unfedMedia = "nothing on the board feeds the images or videos and they feed the pipeline"

  /// Whether a box counts as `kind` only as a stand-in.
  static func standsIn(_ box: BoxReading, for kind: String) -> Bool {
    let evidence = box.counted.filter { $0.kind == kind }
    return box.declared != kind && !evidence.isEmpty && evidence.allSatisfy(\.standIn)
  }

  /// Words for the people who use a product (the client's hint words that are people, and a few
  /// more), singular.
  static let people: Set<String> = [
    "user", "customer", "viewer", "member", "rider", "driver", "courier", "shopper", "buyer", "seller", "host",
    "guest", "merchant", "author", "people", "person", "visitor", "reader", "listener", "poster", "player", "gamer",
    "advertiser", "caller", "creator", "uploader", "subscriber", "follower", "attendee", "passenger", "patient",
    "student", "employee", "fan", "traveler", "traveller",
  ]

  /// Whether a label names people ("Member posts", "Riders' trip requests").
  static func namesPeople(_ label: String) -> Bool {
    AliasMatcher.words(label).contains { word in
      people.contains(word) || word.hasSuffix("s") && people.contains(String(word.dropLast()))
    }
  }

  /// What the warning about a stand-in for `kind` suggests drawing.
  static func hint(for kind: String) -> String {
    switch kind {
    case "client": "Draw the users' app as a box of its own: what it sends, and what it shows back."
    case "prediction-logging":
      "Log what serving used too (request id, features, scores) where the model answers: the app's log of what "
        + "it showed has no features, so training cannot reuse the values served (a point-in-time join "
        + "rebuilds them only as far as the feature store keeps their history)."
    default:
      "Draw where the data comes from as boxes of their own: the app's events or the users' log is one source; "
        + "the others the model reads (catalogue, profiles, transactions) are sources too."
    }
  }

  /// The evidence that makes a box a stand-in for `kind`, with the reason that says why.
  static func evidence(_ kind: String, _ reason: String) -> KindEvidence {
    KindEvidence(kind: kind, score: KindRecognizer.countedScore, reasons: [reason], hinted: true, standIn: true)
  }

  /// Counts the app's log of what it showed as prediction logging, when no box or arrow logs
  /// (`arrowLogs`: an arrow does); users posting that nothing feeds as the client, when the
  /// template asks for a client and no box counts as one; and a client that feeds the intake as
  /// the data source too, when the template asks for a source and no box counts as one.
  /// `incoming` and `outgoing` are the reading's arrows by box index; `shownInto` what an arrow
  /// into each box says was shown, and which box sent it.
  static func add(
    to boxes: inout [BoxReading], board: Board, incoming: [[Int]], outgoing: [[Int]], expected: Set<String>,
    shownInto: [[(from: Int, phrase: String)]] = [], arrowLogs: Bool = false
  ) {
    if !arrowLogs {
      addAppLog(to: &boxes, board: board, outgoing: outgoing, shownInto: shownInto)
    }
    // The mirror case: "User posts: text, image, video" feeding the upload path is where the
    // users are, so the design has its client there (a guess of client from a user word, on a box
    // nothing feeds that is read as the source). Its words must name people: a client word for
    // a thing ("camera", "view", "page") on a source is no users ("Survey drone cameras"). The
    // guess comes from its words, which a declared kind overrules: a box declared a source is a
    // source, not the users.
    if expected.contains("client"), !boxes.contains(where: { $0.kinds.contains("client") }) {
      for i in boxes.indices
      where board.boxes[i].kind == nil && boxes[i].kinds.contains("data-source")
        && boxes[i].guesses.contains(where: { $0.kind == "client" }) && namesPeople(board.boxes[i].label)
        && incoming[i].isEmpty && !outgoing[i].isEmpty
      {
        boxes[i].counted.append(
          evidence("client", "the users it names send their content in: nothing feeds it and its words name the users"))
        boxes[i].guesses.removeAll { $0.kind == "client" }
      }
    }
    // A batch design that ends at the store people browse has its users there.
    PublishedStore.add(to: &boxes, incoming: incoming, outgoing: outgoing, expected: expected)
    // "Product photos" in a bucket that nothing on the board feeds: the media were taken or
    // uploaded somewhere the design does not draw (FACTS.md: sources are the apps' databases and
    // event logs), so the store only stands in for the source, unless a name of a source in its
    // words says it is one.
    if expected.contains("data-source") {
      for i in boxes.indices where board.boxes[i].kind == nil {
        guard let e = boxes[i].counted.firstIndex(where: { $0.kind == "data-source" }),
          boxes[i].counted[e].reasons.contains(unfedMedia),
          !boxes[i].counted[e].reasons.contains(where: { $0.hasPrefix("named") || $0.hasPrefix("detail names") })
        else { continue }
        boxes[i].counted[e].standIn = true
      }
    }
    guard expected.contains("data-source"), !boxes.contains(where: { $0.kinds.contains("data-source") })
    else { return }
    for i in boxes.indices where boxes[i].kinds.contains("client") {
      guard let first = outgoing[i].first(where: { !boxes[$0].kinds.isDisjoint(with: intake) }) else { continue }
      boxes[i].counted.append(
        evidence(
          "data-source",
          "the app's events go straight into '\(boxes[first].label)': it is where the data comes from"))
      boxes[i].guesses.removeAll { $0.kind == "data-source" }
    }
    // No app feeds the intake: the users' log may be where the data is born.
    LogAsSource.add(to: &boxes, incoming: incoming, outgoing: outgoing)
  }

  /// The app's log of what it showed: a stream, a source or the lake that the client writes its
  /// impressions into ("impressions, clicks, bookings") and that reaches training through data
  /// preparation closes the feedback loop (FACTS.md: impression logs are prediction logging), when
  /// no box logs. It stands in for the log of what serving used, which ComponentRules still names.
  static func addAppLog(
    to boxes: inout [BoxReading], board: Board, outgoing: [[Int]], shownInto: [[(from: Int, phrase: String)]]
  ) {
    var first = boxes.map(\.kinds)
    guard !first.contains(where: { $0.contains("prediction-logging") }) else { return }
    for i in boxes.indices where board.boxes[i].kind == nil && !first[i].isDisjoint(with: appLogs) {
      guard
        let shown = shownInto.indices.contains(i)
          ? shownInto[i].first(where: { first[$0.from].contains("client") }) : nil,
        SecondRoles.reachesTraining(from: i, first: first, outgoing: outgoing)
      else { continue }
      boxes[i].counted.append(
        KindEvidence(
          kind: "prediction-logging", score: KindRecognizer.aliasScore,
          reasons: ["the app's log of what it showed ('\(shown.phrase)'), on its way to training"], named: true,
          standIn: true))
      boxes[i].guesses.removeAll { $0.kind == "prediction-logging" }
      first[i].insert("prediction-logging")
    }
  }
}
