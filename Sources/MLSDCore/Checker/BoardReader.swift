// Reads what each box of a board is, as an interviewer would: its own words first
// (`KindRecognizer`), then its place in the drawing. A box fed by the model registry and the online
// feature store that answers the client is the serving box, whatever its name; a box that nothing
// feeds and that feeds the event stream is a data source. An arrow labelled "served scores" from
// the serving box back into the data carries logged predictions, so it counts as that logging.

/// How the checker read one box: the kinds it counts as and why, and what it might be.
public struct BoxReading: Hashable, Sendable {
  public var boxID: String
  public var label: String
  /// The catalogue kind the box declares, if any.
  public var declared: String?
  /// The kinds the box counts as, with the evidence for each, strongest first.
  public var counted: [KindEvidence]
  /// Kinds with some evidence, too little to count: what to suggest to the user.
  public var guesses: [KindEvidence]
  /// The places behind counted kinds, by kind id, as the neighbours' first readings gave them:
  /// their "fed by" and "feeds" reasons are named again once every box has its final reading.
  var placeNotes: [String: StructureNote] = [:]

  public var kinds: Set<String> { Set(counted.map(\.kind)) }
}

/// An arrow whose label says what it carries, read as a component of its own between its ends.
public struct ArrowReading: Hashable, Sendable {
  /// Position of the arrow in board.arrows.
  public var arrow: Int
  public var kind: String
  /// The words of the label that say so.
  public var phrase: String

  /// The id the checker gives the arrow where a finding lists boxes.
  public var id: String { "arrow:\(arrow)" }
}

public struct BoardReading: Hashable, Sendable {
  /// Index-aligned with board.boxes.
  public var boxes: [BoxReading]
  public var arrows: [ArrowReading]

  public init(boxes: [BoxReading] = [], arrows: [ArrowReading] = []) {
    self.boxes = boxes
    self.arrows = arrows
  }

  /// How a box was read, by id.
  public func box(_ id: String) -> BoxReading? { boxes.first { $0.boxID == id } }

  /// Every kind some box or arrow counts as.
  public var allKinds: Set<String> { Set(boxes.flatMap(\.kinds) + arrows.map(\.kind)) }
}

enum BoardReader {
  /// Kinds an arrow's label can stand in for: data that flows, not a service that runs.
  static let carriedKinds: Set<String> = ["prediction-logging", "labelling", "retraining-trigger", "model-registry"]
  /// Kinds an arrow's label can say the box it leaves made: "candidate advertisers" come out of
  /// candidate generation.
  static let madeKinds: Set<String> = ["candidate-generation"]
  /// Boxes that produce what is served; logged predictions leave one of these.
  static let servingKinds: Set<String> = [
    "inference-service", "batch-prediction", "ranking", "re-ranking", "candidate-generation", "embedding-service",
  ]
  /// Where logged predictions are kept or carried on towards training.
  static let dataKinds: Set<String> = [
    "stream-ingestion", "data-lake", "batch-etl", "stream-processing", "offline-feature-store", "training-pipeline",
    "labelling", "object-storage", "data-source", "prediction-logging",
  ]
  /// Boxes that compute features from the data.
  static let processingKinds: Set<String> = ["stream-processing", "batch-etl"]
  /// Boxes that carry events or logs.
  static let eventKinds: Set<String> = ["stream-ingestion", "prediction-logging"]
  /// Structure adds at most this much to a kind its words do not back, so that it reads a box
  /// whose words say little.
  static let structureCap = 2

