// A box's second role, read once every box has its first reading: a role FACTS.md draws as a
// component of its own that the box performs when the design draws no other box for it (the
// corpus's labelling policy, Tests/MLSDCoreTests/Fixtures/corpus/README.md, R2, R7, R8 and R9).
// It looks at the readings of the box's neighbours, and for the trainer at the whole board, so it
// runs after the per-box reading and its memo, which key on a box's text and neighbours only.

enum SecondRoles {
  /// Words that say a training box retrains on a calendar or keeps learning (FACTS.md: the
  /// retraining trigger is "continual learning, scheduled retraining"), compared as lower-case text.
  static let scheduleWords = [
    "hourly", "daily", "nightly", "weekly", "monthly", "every ", "continual", "continuous", "incremental",
    "warm start", "warm-start", "frequent", "online learn", "as it arrives", "as they arrive", "keeps training",
    "keeps updating", "keep updating", "from the last", "from yesterday", "refreshed",
  ]

  /// Where an index hands its nearest items at request time: the ranker, the rules after it, the
  /// page or the gateway the page calls.
  static let requestPath: Set<String> = ["ranking", "re-ranking", "client", "api-gateway"]
  /// What queries an index at request time: the page, the gateway, an encoder, or a query step
  /// the checker does not read ("Query service").
  static let querySide: Set<String> = ["client", "api-gateway", "embedding-service"]
  /// The data side of a design, which feeds an encoder that embeds the catalogue ahead of requests.
  static let dataSide: Set<String> = [
    "object-storage", "data-source", "stream-ingestion", "stream-processing", "batch-etl", "data-lake",
  ]
  /// Who asks at request time: an encoder they feed embeds the query.
  static let requestSide: Set<String> = ["client", "api-gateway", "cache"]

  /// Boxes that write what they took in or served into a stream: not where the data is born.
  static let writers: Set<String> = ["api-gateway", "inference-service", "ranking", "enforcement-service"]

  /// Words for the vector a fallback makes.
  static let vectorWords: Set<String> = ["vec", "vector", "vectors", "embedding", "embeddings"]

  /// What runs a trained model: an encoder fed by one of these runs the model it was handed.
  static let modelSide: Set<String> = ["model-registry", "model-evaluation", "training-pipeline"]
  /// The data preparation a scheduler's run goes through on its way to training.
  static let preparation: Set<String> = ["batch-etl", "data-lake", "offline-feature-store", "stream-processing"]

