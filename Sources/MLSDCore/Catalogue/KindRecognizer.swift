// Reads a box's label and detail line as a person would: names and technologies say what a box is
// ("MLflow" is a model registry), hint words suggest it ("nightly training", "fraud classifier"),
// and the head noun weighs most ("Scoring audit log" is a log, not a scorer). Each kind gets a
// score with the words behind it; the board's structure is added later (`BoardReader`).

/// Evidence that a box is of one kind: a score and the reasons, in words a user can check.
public struct KindEvidence: Hashable, Sendable {
  public var kind: String
  public var score: Int
  public var reasons: [String]
  /// Whether the text names the kind (its name, an alias or a technology), not only hints at it.
  public var named: Bool
  /// Whether hint words (not only a role noun) point at the kind.
  public var hinted: Bool
  /// Whether the box counts as the kind only as a stand-in for a box the design does not draw
  /// (Checker/StandIns: the app as the data source, users posting as the client).
  public var standIn: Bool

  public init(
    kind: String, score: Int, reasons: [String], named: Bool = false, hinted: Bool = false, standIn: Bool = false
  ) {
    self.kind = kind
    self.score = score
    self.reasons = reasons
    self.named = named
    self.hinted = hinted
    self.standIn = standIn
  }
}

struct KindRecognizer: Sendable {
  /// A name or technology of the kind: enough alone.
  static let aliasScore = 3
  /// A box counts as a kind from this score on; below it, a kind with some evidence is a guess.
  static let countedScore = 2

  private let names: AliasMatcher
  private let cues: AliasMatcher
  private let carries: AliasMatcher
  private let roles: [String: [String]]
  /// Kinds that a detail line names only as content ("raw events", "per customer"), not as what
  /// the box is built with: there, their names are hints.
  private let contentKinds: Set<String>

  init(kinds: [ComponentKind]) {
    contentKinds = Set(
      kinds.filter { ["sources", "client", "labelling"].contains($0.category) }.map(\.id)
        + ["prediction-logging", "embedding-service"])
    names = AliasMatcher(kinds: kinds)
    cues = AliasMatcher(phrases: kinds.map { ($0.id, $0.cues) })
    carries = AliasMatcher(phrases: kinds.map { ($0.id, $0.carries) })
    var roles: [String: [String]] = [:]
    for kind in kinds {
      for role in kind.roles { for stem in WordForms.stems(role) { roles[stem, default: []].append(kind.id) } }
    }
    self.roles = roles
  }