  /// - Parameters:
  ///   - evidence: each box's evidence from its own text, index-aligned with board.boxes (as
  ///     `Catalogue.evidence(of:)` gives it); nil reads every label.
  ///   - carried: what an arrow label carries (as `KindRecognizer.carried(by:)`); nil reads them.
  ///   - expected: kinds the board's template asks for; between kinds a box's evidence ties on,
  ///     these win (+1), as an interviewer reads a "scorer" in a recommender as its ranking stage.
  ///   - first: each box's `firstKinds`, index-aligned with board.boxes; nil works them out.
  ///   - recall: a box's reading from an earlier read of the same text in the same surroundings
  ///     (with the same catalogue and expected kinds), if one is remembered; `remember` is told
  ///     every reading made here (`KindMemo` keeps them).
  static func read(
    _ board: Board, catalogue: Catalogue, expected: Set<String> = [], evidence: [[KindEvidence]]? = nil,
    carried: ((String) -> [(kind: String, phrase: String)])? = nil, first: [[Int]]? = nil,
    recall: ((Int, Surroundings) -> BoxReading?)? = nil, remember: ((Int, Surroundings, BoxReading) -> Void)? = nil
  ) -> BoardReading {
    var lexical = evidence ?? board.boxes.map { catalogue.evidence(of: $0) }
    var index: [String: Int] = [:]
    index.reserveCapacity(board.boxes.count)
    for i in board.boxes.indices { index[board.boxes[i].id] = i }

    // What each arrow's label says it carries, read once.
    var said = [[(kind: String, phrase: String)]](repeating: [], count: board.arrows.count)
    // "Advertiser choice" sending "candidate advertisers" on: an arrow out that names what a kind
    // makes says the box made it, as a hint word in its label would.
    var madeBy: Set<Int> = []
    for (a, arrow) in board.arrows.enumerated() {
      guard let label = arrow.label, !label.isEmpty, let from = index[arrow.from], index[arrow.to] != from else {
        continue
      }
      said[a] = carried?(label) ?? catalogue.recognizer.carried(by: label)
      for (kind, phrase) in said[a]
      where madeKinds.contains(kind) && !lexical[from].contains(where: { $0.kind == kind }) {
        lexical[from].append(
          KindEvidence(
            kind: kind, score: KindRecognizer.countedScore, reasons: ["its arrow out says it makes '\(phrase)'"],
            hinted: true))
        madeBy.insert(from)
      }
    }

    // First reading: declared kinds and words alone, as kind numbers.
    let kinds = catalogue.kinds
    var firstIndices =
      first ?? board.boxes.indices.map { firstKinds(of: board.boxes[$0], evidence: lexical[$0], catalogue: catalogue) }
    for i in madeBy { firstIndices[i] = firstKinds(of: board.boxes[i], evidence: lexical[i], catalogue: catalogue) }
    func reads(_ i: Int, _ wanted: Set<String>) -> Bool { firstIndices[i].contains { wanted.contains(kinds[$0].id) } }

    var incoming = Array(repeating: [Int](), count: board.boxes.count)
    var outgoing = incoming
    var sends = Array(repeating: [(kind: String, phrase: String)](), count: board.boxes.count)
    // What the client writes into each box: its users' actions ("clicks, watch time") as an
    // arrow label says them.
    var receives = Array(repeating: [String](), count: board.boxes.count)
    // The logged predictions an arrow into each box carries, as its label says them.
    var loggedInto = Array(repeating: [String](), count: board.boxes.count)
    // What an arrow into each box says was shown ("impressions"), whoever sends it: the app's own
    // log of what it showed may stand in for prediction logging (`StandIns`).
    var shownInto = Array(repeating: [(from: Int, phrase: String)](), count: board.boxes.count)
    var arrows: [ArrowReading] = []
    for (a, arrow) in board.arrows.enumerated() {
      guard let from = index[arrow.from], let to = index[arrow.to], from != to else { continue }
      outgoing[from].append(to)
      incoming[to].append(from)
      guard let label = arrow.label, !label.isEmpty else { continue }
      let said = said[a]
      sends[from] += said
      if reads(from, ["client"]), let events = said.first(where: { $0.kind == "data-source" }) {
        receives[to].append(events.phrase)
      }
      if let shown = said.first(where: { $0.kind == "prediction-logging" }) {
        shownInto[to].append((from, shown.phrase))
      }
      for (kind, phrase) in said where carriedKinds.contains(kind) {
        // Logged predictions go from what serves, the gateway that hands the results out, or a
        // box not read yet (a page service) back into the data, not out to the caller. What the app itself sends ("impressions,
        // clicks") is user feedback, without the features the model was served.
        if kind == "prediction-logging" {
          guard firstIndices[from].isEmpty || reads(from, servingKinds) || reads(from, ["api-gateway"]),
            firstIndices[to].isEmpty || reads(to, dataKinds)
          else { continue }
        } else if kind == "model-registry" {
          // "new encoder version" from training to what serves it is the versioned hand-off.
          guard reads(from, ["training-pipeline", "model-evaluation"]), reads(to, servingKinds) else { continue }
        } else if kind == "retraining-trigger" {
          // "retrain on drift" into the trainer or its scheduler starts the next training round.
          guard reads(to, ["training-pipeline", "orchestration"]) else { continue }
        } else if reads(to, ["client"]) {
          continue
        }
        if !arrows.contains(where: { $0.arrow == a && $0.kind == kind }) {
          arrows.append(ArrowReading(arrow: a, kind: kind, phrase: phrase))
          if kind == "prediction-logging" { loggedInto[to].append(phrase) }
        }
      }
    }

    // "PYMK API → PYMK table (Cassandra)" with no arrow out of the table: what serves, or the
    // gateway, looks the store up, and what it keeps comes back along the arrow, as `BoardGraph`
    // reads it. The store's place and its reader's say so: the table feeds the API that reads it,
    // and the API writes nothing into it.
    addLookups(board, incoming: &incoming, outgoing: &outgoing, firstIndices: firstIndices, catalogue: catalogue)

    let expectedIndices = Set(expected.compactMap { catalogue.index(of: $0) })
    let clientIndex = catalogue.index(of: "client")
    let triggerIndex = catalogue.index(of: "retraining-trigger")
    let orchestrationIndex = catalogue.index(of: "orchestration")
    let trainingIndex = catalogue.index(of: "training-pipeline")
    let sourceIndex = catalogue.index(of: "data-source")
    let onlineStoreIndex = catalogue.index(of: "online-feature-store")
    let offlineStoreIndex = catalogue.index(of: "offline-feature-store")
    let servingIndices = ["inference-service", "ranking", "candidate-generation", "re-ranking"].compactMap {
      catalogue.index(of: $0)
    }
    let trainingSide = ["training-pipeline", "batch-prediction", "data-lake", "batch-etl"].compactMap {
      catalogue.index(of: $0)
    }
    let loggingIndex = catalogue.index(of: "prediction-logging")
    let cacheIndex = catalogue.index(of: "cache")
    let streamIndex = catalogue.index(of: "stream-ingestion")
    // What writes features into a store, and what writes answers (FACTS.md: "precomputed PYMK
    // database"; the stream feature store fed by stream processing).
    let featureWriters = ["stream-processing", "batch-etl", "offline-feature-store"].compactMap {
      catalogue.index(of: $0)
    }
    let answerWriters = ["batch-prediction", "ranking", "re-ranking", "candidate-generation"].compactMap {
      catalogue.index(of: $0)
    }
    let places = Place.all.compactMap { $0.numbered(catalogue) }.filter {
      !$0.onlyWhenAsked || expectedIndices.contains($0.kind)
    }
    // What each box's neighbours see of it: its words' kinds, and the kinds its place gives it.
    // A place read in one round is seen by the next ("Search backend" between the client and an
    // unread "Available experiences": once that is candidate generation, the scorer after it is
    // the ranking stage), until nothing changes; only places propagate, never the weaker
    // structural scores, so a guess does not feed another guess.
    var seen = placedRounds(
      board, firstIndices: firstIndices, lexical: lexical, places: places, incoming: incoming, outgoing: outgoing,
      kindCount: kinds.count, declared: board.boxes.map { $0.kind.flatMap { catalogue.index(of: $0) } != nil })
    // A step of the request its words call batch ETL is unread, and the neighbours of a "frontend"
    // the app calls see the front door (`RequestPathReading`).
    let declaredFlags = board.boxes.map { $0.kind != nil }
    let requestSteps = Set(
      RequestPathReading.requestSteps(
        kinds: seen.map { Set($0.map { kinds[$0].id }) }, declared: declaredFlags, incoming: incoming,
        outgoing: outgoing))
    for i in requestSteps { seen[i] = [] }
    if let client = clientIndex, let gateway = catalogue.index(of: "api-gateway") {
      for i in RequestPathReading.turned(
        kinds: seen.map { Set($0.map { kinds[$0].id }) }, declared: declaredFlags, incoming: incoming,
        outgoing: outgoing)
      {
        seen[i] = seen[i].filter { $0 != client } + [gateway]
      }
    }
    let batchETLIndex = catalogue.index(of: "batch-etl")

    // Every check in the app runs this for every box, so kinds are numbers here and the
    // per-kind tables are scratch arrays reset after each box; reasons are written only for
    // the kinds a box ends up counted as or guessed to be.
    let table = catalogue.neighbourTable
    var inFlags = Array(repeating: false, count: kinds.count)
    var outFlags = inFlags
    var score = Array(repeating: 0, count: kinds.count)
    var backedFlags = inFlags
    var namedFlags = inFlags
    var structural = Array(repeating: StructureNote(), count: kinds.count)
    var lexicalSlot = [KindEvidence?](repeating: nil, count: kinds.count)
    var touched: [Int] = []

    var boxes: [BoxReading] = []
    boxes.reserveCapacity(board.boxes.count)
    var fedBy: [[Int]] = []
    var feeds: [[Int]] = []
    for (i, box) in board.boxes.enumerated() {
      // All a box's reading takes from outside its own text; the same text in the same
      // surroundings reads the same, so a remembered reading is taken as it is.
      fedBy.removeAll(keepingCapacity: true)
      feeds.removeAll(keepingCapacity: true)
      for p in incoming[i] {
        fedBy.append(seen[p])
        for k in seen[p] { inFlags[k] = true }
      }
      for o in outgoing[i] {
        feeds.append(seen[o])
        for k in seen[o] { outFlags[k] = true }
      }
      let around = Surroundings(
        fedBy: fedBy, feeds: feeds, sends: sends[i].map { [$0.kind, $0.phrase] }, receives: receives[i],
        logged: loggedInto[i])
      defer {
        for p in incoming[i] { for k in seen[p] { inFlags[k] = false } }
        for o in outgoing[i] { for k in seen[o] { outFlags[k] = false } }
      }
      if let known = recall?(i, around) {
        boxes.append(known)
        continue
      }
      // Evidence that scores nothing ("'quantised' says how what is kept is stored") leaves the
      // score at 0: a slot already filled is touched already.
      func touch(_ k: Int) {
        if score[k] == 0 && !backedFlags[k] && !namedFlags[k] && lexicalSlot[k] == nil { touched.append(k) }
      }
      var silent = true
      for item in lexical[i] {
        guard let k = catalogue.index(of: item.kind) else { continue }
        touch(k)
        lexicalSlot[k] = item
        score[k] += item.score
        backedFlags[k] = item.named || item.hinted
        namedFlags[k] = item.named
        if item.named || item.score > KindRecognizer.countedScore { silent = false }
      }
      let declared = box.kind.flatMap { catalogue.index(of: $0) != nil ? $0 : nil }
      if let declared, let k = catalogue.index(of: declared) {
        touch(k)
        score[k] += 10
        namedFlags[k] = true
        backedFlags[k] = true
        silent = false
      }
      // Structure weighs the kinds the words name or hint at; a box whose words name nothing
      // and hint weakly at most ("Courier pings") is also read from its place alone.
      for (k, row) in table.enumerated() where row.hasNeighbours {
        let backed = backedFlags[k]
        guard silent || backed else { continue }
        var note = StructureNote()
        note.nothing = row.acceptsNothing && incoming[i].isEmpty && !outgoing[i].isEmpty
        note.fedBy = row.inputs.filter { inFlags[$0] }
        note.feeds = row.outputs.filter { outFlags[$0] }
        note.said = sends[i].first { $0.kind == kinds[k].id }?.phrase
        // What only users or nothing feed (a source) is not fed by what the pipeline made: the
        // "Final ordering" that the ranker feeds is no purchase order.
        if row.acceptsNothing,
          incoming[i].contains(where: { p in
            !seen[p].isEmpty && !seen[p].contains { row.inputs.contains($0) }
          })
        {
          touch(k)
          score[k] -= 1
        }
        let raw =
          (note.nothing ? 1 : 0) + (note.fedBy.isEmpty ? 0 : 1) + (note.feeds.isEmpty ? 0 : 1)
          + (note.said == nil ? 0 : 1)
        guard raw > 0 else { continue }
        // The place confirms what the words say (+1, +2 when it sits between what the kind
        // typically sits between), or, for a box whose words say little, reads it (up to +2).
        let between = !note.fedBy.isEmpty && !note.feeds.isEmpty
        touch(k)
        score[k] += min(raw, backed && !between ? 1 : structureCap)
        structural[k] = note
      }
      var placed: [Int: String] = [:]
      var overridden: Set<Int> = []
      // The people the words name stay the client beside what a place adds: the people posting
      // into the stream are the client and the source of its events.
      var kept: Set<Int> = []
      let fedByUnread = incoming[i].contains { seen[$0].isEmpty }
      let feedsUnread = outgoing[i].contains { seen[$0].isEmpty }
      for place in places
      where place.applies(
        kinds: firstIndices[i], evidence: lexical[i], inFlags: inFlags, outFlags: outFlags,
        hasInputs: !incoming[i].isEmpty, hasOutputs: !outgoing[i].isEmpty, label: box.label, detail: box.detail,
        fedByUnread: fedByUnread, feedsUnread: feedsUnread)
      {
        let k = place.kind
        touch(k)
        score[k] += KindRecognizer.aliasScore
        namedFlags[k] = true
        backedFlags[k] = true
        placed[k] = place.reason
        overridden.formUnion(place.overrides.filter { $0 != k })
        kept.formUnion(firstIndices[i].filter { !place.overrides.contains($0) && $0 == clientIndex })
        if place.keepsWords { kept.formUnion(firstIndices[i]) }
      }
      // A scheduler whose arrow says to retrain starts the training runs: it is also the
      // retraining trigger ("Airflow hourly DAG" sending "retrain" to the label joiner); so is
      // one that runs the training job itself, scheduled retraining (FACTS.md).
      if let k = triggerIndex, let o = orchestrationIndex, firstIndices[i].contains(o) {
        let says = startsTraining(firstIndices[i], sends: sends[i], orchestration: orchestrationIndex)
        if says || trainingIndex.map({ outFlags[$0] }) == true {
          touch(k)
          score[k] += KindRecognizer.aliasScore
          namedFlags[k] = true
          backedFlags[k] = true
          placed[k] = says ? "a scheduler whose arrow says to retrain" : "a scheduler that runs the training job"
        }
      }
      // A log the client writes its users' actions into ("impressions, clicks, watch time" from
      // the watch page) is where those events are born too: the data source of the training data.
      // Not when serving writes into it as well: then it logs what was shown and what users did
      // with it, the feedback log, and the source is upstream of serving.
      if let k = sourceIndex, let log = loggingIndex, firstIndices[i].contains(log), let events = receives[i].first,
        !servingIndices.contains(where: { inFlags[$0] })
      {
        touch(k)
        score[k] += KindRecognizer.aliasScore
        namedFlags[k] = true
        backedFlags[k] = true
        placed[k] = "the client writes its users' actions into it ('\(events)')"
        // It stays the log its words say.
        touch(log)
        namedFlags[log] = true
        backedFlags[log] = true
      }
      // Between kinds the evidence ties on, the one the template asks for wins; between those
      // still tied, the one the box's neighbours or arrows confirm ("Historical counters" that
      // feed training are the offline store, not a stream job).
      let top = touched.map { score[$0] }.max() ?? 0
      var favoured: Set<Int> = []
      var placeConfirmed: Set<Int> = []
      if top >= KindRecognizer.countedScore {
        // A kind its words only call it by ("model", "service") is favoured only against a kind
        // they hint at ("Multitask fusion model": the inference service of a moderation design,
        // not a ranker); between role nouns alone the template does not choose.
        let hintTied = touched.contains { score[$0] == top && backedFlags[$0] }
        for k in touched
        where expectedIndices.contains(k) && score[k] == top && !namedFlags[k]
          && (backedFlags[k] || hintTied && lexicalSlot[k] != nil)
        {
          score[k] += 1
          favoured.insert(k)
        }
        // Between role nouns alone, the template chooses only for a noun of a place that keeps
        // things, when one of the kinds it names is asked for and the others not: an "index" in
        // a visual search is the vector index.
        if !hintTied {
          let roleTied = touched.filter { k in
            score[k] == top && !namedFlags[k]
              && lexicalSlot[k]?.reasons.contains { r in
                KindRecognizer.keepingNouns.contains { r == "called a '\($0)'" }
              } == true
          }
          let asked = roleTied.filter { expectedIndices.contains($0) }
          if roleTied.count > 1, asked.count == 1 {
            score[asked[0]] += 1
            favoured.insert(asked[0])
          }
        }
        let high = touched.map { score[$0] }.max() ?? 0
        let tied = touched.filter { score[$0] == high && backedFlags[$0] && !namedFlags[$0] }
        let confirmed = tied.filter { structural[$0].confirms }
        if !confirmed.isEmpty && confirmed.count < tied.count {
          for k in confirmed { score[k] += 1 }
          placeConfirmed = Set(confirmed)
        }
      }
      let ranked = touched.sorted { (score[$0], kinds[$1].id) > (score[$1], kinds[$0].id) }
      let best = ranked.first.map { score[$0] } ?? 0
      var countedIndices = ranked.filter {
        namedFlags[$0] || (score[$0] == best && best >= KindRecognizer.countedScore)
      }
      // Read from its place alone, a box counts as a kind only when one kind fits best, and not
      // at all beside a kind its words back ("User scrolls feed" fed by a source is the client).
      // A place that reads a box whatever its words name (what the request reaches before the
      // ranker is candidate generation, even named after the items it returns) drops that name.
      countedIndices.removeAll { overridden.contains($0) && placed[$0] == nil }
      for k in ranked where kept.contains(k) && !countedIndices.contains(k) { countedIndices.append(k) }
      let placeOnly = countedIndices.filter { !backedFlags[$0] }
      if placeOnly.count > 1 && placeOnly.count == countedIndices.count {
        countedIndices = []
      } else if countedIndices.contains(where: { backedFlags[$0] && score[$0] == best }) {
        countedIndices.removeAll { !backedFlags[$0] }
      }
      // A declared kind is the box's kind, whatever its words or place say: those are its guesses
      // ("Search frontend" declared the API gateway is no client), except the roles a label lists
      // by name ("Training + evaluation").
      if let declared, let k = catalogue.index(of: declared) {
        let listed = BoardReader.listsRoles(box.label)
        countedIndices = [k] + countedIndices.filter { $0 != k && listed && lexicalSlot[$0]?.named == true }
      }
      // A step of the request is no batch job, nor a guess of one.
      var ruledOut: Set<Int> = []
      if requestSteps.contains(i), let etl = batchETLIndex {
        countedIndices.removeAll { $0 == etl }
        ruledOut.insert(etl)
      }
      // "Feature store" is both stores by name; the one its arrows go to says which: feeding
      // serving and not training, it is the online store (and the other way round).
      if let on = onlineStoreIndex, let off = offlineStoreIndex, countedIndices.contains(on),
        countedIndices.contains(off), placed[on] == nil, placed[off] == nil
      {
        let serves = servingIndices.contains { outFlags[$0] }
        let trains = trainingSide.contains { outFlags[$0] }
        if serves != trains { countedIndices.removeAll { $0 == (serves ? off : on) } }
      }
      // "Redis" is the cache and the online feature store by name (a key-value store keeps
      // either); what writes into it says which: feature jobs keep features in it, a batch
      // scorer or a serving step its answers ("Cassandra" that the nightly scorer fills).
      // Only a store its words call so by that name alone: "Redis feature cache" says which.
      func storeNameOnly(_ k: Int) -> Bool {
        (lexicalSlot[k]?.reasons ?? []).allSatisfy {
          !$0.hasPrefix("named") || KindRecognizer.keyValueStores.contains($0)
        }
      }
      if let on = onlineStoreIndex, let cache = cacheIndex, countedIndices.contains(on), countedIndices.contains(cache),
        lexicalSlot[on]?.named == true, storeNameOnly(on), storeNameOnly(cache)
      {
        let features = featureWriters.contains { inFlags[$0] }
        let answers = answerWriters.contains { inFlags[$0] }
        if features != answers { countedIndices.removeAll { $0 == (features ? cache : on) } }
      }
      // "Kafka" that the app's events and the ranker's "impressions, scores" both go into is the
      // event stream that carries them: the arrow whose label says it logs the predictions is
      // the log, and the stream, fed by a source as well, is not (a stream only serving writes
      // into, "Prediction log stream", stays the log).
      if let log = loggingIndex, let stream = streamIndex, countedIndices.contains(log),
        placed[log] == Place.servedStreamReason, lexicalSlot[stream]?.named == true, !loggedInto[i].isEmpty,
        sourceIndex.map({ inFlags[$0] }) == true || clientIndex.map({ inFlags[$0] }) == true
      {
        countedIndices.removeAll { $0 == log }
      }
      // A guess from the box's place alone is left out beside guesses its words back: a
      // "video index" feeding the ranker is some index, not the A/B testing that also feeds it.
      let spoken = ranked.contains { lexicalSlot[$0] != nil }
      // From its place alone, a guess needs both sides of the box, or its arrow's words: "Query prep"
      // fed by the gateway is no A/B test for that alone.
      let guessIndices = ranked.filter { k in
        !countedIndices.contains(k) && !ruledOut.contains(k)
          && (lexicalSlot[k] != nil || placed[k] != nil || !spoken && structural[k].twoSided)
      }.prefix(4)
      // Guesses carry the reasons their words give; the place is spelt out for counted kinds.
      func evidence(_ k: Int, counted: Bool) -> KindEvidence {
        var item = lexicalSlot[k] ?? KindEvidence(kind: kinds[k].id, score: 0, reasons: [])
        if kinds[k].id == declared { item.reasons.insert("declared kind", at: 0) }
        if counted || item.reasons.isEmpty { item.reasons += structural[k].reasons(kinds) }
        if let reason = placed[k] { item.reasons.append(reason) }
        if placeConfirmed.contains(k) { item.reasons.append("its place breaks the tie") }
        if favoured.contains(k) { item.reasons.append("asked for by the template") }
        item.score = score[k]
        item.named = namedFlags[k]
        item.hinted = item.hinted || backedFlags[k] && !namedFlags[k]
        return item
      }
      var reading = BoxReading(
        boxID: box.id, label: box.label, declared: declared,
        counted: countedIndices.map { evidence($0, counted: true) },
        guesses: guessIndices.map { evidence($0, counted: false) })
      for k in countedIndices where structural[k].confirms { reading.placeNotes[kinds[k].id] = structural[k] }
      boxes.append(reading)
      remember?(i, around, reading)
      for k in touched {
        score[k] = 0
        backedFlags[k] = false
        namedFlags[k] = false
        structural[k] = StructureNote()
        lexicalSlot[k] = nil
      }
      touched.removeAll(keepingCapacity: true)
    }
    // The event stream or the logs drawn straight into a feature store: the features are computed
    // on the way, as in the canonical drawing "ingestion → stream feature store" (a logging
    // pipeline writing the ranker's signals). The arrow is that stream processing; a design that
    // draws the processing as a box has no such arrow, so removing the box is still reported.
    func counts(_ i: Int, _ wanted: Set<String>) -> Bool { boxes[i].counted.contains { wanted.contains($0.kind) } }
    // Most boards have a store or two: only arrows into one are looked at further (the check runs
    // after every edit in the app).
    let isStore = boxes.map { box in
      box.counted.contains { $0.kind == "online-feature-store" || $0.kind == "offline-feature-store" }
    }
    for (a, arrow) in board.arrows.enumerated() {
      guard let to = index[arrow.to], isStore[to], let from = index[arrow.from], from != to,
        counts(from, BoardReader.eventKinds),
        !counts(from, BoardReader.processingKinds), !counts(to, BoardReader.processingKinds)
      else { continue }
      arrows.append(ArrowReading(arrow: a, kind: "stream-processing", phrase: "events straight into a feature store"))
    }
    // A neighbour named in a "fed by" or "feeds" reason is named by what it was read as in the end,
    // not by a reading its words first suggested ("Precomputed PYMK" is the cache, not also the
    // online feature store its "Cassandra" hinted at).
    let finalKinds = boxes.map { Set($0.counted.compactMap { catalogue.index(of: $0.kind) }) }
    for i in boxes.indices {
      for (kind, note) in boxes[i].placeNotes.sorted(by: { $0.key < $1.key }) {
        guard let e = boxes[i].counted.firstIndex(where: { $0.kind == kind }) else { continue }
        var settled = note
        settled.fedBy = note.fedBy.filter { k in incoming[i].contains { finalKinds[$0].contains(k) } }
        settled.feeds = note.feeds.filter { k in outgoing[i].contains { finalKinds[$0].contains(k) } }
        let old = note.reasons(kinds)
        let new = settled.reasons(kinds)
        guard old != new else { continue }
        var reasons = boxes[i].counted[e].reasons.filter { !old.contains($0) }
        let at = boxes[i].counted[e].reasons.firstIndex { old.contains($0) } ?? reasons.count
        reasons.insert(contentsOf: new, at: min(at, reasons.count))
        boxes[i].counted[e].reasons = reasons
      }
    }
    RequestPathReading.apply(to: &boxes, board: board, incoming: incoming, outgoing: outgoing)
    // "CatBoost" fed by the registry, feeding re-ranking: the model served, not its training.
    ServedModel.apply(to: &boxes, board: board, incoming: incoming, outgoing: outgoing)
    // "PostGIS: events within 25 km" between the gateway and the ranker: the candidates' step.
    RequestFilterStep.apply(to: &boxes, board: board, incoming: incoming, outgoing: outgoing)
    SecondRoles.add(
      to: &boxes, board: board, incoming: incoming, outgoing: outgoing, catalogue: catalogue, expected: expected)
    StandIns.add(
      to: &boxes, board: board, incoming: incoming, outgoing: outgoing, expected: expected, shownInto: shownInto,
      arrowLogs: arrows.contains { $0.kind == "prediction-logging" })
    // "if recall@10 up" out of training, "A/B test 10%" into serving: the evaluation and the
    // experiment written on the arrow (`ArrowRoles`).
    arrows += ArrowRoles.read(board: board, boxes: boxes, catalogue: catalogue)
    // "MLflow registry" over "gate: log loss on the last day": the registry that checks what
    // enters it, when nothing else evaluates (`RegistryGate`).
    RegistryGate.add(to: &boxes, board: board, arrows: arrows, catalogue: catalogue)
    // "Recall >= 99%, mAP not worse" between training and the registry: the gate drawn as a box.
    RegistryGate.addGateBox(to: &boxes, board: board, arrows: arrows, catalogue: catalogue)
    return BoardReading(boxes: boxes, arrows: arrows)
  }

