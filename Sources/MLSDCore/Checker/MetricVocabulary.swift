// Words that show the notes name an offline metric, an online metric, or a time cut.

enum MetricVocabulary {
  static let offline = [
    "precision", "recall", "f1", "accuracy", "auc", "roc-auc", "roc auc", "pr-auc", "pr auc", "log loss",
    "logloss", "cross-entropy", "cross entropy", "nce", "mse", "mae", "rmse", "mrr", "map", "ndcg", "iou",
    "ap", "bleu", "rouge", "fid", "hit rate", "average rank", "calibration", "precision@k", "recall@k",
  ]
  static let online = [
    "ctr", "click-through", "click through", "conversion", "revenue", "watch time", "engagement",
    "retention", "dwell time", "time spent", "session", "booking", "bookings", "book rate", "user reports",
    "appeals", "prevalence", "requests accepted", "completion rate", "a/b", "ab test",
  ]
  static let timeCut = [
    "temporal", "chronological", "chronologically", "point-in-time", "point in time", "cutoff", "cut-off",
    "cut off", "timestamp", "timestamps", "time-based", "time based", "split by time", "split by date",
    "time split", "time window", "by date", "as of", "leakage",
  ]

  /// Whether any of the terms appears in the text as whole words (case-insensitive).
  static func mentions(_ text: String, anyOf terms: [String]) -> Bool {
    let words = tokens(text)
    for term in terms {
      let wanted = tokens(term)
      guard !wanted.isEmpty, wanted.count <= words.count else { continue }
      for start in 0...(words.count - wanted.count) where Array(words[start..<start + wanted.count]) == wanted {
        return true
      }
    }
    return false
  }

  /// Lower-case words; letters, digits, '@' and '/' stay inside a word so that "precision@k"
  /// and "A/B" are single words.
  private static func tokens(_ text: String) -> [String] {
    var out: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "@" || character == "/" {
        current.append(character)
      } else {
        if !current.isEmpty { out.append(current) }
        current = ""
        if character == "-" { out.append("-") }
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }
}