  /// Every kind the label and detail line give evidence for, strongest first.
  func read(label: String, detail: String?) -> [KindEvidence] {
    var found: [String: KindEvidence] = [:]
    func add(_ kind: String, _ score: Int, _ reason: String, named: Bool = false, hinted: Bool = false) {
      var evidence = found[kind] ?? KindEvidence(kind: kind, score: 0, reasons: [])
      guard !evidence.reasons.contains(reason) else { return }
      evidence.score += score
      evidence.reasons.append(reason)
      evidence.named = evidence.named || named
      evidence.hinted = evidence.hinted || hinted
      found[kind] = evidence
    }
    let texts = [(label, true)] + (detail.map { [($0, false)] } ?? [])
    // Whether the label's names and hint words, before any role noun, say what the box is:
    // "Offline computation" hints at a batch job once and is only called a computation, so its
    // detail line ("candidate lists for every member") may still name it.
    var spoke = false
    // The kinds the label names: a detail line that repeats one of them may list more.
    var labelNames: Set<String> = []
    // The participle of labelling in the label ("Labelled tiles in S3"), if any: labelled data.
    var labelledData: String?
    // Whether the label's head word says what the box holds ("Impression and click events",
    // "Impression log"), not what works on it: a detail line of technologies alone is then where
    // it lives.
    var labelHolds = false
    for (text, isLabel) in texts {
      // A detail line describes the box the label already says ("Event scorer: XGBoost on a
      // SageMaker endpoint"): its names then only hint; under a label that says nothing
      // ("Radar"), a technology it names is what the box is.
      let labelSpoke = spoke
      let words = AliasMatcher.words(text)
      let stems = words.map(WordForms.stem)
      var nameMatches = names.matches(words: words, stems: stems)
      // "Voice chat clips", "Labelled clips in BigQuery": a product name that is also a word for
      // media ("CLIP"), written in lower case, is the media, not the product.
      nameMatches.removeAll { $0.exact && KindRecognizer.isMediaWordAsWritten($0, words: words, text: text) }
      var cueMatches = isLabel ? cues.matches(words: words, stems: stems) : []
      // The same word as a hint at the product ("clip" for CLIP) is the media too.
      cueMatches.removeAll { cue in
        KindRecognizer.isMediaWordAsWritten(cue, words: words, text: text)
          && names.matches(words: [words[cue.start]], stems: [stems[cue.start]]).contains {
            $0.exact && $0.kind == cue.kind
          }
      }
      // "Fallback for new users": a person after "for" is whom the box serves, not what it is
      // ("Mobile app for users" is still the app, by its name).
      cueMatches.removeAll { $0.kind == "client" && KindRecognizer.servedPerson(words: words, at: $0.start) }
      // "p_like, p_share": actions a model predicts the probability of are its outputs, no
      // users' events kept and no watched metric; what they say is the ranker's (below).
      cueMatches.removeAll { KindRecognizer.predictedAction(words: words, at: $0.start, text: text.lowercased()) }
      var head = isLabel ? KindRecognizer.headIndex(of: text, words: words) : nil
      // Whether the head word is the work a group of people is named after ("Label team").
      var crewWork = false
      // "Binary index engine" is an index: a machine noun after a role noun of another kind, with
      // no name over either, leaves the head to that noun.
      if let last = head, last > 0, KindRecognizer.machineNouns.contains(words[last]),
        KindRecognizer.keepingNouns.contains(words[last - 1]), roles[stems[last - 1]] != nil,
        !nameMatches.contains(where: { $0.end > last - 1 && $0.start <= last })
      {
        head = last - 1
      }
      // "Label team", "Human raters": people keep no data, and a group of them is named after the
      // work it does, the word before it.
      if let last = head, isLabel, KindRecognizer.workerNouns.contains(words[last]) {
        cueMatches.removeAll { KindRecognizer.storedKinds.contains($0.kind) }
        // "User Operations team": a team works for the product; a word of its users says whom
        // it serves, and the team is no client.
        if KindRecognizer.crewNouns.contains(words[last]) { cueMatches.removeAll { $0.kind == "client" } }
        if last > 0, KindRecognizer.crewNouns.contains(words[last]),
          !nameMatches.contains(where: { $0.end > last - 1 && $0.start <= last })
        {
          head = last - 1
          crewWork = true
        }
      }
      // "Past moderation decisions": after "past", "previous" or "prior", the head word is a
      // record of work done before; the work it hints at (a decision, a score) is not done here.
      if let last = head, isLabel, last > 0, KindRecognizer.pastWords.contains(words[0]) {
        cueMatches.removeAll {
          $0.start <= last && $0.end > last && KindRecognizer.itemWorkKinds.contains($0.kind)
        }
      }
      // "Reports from users and business owners", "Member reports": reports that people write
      // are user reports (FACTS.md: labelling), not a model's evaluation report.
      if let last = head, isLabel, KindRecognizer.reportNouns.contains(words[last]),
        cueMatches.contains(where: { $0.kind == "client" && $0.start != last })
      {
        cueMatches.removeAll { $0.kind == "model-evaluation" && $0.start <= last && $0.end > last }
      }
      // "Drift detector", "Skew detection": what a detector looks for says what it is; drift
      // in data or predictions is watched by monitoring, whatever model finds it (FACTS.md).
      if let last = head, isLabel, last > 0, words[last].hasPrefix("detect"),
        cueMatches.contains(where: {
          $0.kind == "monitoring" && $0.end == last && KindRecognizer.watchedChanges.contains(words[$0.start])
        })
      {
        cueMatches.removeAll { $0.kind != "monitoring" && $0.start <= last && $0.end > last }
        for m in cueMatches.indices
        where cueMatches[m].kind == "monitoring" && cueMatches[m].end == last
          && KindRecognizer.watchedChanges.contains(words[cueMatches[m].start])
        {
          cueMatches[m].end = last + 1
        }
      }
      // "App server", "Listing page backend": a word of the client before a head word for the
      // machine that answers it says whose server it is; the box is no app. Only the word just
      // before it: "Maps viewer / tile server" is the viewer too.
      if let last = head, isLabel, last > 0, KindRecognizer.answeringNouns.contains(words[last]) {
        cueMatches.removeAll { $0.kind == "client" && $0.end == last }
      }
      // "Shopper uploads a photo" is a sentence: its subject, the person, is what the box is.
      if let last = head, isLabel,
        KindRecognizer.isClause(
          words: words, head: last,
          personAtStart: cueMatches.contains { $0.kind == "client" && $0.start == 0 && $0.end == 1 },
          isRole: { roles[stems[$0]] != nil }, slashAfterVerb: KindRecognizer.slashAfter(text, word: 1))
      {
        head = 0
        // The subject is a person, whatever else its word form hints at ("Viewer types a query":
        // a viewer, not the views counted in the logs).
        cueMatches.removeAll { $0.start == 0 && $0.kind != "client" }
        // A sentence about a person is about the client whatever the template asks for: "Viewer
        // watching a video" in a recommender is the viewer, not the watch events.
        if words[1].hasSuffix("ing") || KindRecognizer.userVerbs.contains(words[1]) {
          add("client", 1, "'\(words[0])' \(words[1]) something: a person", hinted: true)
        }
      } else if let last = head, isLabel,
        last >= 2 || last == 1 && words.count >= 4 && KindRecognizer.prepositions.contains(words[2]),
        KindRecognizer.userVerbs.contains(words[1]),
        // The verb may be a word of a kind ("shares", "uploads" hint at user events) when an
        // article starts its object: "Pinner shares a board" (not "Ad requests log").
        !(nameMatches + cueMatches).contains(where: {
          $0.start == 0 || $0.start == 1 && !(words.count > 2 && KindRecognizer.articles.contains(words[2]))
        }),
        roles[stems[0]] == nil
      {
        // "Pinner opens the home feed": whoever opens, browses or scrolls an app is a person,
        // whatever the product calls its users.
        head = 0
        add("client", KindRecognizer.countedScore, "'\(words[0])' \(words[1]) something: a person", hinted: true)
      }
      var ownedData: String?
      // "Member reports", "User click events", "Advertiser campaigns": a person word before a head
      // noun for data, or for a place that keeps it, says whose data it is; the box is the data,
      // not the person nor the app ("Member app", "Members" and "User" stay the client).
      if let last = head, isLabel, last > 0, KindRecognizer.isHeldData(words[last]),
        let owner = (nameMatches + cueMatches).first(where: {
          KindRecognizer.isOwner($0, words: words, head: last, text: text)
        })
      {
        cueMatches.removeAll { KindRecognizer.isOwner($0, words: words, head: last, text: text) }
        nameMatches.removeAll { KindRecognizer.isOwner($0, words: words, head: last, text: text) }
        ownedData = words[owner.start..<owner.end].joined(separator: " ") + " " + words[last]
      }
      // "Request-time features": features computed when the request comes are no store's
      // (FACTS.md: "online features computed at request time"); the head word hints at none.
      if let last = head, isLabel, last >= 2, words[last - 1] == "time",
        KindRecognizer.requestMoments.contains(words[last - 2])
      {
        // "Request" there names a moment, not the request the client sends.
        cueMatches.removeAll {
          $0.start == last && KindRecognizer.featureStoreKinds.contains($0.kind) || $0.end == last - 1
        }
      }
      // "Labelled posts", "Millions of human-reviewed Pins": the participle of labelling work
      // before a noun says the data was labelled already; the box keeps it (a store), it does not
      // label. Its people ("Seller-entered", "User-labelled") are read below.
      if isLabel {
        // Before a noun: "Labelled by reviewers" names who labels.
        let beforeNoun = { (i: Int) in
          i + 1 < words.count && KindRecognizer.labelledWords.contains(words[i])
            && !KindRecognizer.functionWords.contains(words[i + 1])
        }
        let labelled = { (match: AliasMatcher.Match) in match.kind == "labelling" && beforeNoun(match.end - 1) }
        if let i = words.indices.first(where: beforeNoun) {
          labelledData = "\(words[i]) \(words[i + 1])"
          cueMatches.removeAll { $0.kind == "data-lake" && $0.start == i }
          // "Labelled tiles + hard examples": what the label lists after data labelled already
          // is labelled data too, not the labelling.
          cueMatches.removeAll { $0.kind == "labelling" && $0.start > i + 1 }
        }
        cueMatches.removeAll(where: labelled)
        nameMatches.removeAll(where: labelled)
      }
      // "Train ranking model", "Fine-tune click model", "Learn a vector per cabin": a label that
      // starts with a verb of the pipeline's work, written as an instruction, names that work, and
      // what follows is its object ("ranking model" is what is trained). Not when a noun for a
      // place that keeps things follows the verb ("Score cache" is a cache, "Log store" a store).
      var actionFirst = false
      if let last = head, isLabel, last > 0,
        let verb = (nameMatches + cueMatches).filter({ $0.start == 0 }).map(\.end).max(),
        verb <= last, KindRecognizer.startsWithAction(words: words, verbEnd: verb),
        // "Label join", "Score merge": one last word that names data work is the noun the verb
        // form qualifies, not its object.
        !(verb == last && verb == words.count - 1
          && cueMatches.contains { $0.start == last && KindRecognizer.dataWorkKinds.contains($0.kind) })
      {
        head = verb - 1
        actionFirst = true
      }
      // "Build positive and negative pairs", "Make training pairs": a label that starts with a
      // verb of making, written as an instruction, whose words speak only of data, is the job
      // that prepares the data (batch ETL); what it makes is its object and only hints. Not when
      // it makes something else ("Build FAISS index" is the index build).
      // A hint word inside a name of another kind says nothing ("training" in "training pairs").
      let spoken =
        nameMatches
        + cueMatches.filter { cue in
          !nameMatches.contains { $0.kind != cue.kind && $0.start <= cue.start && $0.end >= cue.end }
        }
      if let last = head, isLabel, !actionFirst, last > 0, KindRecognizer.preparingVerbs.contains(words[0]),
        spoken.allSatisfy({ $0.start > 0 && KindRecognizer.preparedKinds.contains($0.kind) })
      {
        head = 0
        actionFirst = true
        add("batch-etl", KindRecognizer.countedScore, "starts with '\(words[0])': prepares data", hinted: true)
      }
      // "Pick eligible ads", "Select candidate events": an order that starts with a verb of
      // choosing, whose object says the items are eligible or candidates, chooses which items go on
      // to the model: candidate generation. Not "Select features" nor "Choose model version".
      if let last = head, isLabel, !actionFirst, last > 0, KindRecognizer.choosingVerbs.contains(words[0]),
        spoken.contains(where: { $0.start > 0 && $0.kind == "candidate-generation" }),
        spoken.allSatisfy({ $0.start > 0 && KindRecognizer.chosenKinds.contains($0.kind) })
      {
        head = 0
        actionFirst = true
        add(
          "candidate-generation", KindRecognizer.aliasScore, "starts with '\(words[0])': chooses the items that go on",
          named: true)
      }
      // "Pair builder", "Training data builder": the noun of the same making, as the head word
      // after data, is that job too; what it makes only hints. Not without data ("Query builder").
      // A technology after the head word's preposition is where it runs ("Training set builder
      // on Hadoop").
      // So is a job named after the stored data it makes ("Training-set job", "Feature tables
      // job"): not after labels, for a "labelling job" is people's work. So is the building of
      // that data ("Sample table build", as "Vector index build" is the job that fills the index).
      // A word of cadence before the head ("Daily feature jobs") says when the job runs, not
      // what it makes: it is left out of what the job is named after, and says only that the
      // preparing runs in batches.
      let jobNoun = head.map { KindRecognizer.jobNouns.contains(words[$0]) } ?? false
      let cadence: (AliasMatcher.Match) -> Bool = { m in
        (m.start..<m.end).allSatisfy { KindRecognizer.batchWords.contains(words[$0]) }
      }
      let namedWork = spoken.filter { !cadence($0) }
      if let last = head, isLabel, !actionFirst, last > 0,
        KindRecognizer.makerNouns.contains(words[last]) || KindRecognizer.buildNouns.contains(words[last]) || jobNoun,
        namedWork.contains(where: { $0.end <= last }),
        namedWork.allSatisfy({
          // A job of features makes them for either store ("Feature jobs").
          $0.end <= last
            && (KindRecognizer.preparedKinds.contains($0.kind) || jobNoun && $0.kind == "online-feature-store")
            && !(jobNoun && $0.kind == "labelling")
            || $0.exact && $0.start > last + 1 && KindRecognizer.prepositions.contains(words[last + 1])
        })
      {
        actionFirst = true
        cueMatches.removeAll { cadence($0) && $0.end <= last && $0.kind != "batch-etl" }
        add("batch-etl", KindRecognizer.countedScore, "a '\(words[last])' of data: prepares it", hinted: true)
      }
      func atHead(_ match: AliasMatcher.Match) -> Bool { head.map { $0 >= match.start && $0 < match.end } ?? false }
      // Words inside a name say nothing more: "re-rank" is no hint at ranking.
      var covered = Array(repeating: Set<String>(), count: words.count)
      for match in nameMatches { for i in match.start..<match.end { covered[i].insert(match.kind) } }
      let hints = cueMatches.filter { match in
        (match.start..<match.end).allSatisfy { covered[$0].isEmpty || covered[$0].contains(match.kind) }
      }
      // "Ranking dashboards" is a dashboard: a name before the head word that another kind's
      // name covers only says what the box is about. So is a plain one-word name beside a head
      // word that says what the box does ("Post-ranking rules" are re-ranking rules), but not a
      // technology ("Kafka events" is Kafka), a compound name ("Prediction log stream" is a
      // prediction log) nor one beside a head word that only names content ("Candidate events").
      let headKinds = Set(nameMatches.filter(atHead).map(\.kind))
      let headCueKinds = Set(hints.filter { atHead($0) && !contentKinds.contains($0.kind) }.map(\.kind))
      // "Batch kNN job" is a batch job that uses kNN: a head word that is only a role noun ("job"),
      // with a hint word elsewhere at a kind called so ("batch"), makes a technology of another
      // kind beside it say what the job runs on, not what it is.
      let headRoleKinds = head.map { roles[stems[$0]] ?? [] } ?? []
      let roleHinted = hints.contains { !atHead($0) && headRoleKinds.contains($0.kind) }
      let heldAtHead = cueMatches.contains { atHead($0) && contentKinds.contains($0.kind) }
      // "Training data mining": a head word for work done ("mining", "extraction") that hints at
      // a kind makes the data named before it what the work is done to.
      let processHead =
        !headCueKinds.isEmpty && head.map { words[$0].hasSuffix("ing") || words[$0].hasSuffix("ion") } ?? false
      let keptArtefacts = head.map { KindRecognizer.jobOutputs.contains(words[$0]) } ?? false
      let keepingHead = head.map { KindRecognizer.keepingNouns.contains(KindRecognizer.singular(words[$0])) } ?? false
      // "Comet ML" over "experiment tracking and model registry": a detail line made only of
      // names joined by "and", one of them a kind the label names, lists the roles the box
      // plays; the names of technologies and of what it holds there still only hint.
      let listsRoles =
        !isLabel && nameMatches.contains { labelNames.contains($0.kind) }
        && words.contains(where: KindRecognizer.listWords.contains)
        && words.indices.allSatisfy { i in
          KindRecognizer.listWords.contains(words[i]) || nameMatches.contains { $0.start <= i && i < $0.end }
        }
      // "Kafka", "S3 + Hive": a detail line whose every word is in a technology's name or joins two.
      let technologiesOnly =
        !isLabel
        && words.indices.allSatisfy { i in
          KindRecognizer.listWords.contains(words[i])
            || nameMatches.contains { $0.exact && $0.start <= i && i < $0.end }
        }
      // "XGBoost scores each candidate pair at request time": under a label that says nothing, a
      // detail line that is a sentence, a name and then a verb of the pipeline's work, says what
      // the box does; the names in it are what it works with and on, and only hint.
      let doing =
        isLabel || labelSpoke ? [] : KindRecognizer.sentenceVerb(words: words, stems: stems, names: nameMatches)
      // "Read the Hive partitions, join features": a detail line that starts with an order to
      // move or combine data names what the box works on, not what it is.
      let ordersOnData = !isLabel && words.first.map(KindRecognizer.dataVerbs.contains) == true
      let verbKinds = doing.flatMap { _ in cues.matches(words: [words[doing[0]]], stems: [stems[doing[0]]]) }
      // "XGBoost on KServe", "BERT on a SageMaker endpoint": a model's technology, then "on" and a
      // serving product, is the model that product serves; the box serves it, it trains nothing.
      let servedOn =
        isLabel && !actionFirst ? KindRecognizer.servedModel(words: words, names: nameMatches) : nil
      // "Advertiser campaigns" over "budgets, targeting, creatives, bids": under a label that
      // says nothing, a detail line that lists three things or more lists what the box holds;
      // a name of a kind's work in it ("targeting") only hints. Technologies stay names.
      // Not a line of orders ("read the Hive partitions, join features, split train and test"):
      // that lists steps, and their names give no evidence.
      let listsContents = !isLabel && !labelSpoke && text.split(separator: ",").count >= 3 && !ordersOnData
      var named: Set<String> = []
      for match in nameMatches {
        let phrase = words[match.start..<match.end].joined(separator: " ")
        if listsContents && !match.exact {
          add(match.kind, 1, "detail lists '\(phrase)' among what it holds", hinted: true)
          continue
        }
        if let served = servedOn, match.kind == "training-pipeline",
          match.start == served.model.start || match.start >= served.product.start && match.start < served.product.end
        {
          add(match.kind, 1, "'\(phrase)' is the model it serves", hinted: true)
          continue
        }
        if let served = servedOn, match.start == served.product.start, match.kind == "inference-service" {
          named.insert(match.kind)
          add(match.kind, KindRecognizer.aliasScore, "named '\(phrase)', which serves the model before it", named: true)
          continue
        }
        // "gRPC, fallback to FoF": what a box falls back to is another stage it calls when its
        // own answer is missing (FACTS.md: fetch the precomputed list, fall back to the pipeline);
        // named in a detail line, even as a technology, it says what the box calls, not what it is.
        if !isLabel, KindRecognizer.fallsBackTo(words: words, at: match.start) {
          add(match.kind, 0, "detail names '\(phrase)', what it falls back to")
          continue
        }
        // "quantised to serve millions of minutes a day": a name after "to" in a detail line says
        // what the box's output is for or where it goes, not what the box is.
        if !isLabel, !match.exact, match.start > 0, words[match.start - 1] == "to" {
          add(match.kind, 1, "detail names '\(phrase)', what it is for", hinted: true)
          continue
        }
        if ordersOnData {
          add(match.kind, 0, "detail names '\(phrase)', what it works on")
          continue
        }
        if !verbKinds.isEmpty {
          add(match.kind, 1, "detail names '\(phrase)', what it works with", hinted: true)
          continue
        }
        named.insert(match.kind)
        // The object of a verb that names the verb's own kind says the same work again ("Filter
        // and re-rank"): it is no mere object.
        // "Candidate store", "Score table": before a head word for a place that keeps things, the
        // name of work on requests or models says what is kept, as its hint words do.
        let keptWork =
          keepingHead && !match.exact && KindRecognizer.servingWorkKinds.contains(match.kind)
          && head.map { match.end <= $0 } == true
        // "FAISS index of listing embeddings": after a head word for a place that keeps things
        // and its "of", a name says what is kept; the box is the keeping place, not that work.
        let keptOf =
          keepingHead && !match.exact
          && head.map { match.start > $0 + 1 && words[$0 + 1] == "of" && !headKinds.contains(match.kind) } == true
        let modifies =
          keptOf || keptWork || actionFirst
            || !headKinds.isEmpty
          ? !headKinds.contains(match.kind) && !(actionFirst && headCueKinds.contains(match.kind))
          : !match.exact && match.end - match.start == 1 && !headCueKinds.isEmpty && !headCueKinds.contains(match.kind)
            // "Fine-tuned LLM classifier": a name of work in its past participle says how the
            // model the head word hints at was made; the box is that model, not the work.
            // ("Human-judged image pairs" are still the judging: pairs are no model.)
            || !match.exact && KindRecognizer.isParticiple(words[match.end - 1])
              && !headCueKinds.isDisjoint(with: KindRecognizer.modelWorkKinds) && !headCueKinds.contains(match.kind)
            || processHead && KindRecognizer.storedKinds.contains(match.kind) && !headCueKinds.contains(match.kind)
            || match.exact && headCueKinds.isEmpty && roleHinted && !headRoleKinds.contains(match.kind)
            // "Workflow outputs", "Training checkpoints": the job named before a head word for
            // what is kept made what is kept.
            || keptArtefacts && KindRecognizer.jobKinds.contains(match.kind)
        // "Click events in Kafka": a technology after the head word's preposition is where the
        // thing lives, and the box is that too (the events and their stream), not a qualifier.
        // Only after a head word that says what is held ("events"), not a store ("Feast online
        // store on Redis" is the feature store, "Hive on S3" the warehouse).
        let whereItLives =
          match.exact && headKinds.isEmpty && heldAtHead
          && head.map { match.start > $0 + 1 && KindRecognizer.prepositions.contains(words[$0 + 1]) } ?? false
        // "Annotated training images", "Training data store": before a head word for data, media
        // or a place that keeps them, the word of training says what the data is for; the box
        // trains nothing. A technology stays named ("FBLearner Feature Store").
        // So does a word of evaluation before media ("Human-labelled evaluation clips"; an
        // "Evaluation report" still evaluates), and either after the head word's "for" ("Voice
        // chat clips for training").
        if isLabel, !match.exact, let last = head,
          match.end <= last || match.start == last + 2 && words[last + 1] == "for",
          match.kind == "training-pipeline"
            && (KindRecognizer.isHeldData(words[last]) || KindRecognizer.mediaNouns.contains(words[last])
              || KindRecognizer.setNouns.contains(words[last]))
            || match.kind == "model-evaluation" && KindRecognizer.mediaNouns.contains(words[last])
        {
          add(match.kind, 0, "'\(phrase)' says what the data is for")
          continue
        }
        // "Quantised nearest-neighbour index": before a head word for a place that keeps things, a
        // word of compression says how what is kept is stored (the vectors' quantisation in an ANN
        // index), not that a model is shrunk for serving (FACTS.md: model compression).
        if isLabel, !match.exact, keepingHead, match.kind == "compression", let last = head, match.end <= last {
          add(match.kind, 0, "'\(phrase)' says how what is kept is stored")
          continue
        }
        // "Machine labelling", "Auto-labelling": labels a program makes are no people's work
        // (FACTS.md's labelling is human labelling, annotation tools and user reports); the box is
        // the job that makes them, as a label join is (corpus policy R11).
        if isLabel, match.kind == "labelling", match.start > 0,
          KindRecognizer.programWords.contains(words[match.start - 1])
        {
          add(match.kind, 0, "'\(words[match.start - 1]) \(phrase)': a program makes the labels")
          add("batch-etl", KindRecognizer.countedScore, "labels a program makes: a job", hinted: true)
          continue
        }
        // "Upsert to Milvus", "CI writes them to S3": after a verb of writing and "to" or "into", a
        // name in the label is where the box's output goes, as in a detail line; it only hints.
        if isLabel, KindRecognizer.writesInto(words: words, at: match.start) {
          add(match.kind, 1, "'\(phrase)': where its output goes", hinted: true)
          continue
        }
        // "Hide inside search results": after an order to act on an item and "in", "inside" or
        // "within", a name in the label is the stage where the action takes effect; it only hints.
        if isLabel, KindRecognizer.actsWithin(words: words, at: match.start) {
          add(match.kind, 1, "'\(phrase)': where its action takes effect", hinted: true)
          continue
        }
        // "Serve-time feature log", "Request-time scores": a moment of serving joined to "time"
        // dates what the box keeps; the box does not serve.
        if isLabel, match.end < words.count, words[match.end] == "time",
          KindRecognizer.requestMoments.contains(words[match.end - 1]),
          text.lowercased().contains(words[match.end - 1] + "-time")
        {
          add(match.kind, 0, "'\(words[match.end - 1])-time': a moment")
          continue
        }
        if isLabel && !atHead(match) && !whereItLives
          && (modifies || KindRecognizer.inTimePhrase(match, words: words))
        {
          // Below a head word's hint (2) when the head word only hints, below its name (3) else.
          // The object of a verb that starts the label is only what the work is done to.
          let weight = headKinds.isEmpty || actionFirst ? 1 : KindRecognizer.countedScore
          add(match.kind, weight, "'\(phrase)' qualifies the head word", hinted: true)
        } else if isLabel || (!labelSpoke && !contentKinds.contains(match.kind))
          || listsRoles && !match.exact && !contentKinds.contains(match.kind)
        {
          add(
            match.kind, KindRecognizer.aliasScore, isLabel ? "named '\(phrase)'" : "detail names '\(phrase)'",
            named: true)
        } else if labelHolds, match.exact, match.kind == "stream-ingestion", technologiesOnly {
          // "Checkout events" over "Kinesis": a detail line that only names technologies under a
          // label that says what is held, one of them an event bus, says what the events travel
          // on, as "Checkout events in Kinesis" would: the box is the events and their stream. (A
          // store's name there, "S3" under "Session logs", stays a hint: logs are kept in many
          // places, and the label's words say which role the box plays.)
          add(match.kind, KindRecognizer.aliasScore, "detail names '\(phrase)', where it lives", named: true)
        } else {
          // A source, a user or a label set named in the detail line is what the box holds.
          add(match.kind, 1, "detail names '\(phrase)'", hinted: true)
        }
      }
      for verb in verbKinds where !named.contains(verb.kind) {
        named.insert(verb.kind)
        add(verb.kind, KindRecognizer.aliasScore, "detail says it '\(words[doing[0]])'", named: true)
      }
      guard isLabel else { continue }
      labelNames = named
      labelHolds = headKinds.isEmpty ? heldAtHead : headKinds.isSubset(of: contentKinds)
      // "Train detector in PyTorch, eval mAP / IoU": a later clause of the label that is an order
      // of the pipeline's work names that work too; the box does each thing it lists.
      // Only a job lists steps so: "Grafana: ..., score dist" lists what a dashboard shows.
      let runsSteps = !named.isDisjoint(with: KindRecognizer.jobKinds)
      for (verb, kinds) in runsSteps ? orderedClauses(text) : [] {
        for kind in kinds where found[kind]?.named != true {
          named.insert(kind)
          add(kind, KindRecognizer.aliasScore, "one of its orders: '\(verb)'", named: true)
        }
      }
      // "Demote in feed + send to review queue": a label that joins two orders or more ("+",
      // "and", a comma) lists several actions, and the box does each: each order's verb names
      // its work, whatever the other orders' words say ("send to review queue" stays labelling).
      let orders = runsSteps ? nil : listedOrders(text, oneActs: isLabel)
      // The head word of such a label is the object of its order ("notify author"): it says
      // what the box acts on, and hints as the object of an order does.
      var actedOn = false
      if orders != nil, let last = head {
        let start = (words[..<last].lastIndex(where: KindRecognizer.orderJoins.contains) ?? -1) + 1
        actedOn = start < last && KindRecognizer.listedVerbs.contains(words[start])
      }
      if let orders {
        for (verb, kinds) in orders {
          for kind in kinds where found[kind]?.named != true {
            named.insert(kind)
            add(kind, KindRecognizer.aliasScore, "one of the actions it lists: '\(verb)'", named: true)
          }
        }
      }
      // "Research teams and open datasets": a label that lists a group of people and then
      // something else names both; the people, whom no other word casts in a role of the
      // pipeline, are those the output goes to, the client.
      if let last = head,
        let people = KindRecognizer.listedPeople(
          words: words, head: last,
          isPeople: { i in
            KindRecognizer.peopleGroups.contains(words[i])
              || words[i].hasSuffix("s")
                && cueMatches.contains { $0.kind == "client" && $0.start == i && $0.end == i + 1 }
          },
          isRole: { roles[stems[$0]] != nil }),
        !named.contains("client"),
        // "Annotation teams and guidelines" are the labellers: words of another kind before the
        // people say which people they are.
        !(nameMatches + cueMatches).contains(where: { $0.start <= people && $0.kind != "client" })
      {
        named.insert("client")
        add("client", KindRecognizer.aliasScore, "lists the people '\(words[people])'", named: true)
      }
      // Hint words of one kind that overlap, or that a hyphen joins into one compound word, hint
      // once: "sliding-window" is one idea, as is "near real time" (which holds "real time");
      // "likes, shares, comments" are three.
      let lowered = text.lowercased()
      func joined(_ a: Int, _ b: Int) -> Bool { lowered.contains(words[a] + "-" + words[b]) }
      var runs: [AliasMatcher.Match] = []
      for match in hints.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) where !named.contains(match.kind) {
        if let r = runs.lastIndex(where: {
          $0.kind == match.kind && (match.start < $0.end || match.start == $0.end && joined($0.end - 1, match.start))
        }) {
          runs[r].end = max(runs[r].end, match.end)
        } else {
          runs.append(match)
        }
      }
      for match in runs {
        // "Frame extraction" extracts frames: before a head word for work done, a hint at stored
        // data says what the work is done to, not where the box keeps it.
        if processHead && !atHead(match) && KindRecognizer.storedKinds.contains(match.kind) { continue }
        // "Score history", "Ranking log": before a head word for a place that keeps things, a hint
        // at work that serves says what is kept, not what the box does.
        if keepingHead && !atHead(match) && KindRecognizer.workingKinds.contains(match.kind) { continue }
        let phrase = words[match.start..<match.end].joined(separator: " ")
        // "Home vectors" are kept vectors: a plural head word for stored artefacts hints only
        // weakly at the service that computes them.
        if atHead(match) && match.kind == "embedding-service"
          && head.map({ KindRecognizer.artefactNouns.contains(words[$0]) }) == true
        {
          add(match.kind, 1, "word '\(phrase)', what is kept", hinted: true)
          continue
        }
        if atHead(match) && actedOn {
          add(match.kind, 1, "word '\(phrase)', what one of its actions acts on", hinted: true)
          continue
        }
        // "Reports per impression": the head word of a rate is what it counts, a hint only.
        if atHead(match) && match.kind != "monitoring" && head.map({ KindRecognizer.isRate(words, head: $0) }) == true {
          add(match.kind, 1, "word '\(phrase)', what the rate counts", hinted: true)
          continue
        }
        // "MTL DNN on Triton": a hint word of a model as the head word, then "on" and a serving
        // product, is the model the product serves, as a model's technology there is.
        if atHead(match), match.kind == "training-pipeline", isLabel,
          KindRecognizer.servedOnProduct(words: words, after: match.end - 1, names: nameMatches)
        {
          add(match.kind, 1, "'\(phrase)' is the model it serves", hinted: true)
          continue
        }
        // "Label team": a group of people named after their work does that work; the word names
        // the box as "labellers" would (a detail line saying what the work is for only hints).
        if atHead(match) && crewWork && KindRecognizer.peopleWorkKinds.contains(match.kind) {
          add(match.kind, KindRecognizer.aliasScore, "a group of people named after its work, '\(phrase)'", named: true)
          continue
        }
        add(
          match.kind, atHead(match) ? 2 : 1, atHead(match) ? "head word '\(phrase)'" : "word '\(phrase)'", hinted: true)
      }
      // Data labelled already is a data set kept for training: the lake's (FACTS.md: "labelled
      // data" in the warehouse).
      // Not the object of an order ("Prepare labelled data" is the job that prepares it).
      if let labelledData, !actionFirst, found["data-lake"]?.named != true {
        add("data-lake", KindRecognizer.countedScore, "'\(labelledData)': data labelled already", hinted: true)
      }
      // "Public tile store", "Thumbnail storage": a store named after the media it keeps holds
      // the files, object storage (the catalogue's "image store", "media store").
      if isLabel, labelledData == nil, let last = head, last > 0, KindRecognizer.fileStoreNouns.contains(words[last]),
        KindRecognizer.mediaWords.contains(WordForms.stem(words[last - 1])), found["object-storage"]?.named != true
      {
        add(
          "object-storage", KindRecognizer.aliasScore, "'\(words[last - 1]) \(words[last])': a store of media",
          named: true)
      }
      // What people leave behind is where data is born: when no other word hints at a source,
      // a hint for a place to confirm ("Advertiser campaigns" nothing feeds is the source).
      if let ownedData, found["data-source"] == nil {
        add("data-source", 1, "'\(ownedData)': what people leave", hinted: true)
      }
      // "Vector index build", "Index building": the building of an index is the batch job that
      // fills it; the index it builds only hints.
      if let last = head, last > 0, KindRecognizer.buildNouns.contains(words[last]),
        (nameMatches.contains { $0.end == last && KindRecognizer.indexKinds.contains($0.kind) }
          || KindRecognizer.singular(words[last - 1]) == "index")
      {
        // A technology stays named ("FAISS index build" is FAISS and the job that fills it).
        let technology = nameMatches.contains { $0.exact && KindRecognizer.indexKinds.contains($0.kind) }
        for kind in KindRecognizer.indexKinds where found[kind] != nil && !technology {
          found[kind]?.score = 1
          found[kind]?.named = false
          named.remove(kind)
        }
        named.insert("batch-etl")
        add(
          "batch-etl", KindRecognizer.aliasScore, "'\(words[last - 1]) \(words[last])': the job that fills it",
          named: true)
      }
      // "Text indexing job": a job that indexes fills an index and is none; what it computes on
      // the way (text, features, vectors) decides which job it is, so nothing is named here.
      if let last = head, last > 0, KindRecognizer.jobNouns.contains(words[last]), words[last - 1] == "indexing",
        !nameMatches.contains(where: { $0.exact && KindRecognizer.indexKinds.contains($0.kind) })
      {
        for kind in KindRecognizer.indexKinds where found[kind]?.named == false { found[kind] = nil }
      }
      // "Nightly embedding job", "Video encoder batch job": a job whose words name or hint at the
      // encoder runs it over every item in bulk, batch prediction; not an online one.
      // So is a job whose colon says it runs the encoder ("Weekly job: song tower over the whole
      // catalogue"), unless what follows trains it.
      let explained =
        head.map { last in
          isLabel && text.lowercased().contains(words[last] + ":")
            && !(nameMatches + cueMatches).contains { $0.start > last && $0.kind == "training-pipeline" }
        } ?? false
      if let last = head, last > 0, KindRecognizer.jobNouns.contains(words[last]),
        found["batch-prediction"]?.named != true, !words.contains("online"),
        (nameMatches + cueMatches).contains(where: {
          $0.kind == "embedding-service" && ($0.end <= last || explained)
        })
      {
        named.insert("batch-prediction")
        add(
          "batch-prediction", KindRecognizer.aliasScore, "a '\(words[last])' that runs the encoder over the items",
          named: true)
        // It applies a model; hint words of training ("on GPUs") say what it runs on.
        if found["training-pipeline"]?.named == false { found["training-pipeline"] = nil }
      }
      // "Score all candidates": an order to serve a model's work over every item is a batch job.
      if actionFirst, let verb = head,
        (nameMatches + cueMatches).contains(where: {
          $0.start == 0 && KindRecognizer.servedWorkKinds.contains($0.kind)
        }),
        let q = words.indices.first(where: { $0 > verb && KindRecognizer.quantifiers.contains(words[$0]) }),
        KindRecognizer.schedule(words, at: q) == nil
      {
        add("batch-prediction", KindRecognizer.aliasScore, "'\(words[0]) \(words[q])': over every item", named: true)
        // "Score every candidate pair": scoring every user's candidates ahead of time is the
        // ranking too, run as a batch (FACTS.md, people you may know: the scoring service).
        if cueMatches.contains(where: { $0.kind == "candidate-generation" && $0.start > q }) {
          add("ranking", KindRecognizer.aliasScore, "'\(words[0]) \(words[q])' candidates: ranks them", named: true)
        }
      }
      // "p_click, p_like", "E_watch_min", "keeps top 500": a label that names the probability of a
      // user's action (or its expected value) as a model's output, or keeps the best N, speaks of
      // the ranker's scores (1) (FACTS.md: feeds ranked by predicted probabilities of click, like,
      // share; people ranked by the probability of a connection; top-k events).
      // Keeping the best N of a list its label names nothing else of is the ranker's cut (2).
      if isLabel, let cue = KindRecognizer.rankerOutput(words: words, text: lowered) {
        let cut = cue.hasPrefix("keep") && !found.values.contains(where: \.named)
        add("ranking", cut ? KindRecognizer.countedScore : 1, "'\(cue)': a ranker's output", hinted: true)
      }
      // "Every Sunday", "Fine-tune every hour": a schedule; at the start of the label it is what
      // the box is, after words that name training it is training run on a schedule.
      if let q = words.indices.first(where: { words[$0] == "every" }), let unit = KindRecognizer.schedule(words, at: q)
      {
        if q == 0 {
          add("retraining-trigger", KindRecognizer.countedScore, "a schedule: 'every \(unit)'", hinted: true)
        } else if named.contains("training-pipeline") {
          add("retraining-trigger", KindRecognizer.aliasScore, "trained on a schedule: 'every \(unit)'", named: true)
        }
      }
      // "Try new model on 5% of guests", "A/B on 10% of users": a share of the traffic or of the
      // people is a split of it, an experiment.
      if let share = KindRecognizer.trafficShare(in: text) {
        add("ab-testing", KindRecognizer.aliasScore, "'\(share)': a share of the traffic", named: true)
        // "A/B 1% buckets": the buckets are the traffic's, no object store.
        if let objects = found["object-storage"], share.hasSuffix("bucket") || share.hasSuffix("buckets"),
          objects.reasons.allSatisfy({ $0.hasSuffix("'bucket'") || $0.hasSuffix("'buckets'") })
        {
          found["object-storage"] = nil
        }
      }
      // "Release one region first", "Launch in one country first": an order to release to a
      // part first is a staged rollout, which compares the new model on that part (A/B testing).
      if words.count > 2, KindRecognizer.releaseVerbs.contains(words[0]), words[words.count - 1] == "first" {
        add("ab-testing", KindRecognizer.aliasScore, "'\(words[0]) ... first': a staged rollout", named: true)
      }
      // "Reports per impression", "Errors per request": a count per unit of what was served is
      // a rate, a metric that is watched.
      if let last = head, KindRecognizer.isRate(words, head: last) {
        add(
          "monitoring", KindRecognizer.aliasScore, "a rate: '\(words[last]) per \(words[last + 2])'", named: true)
      }
      // "Seller-entered category", "User-provided tags": what people entered by hand about the
      // items is a label they gave (weak labels, FACTS.md); only a hint, its place decides.
      if let i = words.indices.dropLast().first(where: { i in
        KindRecognizer.handGiven.contains(words[i + 1]) && lowered.contains(words[i] + "-" + words[i + 1])
          && cueMatches.contains { $0.kind == "client" && $0.start == i && $0.end == i + 1 }
      }) {
        add("labelling", 1, "'\(words[i])-\(words[i + 1])': given by people", hinted: true)
      }
      spoke = found.values.contains { $0.score >= KindRecognizer.countedScore }
      // A role noun ("service", "store", "API") as the head word is weak evidence on its own: it
      // backs a kind the words point at, or, in a box whose words say nothing else, lets its
      // place decide between the kinds called so.
      if let head {
        // "Server" says only that the box is a machine: it backs a kind another word points at
        // ("Prediction server"), and calls no box a model server alone ("Voice chat servers").
        let machineOnly = KindRecognizer.serverNouns.contains(words[head])
        for kind in roles[stems[head]] ?? [] where !named.contains(kind) && (!machineOnly || found[kind] != nil) {
          add(kind, 1, "called a '\(words[head])'")
        }
      }
    }
    // "Feature computation" over "Flink": a name of work on data that says nothing of batch or
    // stream, with a stream engine named, is stream processing (FACTS.md: Flink, Kafka Streams,
    // Spark Streaming, Beam, Samza are stream engines).
    if let batch = found["batch-etl"], var stream = found["stream-processing"],
      batch.reasons.allSatisfy({ reason in KindRecognizer.genericDataWork.contains { reason == "named '\($0)'" } }),
      // "Nightly feature computation" says batch, whatever the detail runs it on.
      !AliasMatcher.words(label + " " + (detail ?? "")).contains(where: KindRecognizer.batchWords.contains),
      let engine = stream.reasons.first(where: { reason in
        KindRecognizer.streamEngines.contains { reason.hasSuffix("'\($0)'") || reason.contains("'\($0)' ") }
      })
    {
      found["batch-etl"] = nil
      stream.score = max(stream.score, KindRecognizer.aliasScore)
      stream.named = true
      stream.reasons.append("\(batch.reasons[0]) run on a stream engine (\(engine))")
      found["stream-processing"] = stream
    }
    // "Shared feature store, offline": a name both feature stores share, with the label saying
    // which one, is that one ("Feature store" alone stays both).
    if found["online-feature-store"]?.named == true, found["offline-feature-store"]?.named == true {
      let words = Set(AliasMatcher.words(label))
      let offline = !words.isDisjoint(with: KindRecognizer.offlineStoreWords)
      if offline != !words.isDisjoint(with: KindRecognizer.onlineStoreWords) {
        found[offline ? "online-feature-store" : "offline-feature-store"] = nil
        // "Feast historical store" over "point-in-time joins for training sets": the history and
        // the training sets are the offline store's, not a lake's, unless a name says so ("on S3").
        if offline, found["data-lake"]?.named == false { found["data-lake"] = nil }
      }
    }
    // "Feature store, Redis": a name both share, beside a store only one of them is kept in (a
    // key-value store serves online), is that one.
    if let online = found["online-feature-store"], online.named, let offline = found["offline-feature-store"],
      offline.named
    {
      let own = { (evidence: KindEvidence, other: KindEvidence) in
        evidence.reasons.contains { $0.hasPrefix("named") && !other.reasons.contains($0) }
      }
      let onlineOwn = own(online, offline)
      if onlineOwn != own(offline, online) { found[onlineOwn ? "offline-feature-store" : "online-feature-store"] = nil }
    }
    // "Precomputed suggestions - Cassandra": a key-value store keeps features or precomputed
    // results (FACTS.md: PYMK's "precomputed PYMK database"); named only by such a store, with
    // words that hint at the cache and none at features, it is the cache ("Redis feature store"
    // stays the feature store).
    if let online = found["online-feature-store"], online.named,
      let store = online.reasons.first(where: { KindRecognizer.keyValueStores.contains($0) }),
      online.reasons.allSatisfy({ KindRecognizer.keyValueStores.contains($0) })
    {
      let words = AliasMatcher.words(label + " " + (detail ?? ""))
      let hints = cues.matches(words: words, stems: words.map(WordForms.stem))
      if let hint = hints.first(where: { $0.kind == "cache" }), !hints.contains(where: { $0.kind == online.kind }) {
        var cache = found["cache"] ?? KindEvidence(kind: "cache", score: 0, reasons: [])
        let reason = "\(store), a key-value store, with word '\(words[hint.start..<hint.end].joined(separator: " "))'"
        cache.score = max(cache.score, KindRecognizer.aliasScore)
        cache.reasons.append(reason)
        cache.named = true
        found["cache"] = cache
        found["online-feature-store"] = nil
      }
    }
    // "Feast online on Redis", "Online features (Redis)", "Redis features": the other way round,
    // a box another name or a word calls the online feature store keeps its features in the
    // key-value store; that store, the cache's only name there, says where they live, and the
    // box is no cache.
    if let online = found["online-feature-store"], online.named, var cache = found["cache"], cache.named,
      cache.reasons.allSatisfy({ KindRecognizer.keyValueStores.contains($0) }),
      online.reasons.contains(where: { $0.hasPrefix("named") && !KindRecognizer.keyValueStores.contains($0) })
        || {
          let words = AliasMatcher.words(label)
          let hints = cues.matches(words: words, stems: words.map(WordForms.stem))
          return hints.contains { $0.kind == "online-feature-store" } && !hints.contains { $0.kind == "cache" }
        }()
    {
      cache.score = 1
      cache.named = false
      cache.reasons = cache.reasons.map { "\($0.dropFirst("named ".count)): where its features live" }
      found["cache"] = cache
    }
    // "S3 raw imagery", "Uploaded videos on GCS": a bucket name the lake shares with object
    // storage, in a label about media, is the object store.
    // Labelled media are a data set ("Labelled tiles in S3"), the lake's.
    if labelledData == nil, let lake = found["data-lake"], lake.named, found["object-storage"]?.named == true,
      lake.reasons.allSatisfy({ !$0.hasPrefix("named") || KindRecognizer.bucketNames.contains($0) }),
      // "GCS" over "uploaded videos": under a label that is only the bucket's name, the detail
      // line says what it holds.
      AliasMatcher.words(AliasMatcher.words(label).count == 1 ? label + " " + (detail ?? "") : label)
        .contains(where: { KindRecognizer.mediaWords.contains(WordForms.stem($0)) })
    {
      found["data-lake"] = nil
    }
    // "Hive tables on S3", "BigQuery + GCS": the other way round, a warehouse named by its own
    // name keeps its tables in the bucket, which then names no object store (no media named).
    if labelledData == nil, let lake = found["data-lake"], let objects = found["object-storage"], objects.named,
      lake.reasons.contains(where: { $0.hasPrefix("named") && !KindRecognizer.bucketNames.contains($0) }),
      objects.reasons.allSatisfy({ !$0.hasPrefix("named") || KindRecognizer.bucketNames.contains($0) }),
      !AliasMatcher.words(label + " " + (detail ?? "")).contains(where: {
        KindRecognizer.mediaWords.contains(WordForms.stem($0))
      })
    {
      found["object-storage"] = nil
    }
    // "Exp platform" over "A/B 1% buckets": a share named as a bucket in the detail line is a
    // bucket of the traffic too, and no object store.
    if let detail, let share = KindRecognizer.trafficShare(in: detail),
      share.hasSuffix("bucket") || share.hasSuffix("buckets")
    {
      add("ab-testing", KindRecognizer.aliasScore, "'\(share)': a share of the traffic", named: true)
      if let objects = found["object-storage"],
        objects.reasons.allSatisfy({ $0.hasSuffix("'bucket'") || $0.hasSuffix("'buckets'") })
      {
        found["object-storage"] = nil
      }
    }
    // "Post upload API", "Review submission API": the API is the front door the app calls (its
    // head word), and words of what users send before it say what it takes in; where data is
    // born is the app that sends it, so they hint at no data source.
    if KindRecognizer.headWord(of: label) == "api", found["api-gateway"] != nil,
      found["data-source"].map({ !$0.named }) == true
    {
      found["data-source"] = nil
    }
    // "Labels: orders refunded within 30 days", "Labels: reply by t+3": labels (the head word)
    // fixed by what happened a set time after the event are natural labels, joined from the logs
    // by a program (FACTS.md: labelling is people's work, annotation and user reports; corpus policy R11): the
    // job that makes them, batch ETL, not labelling. Not when a name of labelling says people do it.
    if let labels = found["labelling"], !labels.named,
      KindRecognizer.headWord(of: label).map({ ["label", "labels"].contains($0) }) == true,
      let window = KindRecognizer.outcomeWindow((label + " " + (detail ?? "")).lowercased())
    {
      found["labelling"] = nil
      add("batch-etl", 2, "labels fixed by what happens later ('\(window)'): a join of outcomes", hinted: true)
    }
    // "Label + feature build" over "Spark on Airflow", "Label join" over "dbt": labels a box
    // makes with a processing engine it names are computed by a program from data, not given
    // by people (FACTS.md: labelling is human labelling, annotation tools and user reports; batch
    // ETL is Spark, dbt, Hadoop, Glue): the job is batch ETL. Not when a name of labelling (a
    // tool, "human labelling") or its people ("annotators") say people do it.
    if let labels = found["labelling"], !labels.named, let etl = found["batch-etl"],
      let engine = etl.reasons.first(where: {
        $0.hasPrefix("named '") || $0.hasPrefix("detail names '") && $0.hasSuffix("'")
      }),
      !AliasMatcher.words(label + " " + (detail ?? "")).contains(where: KindRecognizer.workerNouns.contains)
    {
      found["labelling"] = nil
      add(
        "batch-etl", 2, "labels made with a processing engine ('\(ArrowRoles.quoted(engine))'): a program, no people",
        hinted: true)
    }
    // "Similar-song lookup" over "cosine kNN": a lookup of what is near is the nearest-neighbour
    // search over an index (FACTS.md: the nearest neighbour service over the index table), not a
    // fetch by key; its role noun says nothing of the feature store and the index's names in the
    // detail line name the box.
    if KindRecognizer.headWord(of: label) == "lookup", found["online-feature-store"]?.named != true,
      let near = AliasMatcher.words((label + " " + (detail ?? "")).lowercased()).first(where: {
        KindRecognizer.nearWords.contains($0)
      })
    {
      found["online-feature-store"] = nil
      var index = found["vector-index"] ?? KindEvidence(kind: "vector-index", score: 0, reasons: [])
      index.score = max(index.score, KindRecognizer.aliasScore)
      index.reasons.append("a lookup by nearness ('\(near)')")
      index.named = true
      found["vector-index"] = index
    }
    // "Item vectors" over "key-value store", "Doc embeddings in Bigtable, keyed by doc id":
    // vectors kept in a key-value store are fetched by id, not searched by nearness; the store
    // holds them as features for serving (FACTS.md: the embedding fetcher reads the listing's
    // vector from the online store before the nearest-neighbour search), the online feature store.
    if let kept = KindRecognizer.vectorsByKey(label: label, detail: detail) {
      for kind in ["vector-index", "cache", "embedding-service"] { found[kind] = nil }
      var online = found["online-feature-store"] ?? KindEvidence(kind: "online-feature-store", score: 0, reasons: [])
      online.score = max(online.score, KindRecognizer.aliasScore)
      online.reasons.append("vectors kept in a key-value store ('\(kept)'), fetched by id")
      online.named = true
      found["online-feature-store"] = online
    }
    // "Checkout" over "iOS + web", "Home screen" over "mobile / desktop": a detail line that only
    // lists the platforms the app runs on says where the box is, on the users' devices: the client.
    if found["client"]?.named != true, let detail, let platforms = KindRecognizer.platformsOnly(detail) {
      add("client", KindRecognizer.aliasScore, "detail names the app's platforms ('\(platforms)')", named: true)
    }
    return found.values.sorted { ($0.score, $1.kind) > ($1.score, $0.kind) }
  }

  /// Words for stored vectors.
  static let storedVectorWords: Set<String> = ["vector", "vectors", "vec", "vecs", "embedding", "embeddings"]
  /// Words that name a key-value store, or the key its rows are fetched by.
  static let keyValueWords: Set<String> = [
    "kv", "redis", "cassandra", "dynamodb", "bigtable", "scylladb", "aerospike", "keyed",
  ]
  /// The phrase that gives the span after an event over which its outcome is watched ("t+7",
  /// "d + 30", "within 30 days", "7 days later"), or nil.
  static func outcomeWindow(_ text: String) -> String? {
    let words = AliasMatcher.words(text)
    let units: Set<String> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months"]
    for (i, word) in words.enumerated() where i + 2 < words.count {
      if word == "within" || word == "after", Int(words[i + 1]) != nil, units.contains(words[i + 2]) {
        return words[i...(i + 2)].joined(separator: " ")
      }
      if Int(word) != nil, units.contains(words[i + 1]), words[i + 2] == "later" {
        return words[i...(i + 2)].joined(separator: " ")
      }
    }
    for marker in ["t+", "d+", "t + ", "d + "] {
      var rest = Substring(text)
      while let range = rest.range(of: marker) {
        let before = rest[..<range.lowerBound].last
        let digits = rest[range.upperBound...].prefix(while: \.isNumber)
        if !digits.isEmpty, before.map({ !$0.isLetter && !$0.isNumber }) ?? true {
          return marker.replacingOccurrences(of: " ", with: "") + digits
        }
        rest = rest[range.upperBound...]
      }
    }
    return nil
  }

  /// Words that say a lookup finds what is near.
  static let nearWords: Set<String> = [
    "similar", "nearest", "neighbour", "neighbor", "knn", "ann", "hnsw", "faiss", "scann", "cosine",
  ]
  /// Head words for a store that vectors before them are kept in.
  static let storeNouns: Set<String> = ["store", "kv", "table", "db", "database", "lookup"]
  /// Words of a search by nearness or of an index: vectors kept for it are the index's.
  static let nearnessWords: Set<String> = [
    "ann", "knn", "hnsw", "ivf", "faiss", "scann", "annoy", "milvus", "pinecone", "weaviate", "qdrant", "nearest",
    "neighbour", "neighbours", "neighbor", "neighbors", "similarity", "similar", "index", "indexes", "indices",
    "search", "cache", "cached", "encoder", "encode", "compute", "computes", "embed",
  ]

  /// The key-value word of a box whose words name stored vectors (the head word, or before a
  /// head word for a store) and a key-value store ("KV", "key-value", "keyed by", Redis, DynamoDB...) and no
  /// search by nearness, index, cache or encoder: vectors fetched by id. Nil otherwise.
  static func vectorsByKey(label: String, detail: String?) -> String? {
    let text = (label + " " + (detail ?? "")).lowercased()
    let words = AliasMatcher.words(text)
    let labelWords = AliasMatcher.words(label.lowercased())
    // The vectors are what the box is: its head word, or before a head word for a store.
    guard let head = headWord(of: label), storedVectorWords.contains(head) || storeNouns.contains(head),
      labelWords.contains(where: storedVectorWords.contains), !words.contains(where: nearnessWords.contains)
    else { return nil }
    if text.contains("key-value") || text.contains("key value") { return "key-value" }
    return words.first(where: keyValueWords.contains)
  }

  /// Whether the name at `start` follows "fallback to" or "falls back to" (or "on"): the stage a
  /// box turns to when its own answer is missing.
  static func fallsBackTo(words: [String], at start: Int) -> Bool {
    guard start >= 2, ["to", "on"].contains(words[start - 1]) else { return false }
    if words[start - 2] == "fallback" { return true }
    // "back to" only after a word of falling: "writes scores back to Redis" names where it writes.
    return words[start - 2] == "back" && start >= 3 && ["fall", "falls", "falling"].contains(words[start - 3])
  }

  /// Whether a label or detail line says the box falls back to something ("fallback to FoF",
  /// "falls back to popular videos"), as whole words.
  static func namesFallback(_ text: String) -> Bool {
    let words = AliasMatcher.words(text.lowercased())
    return words.indices.contains { i in
      words[i] == "fallback" || words[i] == "fallbacks"
        || words[i] == "back" && i > 0 && ["fall", "falls", "falling"].contains(words[i - 1])
    }
  }

  /// The platforms an app runs on, as a detail line lists them.
  static let platformWords: Set<String> = [
    "mobile", "web", "ios", "android", "app", "apps", "desktop", "browser", "tablet", "tv", "website", "iphone",
    "ipad", "mweb",
  ]

  /// The platforms of a text that lists only platforms ("iOS / Android / web", "mobile + web"),
  /// joined by "+", "&", "and", "or", slashes or commas; nil otherwise.
  static func platformsOnly(_ text: String) -> String? {
    let words = AliasMatcher.words(text)
    let named = words.filter(platformWords.contains)
    guard !named.isEmpty, words.allSatisfy({ platformWords.contains($0) || orderJoins.contains($0) || $0 == "or" })
    else { return nil }
    return named.joined(separator: ", ")
  }

  /// The reasons a key-value store's name gives: such a store holds features or precomputed
  /// results alike (FACTS.md).
  static let keyValueStores: Set<String> = Set(
    ["redis", "cassandra", "dynamodb", "bigtable", "scylladb", "aerospike"].map { "named '\($0)'" })

  /// Whether the word at `index` names a person after "for", at most two words between ("for new
  /// users"): whom the box serves; or just after "per" ("per member top 100"): the unit the box
  /// keeps its rows by. A thing of the client is no person ("For You request").
  static func servedPerson(words: [String], at index: Int) -> Bool {
    !clientThings.contains(words[index])
      && ((max(0, index - 3)..<index).contains { words[$0] == "for" } || index > 0 && words[index - 1] == "per")
  }

  /// Nouns for what people's actions leave behind, as data (FACTS.md, data sources: events,
  /// logs, profiles, reports): after a person word, that person's data.
  static let heldDataNouns: Set<String> = [
    "report", "event", "log", "profile", "action", "feedback", "click", "campaign", "signal", "interaction",
    "history", "histories", "activity", "activities", "behaviour", "behavior", "engagement", "rating", "session",
    "transaction", "purchase", "impression", "upload", "photo", "image", "video", "data", "feature", "embedding",
    "label", "attribute", "preference", "graph", "connection", "comment", "appeal", "complaint", "aggregate",
    "vector", "metadata", "stat", "statistic", "count", "counter", "view", "row",
  ]

  /// Moments of serving: "request time", "query time" say when something is computed.
  static let requestMoments: Set<String> = ["request", "query", "serve", "serving", "inference", "prediction"]

  /// The two feature stores.
  static let featureStoreKinds: Set<String> = ["online-feature-store", "offline-feature-store"]

  /// Words that start no noun phrase: after a participle, it is no adjective ("Labelled by").
  static let functionWords: Set<String> = prepositions.union(["by", "and", "or", "as", "to", "at", "into"])

  /// Participles of labelling work: before a noun, data that was labelled already.
  static let labelledWords: Set<String> = ["labelled", "labeled", "annotated", "reviewed"]

  /// Head words that call a box a model that is applied ("models", "classifiers", "detectors").
  static let modelNouns: Set<String> = [
    "model", "models", "classifier", "classifiers", "detector", "detectors", "scorer", "scorers",
  ]

  /// Whether a label's head word calls the box a model (`modelNouns`).
  static func namesModel(_ label: String) -> Bool {
    headWord(of: label).map(modelNouns.contains) ?? false
  }

  /// Whether a label's head word names data or a place that keeps it (`isHeldData`).
  static func namesHeldData(_ label: String) -> Bool {
    headWord(of: label).map(isHeldData) ?? false
  }

  /// Whether a head word names data, or a place that keeps it ("reports", "events", "queue", "DB").
  static func isHeldData(_ word: String) -> Bool {
    let one = singular(word)
    return heldDataNouns.contains(one) || heldDataNouns.contains(word) || keepingNouns.contains(one)
  }

  /// Whether a hint at the client is a word that only says whose data the head word is ("Member
  /// reports", "Client event logs"): one word before the head, a person in the singular, as a noun
  /// that qualifies another is ("Users posting photos" and "People browsing" are people doing
  /// something), or a thing of the app; not before "time" ("Request-time features": a moment),
  /// not before a verb in -ing ("User scrolling the feed"), and not joined by a hyphen to a
  /// participle ("Seller-entered category": given by people; "Member-pair features" are
  /// features of pairs of members).
  static func isOwner(_ match: AliasMatcher.Match, words: [String], head: Int, text: String) -> Bool {
    guard match.kind == "client", match.end <= head else { return false }
    // "Home page views", "Mobile app events": a name of the app in several words is one thing.
    let word = words[match.end - 1]
    guard match.end == match.start + 1 || clientThings.contains(word) else { return false }
    guard !word.hasSuffix("s") || clientThings.contains(word), !["people", "person"].contains(word) else {
      return false
    }
    let next = words[match.end]
    // "Request-time features": a moment, not whose data.
    if next == "time" { return false }
    if next.hasSuffix("ing") && !itemNouns.contains(next) && match.end < head { return false }
    let participle = handGiven.contains(next) || participles.contains(next) || next.hasSuffix("ed")
    return !(participle && text.lowercased().contains(word + "-" + next))
  }

  /// Whether a one-word match is a word for media written in lower case ("clips", not "CLIP"):
  /// the text's own spelling of the word, as the words of `AliasMatcher` cut it.
  static func isMediaWordAsWritten(_ match: AliasMatcher.Match, words: [String], text: String) -> Bool {
    guard match.end == match.start + 1, mediaWords.contains(WordForms.stem(words[match.start])) else {
      return false
    }
    let written = text.split { !($0.isLetter || $0.isNumber) }
    // "&" and "+" are words of their own there: count only letters and digits on both sides.
    guard written.count == words.filter({ $0 != "&" && $0 != "+" }).count else { return false }
    let position = words[..<match.start].filter { $0 != "&" && $0 != "+" }.count
    return written[position] == Substring(words[match.start])
  }

  /// Head words that call a box a machine that answers requests, and nothing more.
  static let serverNouns: Set<String> = ["server", "servers"]

  /// The reasons a name the lake shares with object storage gives ("S3", "GCS").
  static let bucketNames: Set<String> = ["named 's3'", "named 'gcs'"]

  /// Head words for a store of files: after a word for media, object storage ("Tile store").
  static let fileStoreNouns: Set<String> = ["store", "stores", "storage"]

  /// Reduced words for media (`WordForms`): a bucket that holds them is object storage.
  static let mediaWords: Set<String> = Set(
    [
      "image", "imagery", "photo", "video", "frame", "panorama", "pano", "tile", "thumbnail", "media", "picture",
      "clip", "scan",
    ]
    .map(WordForms.stem))

  /// The kinds a box counts as from this evidence: every kind it is named or declared as, and
  /// the kinds with the most evidence when that is enough (most boxes are one thing).
  static func counted(_ evidence: [KindEvidence]) -> [KindEvidence] {
    let best = evidence.map(\.score).max() ?? 0
    return evidence.filter { $0.named || ($0.score == best && best >= countedScore) }
  }

  /// The kinds an arrow label says the arrow carries ("served scores": prediction logging).
  func carried(by label: String) -> [(kind: String, phrase: String)] {
    let words = AliasMatcher.words(label)
    let stems = words.map(WordForms.stem)
    return carries.matches(words: words, stems: stems).map {
      ($0.kind, words[$0.start..<$0.end].joined(separator: " "))
    }
  }

  /// Plural head words that name what a store holds, not what a service does: "Listing
  /// embeddings" are vectors kept for others to read; an "embedder" computes them.
  static let artefactNouns: Set<String> = [
    "embeddings", "vectors", "weights", "checkpoints", "snapshots", "artifacts", "artefacts", "versions", "models",
    "outputs",
  ]

  /// Head words for what a job leaves behind for others to take: "Workflow outputs" (not "dbt
  /// models", which are the job's own code).
  static let jobOutputs: Set<String> = ["outputs", "checkpoints", "artifacts", "artefacts", "weights"]

  /// Whether a label's head word names stored artefacts (`artefactNouns`).
  static func holdsArtefacts(_ label: String) -> Bool {
    headWord(of: label).map(artefactNouns.contains) ?? false
  }

  /// A label's head word (`headIndex`), nil for a label without words.
  static func headWord(of label: String) -> String? {
    let words = AliasMatcher.words(label)
    return headIndex(of: label, words: words).map { words[$0] }
  }

  /// Nouns for a set of examples kept for a model: before them a word of training says which set
  /// ("Training and eval sets"), the box keeps data. (An "eval set" stays model evaluation: the
  /// corpus draws the held-out set as the evaluation step.)
  static let setNouns: Set<String> = ["set", "sets", "dataset", "datasets"]

  /// Whether a word is a past participle made from a verb ("tuned", "trained", "distilled"): its
  /// "-ed" is an ending `WordForms` removes, not part of the word ("embed", "feed").
  static func isParticiple(_ word: String) -> Bool {
    word.hasSuffix("ed") && WordForms.stem(word) != word
  }

  /// Plural head words that name media someone took or uploaded: "Product images" nothing on the
  /// board feeds were photographed somewhere, their source; a "GCS bucket" says nothing of that.
  static let mediaNouns: Set<String> = [
    "images", "photos", "pictures", "videos", "clips", "recordings", "frames", "scans", "uploads",
  ]

  /// Whether a text says something was uploaded ("uploaded videos", "user uploads").
  static func saysUploaded(_ text: String) -> Bool {
    AliasMatcher.words(text).contains { $0.hasPrefix("upload") }
  }

  /// Whether a label's head word names media (`mediaNouns`).
  static func holdsMedia(_ label: String) -> Bool {
    headWord(of: label).map(mediaNouns.contains) ?? false
  }

  /// Whether a label's head word names work done, a noun in -ion or -ing ("Image selection").
  static func namesWork(_ label: String) -> Bool {
    guard let head = headWord(of: label), head.count > 5 else { return false }
    return head.hasSuffix("ion") || head.hasSuffix("ing")
  }

  /// Whether a label's head word calls the box a service or an API ("Smart feed service").
  static func namesFrontDoor(_ label: String) -> Bool {
    headWord(of: label).map(["service", "api"].contains) ?? false
  }

  /// Whether a label's head word calls the box one service ("Query service") or a server ("Voice
  /// chat servers"): a step of the serving side, never a person nor the app they use. Services in
  /// the plural ("Product services" sending score requests) are the products that call the model,
  /// and may be.
  static func namesService(_ label: String) -> Bool {
    headWord(of: label).map(["service", "server", "servers"].contains) ?? false
  }

  /// Head words that only say a box is a machine or a program: after a role noun of some kind
  /// ("Binary index engine", "Feature store service"), that noun says what it is.
  /// Words that may stand between a served model and its serving product: "XGBoost on a
  /// SageMaker endpoint".
  static let servedOnWords: Set<String> = ["on", "in", "via", "behind", "a", "an", "the"]

  /// The model technology and the serving product after it when a label reads "<model> on
  /// <serving product>" (only prepositions and articles between, "on" or "in" or "via" among them).
  static func servedModel(
    words: [String], names: [AliasMatcher.Match]
  ) -> (model: AliasMatcher.Match, product: AliasMatcher.Match)? {
    for product in names where product.exact && product.kind == "inference-service" {
      for model in names where model.exact && model.kind == "training-pipeline" && model.end < product.start {
        let between = words[model.end..<product.start]
        if between.allSatisfy(servedOnWords.contains),
          between.contains(where: { ["on", "in", "via", "behind"].contains($0) })
        {
          return (model, product)
        }
      }
    }
    return nil
  }

  /// Whether the words from the head word on are a count per unit of what was served
  /// ("Reports per impression", "Errors per request").
  static func isRate(_ words: [String], head: Int) -> Bool {
    head + 2 < words.count && words[head + 1] == "per" && servedUnits.contains(words[head + 2])
  }

  static let machineNouns: Set<String> = ["engine", "service", "server", "servers", "system", "cluster"]

  /// Head words for the machine that answers the client: "App server", "Listing page backend".
  static let answeringNouns: Set<String> = machineNouns.union(["backend", "backends", "api", "gateway", "endpoint"])

  /// Kinds that name stored data: before a head word for work on it, what the work is done to.
  static let storedKinds: Set<String> = ["data-lake", "object-storage", "offline-feature-store"]

  /// Head words of a store that keeps rows for lookups: what batch scoring writes into such a box
  /// and the request side reads ("Suggestions table") is the cache of precomputed results.
  static let lookupStoreNouns: Set<String> = ["table", "tables", "store", "db", "database", "pools"]

  /// Whether a label's head word names a store of rows (`lookupStoreNouns`).
  static func namesLookupStore(_ label: String) -> Bool {
    headWord(of: label).map(lookupStoreNouns.contains) ?? false
  }

  /// Whether a label is a sentence whose subject is a person: a word that hints at the client
  /// ("Shopper", "Author", "People"), then a verb ("uploads", "publishes", "posting": a word in
  /// -s or -ing that no kind calls a box by), then what they act on, ending in no role noun.
  /// "User events table" and "User profiles store" are stores; "User features" is no sentence.
  static func isClause(
    words: [String], head: Int, personAtStart: Bool, isRole: (Int) -> Bool, slashAfterVerb: Bool = false
  ) -> Bool {
    // "Person posts on Facebook": a verb whose object is a phrase after a preposition.
    let prepositional = head == 1 && words.count >= 4 && prepositions.contains(words[2])
    guard personAtStart, !clientThings.contains(words[0]), head >= 2 || prepositional, words.count >= 3, !isRole(1),
      !isRole(head)
    else {
      return false
    }
    let verb = words[1]
    // "Advertiser campaigns and ads" lists nouns; "Pinner saves or uploads a Pin" goes on to an
    // object after the second verb.
    if ["and", "or"].contains(words[2]) && words.count < 5 { return false }
    // "User flags / reports": a slash after the second word joins it to the next as "or" does,
    // two nouns with nothing after them.
    if slashAfterVerb && words.count < 4 { return false }
    // "Seller listing photos" are photos of listings: an -ing word that names the items people
    // put up on a marketplace is a noun there, no verb.
    if itemNouns.contains(verb) { return false }
    return verb.count > 3 && (verb.hasSuffix("s") && !verb.hasSuffix("ss") || verb.hasSuffix("ing"))
  }

  /// Whether a slash follows the word at this position (counted as `AliasMatcher.words` counts
  /// them) before the next word: "flags / reports".
  static func slashAfter(_ text: String, word position: Int) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "/")) else { return false }
    var seen = -1
    var inWord = false
    var slash = false
    for character in text {
      if character.isLetter || character.isNumber {
        if !inWord {
          if seen == position { return slash }
          seen += 1
          inWord = true
        }
      } else {
        inWord = false
        if seen == position && character == "/" { slash = true }
      }
    }
    return false
  }

  /// Words in -ing that name what people put up or make on a product, nouns before a head word:
  /// "Seller listing photos", "Guest booking history", "Artist recording uploads".
  static let itemNouns: Set<String> = ["listing", "booking", "posting", "recording", "rating", "offering"]

  /// Verbs of what people do in an app, in the form of a sentence about one of them ("Pinner
  /// opens the home feed"), or of what a caller does ("Feed asks for 3 ad slots"): its subject,
  /// whatever the word, is the client.
  static let userVerbs: Set<String> = [
    "opens", "visits", "browses", "scrolls", "taps", "swipes", "searches", "watches", "types", "signs", "books",
    "buys", "listens", "reads", "asks", "requests", "saves", "uploads", "shares", "likes", "follows", "clicks",
    "creates", "writes", "sends",
  ]

  /// Verbs of the pipeline's work that a label may start with, in the form a person writes an
  /// instruction in ("Train", "Fine-tune", "Re-rank", "Learn a vector"); `WordForms` gives each its
  /// other forms. The one list of the imperative rule: "Training", "Ranker" or "Filters" are no
  /// instructions.
  static let actionVerbs: Set<String> = [
    "train", "retrain", "finetune", "fine tune", "learn", "fit", "serve", "score", "rank", "rerank", "re rank",
    "embed", "encode", "annotate", "label", "report", "review", "log", "monitor", "evaluate", "validate",
    "retrieve", "ingest", "deploy", "predict", "infer", "classify", "detect", "index", "filter", "blend", "merge",
    "dedup", "eval", "compare", "gather",
  ]

  /// Words before a word of labelling that say a program, not people, makes the labels.
  static let programWords: Set<String> = ["machine", "auto", "automatic", "automated", "pseudo", "programmatic"]

  /// Verbs of moving or combining data that a detail line may start with, as an order ("read
  /// the Hive partitions"): what follows is what the box works on.
  static let dataVerbs: Set<String> = [
    "read", "reads", "load", "loads", "fetch", "fetches", "pull", "pulls", "join", "joins", "split", "splits",
    "write", "writes", "copy", "copies", "export", "exports", "scan", "scans",
  ]

  /// Head words for a job run on a schedule over the items.
  static let jobNouns: Set<String> = ["job", "jobs", "export", "exports"]

  /// Participles joined to a person ("seller-entered") that say people gave the data by hand.
  static let handGiven: Set<String> = ["entered", "provided", "supplied", "tagged", "labelled", "labeled", "chosen"]

  /// Verbs of choosing that start an order: "Pick eligible ads".
  static let choosingVerbs: Set<String> = ["pick", "select", "choose", "shortlist"]
  /// What the object of a verb of choosing may name or hint at: the items and whom they are for.
  static let chosenKinds: Set<String> = ["candidate-generation", "data-source", "client"]

  /// Head words for the building of something: after an index, the job that fills it.
  static let buildNouns: Set<String> = ["build", "builds", "building", "rebuild", "rebuilds"]

  /// The kinds of index a job builds.
  static let indexKinds: Set<String> = ["vector-index", "text-search-index"]

  /// Kinds that are jobs run in steps: their label may list the steps as orders.
  static let jobKinds: Set<String> = [
    "training-pipeline", "orchestration", "batch-etl", "stream-processing", "batch-prediction",
  ]

  /// Names of work on data that say nothing of batch or stream: the engine named beside them does.
  static let genericDataWork: Set<String> = [
    "feature computation", "feature pipeline", "feature engineering", "data pipeline", "data processing",
  ]

  /// Words that say which of the two stores a feature-store product's store is: Feast reads
  /// "historical features" for training from its offline store and serves the latest values
  /// from its online store (FACTS.md: offline feature store, "historical feature values").
  static let offlineStoreWords: Set<String> = ["offline", "historical", "history", "batch"]
  static let onlineStoreWords: Set<String> = ["online", "serving", "realtime", "latest"]

  /// Changes in data or predictions that monitoring watches for: a detector of them is monitoring.
  static let watchedChanges: Set<String> = ["drift", "skew"]

  /// Words that say work runs in batches, on a schedule.
  static let batchWords: Set<String> = ["batch", "batches", "nightly", "daily", "hourly", "weekly", "offline"]

  /// Stream engines, as a reason quotes them (FACTS.md, stream processing).
  static let streamEngines: Set<String> = [
    "flink", "spark streaming", "kafka streams", "beam", "samza", "storm", "heron", "dataflow",
    "structured streaming", "spark structured streaming", "ksqldb",
  ]

  /// The position of the verb when a detail line is a sentence about what the box does: a name at
  /// its start, then a verb of `actionVerbs` in its -s form, then more words ("XGBoost scores each
  /// candidate pair"); empty otherwise.
  static func sentenceVerb(words: [String], stems: [String], names: [AliasMatcher.Match]) -> [Int] {
    guard let subject = names.filter({ $0.start == 0 }).map(\.end).max(), subject + 1 < words.count else { return [] }
    let verb = words[subject]
    guard verb.count > 3, verb.hasSuffix("s"), !verb.hasSuffix("ss"),
      actionVerbs.contains(String(verb.dropLast()))
        || verb.hasSuffix("es") && actionVerbs.contains(String(verb.dropLast(2)))
    else { return [] }
    return [subject]
  }

  /// The later clauses of a label (after a comma, semicolon or colon) that are orders of the
  /// pipeline's work, an action verb and its object ("eval mAP"), with the kinds the verb names
  /// or hints at.
  func orderedClauses(_ text: String) -> [(verb: String, kinds: [String])] {
    let pieces = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == ":" })
    guard pieces.count > 1 else { return [] }
    var found: [(verb: String, kinds: [String])] = []
    for piece in pieces.dropFirst() {
      let words = AliasMatcher.words(String(piece))
      guard words.count >= 2 else { continue }
      let stems = words.map(WordForms.stem)
      let matches = (names.matches(words: words, stems: stems) + cues.matches(words: words, stems: stems))
        .filter { $0.start == 0 }
      guard let verbEnd = matches.map(\.end).max(), KindRecognizer.startsWithAction(words: words, verbEnd: verbEnd)
      else { continue }
      let kinds = matches.filter { $0.end == verbEnd }.map(\.kind)
      // "report rate" is a rate of reports: a last word that names or hints at another kind makes
      // the clause a noun phrase, not an order.
      let last = words.count - 1
      let lastKinds = (names.matches(words: words, stems: stems) + cues.matches(words: words, stems: stems))
        .filter { $0.start <= last && $0.end > last && $0.start >= verbEnd }.map(\.kind)
      if lastKinds.contains(where: { !kinds.contains($0) }) { continue }
      if !kinds.isEmpty { found.append((words[0..<verbEnd].joined(separator: " "), kinds)) }
    }
    return found
  }

  /// The orders of a label that lists two or more ("Demote in feed + send to review queue", "Remove
  /// the post and notify the author"), cut at "+", "&", "and", "then", commas and semicolons, each
  /// with the kinds its verb names or hints at; nil when the label lists fewer than two orders,
  /// unless it is one order to act on an item in a label (`oneActs`; "Remove review": a decision's
  /// action, whatever its object's word hints at). An order is a verb as written in an instruction (`actionVerbs`,
  /// `listedVerbs`) and its object; "Train ranking and retrieval models" is one order of the
  /// pipeline's work, read by the rule of orders, and "Fusion + ranking" none.
  func listedOrders(_ text: String, oneActs: Bool = false) -> [(verb: String, kinds: [String])]? {
    var pieces: [[String]] = [[]]
    for word in AliasMatcher.words(
      text.replacingOccurrences(of: ",", with: " + ").replacingOccurrences(of: ";", with: " + "))
    {
      if KindRecognizer.orderJoins.contains(word) { pieces.append([]) } else { pieces[pieces.count - 1].append(word) }
    }
    pieces.removeAll(where: \.isEmpty)
    let acts = oneActs && pieces.count == 1 && pieces[0].first.map(KindRecognizer.listedVerbs.contains) == true
    guard pieces.count > 1 || acts else { return nil }
    // "Demote + review queue", "Remove & log": in a label that lists, a verb of acting on an item
    // alone is an action the box takes, its object (the item) unsaid.
    let bare = { (words: [String]) in
      oneActs && pieces.count > 1 && words.count == 1 && KindRecognizer.listedVerbs.contains(words[0])
    }
    var acted = false
    var orders = 0
    var found: [(verb: String, kinds: [String])] = []
    for words in pieces where words.count >= 2 || bare(words) {
      let stems = words.map(WordForms.stem)
      let all = names.matches(words: words, stems: stems) + cues.matches(words: words, stems: stems)
      let atStart = all.filter { $0.start == 0 }
      if words.count == 1 {
        let kinds = atStart.map(\.kind)
        if !kinds.isEmpty {
          acted = true
          found.append((words[0], kinds))
        }
        continue
      }
      let verbEnd = atStart.map(\.end).max() ?? 1
      let acting = KindRecognizer.listedVerbs.contains(words[0])
      guard verbEnd < words.count, acting || KindRecognizer.startsWithAction(words: words, verbEnd: verbEnd)
      else { continue }
      orders += 1
      // "report rate" is a rate of reports: a last word that names or hints at another kind makes
      // the piece a noun phrase, not an order ("remove" is no noun: "Remove posts" is an order).
      let kinds = atStart.filter { $0.end == verbEnd }.map(\.kind)
      let last = words.count - 1
      let lastKinds = all.filter { $0.start <= last && $0.end > last && $0.start >= verbEnd }.map(\.kind)
      if kinds.isEmpty || !acting && lastKinds.contains(where: { !kinds.contains($0) }) { continue }
      found.append((words[0..<verbEnd].joined(separator: " "), kinds))
    }
    return orders > 1 || (acts || acted) && !found.isEmpty ? found : nil
  }

  /// Words that join the orders of a label that lists actions.
  static let orderJoins: Set<String> = ["+", "&", "and", "then"]

  /// Verbs of acting on an item (what a decision does with a post, an ad or a result) that start an
  /// order in a list of actions, beside `actionVerbs`: "Demote in feed", "send to review". None of
  /// them is a noun ("queue", "store", "alert" and "block" are both, so they are left out).
  static let listedVerbs: Set<String> = [
    "demote", "downrank", "remove", "delete", "hide", "ban", "restrict", "suspend", "escalate", "send", "route",
    "notify", "warn",
  ]

  /// Whether the word at `at` follows "in", "inside" or "within" (one word between allowed) in a
  /// label that starts with a verb of acting on an item ("Hide inside search results").
  static func actsWithin(words: [String], at: Int) -> Bool {
    guard at >= 2, let first = words.first, listedVerbs.contains(first) else { return false }
    return words[max(1, at - 2)..<at].contains(where: ["in", "inside", "within"].contains)
  }

  /// Verbs of making, as written in an instruction: followed by data, they name the job that
  /// prepares it (corpus: "Build positive pairs", "Make training pairs").
  static let preparingVerbs: Set<String> = ["build", "make", "prepare", "assemble"]

  /// Nouns of those who make, as a head word after data: the job that prepares it ("Pair builder").
  static let makerNouns: Set<String> = ["builder", "maker", "preparer", "assembler", "generator", "miner"]

  /// Kinds of what such a verb makes when it prepares data: the data, its stores and its labels.
  static let preparedKinds: Set<String> = [
    "data-lake", "data-source", "offline-feature-store", "labelling", "batch-etl", "object-storage",
  ]

  /// Nouns for people who do a work: after a verb of `actionVerbs` they make it a noun that says
  /// what they do ("Label team", "Label raters"), and a person keeps no data.
  static let workerNouns: Set<String> = [
    "team", "teams", "crew", "crews", "staff", "workforce", "reviewer", "reviewers", "annotator", "annotators",
    "rater", "raters", "labeler", "labelers", "labeller", "labellers", "moderator", "moderators", "worker",
    "workers", "contractors", "vendors",
  ]

  /// Kinds whose work people do by hand: a crew named after one is that kind ("Label team",
  /// "Review crew", "Moderation staff").
  static let peopleWorkKinds: Set<String> = ["labelling"]

  /// Nouns for a group of people that say only who does the work the word before them names
  /// ("Label team" labels; "Review crew" reviews).
  static let crewNouns: Set<String> = ["team", "crew", "staff", "workforce"]

  /// Nouns for places that keep things: after a verb of `actionVerbs` they make it a noun that
  /// says what is kept ("Score cache", "Score history", "Label queue", "Log tables").
  static let keepingNouns: Set<String> = [
    "store", "cache", "queue", "table", "db", "database", "bucket", "topic", "stream", "lake", "warehouse",
    "index", "registry", "dashboard", "archive", "file", "sink", "history", "log", "record", "journal", "list",
    "snapshot",
  ]

  /// Whether a reason of a kind's evidence only quotes a noun for a place that keeps things
  /// ("called a 'logs'", "head word 'log'"), saying nothing of what is kept.
  static func namesKeepingNoun(_ reason: String) -> Bool {
    guard let open = reason.firstIndex(of: "'"), reason.last == "'" else { return false }
    let quoted = reason[reason.index(after: open)..<reason.index(before: reason.endIndex)]
    return keepingNouns.contains(singular(String(quoted)))
  }

  /// Kinds whose work an order may ask for over every item ("Score all candidates").
  static let servedWorkKinds: Set<String> = ["inference-service", "ranking", "embedding-service"]

  /// Words that take every item: after such an order, a batch job.
  static let quantifiers: Set<String> = ["all", "every", "each"]

  /// Units of time a schedule counts in ("every 4 hours", "every Sunday").
  static let timeUnits: Set<String> = [
    "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months",
    "morning", "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// The unit of a schedule that starts at `at` ("every", an optional number, a time unit), nil
  /// when the words there are no schedule ("every live cabin").
  static func schedule(_ words: [String], at q: Int) -> String? {
    var i = q + 1
    if i < words.count, words[i].allSatisfy(\.isNumber) { i += 1 }
    return i < words.count && timeUnits.contains(words[i]) ? words[q + 1...i].joined(separator: " ") : nil
  }

  /// What a share of ("5% of ...") splits when it names an experiment: the traffic or the people.
  static let splitPopulations: Set<String> = [
    "traffic", "users", "guests", "requests", "sessions", "members", "viewers", "customers", "shoppers", "riders",
    "people", "visitors", "accounts", "devices", "queries", "buyers", "players",
  ]

  /// "5% of guests" in a text, when the share is of `splitPopulations`; nil otherwise.
  static func trafficShare(in text: String) -> String? {
    // No share without a percent sign: most labels are spared lowercasing and splitting.
    // "Live test on 1 percent": the word is the sign, written out.
    let spelt = KindRecognizer.containsBytes(text, "ercent")
    guard spelt || text.utf8.contains(UInt8(ascii: "%")) else { return nil }
    var lowered = text.lowercased()
    if spelt { lowered = lowered.replacingOccurrences(of: " percent", with: "%") }
    let tokens = lowered.split(whereSeparator: { $0 == " " || $0 == "<" || $0 == ">" })
    for i in tokens.indices.dropLast(2)
    where tokens[i].hasSuffix("%") && tokens[i].dropLast().allSatisfy(\.isNumber)
      && tokens[i].count > 1 && tokens[i + 1] == "of"
    {
      var j = i + 2
      if j < tokens.count - 1 && tokens[j] == "the" { j += 1 }
      let population = tokens[j].trimmingCharacters(in: .punctuationCharacters)
      if splitPopulations.contains(population) { return tokens[i...j].joined(separator: " ") }
    }
    // "1% buckets", "5% bucket": a share that names its bucket is a bucket of the traffic (the
    // catalogue's "traffic bucket").
    for i in tokens.indices.dropLast()
    where tokens[i].count > 1 && tokens[i].hasSuffix("%")
      && tokens[i].dropLast().allSatisfy({ $0.isNumber || $0 == "." })
      && ["bucket", "buckets"].contains(tokens[i + 1].trimmingCharacters(in: .punctuationCharacters))
    {
      return tokens[i...(i + 1)].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
    }
    // "Try on 1% first", "Roll out to 5%": a bare share that something is tried on or rolled out
    // to is of the traffic.
    for i in tokens.indices.dropFirst()
    where ["on", "to"].contains(tokens[i - 1]) && tokens[i].count > 1 && tokens[i].hasSuffix("%")
      && tokens[i].dropLast().allSatisfy({ $0.isNumber || $0 == "." })
      && (i + 1 == tokens.count
        || ["first", "only"].contains(tokens[i + 1].trimmingCharacters(in: .punctuationCharacters)))
    {
      return tokens[i - 1...i].joined(separator: " ")
    }
    return nil
  }

  /// Whether a text holds these bytes in a row: a byte search, without Foundation's cost.
  static func containsBytes(_ text: String, _ bytes: StaticString) -> Bool {
    let needle = UnsafeBufferPointer(start: bytes.utf8Start, count: bytes.utf8CodeUnitCount)
    func search(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
      guard hay.count >= needle.count, let first = needle.first else { return false }
      for i in 0...(hay.count - needle.count) where hay[i] == first {
        if needle.indices.allSatisfy({ hay[i + $0] == needle[$0] }) { return true }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
  }

  /// Verbs of putting a model in front of users, as an order ("Release one region first").
  static let releaseVerbs: Set<String> = ["release", "roll", "launch", "ship", "deploy"]

  /// Units of what was served: a count per one of them is a rate ("Reports per impression").
  static let servedUnits: Set<String> = [
    "impression", "impressions", "request", "requests", "view", "views", "thousand", "1000", "mille", "query",
    "queries",
  ]

  /// Words that join the items of a list: a detail line of names and these lists roles.
  static let listWords: Set<String> = ["and", "or", "&", "+", "plus"]

  /// Words that start a noun phrase: after a verb, its object follows.
  static let articles: Set<String> = ["a", "an", "the", "their", "his", "her", "its", "my", "your"]

  /// Kinds of work on data: a word of theirs after a verb form is a noun ("Label join").
  static let dataWorkKinds: Set<String> = ["batch-etl", "stream-processing"]

  /// Kinds that do work on requests or models: before a `keepingNouns` head word their hint words
  /// say what is kept ("Score history" keeps scores).
  static let workingKinds: Set<String> = [
    "inference-service", "ranking", "re-ranking", "candidate-generation", "embedding-service", "training-pipeline",
  ]

  /// Kinds of work on requests whose name before a `keepingNouns` head word says what is kept
  /// ("Candidate store" keeps candidates); an "Embedding KV store" is left to its other words.
  static let servingWorkKinds: Set<String> = ["inference-service", "ranking", "re-ranking", "candidate-generation"]

  /// Head words for what people write about an item, or a model's run.
  static let reportNouns: Set<String> = ["report", "reports"]

  /// Words that put what a label names in the past: a record of it ("Past moderation decisions").
  static let pastWords: Set<String> = ["past", "previous", "prior"]

  /// Kinds of work done on each item at serving time, which a record of past work does not do.
  static let itemWorkKinds: Set<String> = servingWorkKinds.union(["embedding-service", "enforcement-service"])

  /// Kinds of a model that runs on items: a participle of training before a word hinting at one
  /// ("Fine-tuned LLM classifier") says how the model was made.
  static let modelWorkKinds: Set<String> = servingWorkKinds.union(["embedding-service"])

  /// A plural noun's singular, roughly ("logs" → "log", "histories" stays): enough for the
  /// `keepingNouns` list.
  static func singular(_ word: String) -> String {
    word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
  }

  /// Whether a label's first words up to `verbEnd` are an action verb as written in an instruction
  /// (not "Training", "Ranker"), followed by its object: more words, the first not a
  /// `keepingNouns` word.
  static func startsWithAction(words: [String], verbEnd: Int) -> Bool {
    guard verbEnd < words.count else { return false }
    let next = words[verbEnd]
    let singular = next.hasSuffix("s") && !next.hasSuffix("ss") ? String(next.dropLast()) : next
    guard !keepingNouns.contains(singular), !workerNouns.contains(next) else { return false }
    return actionVerbs.contains(words[0..<verbEnd].joined(separator: " "))
  }

  /// Plural nouns for groups of people who receive a system's output, beside the client's own
  /// hint words ("users", "viewers").
  static let peopleGroups: Set<String> = [
    "teams", "researchers", "analysts", "scientists", "engineers", "partners", "subscribers",
  ]

  /// The position of the people a label lists before "and" and something else: "Research teams
  /// and open datasets" → "teams". Not when the head word after the list is a role noun that
  /// makes the whole a store ("Users and items table"), nor for a singular word that shares the
  /// head noun ("User and item embeddings").
  static func listedPeople(words: [String], head: Int, isPeople: (Int) -> Bool, isRole: (Int) -> Bool) -> Int? {
    guard let conjunction = words.prefix(head).firstIndex(of: "and"), conjunction >= 1, !isRole(head) else {
      return nil
    }
    let last = conjunction - 1
    return isPeople(last) ? last : nil
  }

  /// Whether a name sits in a phrase that says when something happens ("features used at serve
  /// time", "joined as of request time"): there it dates the box's content, it is not the box.
  static func inTimePhrase(_ match: AliasMatcher.Match, words: [String]) -> Bool {
    guard match.end < words.count, ["time", "times"].contains(words[match.end]) else { return false }
    let before = words[max(0, match.start - 2)..<match.start]
    return before.contains { ["at", "of", "by", "before", "after", "until"].contains($0) }
  }

  /// Past participles that do not end in -ed, as in "images found by the crawler".
  static let participles: Set<String> = [
    "found", "seen", "made", "built", "taken", "written", "shown", "sent", "kept", "bought", "sold", "chosen", "given",
  ]

  /// Words a label may start with that hint at the client but name a thing, not a person: no
  /// sentence has them as its subject ("Web images found by the crawler" is no "Viewer types").
  static let clientThings: Set<String> = [
    "app", "apps", "web", "mobile", "browser", "frontend", "page", "pages", "screen", "device", "devices", "phone",
    "ios", "android", "iphone", "tv", "camera", "cameras", "request", "requests", "tab", "client", "clients",
  ]

  /// Words that start a phrase qualifying the noun before them ("Shadow scoring of the new model"
  /// is a kind of scoring; "Retention campaign in Salesforce" a campaign).
  static let prepositions: Set<String> = [
    "of", "for", "with", "via", "on", "across", "per", "in", "from", "before", "after", "at",
  ]

  /// The position of the head word: the last word before a parenthesis, colon, comma or dash that
  /// starts an aside ("Takedown service (delete, restrict)" → "service"; "Saved models, one per
  /// week" → "models"), or before a preposition.
  static func headIndex(of text: String, words: [String]) -> Int? {
    guard !words.isEmpty else { return nil }
    var main = Substring(text)
    // Foundation's search costs thousands of instructions a call (a third of reading a label): in
    // ASCII text, which has one form only, a separator with a byte the text lacks is not there.
    let present = ASCIIBytes(text)
    for separator in ["(", ":", " - ", " – ", " — ", "[", "<br", ","] {
      if let present, !present.containsAll(of: separator) { continue }
      if let range = main.range(of: separator), range.lowerBound > main.startIndex {
        main = main[..<range.lowerBound]
      }
    }
    var count = min(AliasMatcher.words(String(main)).count, words.count)
    // "Pass 2: lightweight neural net": a number before the colon only counts the stages.
    if count > 0, count < words.count, words[count - 1].allSatisfy(\.isNumber) { count = words.count }
    // "per-user" before a noun is an adjective; "PR-AUC per class" qualifies the metric.
    let lowered = main.lowercased()
    // "in" only before a name as written ("Click events in Kafka"): "Search box in the app" is a box.
    var named: Set<String> = []
    if lowered.contains(" in ") {
      let tokens = main.split(separator: " ")
      for i in tokens.indices.dropLast()
      where tokens[i].lowercased() == "in" && tokens[i + 1].first?.isUppercase == true {
        named.insert(tokens[i + 1].lowercased())
      }
    }
    if let preposition = words.prefix(count).indices.dropFirst().first(where: { i in
      (prepositions.contains(words[i]) && (words[i] != "in" || i + 1 < words.count && named.contains(words[i + 1])))
        && !(i + 1 < words.count && lowered.contains(words[i] + "-" + words[i + 1]))
    }) {
      count = preposition
    }
    // "Web images found by the Bing crawler": a past participle and "by" after the noun say who
    // made or found it; the noun before them is the head.
    if let by = words.prefix(count).indices.dropFirst(2).first(where: { words[$0] == "by" }),
      participles.contains(words[by - 1]) || words[by - 1].count > 4 && words[by - 1].hasSuffix("ed")
    {
      count = by - 1
    }
    // "Shared ResNet-50": a number after the noun, joined by a hyphen or a space, is its size or
    // version, not the head ("recall@10" is a metric at 10).
    if count > 1, words[count - 1].allSatisfy(\.isNumber) {
      if lowered.contains(words[count - 2] + "-" + words[count - 1])
        || lowered.contains(words[count - 2] + " " + words[count - 1])
      {
        count -= 1
      }
    }
    return count > 0 ? count - 1 : words.count - 1
  }
}