  /// Rounds of reading boxes from their places alone: each box's first kinds, with the kinds the
  /// places give it when its neighbours are seen as the previous round left them (at most
  /// `placeRounds` rounds; places that no longer hold are dropped again, so it settles).
  static func placedRounds(
    _ board: Board, firstIndices: [[Int]], lexical: [[KindEvidence]], places: [NumberedPlace], incoming: [[Int]],
    outgoing: [[Int]], kindCount: Int, declared: [Bool]
  ) -> [[Int]] {
    var seen = firstIndices
    guard !places.isEmpty else { return seen }
    var inFlags = Array(repeating: false, count: kindCount)
    var outFlags = inFlags
    // A box's round reads only its neighbours' previous round: after the first round, a box
    // none of whose neighbours changed in the last one reads as it did (the app checks after
    // every edit, and most rounds change a few boxes of hundreds).
    var changed = Array(repeating: true, count: board.boxes.count)
    for round in 0..<placeRounds {
      var next = seen
      for i in board.boxes.indices where !outgoing[i].isEmpty && !declared[i] {
        if round > 0 && !incoming[i].contains(where: { changed[$0] }) && !outgoing[i].contains(where: { changed[$0] }) {
          continue
        }
        for p in incoming[i] { for k in seen[p] { inFlags[k] = true } }
        for o in outgoing[i] { for k in seen[o] { outFlags[k] = true } }
        let words = firstIndices[i]
        let evidence = lexical[i]
        let label = board.boxes[i].label
        let hasInputs = !incoming[i].isEmpty
        var kinds = words
        let fedByUnread = incoming[i].contains { seen[$0].isEmpty }
        let feedsUnread = outgoing[i].contains { seen[$0].isEmpty }
        for place in places
        where place.applies(
          kinds: words, evidence: evidence, inFlags: inFlags, outFlags: outFlags,
          hasInputs: hasInputs, hasOutputs: true, label: label, detail: board.boxes[i].detail,
          fedByUnread: fedByUnread, feedsUnread: feedsUnread)
        {
          kinds.removeAll { place.overrides.contains($0) && $0 != place.kind }
          if !kinds.contains(place.kind) { kinds.append(place.kind) }
        }
        next[i] = kinds
        for p in incoming[i] { for k in seen[p] { inFlags[k] = false } }
        for o in outgoing[i] { for k in seen[o] { outFlags[k] = false } }
      }
      var any = false
      for i in board.boxes.indices {
        changed[i] = next[i] != seen[i]
        if changed[i] { any = true }
      }
      if !any { break }
      seen = next
    }
    return seen
  }

