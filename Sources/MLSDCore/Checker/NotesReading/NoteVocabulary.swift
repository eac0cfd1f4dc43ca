// The word classes the notes cues are written with, and the words that negate or disown a
// statement. Plain words: NoteWord.stem folds their forms ("weeks", "dated", "splitting").

enum NoteVocabulary {
  // "May" is left out: "the model may be tested" is not a date.
  static let months = [
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  static let classes: [String: Set<String>] = {
    let raw: [String: [String]] = [
      // Units and words of calendar time (minutes and seconds are left out: "sessions end after
      // 30 minutes" is not a split).
      "time": [
        "time", "date", "timestamp", "timeline", "chronological", "chronologically", "temporal", "temporally",
        "day", "week", "month", "year", "quarter", "hour", "period", "calendar", "cutoff", "timestep",
      ] + months + weekdays,
      "month": months,
      // Words that place one stretch of time before or after another.
      "order": [
        "last", "latest", "recent", "newest", "final", "following", "next", "subsequent", "later", "future",
        "after", "earlier", "earliest", "first", "older", "oldest", "previous", "prior", "past", "before",
        "preceding", "most", "end", "start", "newer", "trailing", "remaining", "this",
      ],
      // Words that are about time by themselves: "the newest capture runs", "older snapshots".
      "recency": [
        "latest", "recent", "newest", "newer", "older", "oldest", "earlier", "earliest", "later", "future",
        "subsequent",
      ],
      // Words that set part of the data aside.
      "split": [
        "split", "partition", "divide", "separate", "hold", "held", "holdout", "carve", "reserve", "cut",
      ],
      // Words of evaluating on a held-out part.
      "eval": [
        "test", "validate", "validation", "val", "evaluate", "evaluation", "holdout", "held", "hold", "dev",
        "backtest", "score", "measure", "benchmark", "check", "grade", "judge", "assess", "compare",
      ],
      "train": ["train", "fit", "learn", "training", "tune", "retrain", "finetune"],
      // Moments a feature must be computed "as of".
      "moment": [
        "request", "label", "prediction", "predict", "impression", "event", "serving", "serve", "scoring",
        "inference", "decision", "click", "order", "transaction", "query", "moment", "time", "timestamp",
        "cutoff", "outcome", "example", "row", "snapshot", "date", "day", "view", "search", "session",
        "registration", "booking", "purchase", "payment", "signup", "instant", "point",
      ],
      // Things a feature is built from.
      "feature": [
        "feature", "feat", "data", "event", "information", "info", "value", "history", "row", "signal", "aggregate",
        "count", "counter", "statistic", "stat", "embedding", "input", "attribute", "profile", "join", "lookup",
        "label",
      ],
      "serve": ["serve", "serving", "inference", "request", "scoring", "score", "prediction", "predict", "online"],
      "log": ["log", "record", "capture", "persist", "store"],
      // What a training row is joined to.
      "state": [
        "table", "profile", "snapshot", "state", "value", "version", "attribute", "total", "count", "feature",
        "dimension", "record", "data", "dump", "copy", "export", "status", "balance", "setting", "follower", "score",
        "rating", "tier", "level", "segment", "flag",
      ],
      "now": ["current", "currently", "today", "present", "now", "latest", "live", "final", "fresh"],
      "past": [
        "join", "onto", "attach", "merge", "backfill", "train", "training", "historical", "past", "old", "older",
        "label", "previous", "earlier", "enrich", "augment", "decorate", "combine", "lookup",
      ],
      "all": ["all", "whole", "entire", "full", "complete", "combined"],
      "data": ["data", "dataset", "row", "corpus", "history", "set", "sample", "log", "record", "table", "example"],
      "fitstat": [
        "normalise", "normalize", "standardise", "standardize", "scale", "scaler", "fit", "impute", "encode",
        "encoding", "vocabulary", "statistic", "mean", "variance", "pca", "idf", "bucket", "bin", "quantile",
        "min", "max", "select", "selection", "smote", "oversample", "upsample",
        "undersample", "downsample", "resample", "rebalance", "balance",
      ],
      // How an online metric counts what users do.
      "measure": [
        "rate", "share", "fraction", "proportion", "percentage", "percent", "number", "count", "total", "average",
        "mean", "per", "lift", "growth", "volume", "how", "sum", "ratio",
      ],
      // What users do that an online metric counts.
      "behaviour": [
        "book", "booking", "purchase", "order", "buy", "checkout", "subscription", "subscribe", "signup",
        "registration", "register", "install", "download", "click", "like", "comment", "share", "save", "follow",
        "connection", "connect", "accept", "request", "reply", "message", "visit", "return", "watch", "view",
        "play", "listen", "complete", "completion", "finish", "abandon", "skip", "hide", "report", "complaint",
        "appeal", "unsubscribe", "uninstall", "churn", "bounce", "session", "search", "repin", "bookmark",
        "attend", "ride", "trip", "transaction", "invite", "invitation", "dismiss", "interaction", "reaction",
        "engagement", "sale", "conversion", "application", "apply", "hire", "match", "reservation", "loss",
        "renewal", "upgrade", "cancellation", "cancel", "stream", "rating",
      ],
      // Who or what a split by group keeps on one side.
      "entity": [
        "user", "drive", "city", "patient", "device", "account", "card", "customer", "merchant", "scene", "video",
        "document", "site", "store", "region", "country", "camera", "trip", "household", "listing", "speaker",
        "author", "driver", "vehicle", "route", "group", "subject", "hospital", "seller", "advertiser", "campaign",
        "doc", "image", "clip", "recording", "building", "street", "area", "geography", "location",
      ],
      "neg": [
        "not", "no", "never", "without", "instead", "rather", "avoid", "nor", "neither", "nothing", "none",
        "unlike", "against", "forbid", "forbidden", "ban", "banned", "prevent",
      ],
      "splitish": [
        "split", "partition", "test", "validation", "validate", "holdout", "held", "hold", "fold", "divide",
        "dev", "evaluation",
      ],
    ]
    var stemmed: [String: Set<String>] = [:]
    for (name, words) in raw { stemmed[name] = Set(words.map(NoteWord.stem)) }
    return stemmed
  }()

  static let negations = classes["neg"] ?? []

  /// Words after a statement that disown it: "a random split would leak", "accuracy is misleading".
  static let disowning: Set<String> = Set(
    [
      "leak", "leaks", "leakage", "leaking", "would", "wrong", "mistake", "cheat", "cheating", "optimistic",
      "inflate", "overestimate", "flatter", "misleading", "mislead", "bad", "avoid", "unsafe", "invalid",
      "risky", "naive", "tempting", "trap", "pitfall", "fake", "useless", "meaningless", "incorrect", "broken",
      "contaminate", "bleed", "peek",
    ].map(NoteWord.stem))

  /// Words after which a disowning word belongs to another statement ("split randomly so that
  /// nothing leaks" does not disown the split).
  static let disowningStops: Set<String> = Set(
    ["so", "to", "because", "since", "thus", "therefore", "ensure", "ensures", "guarantee", "guarantees"].map(
      NoteWord.stem))

  /// A negation word among the four words before the hit, in its clause.
  static func negatedBefore(_ hit: Range<Int>, in sentence: NoteSentence) -> Bool {
    let clause = sentence.clauseRange(of: hit.lowerBound)
    let from = max(clause.lowerBound, hit.lowerBound - 4)
    return sentence.words[from..<hit.lowerBound].contains { negations.contains($0.stem) }
  }

  /// A disowning word among the six words after the hit, in its sentence, before a stop word.
  static func disownedAfter(_ hit: Range<Int>, in sentence: NoteSentence) -> Bool {
    let words = sentence.words
    var i = hit.upperBound
    while i < words.count && i < hit.upperBound + 6 {
      if disowningStops.contains(words[i].stem) { return false }
      if disowning.contains(words[i].stem) { return true }
      i += 1
    }
    return false
  }
}