  /// Adds the second roles to `boxes` (index-aligned with `board.boxes`).
  static func add(
    to boxes: inout [BoxReading], board: Board, incoming: [[Int]], outgoing: [[Int]], catalogue: Catalogue,
    expected: Set<String>
  ) {
    var first = boxes.map(\.kinds)
    func any(_ ns: [Int], _ wanted: Set<String>) -> Bool { ns.contains { !first[$0].isDisjoint(with: wanted) } }
    func count(_ i: Int, _ kind: String, _ reason: String) {
      boxes[i].counted.append(
        KindEvidence(kind: kind, score: KindRecognizer.aliasScore, reasons: [reason], named: true))
      boxes[i].guesses.removeAll { $0.kind == kind }
      first[i].insert(kind)
    }
    for i in boxes.indices where board.boxes[i].kind == nil {
      // "Rules engine": a name two kinds share is the one the template asks for (`SharedNames`);
      // the other stays a guess, unless another of its names calls the box so too.
      for (name, candidates) in SharedNames.kinds {
        let byName = boxes[i].counted.filter { e in
          candidates.contains(e.kind) && e.reasons.contains { $0.hasSuffix("'\(name)'") }
        }
        guard byName.count > 1, let kept = SharedNames.choice(name, asked: expected) else { continue }
        for e in byName where e.kind != kept {
          let otherName = e.reasons.contains { $0.contains("name") && !$0.hasSuffix("'\(name)'") }
          guard !otherName else { continue }
          boxes[i].guesses.append(e)
          boxes[i].counted.removeAll { $0.kind == e.kind }
          first[i].remove(e.kind)
        }
      }
      // R10: a box that several indexes hand their lists to and that hands them on to the ranker
      // merges candidates: the last step of retrieval, not the rules after the ranker.
      // One that hands the merged list on, but not to the page or the gateway, scores it for the
      // final rules: the ranking stage (FACTS.md: the fusing layer before the re-ranking service).
      let indexes = incoming[i].filter { !first[$0].isDisjoint(with: ["vector-index", "text-search-index"]) }
      if Set(indexes).count > 1, first[i].isSubset(of: ["re-ranking"]) {
        let merges = any(outgoing[i], ["ranking"])
        if merges || !any(outgoing[i], ["client", "api-gateway"]) {
          boxes[i].counted.removeAll { $0.kind == "re-ranking" }
          first[i].remove("re-ranking")
          if merges {
            count(i, "candidate-generation", "merges the lists of several indexes before the ranker")
          } else {
            count(i, "ranking", "fuses the lists of several indexes before the final rules")
          }
        }
      }
      // A queue that only labelling feeds and that hands its items on to labelling, its words
      // hinting at labelling, is the people's work queue ("Hard-example queue" between the users'
      // reports and the relabelling), not an event stream: a stream carries what sources, the app
      // or serving send (catalogue: stream ingestion's inputs).
      if first[i] == ["stream-ingestion"], boxes[i].guesses.contains(where: { $0.kind == "labelling" }),
        !incoming[i].isEmpty, incoming[i].allSatisfy({ first[$0].contains("labelling") }),
        any(outgoing[i], ["labelling"])
      {
        boxes[i].guesses += boxes[i].counted.filter { $0.kind == "stream-ingestion" }
        boxes[i].counted.removeAll { $0.kind == "stream-ingestion" }
        first[i].remove("stream-ingestion")
        count(i, "labelling", "only labelling feeds it and it hands its items on to labelling: their work queue")
      }
      // FACTS.md (video recommendation): candidate generation is several generators (a two-tower
      // ANN, popular, trending, local) whose lists are combined. A box read as a data source only
      // for being called "sources", that only the request reaches and that hands its items to
      // candidate generation or the ranker and to no data step, is such a generator.
      if first[i] == ["data-source"],
        KindRecognizer.headWord(of: board.boxes[i].label).map({ ["source", "sources"].contains($0) }) == true,
        !incoming[i].isEmpty, incoming[i].allSatisfy({ !first[$0].isDisjoint(with: ["client", "api-gateway"]) }),
        !outgoing[i].isEmpty,
        outgoing[i].allSatisfy({ !first[$0].isDisjoint(with: ["candidate-generation", "ranking"]) })
      {
        boxes[i].guesses += boxes[i].counted.filter { $0.kind == "data-source" }
        boxes[i].counted.removeAll { $0.kind == "data-source" }
        first[i].remove("data-source")
        count(i, "candidate-generation", "sources the request reaches that hand their items to retrieval: generators")
      }
      // FACTS.md (visual search): the query is embedded, then its nearest neighbours looked up. A
      // served model the request reaches that hands the index its query, its words hinting at an
      // encoder, is that query encoder too.
      if first[i].contains("inference-service"), !first[i].contains("embedding-service"),
        boxes[i].guesses.contains(where: { $0.kind == "embedding-service" }), any(incoming[i], requestSide),
        any(outgoing[i], ["vector-index"])
      {
        count(i, "embedding-service", "a served model the request reaches that hands the index its query: encodes it")
      }
      // A fallback whose words name the vector it makes ("Cold-start fallback" over "mean vec of 3
      // nearby listings") gives a new item a stand-in vector: the embedding fetcher's cold start
      // (FACTS.md: "new listings without embeddings: heuristic from nearby listings"), not a
      // generator of candidates.
      if first[i] == ["candidate-generation"], KindRecognizer.headWord(of: board.boxes[i].label) == "fallback",
        !Set(AliasMatcher.words(board.boxes[i].label + " " + (board.boxes[i].detail ?? ""))).isDisjoint(
          with: vectorWords)
      {
        boxes[i].guesses += boxes[i].counted.filter { $0.kind == "candidate-generation" }
        boxes[i].counted.removeAll { $0.kind == "candidate-generation" }
        first[i].remove("candidate-generation")
        count(i, "embedding-service", "a fallback that makes a vector for a new item: the fetcher's cold start")
      }
      // "Routing API" (drive time), "Weather API": a box read as the front door by its words
      // alone ("API", "routing" hint at it; no name of the gateway), that nothing calls and whose
      // arrows go only into serving boxes the request reaches another way, is no front door (the
      // gateway takes the client's requests): it is an outside service serving reads a value
      // from, where that input comes from, a data source.
      let gatewayByName = boxes[i].counted.contains { e in
        e.kind == "api-gateway" && e.reasons.contains { $0.hasPrefix("named") }
      }
      if first[i] == ["api-gateway"], !gatewayByName, incoming[i].isEmpty, !outgoing[i].isEmpty,
        outgoing[i].allSatisfy({ o in
          !first[o].isDisjoint(with: BoardReader.servingKinds)
            && incoming[o].contains { $0 != i && !first[$0].isDisjoint(with: ["client", "api-gateway"]) }
        })
      {
        boxes[i].guesses += boxes[i].counted.filter { $0.kind == "api-gateway" }
        boxes[i].counted.removeAll { $0.kind == "api-gateway" }
        first[i].remove("api-gateway")
        count(i, "data-source", "nothing calls it and serving, which the request reaches another way, reads from it")
      }
      // R1: a scheduler that nobody launches by hand (nothing or the dashboards feed it) and whose
      // run reaches training through data preparation starts the training runs.
      if first[i].contains("orchestration"), !first[i].contains("retraining-trigger"),
        incoming[i].allSatisfy({ first[$0].contains("monitoring") }),
        reachesTraining(from: i, first: first, outgoing: outgoing)
      {
        count(i, "retraining-trigger", "a scheduler whose run reaches training through data preparation")
      }
    }
    // R2: a box other than a trainer that starts training; with one, trainers are trainers only.
    let triggered = boxes.indices.contains { i in
      first[i].contains("retraining-trigger") && !first[i].contains("training-pipeline")
        || first[i].contains("orchestration") && any(outgoing[i], ["training-pipeline"])
    }
    // The stream and serving second roles look for a box of their kind anywhere on the board.
    let carried = boxes.indices.contains { first[$0].contains("stream-ingestion") }
    let served = boxes.indices.contains { first[$0].contains("inference-service") }
    let streams = streamTechnologies(catalogue)
    for i in boxes.indices where board.boxes[i].kind == nil {
      let kinds = first[i]
      var added: [(String, String)] = []
      // A source its words put on a stream ("Engagement events" over "Kafka topic") is also
      // the stream ingestion when no other box carries the events (FACTS.md: stream ingestion is
      // Kafka, Kinesis, Pub/Sub).
      if !carried, kinds.contains("data-source"), kinds.isDisjoint(with: ["stream-ingestion", "stream-processing"]),
        !outgoing[i].isEmpty, let stream = named(streams, in: board.boxes[i])
      {
        added.append(("stream-ingestion", "a source its words put on '\(stream)' and no other box carries the events"))
        // "Post events" over "Kafka" after the upload API: what the front door or serving writes
        // into is the stream carrying the events on, not where they are born (a source is fed by
        // nothing or by the app: catalogue, the data source's inputs).
        if any(incoming[i], writers) {
          boxes[i].guesses += boxes[i].counted.filter { $0.kind == "data-source" }
          boxes[i].counted.removeAll { $0.kind == "data-source" }
          first[i].remove("data-source")
        }
      }
      // A front door (and nothing else) that answers the client from the cache and calls
      // candidate generation on a miss is the serving box when no other box serves (FACTS.md, people you may know: the
      // service reads the precomputed suggestions).
      // The cache may be drawn as the lookup it is: an arrow into it, and none out of it ("PYMK
      // service → PYMK cache").
      let readsCache =
        any(incoming[i], ["cache"]) || outgoing[i].contains { first[$0].contains("cache") && outgoing[$0].isEmpty }
      if !served, kinds == ["api-gateway"], readsCache, any(outgoing[i], ["client"]),
        any(outgoing[i], ["candidate-generation"])
      {
        added.append(
          (
            "inference-service",
            "answers the client from the cache and calls candidate generation, and no other box serves"
          ))
      } else if !served, kinds == ["api-gateway"], readsCache, any(outgoing[i], ["client"]),
        KindRecognizer.namesFallback(board.boxes[i].label + " " + (board.boxes[i].detail ?? ""))
      {
        // Its words say what it does when the cache has nothing ("gRPC, fallback to FoF"): it
        // decides the answer, the serving box, whether or not the fallback is drawn.
        added.append(
          (
            "inference-service",
            "answers the client from the cache and its words name a fallback, and no other box serves"
          ))
      }
      // R7: an index queried at request time (fed by the page, the gateway, an encoder or an unread
      // query step) whose nearest items go on to the ranker or the page, with no retrieval box
      // beside it, is the retrieval step (FACTS.md: visual search's nearest
      // neighbour service over the index table).
      if !kinds.isDisjoint(with: ["vector-index", "text-search-index"]),
        kinds.isDisjoint(with: ["candidate-generation", "cache"]), any(outgoing[i], requestPath),
        incoming[i].contains(where: { first[$0].isEmpty || !first[$0].isDisjoint(with: querySide) }),
        !any(incoming[i] + outgoing[i], ["candidate-generation"])
      {
        // A service no word reads that the request reaches and that asks the index (R7: "a
        // lookup box queries it") is the retrieval step, and the index only the index.
        if let asker = incoming[i].first(where: { q in
          first[q].isEmpty && board.boxes[q].kind == nil && any(incoming[q], requestSide.union(querySide))
            && KindRecognizer.headWord(of: board.boxes[q].label).map(KindRecognizer.machineNouns.contains) == true
        }) {
          count(asker, "candidate-generation", "a service the request reaches that asks the index: the retrieval step")
        } else {
          added.append(
            ("candidate-generation", "an index whose nearest items go straight on to serving: the retrieval step"))
        }
      }
      // R8: an encoder fed from the data side, not by the request, that writes into the index
      // embeds the catalogue ahead of time (FACTS.md: batch prediction is precomputed); so does
      // one whose vectors reach the index through the batch export that loads it.
      let fillsIndex =
        any(outgoing[i], ["vector-index"])
        || outgoing[i].contains { first[$0].contains("batch-prediction") && any(outgoing[$0], ["vector-index"]) }
      // An encoder only the model side feeds, whose index another encoder the request reaches
      // queries, is the item side of the pair: it fills the index with the items' vectors ahead
      // of requests (R8; FACTS.md: two-tower retrieval, item embeddings precomputed and indexed).
      let queriedByAnother = outgoing[i].contains { j in
        first[j].contains("vector-index")
          && incoming[j].contains { k in
            k != i && first[k].contains("embedding-service") && any(incoming[k], requestSide)
          }
      }
      let onlyModelSide = !incoming[i].isEmpty && incoming[i].allSatisfy { !first[$0].isDisjoint(with: modelSide) }
      if kinds.contains("embedding-service"), kinds.isDisjoint(with: ["batch-prediction", "training-pipeline"]),
        fillsIndex, any(incoming[i], dataSide), any(incoming[i], modelSide),
        !any(incoming[i], requestSide)
      {
        added.append(("batch-prediction", "an encoder fed by the data that fills the index: embeds ahead of requests"))
      } else if kinds.contains("embedding-service"), kinds.isDisjoint(with: ["batch-prediction", "training-pipeline"]),
        any(outgoing[i], ["vector-index"]), onlyModelSide, queriedByAnother
      {
        added.append(
          (
            "batch-prediction",
            "an encoder no request reaches that fills the index another encoder queries: the item side"
          ))
      }
      // R9: a batch job that candidate generation feeds scores the candidates ahead of time
      // (FACTS.md, people you may know: the scoring service filling the precomputed database).
      if kinds.contains("batch-prediction"), kinds.isDisjoint(with: ["ranking", "embedding-service"]),
        any(incoming[i], ["candidate-generation"]), !any(outgoing[i], ["vector-index"])
      {
        added.append(("ranking", "a batch job that scores the candidates generation feeds it"))
      }
      // R2: a trainer whose words say when it retrains is the design's retraining trigger when no
      // other box starts training.
      if !triggered, kinds.contains("training-pipeline"), !kinds.contains("retraining-trigger") {
        let box = board.boxes[i]
        let text = (box.label + " " + (box.detail ?? "")).lowercased()
        if let word = scheduleWords.first(where: { text.contains($0) }) {
          added.append(
            (
              "retraining-trigger",
              "a trainer that says when it retrains ('\(word.trimmingCharacters(in: .whitespaces))') and no other box starts training"
            ))
        }
      }
      for (kind, reason) in added { count(i, kind, reason) }
    }
    // R6: a ranker is the ranking service, its case study's model server; it is also the online
    // inference service when its words name a serving runtime ("TF Serving", "model servers") and
    // no box beside it is that runtime, and otherwise only where the template asks for an
    // inference service the ranker may be.
    let runtimes = servingRuntimes(catalogue)
    for i in boxes.indices where board.boxes[i].kind == nil && first[i].contains("ranking") {
      let text = (board.boxes[i].label + " " + (board.boxes[i].detail ?? "")).lowercased()
      let named = runtimes.contains { text.contains($0) }
      if named, !first[i].contains("inference-service"), !any(incoming[i] + outgoing[i], ["inference-service"]) {
        count(i, "inference-service", "a ranker its words put on a serving runtime")
      } else if !named, first[i].contains("inference-service"), !expected.contains("inference-service") {
        boxes[i].counted.removeAll { $0.kind == "inference-service" }
        first[i].remove("inference-service")
      }
    }
  }