  /// Whether a box its words read as a scheduler sends a retraining signal along an arrow
  /// ("retrain", "kick off training"): then it starts training runs.
  static func startsTraining(_ kinds: [Int], sends: [(kind: String, phrase: String)], orchestration: Int?) -> Bool {
    guard let orchestration, kinds.contains(orchestration) else { return false }
    return sends.contains { $0.kind == "retraining-trigger" }
  }

  /// The lookups of a board: a store its words read as one that is looked up (`BoardGraph.lookupKinds`)
  /// with no arrow out, that a box its words read as serving at request time or the gateway points
  /// at, is read by that box: for their places, the store feeds its reader, and the reader writes
  /// nothing into it. A batch job, or a box of a kind that typically fills such a store (the
  /// catalogue's inputs), writes into it ("Nightly scoring → Suggestions"): it reads nothing from it.
  static func addLookups(
    _ board: Board, incoming: inout [[Int]], outgoing: inout [[Int]], firstIndices: [[Int]], catalogue: Catalogue
  ) {
    let stores = Set(BoardGraph.lookupKinds.compactMap { catalogue.index(of: $0) })
    let lookers = Set(BoardGraph.lookerKinds.compactMap { catalogue.index(of: $0) })
    let writer = catalogue.index(of: "batch-prediction")
    func batch(_ r: Int) -> Bool {
      let box = board.boxes[r]
      return AliasMatcher.words(box.label + " " + (box.detail ?? "")).contains(
        where: KindRecognizer.batchWords.contains)
    }
    for s in incoming.indices where outgoing[s].isEmpty && firstIndices[s].contains(where: stores.contains) {
      // What typically fills such a store writes into it (a trainer into the registry, an encoder
      // into the index, a ranker into a result cache).
      let fillers = Set(firstIndices[s].flatMap { catalogue.neighbourTable[$0].inputs })
      var readers: [Int] = []
      for r in incoming[s]
      where !readers.contains(r) && firstIndices[r].contains(where: lookers.contains)
        && !firstIndices[r].contains(where: { $0 == writer || fillers.contains($0) }) && !batch(r)
      {
        readers.append(r)
      }
      for r in readers {
        incoming[s].removeAll { $0 == r }
        outgoing[r].removeAll { $0 == s }
        outgoing[s].append(r)
        incoming[r].append(s)
      }
    }
  }

  /// How many rounds places propagate along the arrows: a chain of three unread boxes settles.
  static let placeRounds = 3

  /// A box's first reading, before its place counts: the kinds its words alone and its declared
  /// kind say, as kind numbers (positions in `catalogue.kinds`).
  /// A declared kind is the box's kind: its words are not read into it, unless they list several
  /// roles ("Training + evaluation"), each a kind they name.
  static func firstKinds(of box: Box, evidence: [KindEvidence], catalogue: Catalogue) -> [Int] {
    let read = KindRecognizer.counted(evidence).compactMap { catalogue.index(of: $0.kind) }
    guard let declared = box.kind, let k = catalogue.index(of: declared) else { return read }
    let named = listsRoles(box.label) ? evidence.filter(\.named).compactMap { catalogue.index(of: $0.kind) } : []
    return [k] + read.filter { $0 != k && named.contains($0) }
  }

  /// Whether a label joins names of roles ("+", "&", "and"): "Training + evaluation".
  static func listsRoles(_ label: String) -> Bool {
    AliasMatcher.words(label).contains { $0 == "+" || $0 == "&" || $0 == "and" }
  }
}

