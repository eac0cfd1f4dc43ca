/// How a label speaks of a ranker's scores: the probability of a user's action written as a
/// model's output ("p_click", "p(like)"), its expected value ("E_watch_min"), or an order to keep
/// the best N ("keeps top 500"). FACTS.md: the news feed's multi-task model predicts the
/// probabilities of click, like, comment, share, hide; ads are ranked by click probability,
/// people by the probability of a connection, events as a top-k.
extension KindRecognizer {
  /// Users' actions whose probability a ranker predicts (FACTS.md's feeds, ads, PYMK, video).
  static let rankedActions: Set<String> = [
    "click", "like", "dislike", "comment", "share", "hide", "block", "follow", "connect", "save", "watch", "view",
    "reply", "skip", "purchase", "buy", "book", "convert", "conversion", "register", "apply", "engage", "dwell",
  ]

  /// Verbs that keep the best of a scored list ("keep top 200", "keeps top 500"); not "returns",
  /// which an index does with its nearest items.
  static let keepingVerbs: Set<String> = ["keep", "keeps"]

  /// The words that name a ranker's output in `words` (lowered `text` shows how they were joined),
  /// nil when there are none. "p" or "e" joined to an action by "_" or "(" is a probability or an
  /// expectation; "keep top" and a number is the ranked list cut to its head.
  static func rankerOutput(words: [String], text: String) -> String? {
    for i in words.indices.dropLast() {
      let w = words[i]
      let next = words[i + 1]
      if predictedAction(words: words, at: i + 1, text: text) { return w + "_" + next }
      if keepingVerbs.contains(w), next == "top", i + 2 < words.count,
        words[i + 2].first?.isNumber == true
          || words[i + 2] == "k" || words[i + 2] == "n"
      {
        return w + " top " + words[i + 2]
      }
    }
    return nil
  }
}

extension KindRecognizer {
  /// Whether the word at `at` is an action a model predicts: "p" or "e" joined to it by "_" or
  /// "(" in the lowered `text` ("p_like", "p(click)", "E_watch_min").
  static func predictedAction(words: [String], at: Int, text: String) -> Bool {
    guard at > 0, at < words.count, rankedActions.contains(words[at]) else { return false }
    let w = words[at - 1]
    return (w == "p" || w == "e") && (text.contains(w + "_" + words[at]) || text.contains(w + "(" + words[at]))
  }

  /// Whether the words after `after` are "on" (or "in", "via", "behind") and a serving product
  /// named as written ("... on Triton", "... on a SageMaker endpoint").
  static func servedOnProduct(words: [String], after: Int, names: [AliasMatcher.Match]) -> Bool {
    names.contains { product in
      guard product.exact, product.kind == "inference-service", product.start > after + 1 else { return false }
      let between = words[(after + 1)..<product.start]
      return between.allSatisfy(servedOnWords.contains)
        && between.contains(where: { ["on", "in", "via", "behind"].contains($0) })
    }
  }
}

extension KindRecognizer {
  /// Head words for a box that mixes several lists into one ("Mixer", "Blender").
  static let mixerNouns: Set<String> = ["mixer", "mixers", "blender", "blenders", "merger", "combiner"]

  /// Whether a label's head word calls the box a mixer of lists.
  static func namesMixer(_ label: String) -> Bool {
    headWord(of: label).map(mixerNouns.contains) ?? false
  }
}

extension KindRecognizer {
  /// Verbs of writing a box's output somewhere ("upsert to Milvus", "writes them to S3").
  static let writingVerbs: Set<String> = [
    "upsert", "upserts", "write", "writes", "push", "pushes", "publish", "publishes", "load", "loads", "sync",
    "syncs",
  ]

  /// Whether the word at `at` follows "to" or "into" that follows a verb of writing, at most two
  /// words before ("upsert to Milvus", "writes them to S3").
  static func writesInto(words: [String], at: Int) -> Bool {
    guard at >= 2, ["to", "into"].contains(words[at - 1]) else { return false }
    return words[max(0, at - 4)..<(at - 1)].contains(where: writingVerbs.contains)
  }
}