  /// The serving runtimes among the inference service's names: its technologies (written with a
  /// capital letter: "Triton", "SageMaker endpoint") and "model server", lower-cased.
  static func servingRuntimes(_ catalogue: Catalogue) -> [String] {
    let aliases = catalogue.kind("inference-service")?.aliases ?? []
    return aliases.filter { $0.first?.isUppercase == true }.map { $0.lowercased() } + ["model server"]
  }

  /// The stream technologies among stream ingestion's names (written with a capital letter:
  /// "Kafka", "Pub/Sub"), as words.
  static func streamTechnologies(_ catalogue: Catalogue) -> [[String]] {
    let aliases = catalogue.kind("stream-ingestion")?.aliases ?? []
    return aliases.filter { $0.first?.isUppercase == true }.map { AliasMatcher.words($0.lowercased()) }
  }

  /// The first of `names` (as words) that the box's label or detail line holds as whole words.
  static func named(_ names: [[String]], in box: Box) -> String? {
    let words = AliasMatcher.words((box.label + " " + (box.detail ?? "")).lowercased())
    for name in names where !name.isEmpty && words.count >= name.count {
      for start in 0...(words.count - name.count) where Array(words[start..<(start + name.count)]) == name {
        return name.joined(separator: " ")
      }
    }
    return nil
  }

  /// Whether a path of at most three arrows from box `i` through data preparation (or boxes not
  /// read; a feature store read as both stores is the offline one there) reaches a training box.
  static func reachesTraining(from i: Int, first: [Set<String>], outgoing: [[Int]]) -> Bool {
    var frontier = outgoing[i]
    var visited: Set<Int> = [i]
    for _ in 0..<3 {
      var next: [Int] = []
      for o in frontier where visited.insert(o).inserted {
        if first[o].contains("training-pipeline") { return true }
        // "Feature store" read as both stores is the offline one on its way to training.
        let store =
          first[o].contains("offline-feature-store")
          && first[o].subtracting(["online-feature-store"])
            .isSubset(of: preparation)
        if first[o].isEmpty || first[o].isSubset(of: preparation) || store { next += outgoing[o] }
      }
      frontier = next
    }
    return false
  }
}