/// The places an interviewer reads a box from whatever its name: what nothing feeds and feeds the
/// data is a source; what nothing feeds and asks serving is the client; what the model registry
/// and the request feed is the serving box, and what it feeds without a request is batch
/// prediction (where the template asks for it); a scorer that candidate generation feeds is the
/// ranking, and an unread step between the ranker and the user is re-ranking (both where the
/// template asks for them); what stores what was served on its way back to training is
/// prediction logging; what the client calls and the answer comes back to is the gateway; the request's first stop before
/// the ranker is candidate generation (where the template asks for it); a store between training
/// and serving is the registry; a store batch prediction writes into is the cache; a step between
/// candidate generation and re-ranking is the ranker (where the template asks for it); a job fed by
/// the data that feeds model evaluation trains. In a funnel (where the template asks for it), a
/// check on the items' way to the ranker filters them, a model before the ranker narrows them, and
/// a model between the ranker and the final rules is a stage of the ranking. A service the client
/// calls in front of serving is the gateway; an experiment screen that training reports to tracks
/// experiments; where the template asks for them, people's uploads arrive in object storage and a
/// model run over the stored items is batch prediction.
struct Place {
  var kind: String
  var reason: String
  /// The kinds the box may already be read as (its words) for the place to apply.
  var readAs: Set<String>
  var noInputs = false
  /// Each set: some box that feeds it counts as one of these kinds.
  var fedBy: [Set<String>] = []
  var feedsAny: Set<String> = []
  /// Kinds none of which may feed the box.
  var notFedBy: Set<String> = []
  /// When not empty, the only kinds that may feed the box, each box that feeds it read as one of
  /// them: the client gets only the answers.
  var fedOnlyBy: Set<String> = []
  /// Kinds none of which the box may feed: a check that hands a model to the registry evaluates it.
  var notFeeding: Set<String> = []
  /// Whether the place reads the box so only in a template that asks for the kind: a scorer after
  /// candidate generation is the ranker of a recommender, and still the classifier of a cascade.
  var onlyWhenAsked = false
  /// Kinds whose least hint in the box's words rules the place out ("Upload API" that nothing
  /// feeds is an entry point missing its caller, not the caller).
  var unlessWordsHint: Set<String> = []
  /// Kinds whose name in the box's words rules the place out ("online inference" is no batch job).
  var unlessNamed: Set<String> = []
  /// Kinds of `readAs` the box may be read as only when its head word names stored artefacts
  /// ("Listing embeddings" holds vectors; an "Image encoder" computes them).
  var readAsWhenHolding: Set<String> = []
  /// Whether the box's head word must name stored artefacts ("Saved models, one per week"), its
  /// other words saying nothing.
  var needsArtefacts = false
  /// Whether its head word must name a store of rows ("Suggestions table"), its words saying
  /// nothing else.
  var needsLookupStore = false
  /// Whether feeding a box not read yet also satisfies `feedsAny`: the API that reads the
  /// precomputed results is read as the gateway only once they are read as a cache.
  var feedsUnreadToo = false
  /// Whether a head word naming a store of rows rules the place out: a table the answers are
  /// written into keeps them, it asks nobody.
  var unlessLookupStore = false
  /// Whether a head word for data ("Campaigns, creatives, bids"), in words that do not hint at
  /// the client, rules the place out: stored data is read, it sends no request.
  var unlessHeldData = false
  /// Whether the box's head word must name data or a place that keeps it ("Campaigns,
  /// creatives, keywords, bids"), in words that do not hint at the client.
  var needsHeldData = false
  /// Whether the box's head word must call it a model ("Virality and reactive spam models").
  var needsModelHead = false
  /// Whether a head word that calls the box a service rules the place out: a service is a
  /// program on the server side, never a person nor their app ("Query service").
  var unlessService = false
  /// Whether some box that feeds it must be unread: the caller of a front door that the answers
  /// come back to, before the caller itself is read.
  var needsUnreadCaller = false
  /// Whether the box's head word must call it a mixer of lists ("Mixer", "Blender").
  var needsMixerHead = false
  /// Whether vectors kept in a key-value store, fetched by id, rule the place out: what a batch
  /// job writes into such a store are features for serving, not its answers ("Item vectors" over
  /// "key-value store").
  var unlessKeptVectors = false
  /// Kinds the box's words read it as that the place replaces: what the request reaches before
  /// the ranker is candidate generation, not the source its words name ("Nearby events").
  var overrides: Set<String> = []
  /// Whether the box's words must read it as one of `readAs`: a place for stores reads a box that
  /// says it keeps something, not any unread box.
  var needsWords = false
  /// Kinds one of which the box's words must at least hint at ("Uploaded videos on GCS" hints at
  /// the uploads it holds); empty: no such need.
  var whenWordsHint: Set<String> = []
  /// Kinds one of which the box's words must name or hint at, not only call it by a role noun
  /// ("Model servers" scoring with "the deep ranking model" serve the ranker); empty: no such need.
  var whenWordsBack: Set<String> = []
  /// Whether the box's head word must name work done, in a form of -ion or -ing ("Image
  /// selection"), its words naming nothing.
  var needsProcessHead = false
  /// Whether the box's head word must name media it holds ("Product images"), which were taken
  /// or uploaded somewhere: a bucket's name says nothing of that.
  var needsMedia = false
  /// Whether the box's head word must call it a service or an API, its words saying nothing else.
  var needsFrontDoor = false
  /// Kinds that, feeding a box whose head word calls it a service or an API, rule the place out:
  /// a "Smart feed service" after the final rules hands the feed out, it does not re-rank it.
  var unlessFrontDoorFedBy: Set<String> = []
  /// Whether the place adds its kind beside what the words read the box as, taking nothing away:
  /// the store nothing feeds is the source of the data and still a store.
  var keepsWords = false
  /// Whether the hint at `whenWordsHint` must come from words other than a noun for a place that
  /// keeps things: "Interaction logs" is a log of nothing shown; "impressions" is what was shown.
  var hintBeyondKeepingNoun = false

  /// The place with kinds as numbers of this catalogue; nil when it lacks the kind.
  func numbered(_ catalogue: Catalogue) -> NumberedPlace? {
    guard let k = catalogue.index(of: kind) else { return nil }
    func numbers(_ ids: Set<String>) -> [Int] { ids.compactMap { catalogue.index(of: $0) } }
    return NumberedPlace(
      kind: k, reason: reason, readAs: Set(numbers(readAs)), noInputs: noInputs, fedBy: fedBy.map(numbers),
      feedsAny: numbers(feedsAny), notFedBy: numbers(notFedBy), notFeeding: numbers(notFeeding),
      fedOnlyBy: fedOnlyBy.isEmpty ? nil : Set(numbers(fedOnlyBy)),
      onlyWhenAsked: onlyWhenAsked,
      unlessWordsHint: unlessWordsHint, unlessNamed: unlessNamed, whenHolding: Set(numbers(readAsWhenHolding)),
      overrides: Set(numbers(overrides)), needsWords: needsWords, whenWordsHint: whenWordsHint,
      keepsWords: keepsWords, needsArtefacts: needsArtefacts, needsUnreadCaller: needsUnreadCaller,
      needsLookupStore: needsLookupStore, feedsUnreadToo: feedsUnreadToo, unlessLookupStore: unlessLookupStore,
      whenWordsBack: whenWordsBack, needsMedia: needsMedia, needsProcessHead: needsProcessHead,
      needsFrontDoor: needsFrontDoor, unlessFrontDoorFedBy: numbers(unlessFrontDoorFedBy),
      unlessHeldData: unlessHeldData, needsHeldData: needsHeldData, needsModelHead: needsModelHead,
      hintBeyondKeepingNoun: hintBeyondKeepingNoun, unlessService: unlessService, needsMixerHead: needsMixerHead,
      unlessKeptVectors: unlessKeptVectors)
  }

  static let all = core + later

  /// The reason of the place that reads a stream serving writes into as the prediction log.
  static let servedStreamReason = "it keeps what serving sent on its way back to training"

  /// What answers the client (`client`'s typical inputs).
  static let answers: Set<String> = [
    "inference-service", "re-ranking", "ranking", "api-gateway", "batch-prediction", "cache",
  ]

  static let core = [
    Place(
      kind: "data-source", reason: "nothing feeds it and it feeds the data",
      readAs: ["labelling", "data-source", "prediction-logging"],
      noInputs: true, feedsAny: ["stream-ingestion", "batch-etl", "data-lake", "object-storage"]),
    // The app or the person that sends events into the stream is the client; it is also where
    // the data is born only when its words speak of that data ("Search and browse clicks").
    Place(
      kind: "data-source", reason: "nothing feeds it and it feeds the data its words name",
      readAs: ["client", "labelling", "data-source", "prediction-logging"],
      noInputs: true, feedsAny: ["stream-ingestion", "batch-etl", "data-lake", "object-storage"],
      whenWordsHint: ["data-source"]),
    // A store of the items that nothing feeds, drawn into candidate generation, is where they are
    // born ("Advertiser campaigns" over "budgets, targeting, creatives, bids"): a candidate
    // generator takes a request, and this one takes nothing. Not a box its words call retrieval.
    Place(
      kind: "data-source", reason: "nothing feeds it and candidate generation picks from what it holds",
      readAs: [], noInputs: true, feedsAny: ["candidate-generation"], whenWordsHint: ["candidate-generation"]),
    // So is one whose head word names the data it keeps ("Campaigns, creatives, keywords, bids"
    // into the keyword match), whatever else a word of it hints at.
    Place(
      kind: "data-source", reason: "nothing feeds it and candidate generation picks from the data it keeps",
      readAs: ["text-search-index", "data-source", "data-lake"], noInputs: true, feedsAny: ["candidate-generation"],
      needsHeldData: true),
    // What people entered by hand about the items, nothing feeding it, that training learns from
    // is labels ("Seller-entered category and attributes, one classification head each").
    Place(
      kind: "labelling", reason: "people entered it by hand and training learns from it", readAs: [],
      noInputs: true, feedsAny: ["training-pipeline"], whenWordsHint: ["labelling"]),
    Place(
      kind: "client", reason: "nothing feeds it and it sends requests to serving", readAs: [],
      noInputs: true, feedsAny: ["inference-service", "api-gateway", "candidate-generation", "ranking"],
      notFeeding: ["batch-etl", "data-lake", "object-storage"],
      unlessWordsHint: ["api-gateway", "re-ranking", "data-source"], unlessHeldData: true, unlessService: true),
    Place(
      kind: "client", reason: "only the answers feed it and it sends requests to serving", readAs: [],
      fedBy: [Place.answers], feedsAny: ["inference-service", "api-gateway", "candidate-generation", "ranking"],
      fedOnlyBy: Place.answers,
      unlessWordsHint: ["api-gateway", "re-ranking", "inference-service", "candidate-generation", "ranking", "cache"],
      unlessLookupStore: true, unlessService: true),
    Place(
      kind: "inference-service", reason: "the model registry and the request or features feed it",
      readAs: ["training-pipeline"], fedBy: [["model-registry"], ["online-feature-store", "client", "api-gateway"]],
      notFeeding: ["model-registry", "model-evaluation", "experiment-tracking"], unlessNamed: ["training-pipeline"],
      overrides: ["training-pipeline"]),
    // Without a registry drawn, training hands its models straight to what serves them: a box
    // its head word calls models, that training feeds and that sends its scores on to decisions,
    // people or serving, applies them ("Virality and reactive spam models" fed by the offline
    // training, sending suspect posts to human review).
    Place(
      kind: "inference-service", reason: "training hands it the models and it sends its scores on",
      readAs: ["model-registry", "embedding-service"], fedBy: [["training-pipeline"]],
      feedsAny: [
        "enforcement-service", "re-ranking", "labelling", "client", "api-gateway", "ranking", "prediction-logging",
      ],
      notFeeding: ["model-registry", "model-evaluation", "experiment-tracking", "training-pipeline"],
      unlessNamed: ["model-registry"], needsModelHead: true, overrides: ["model-registry", "embedding-service"]),
    Place(
      kind: "batch-prediction", reason: "models or scheduled runs feed it and no request does",
      readAs: ["inference-service"], fedBy: [["model-registry", "ab-testing", "orchestration"]],
      notFedBy: ["client", "api-gateway", "online-feature-store", "cache", "candidate-generation", "ranking"],
      // A step that hands its output to training prepares the training data ("Data operators" in
      // a workflow); it applies no model. One that hands it to the registry or the experiment
      // tracking makes a model (the registry's inputs), as a scheduled trainer does.
      notFeeding: ["training-pipeline", "model-registry", "experiment-tracking"],
      onlyWhenAsked: true,
      unlessNamed: ["inference-service"]),
    Place(
      kind: "ranking", reason: "it scores what candidate generation found",
      readAs: ["inference-service", "ranking", "training-pipeline"], fedBy: [["candidate-generation"]],
      notFeeding: ["model-registry", "model-evaluation", "experiment-tracking"], onlyWhenAsked: true,
      unlessNamed: ["training-pipeline"], overrides: ["training-pipeline"]),
    Place(
      kind: "ranking", reason: "a model the ranker feeds on its way to the final rules is a stage of the ranking",
      readAs: [], fedBy: [["ranking", "inference-service"]], feedsAny: ["re-ranking"], onlyWhenAsked: true,
      whenWordsHint: ["ranking", "inference-service"]),
    Place(
      kind: "ranking", reason: "it combines the ranker's scores into the order the user gets",
      readAs: ["inference-service", "ranking"], fedBy: [["ranking"]], feedsAny: ["client", "api-gateway"],
      notFedBy: ["client", "api-gateway", "model-registry"], onlyWhenAsked: true, unlessNamed: ["inference-service"],
      overrides: ["inference-service"], needsWords: true),
    Place(
      kind: "ranking", reason: "it serves the ranking model its words name",
      readAs: ["inference-service", "ranking"],
      fedBy: [["client", "api-gateway", "candidate-generation", "online-feature-store", "model-registry"]],
      notFeeding: ["model-registry", "model-evaluation", "experiment-tracking"], onlyWhenAsked: true,
      needsWords: true, whenWordsBack: ["ranking"]),
    Place(
      kind: "ranking", reason: "it orders what candidate generation found before the final rules",
      readAs: ["re-ranking", "text-search-index"], fedBy: [["candidate-generation"]], feedsAny: ["re-ranking"],
      onlyWhenAsked: true),
    Place(
      kind: "training-pipeline", reason: "it takes the data and feeds the model's evaluation",
      readAs: ["batch-etl", "retraining-trigger"],
      fedBy: [
        ["data-lake", "batch-etl", "offline-feature-store", "labelling", "prediction-logging", "object-storage"]
      ],
      feedsAny: ["model-evaluation"], notFedBy: ["model-registry", "client", "api-gateway"]),
    Place(
      kind: "re-ranking", reason: "it takes the ranker's list on its way to the user", readAs: ["data-source"],
      fedBy: [["ranking", "candidate-generation", "vector-index", "re-ranking"]], feedsAny: ["client", "api-gateway"],
      notFedBy: ["client"], onlyWhenAsked: true, unlessNamed: ["data-source"], overrides: ["data-source"],
      unlessFrontDoorFedBy: ["re-ranking", "cache"]),
    Place(
      kind: "re-ranking", reason: "a check on the items' way to the ranker or the user filters them",
      readAs: ["model-evaluation"],
      fedBy: [["data-source", "client", "api-gateway", "candidate-generation", "ranking"]],
      notFedBy: ["training-pipeline", "model-registry", "experiment-tracking"],
      notFeeding: ["model-registry", "experiment-tracking"], onlyWhenAsked: true, unlessNamed: ["model-evaluation"],
      overrides: ["model-evaluation"], needsWords: true),
    Place(
      kind: "candidate-generation", reason: "a model before the ranker narrows the items from their store",
      readAs: [], fedBy: [["data-source", "re-ranking"]], feedsAny: ["ranking", "inference-service"],
      notFedBy: ["candidate-generation", "ranking", "client", "api-gateway"], onlyWhenAsked: true,
      whenWordsHint: ["ranking", "inference-service"]),
    Place(
      kind: "api-gateway", reason: "a service after the final rules hands the answer to the client", readAs: [],
      fedBy: [["re-ranking", "cache"]], feedsAny: ["client"], notFedBy: ["client"], needsFrontDoor: true),
    // "Home timeline service" that the app calls and that hands the request to the candidate
    // step or the model: a box its words only call a service or an API, in front of serving, is
    // the front door whether or not the answer is drawn back to it.
    Place(
      kind: "api-gateway", reason: "the client calls it and it passes the request on to serving", readAs: [],
      fedBy: [["client"]],
      feedsAny: [
        "candidate-generation", "ranking", "inference-service", "embedding-service", "text-search-index",
        "vector-index",
      ],
      notFedBy: ["ranking", "re-ranking", "inference-service", "candidate-generation"], needsFrontDoor: true),
    Place(
      kind: "api-gateway", reason: "the client calls it and the answer comes back to it", readAs: [],
      fedBy: [["client"], ["re-ranking", "ranking", "inference-service", "cache"]]),
    Place(
      kind: "api-gateway", reason: "it sends the request on to serving and the answer comes back to it",
      readAs: [], fedBy: [["re-ranking", "ranking", "inference-service", "cache"]],
      feedsAny: ["candidate-generation", "ranking", "inference-service", "embedding-service"],
      unlessWordsHint: ["client"], needsUnreadCaller: true),
    Place(
      kind: "candidate-generation", reason: "the request reaches it before the ranker",
      readAs: ["data-source", "candidate-generation", "text-search-index"], fedBy: [["client", "api-gateway"]],
      feedsAny: ["ranking", "inference-service"], onlyWhenAsked: true, unlessWordsHint: ["api-gateway"],
      overrides: ["data-source"]),
    Place(
      kind: "candidate-generation", reason: "a filter before the model narrows the items it scores",
      readAs: ["re-ranking"], fedBy: [["data-source", "client", "api-gateway", "inference-service"]],
      feedsAny: ["ranking", "inference-service", "candidate-generation"],
      notFedBy: ["ranking", "candidate-generation", "vector-index", "text-search-index"], onlyWhenAsked: true,
      unlessNamed: ["re-ranking"], feedsUnreadToo: true, overrides: ["re-ranking"], needsWords: true),
    // "Mixer: ANN + co-watch + trending", "Blender" before the scorer: a box that mixes the
    // lists of several sources on their way to the ranker is the candidate generation (FACTS.md:
    // several generators, two-tower ANN, popular, trending, local, before scoring); the index it
    // names is one of its sources. After the ranker, a blender is re-ranking.
    Place(
      kind: "candidate-generation", reason: "it mixes the lists of several sources before the ranker",
      readAs: ["re-ranking", "vector-index", "text-search-index", "candidate-generation"],
      feedsAny: ["ranking", "inference-service"], notFedBy: ["ranking", "inference-service", "re-ranking"],
      onlyWhenAsked: true, needsMixerHead: true, overrides: ["re-ranking", "vector-index", "text-search-index"]),
    // "Policy engine" after the harm classifier: a step the model's verdict
    // goes to, whose words hint at an action, is the service that acts on it (FACTS.md: violation
    // enforcement), where the template asks for one.
    Place(
      kind: "enforcement-service", reason: "the model's verdict goes to it and its words act on the item",
      readAs: [], fedBy: [["inference-service"]], onlyWhenAsked: true, whenWordsHint: ["enforcement-service"]),
    Place(
      kind: "candidate-generation", reason: "it turns the request into a query for the index",
      readAs: [], fedBy: [["client", "api-gateway", "inference-service"]],
      feedsAny: ["text-search-index", "vector-index"], onlyWhenAsked: true),
    // "Experimentation UI" that the evaluation's results come back to and that launches the next
    // workflow run compares training runs offline: experiment tracking. An online experiment
    // splits what serving sends users, so it feeds serving or monitoring.
    Place(
      kind: "experiment-tracking", reason: "it takes the results of training runs and hands nothing to serving",
      readAs: ["ab-testing", "client"], fedBy: [["model-evaluation", "training-pipeline"]],
      feedsAny: ["orchestration", "training-pipeline", "batch-etl"],
      notFedBy: [
        "client", "api-gateway", "inference-service", "ranking", "re-ranking", "model-registry", "prediction-logging",
        "monitoring",
      ],
      notFeeding: [
        "inference-service", "ranking", "re-ranking", "candidate-generation", "batch-prediction", "model-registry",
        "monitoring", "client", "api-gateway",
      ],
      overrides: ["ab-testing", "client"], needsWords: true),
    Place(
      kind: "model-registry", reason: "training hands it to serving",
      readAs: ["model-registry", "data-lake", "object-storage", "embedding-service"],
      fedBy: [["training-pipeline", "model-evaluation"]],
      feedsAny: [
        "inference-service", "batch-prediction", "ranking", "embedding-service", "candidate-generation", "vector-index",
        "re-ranking",
      ], readAsWhenHolding: ["embedding-service"], needsWords: true),
    Place(
      kind: "model-registry", reason: "training hands the models it keeps to serving",
      readAs: [], fedBy: [["training-pipeline", "model-evaluation"]],
      feedsAny: [
        "inference-service", "batch-prediction", "ranking", "embedding-service", "candidate-generation", "vector-index",
        "re-ranking",
      ], needsArtefacts: true),
    Place(
      kind: "cache", reason: "batch prediction writes into it for serving to read",
      readAs: ["cache", "online-feature-store"], fedBy: [["batch-prediction"]], unlessKeptVectors: true,
      needsWords: true),
    // "PYMK table in Cassandra" that the offline re-ranking fills and the API reads: a store the
    // scored lists are written into, and no feature job, keeps answers for serving to read
    // (FACTS.md: "precomputed PYMK database").
    Place(
      kind: "cache", reason: "the ranked lists are written into it for serving to read",
      readAs: ["cache", "online-feature-store"], fedBy: [["ranking", "re-ranking"]],
      feedsAny: ["api-gateway", "inference-service", "client"],
      notFedBy: [
        "client", "api-gateway", "stream-ingestion", "stream-processing", "batch-etl", "offline-feature-store",
        "data-source",
      ], feedsUnreadToo: true, unlessKeptVectors: true, overrides: ["online-feature-store"], needsWords: true),
    Place(
      kind: "cache", reason: "batch scoring writes its results into the store and the request side reads them",
      readAs: [], fedBy: [["batch-prediction", "ranking", "re-ranking"]],
      feedsAny: ["api-gateway", "inference-service", "client", "re-ranking"],
      notFedBy: ["client", "api-gateway", "stream-ingestion", "data-source"],
      notFeeding: ["training-pipeline", "model-evaluation", "data-lake", "batch-etl", "offline-feature-store"],
      needsLookupStore: true, feedsUnreadToo: true),
    Place(
      kind: "re-ranking", reason: "it orders the ranked items kept in the store on their way to the user", readAs: [],
      fedBy: [["cache"]], feedsAny: ["client", "api-gateway"], notFedBy: ["client", "api-gateway"],
      onlyWhenAsked: true, feedsUnreadToo: true, overrides: ["candidate-generation"]),
    Place(
      kind: "embedding-service", reason: "on the request's path it turns the query into a vector for the index",
      readAs: ["batch-etl", "training-pipeline"], fedBy: [["client", "api-gateway", "inference-service"]],
      feedsAny: ["vector-index"], onlyWhenAsked: true, unlessNamed: ["batch-etl", "training-pipeline"],
      feedsUnreadToo: true, overrides: ["batch-etl", "training-pipeline"],
      needsWords: true),
    Place(
      kind: "batch-etl", reason: "work on the stored data before an offline job", readAs: [],
      fedBy: [["data-source", "object-storage", "data-lake"]],
      feedsAny: ["batch-etl", "embedding-service", "batch-prediction", "training-pipeline", "inference-service"],
      notFedBy: ["client", "api-gateway", "inference-service", "ranking", "candidate-generation"],
      feedsUnreadToo: true, overrides: ["object-storage", "data-lake"], needsProcessHead: true),
    Place(
      kind: "prediction-logging", reason: Place.servedStreamReason,
      readAs: ["data-source", "stream-ingestion"],
      fedBy: [BoardReader.servingKinds],
      feedsAny: [
        "training-pipeline", "data-lake", "stream-ingestion", "offline-feature-store", "batch-etl", "stream-processing",
      ],
      // A log keeps answers; it does not send queries: what feeds the request side (the query
      // encoder, an index, the gateway) is where requests start, the client.
      notFeeding: ["embedding-service", "vector-index", "text-search-index", "api-gateway", "inference-service"]),
    Place(
      kind: "prediction-logging", reason: "it keeps what the front door handed out on its way back to training",
      readAs: ["data-source"], fedBy: [["api-gateway"]],
      feedsAny: [
        "training-pipeline", "data-lake", "stream-ingestion", "offline-feature-store", "batch-etl", "stream-processing",
      ],
      notFeeding: ["embedding-service", "vector-index", "text-search-index", "api-gateway", "inference-service"],
      overrides: ["data-source"], needsWords: true),
    Place(
      kind: "prediction-logging", reason: "it stores what serving sent, and only serving writes into it",
      readAs: ["data-lake"],
      fedBy: [["inference-service", "ranking", "re-ranking", "candidate-generation", "api-gateway"]],
      feedsAny: [
        "training-pipeline", "data-lake", "stream-ingestion", "offline-feature-store", "batch-etl", "stream-processing",
        "monitoring", "labelling",
      ],
      notFedBy: ["data-source", "stream-ingestion", "batch-etl", "stream-processing", "client"],
      overrides: ["data-lake"], needsWords: true),
    // The table a batch job writes its scores into is its output, kept for whoever reads them
    // (catalogue: batch prediction writes into the lake, a cache, the online store); what watches
    // the scores makes it no log: only a way back into the training data does.
    Place(
      kind: "prediction-logging",
      reason: "it stores the batch job's scores and goes back into the training data, and only the job writes into it",
      readAs: ["data-lake"], fedBy: [["batch-prediction"]],
      feedsAny: [
        "training-pipeline", "data-lake", "stream-ingestion", "offline-feature-store", "batch-etl", "stream-processing",
      ],
      notFedBy: ["data-source", "stream-ingestion", "batch-etl", "stream-processing", "client"],
      overrides: ["data-lake"], needsWords: true),
    // A log of what was shown ("impressions", "served results") and what users did with it,
    // written by the client or by serving, is the feedback log (FACTS.md), not a source: a
    // source has nothing feeding it ("Clickstream" that nothing feeds stays one).
    Place(
      kind: "prediction-logging", reason: "it logs what was shown, and the client or serving writes into it",
      readAs: ["data-source", "prediction-logging"],
      fedBy: [BoardReader.servingKinds.union(["client", "api-gateway"])],
      feedsAny: [
        "training-pipeline", "data-lake", "stream-ingestion", "offline-feature-store", "batch-etl", "stream-processing",
        "monitoring",
      ],
      overrides: ["data-source"], needsWords: true, whenWordsHint: ["prediction-logging"],
      hintBeyondKeepingNoun: true),
    Place(
      kind: "prediction-logging", reason: "it records what users did with what serving sent, for the source logs",
      readAs: ["data-source"], fedBy: [BoardReader.servingKinds], feedsAny: ["data-source"], needsWords: true),
  ]

  /// Places added for batch pipelines, where the template asks for batch prediction. A box its
  /// words only hint is training or inference ("Detector job on GPUs") that the model registry or
  /// a rollout step feeds, and no request, is applying a model in a batch job, not training one.
  /// An unread step that batch prediction feeds, where no request and no feature store comes in,
  /// is a later stage of the same batch job (the merge of overlapping boxes, the blur that
  /// applies them); a box its words hint is a feature store is no such step ("Feature service"
  /// that the batch feature jobs fill serves features).
  static let later = [
    // "Original uploads" that the contributors send in and the image preparation reads: what
    // people upload arrives in a store before the pipeline takes it; its words name the uploads,
    // its place says it keeps them (the people are the source). Until the uploader is read, an
    // unread box feeding it stands for them.
    Place(
      kind: "object-storage", reason: "people's uploads arrive in it on their way to the pipeline",
      readAs: ["data-source"], fedBy: [["client", "data-source"]],
      feedsAny: ["batch-etl", "batch-prediction", "embedding-service", "training-pipeline"], onlyWhenAsked: true,
      overrides: ["data-source"], needsWords: true, needsMedia: true),
    Place(
      kind: "object-storage", reason: "people's uploads arrive in it on their way to the pipeline",
      readAs: ["data-source"],
      feedsAny: ["batch-etl", "batch-prediction", "embedding-service", "training-pipeline"], onlyWhenAsked: true,
      needsUnreadCaller: true, overrides: ["data-source"], needsWords: true, needsMedia: true),
    // "Completed trips" that the app writes into when a trip ends, read into the trip history:
    // an unread store only the client writes into, feeding the data, keeps the records the
    // product makes, where its events are born (FACTS.md: "raw data sources (logs, DBs)").
    Place(
      kind: "data-source", reason: "only the client writes into it and it feeds the data: where its records are born",
      readAs: [], fedBy: [["client"]], feedsAny: ["stream-ingestion", "batch-etl", "data-lake", "object-storage"],
      fedOnlyBy: ["client"], onlyWhenAsked: true),
    Place(
      kind: "data-source", reason: "nothing on the board feeds the store and it feeds the pipeline",
      readAs: ["object-storage", "data-lake"], noInputs: true,
      feedsAny: ["batch-etl", "stream-ingestion", "embedding-service", "batch-prediction"], onlyWhenAsked: true,
      needsWords: true, whenWordsHint: ["data-source"], keepsWords: true),
    Place(
      kind: "data-source", reason: StandIns.unfedMedia,
      readAs: ["object-storage", "data-lake"], noInputs: true,
      feedsAny: ["batch-etl", "stream-ingestion", "embedding-service", "batch-prediction", "training-pipeline"],
      onlyWhenAsked: true,
      feedsUnreadToo: true, needsWords: true, needsMedia: true, keepsWords: true),
    Place(
      kind: "batch-prediction", reason: "a model or its rollout feeds it and no request does",
      readAs: ["training-pipeline", "inference-service"], fedBy: [["model-registry", "ab-testing"]],
      notFedBy: ["client", "api-gateway", "online-feature-store", "cache", "candidate-generation"], onlyWhenAsked: true,
      unlessNamed: ["training-pipeline", "inference-service"], overrides: ["training-pipeline"], needsWords: true),
    // "Privacy segmentation" after the image preparation: a model its words name or hint at,
    // run over what the batch job prepared or the store holds, with no request and no online
    // features coming in, labels every item in bulk.
    Place(
      kind: "batch-prediction", reason: "a model run over the stored items, and no request reaches it",
      readAs: ["inference-service"], fedBy: [["batch-etl", "object-storage", "data-lake"]],
      notFedBy: [
        "client", "api-gateway", "online-feature-store", "cache", "candidate-generation", "ranking", "stream-ingestion",
      ],
      notFeeding: ["training-pipeline", "client", "api-gateway"], onlyWhenAsked: true,
      unlessNamed: ["inference-service"], overrides: ["inference-service"], needsWords: true),
    Place(
      kind: "batch-prediction", reason: "it works on what batch prediction found and no request reaches it",
      readAs: [], fedBy: [["batch-prediction"]],
      // The serving side sending a request into it ("Suggestions endpoint" → "Saved
      // suggestions") is a request reaching it.
      notFedBy: [
        "client", "api-gateway", "online-feature-store", "offline-feature-store", "cache", "candidate-generation",
        "inference-service",
      ],
      // A box whose words hint at the person or the app ("Seller dashboard") is where the
      // batch's results are shown, not a further step of the batch.
      onlyWhenAsked: true, unlessWordsHint: ["online-feature-store", "offline-feature-store", "client"]),
  ]
}

/// A `Place` with kinds as numbers, checked against a box's neighbour flags.
/// A class, not a struct: every box is checked against every place in every round, and copying a
/// struct of sets out of the array for each check cost more than the checks.
final class NumberedPlace {
  let kind: Int
  let reason: String
  let readAs: Set<Int>
  let noInputs: Bool
  let fedBy: [[Int]]
  let feedsAny: [Int]
  let notFedBy: [Int]
  let notFeeding: [Int]
  let fedOnlyBy: Set<Int>?
  let onlyWhenAsked: Bool
  let unlessWordsHint: Set<String>
  let unlessNamed: Set<String>
  let whenHolding: Set<Int>
  let overrides: Set<Int>
  let needsWords: Bool
  let whenWordsHint: Set<String>
  let keepsWords: Bool
  let needsArtefacts: Bool
  let needsUnreadCaller: Bool
  let needsLookupStore: Bool
  let feedsUnreadToo: Bool
  let unlessLookupStore: Bool
  let whenWordsBack: Set<String>
  let needsMedia: Bool
  let needsProcessHead: Bool
  let needsFrontDoor: Bool
  let unlessFrontDoorFedBy: [Int]
  let unlessHeldData: Bool
  let needsHeldData: Bool
  let needsModelHead: Bool
  let hintBeyondKeepingNoun: Bool
  let unlessService: Bool
  let needsMixerHead: Bool
  let unlessKeptVectors: Bool

  init(
    kind: Int, reason: String, readAs: Set<Int>, noInputs: Bool, fedBy: [[Int]], feedsAny: [Int], notFedBy: [Int],
    notFeeding: [Int] = [], fedOnlyBy: Set<Int>? = nil, onlyWhenAsked: Bool, unlessWordsHint: Set<String>,
    unlessNamed: Set<String>, whenHolding: Set<Int>, overrides: Set<Int>, needsWords: Bool,
    whenWordsHint: Set<String> = [], keepsWords: Bool = false, needsArtefacts: Bool = false,
    needsUnreadCaller: Bool = false, needsLookupStore: Bool = false, feedsUnreadToo: Bool = false,
    unlessLookupStore: Bool = false, whenWordsBack: Set<String> = [], needsMedia: Bool = false,
    needsProcessHead: Bool = false, needsFrontDoor: Bool = false, unlessFrontDoorFedBy: [Int] = [],
    unlessHeldData: Bool = false, needsHeldData: Bool = false, needsModelHead: Bool = false,
    hintBeyondKeepingNoun: Bool = false, unlessService: Bool = false, needsMixerHead: Bool = false,
    unlessKeptVectors: Bool = false
  ) {
    self.needsMixerHead = needsMixerHead
    self.unlessKeptVectors = unlessKeptVectors
    self.hintBeyondKeepingNoun = hintBeyondKeepingNoun
    self.unlessService = unlessService
    self.kind = kind
    self.reason = reason
    self.readAs = readAs
    self.noInputs = noInputs
    self.fedBy = fedBy
    self.feedsAny = feedsAny
    self.notFedBy = notFedBy
    self.notFeeding = notFeeding
    self.fedOnlyBy = fedOnlyBy
    self.onlyWhenAsked = onlyWhenAsked
    self.unlessWordsHint = unlessWordsHint
    self.unlessNamed = unlessNamed
    self.whenHolding = whenHolding
    self.overrides = overrides
    self.needsWords = needsWords
    self.whenWordsHint = whenWordsHint
    self.keepsWords = keepsWords
    self.needsArtefacts = needsArtefacts
    self.needsUnreadCaller = needsUnreadCaller
    self.needsLookupStore = needsLookupStore
    self.feedsUnreadToo = feedsUnreadToo
    self.unlessLookupStore = unlessLookupStore
    self.whenWordsBack = whenWordsBack
    self.needsMedia = needsMedia
    self.needsProcessHead = needsProcessHead
    self.needsFrontDoor = needsFrontDoor
    self.unlessFrontDoorFedBy = unlessFrontDoorFedBy
    self.unlessHeldData = unlessHeldData
    self.needsHeldData = needsHeldData
    self.needsModelHead = needsModelHead
  }

  /// Whether the place reads a box: `holds`, and its words do not rule it out.
  func applies(
    kinds: [Int], evidence: [KindEvidence], inFlags: [Bool], outFlags: [Bool], hasInputs: Bool, hasOutputs: Bool,
    label: String, detail: String? = nil,
    fedByUnread: Bool = false, feedsUnread: Bool = false
  ) -> Bool {
    guard !(needsWords && kinds.isEmpty),
      holds(
        kinds: kinds, inFlags: inFlags, outFlags: outFlags, hasInputs: hasInputs, hasOutputs: hasOutputs,
        feedsUnread: feedsUnreadToo && feedsUnread),
      !evidence.contains(where: { unlessWordsHint.contains($0.kind) || $0.named && unlessNamed.contains($0.kind) })
    else { return false }
    guard
      whenWordsHint.isEmpty
        || evidence.contains(where: { item in
          whenWordsHint.contains(item.kind)
            && (!hintBeyondKeepingNoun || item.reasons.contains { !KindRecognizer.namesKeepingNoun($0) })
        })
    else { return false }
    guard !needsArtefacts || KindRecognizer.holdsArtefacts(label) else { return false }
    guard
      whenWordsBack.isEmpty || evidence.contains(where: { whenWordsBack.contains($0.kind) && ($0.named || $0.hinted) })
    else { return false }
    // "GCS" over "uploaded videos": under a label that is one name, a detail line that says
    // the media were uploaded says what the store holds and where it came from ("GCS" over
    // "original images" says nothing of that).
    guard
      !needsMedia || KindRecognizer.holdsMedia(label)
        || AliasMatcher.words(label).count == 1
          && detail.map { KindRecognizer.holdsMedia($0) && KindRecognizer.saysUploaded($0) } == true
    else { return false }
    if needsFrontDoor || !unlessFrontDoorFedBy.isEmpty {
      let door = KindRecognizer.namesFrontDoor(label) && !evidence.contains { $0.named || $0.hinted }
      if needsFrontDoor && !door { return false }
      if door && unlessFrontDoorFedBy.contains(where: { inFlags[$0] }) { return false }
    }
    guard !needsProcessHead || KindRecognizer.namesWork(label) && !evidence.contains(where: \.named) else {
      return false
    }
    guard !needsUnreadCaller || fedByUnread else { return false }
    guard !needsModelHead || KindRecognizer.namesModel(label) else { return false }
    guard !needsMixerHead || KindRecognizer.namesMixer(label) else { return false }
    guard !unlessKeptVectors || KindRecognizer.vectorsByKey(label: label, detail: detail) == nil else { return false }
    guard !unlessService || !KindRecognizer.namesService(label) else { return false }
    if unlessHeldData || needsHeldData {
      let held = !evidence.contains(where: { $0.kind == "client" }) && KindRecognizer.namesHeldData(label)
      if held ? unlessHeldData : needsHeldData { return false }
    }
    if needsLookupStore || unlessLookupStore, KindRecognizer.namesLookupStore(label) != needsLookupStore {
      return false
    }
    // Only those kinds feed it: every box that feeds it is read, as one of them.
    if let fedOnlyBy,
      fedByUnread || inFlags.indices.contains(where: { inFlags[$0] && !fedOnlyBy.contains($0) })
    {
      return false
    }
    // A table or store of such artefacts holds them too ("Embedding table", versioned rows).
    return !kinds.contains(where: whenHolding.contains) || KindRecognizer.holdsArtefacts(label)
      || KindRecognizer.namesLookupStore(label)
  }

  /// - Parameters: kinds: what the box's words read it as; inFlags, outFlags: by kind number,
  ///   whether a box of that kind feeds it, or is fed by it.
  ///   feedsUnread: whether it feeds a box not read yet, and that counts as feeding `feedsAny`.
  func holds(
    kinds: [Int], inFlags: [Bool], outFlags: [Bool], hasInputs: Bool, hasOutputs: Bool, feedsUnread: Bool = false
  ) -> Bool {
    guard hasOutputs, kinds.allSatisfy({ readAs.contains($0) }), !(noInputs && hasInputs) else { return false }
    guard fedBy.allSatisfy({ $0.contains { inFlags[$0] } }), !notFedBy.contains(where: { inFlags[$0] }) else {
      return false
    }
    guard !notFeeding.contains(where: { outFlags[$0] }) else { return false }
    return feedsAny.isEmpty || feedsUnread || feedsAny.contains { outFlags[$0] }
  }
}

/// What a box's reading takes from outside its own words: how each box that feeds it and each box
/// it feeds is seen (its `firstKinds` and the kinds places give it, `placedRounds`), one list per
/// arrow in arrow order, and what its
/// outgoing arrows' labels say they carry. A place rule that reads anything else about the board
/// (a neighbour's label, a box two arrows away) must add it here, or the app's remembered readings
/// go stale: `CheckerReadingMemoTests` compares them with fresh reads.
struct Surroundings: Equatable, Sendable {
  var fedBy: [[Int]]
  var feeds: [[Int]]
  /// Each (kind, phrase) an outgoing arrow's label carries, in arrow order.
  var sends: [[String]]
  /// The users' actions the client writes into the box, as its arrows' labels say them.
  var receives: [String] = []
  /// The logged predictions that arrows into the box carry (arrows read as prediction logging).
  var logged: [String] = []
}

/// What a box's place says about one kind, kept as kind numbers until a reason is written.
struct StructureNote: Hashable, Sendable {
  var nothing = false
  var fedBy: [Int] = []
  var feeds: [Int] = []
  var said: String?

  /// Whether the box's neighbours or arrow labels say anything for the kind (that nothing feeds
  /// it is true of every caller too, and says too little).
  var confirms: Bool { !fedBy.isEmpty || !feeds.isEmpty || said != nil }

  /// Whether the place speaks for the kind from two sides (what feeds the box, or that nothing
  /// does, and what it feeds), or an arrow's words say it.
  var twoSided: Bool { (nothing || !fedBy.isEmpty) && !feeds.isEmpty || said != nil }

  func reasons(_ kinds: [ComponentKind]) -> [String] {
    var out: [String] = []
    if nothing { out.append("nothing feeds it") }
    if !fedBy.isEmpty { out.append("fed by " + fedBy.prefix(2).map { kinds[$0].name }.joined(separator: " and ")) }
    if !feeds.isEmpty { out.append("feeds " + feeds.prefix(2).map { kinds[$0].name }.joined(separator: " and ")) }
    if let said { out.append("its arrow says '\(said)'") }
    return out
  }
}
