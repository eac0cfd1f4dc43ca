// How notes say that training data respects time, and the named ways they get it wrong.
// Patterns are NotePattern syntax; each cue's name is the phrasing class it stands for.

/// A way of getting the time order wrong, with what to say about it.
struct LeakageMistake: Sendable {
  let cues: [NoteCue]
  /// The finding's message before the quoted sentence.
  let message: String
  let hint: String
  /// A message of its own for a cue (by name) whose phrasing says less than `message` claims: a
  /// split by proportion says nothing random, only nothing of time.
  var messages: [String: String] = [:]

  func message(for cue: String) -> String { messages[cue] ?? message }
}

enum LeakageCues {
  /// Ways of saying the split or the features follow time.
  static let correct: [NoteCue] = [
    NoteCue("a split by time", "@split ...6 @time"),
    NoteCue("a split by time", "@time ...2 @split"),
    NoteCue("a split by time", "@time ...2 base|bas|order|sort|wise|ordered"),
    NoteCue("a split by time", "sort|order|arrange ...3 by|in|along @time"),
    // The sets or their proportions, then "by" a unit of time: "70/30 by week", "train/test by date".
    NoteCue("a split by time", "#ratio|train|test|val|validation|dev|holdout ...3 by @time"),
    // A time unit beside another key of the split, past the "and" that opens a clause: "split by
    // geography and capture date", "split per user and by week".
    NoteCue("a split by time", "@split ...1 by|on|per|across ...3 and|plus ...2 @time", in: .sentence),
    NoteCue("a split by time", "chronological|chronologically|temporally"),
    NoteCue("a split by time", "temporal & @split|@eval|order|cutoff|separation|boundary"),
    NoteCue("a most recent hold-out", "@order ...3 @time & @eval|@split"),
    NoteCue("a most recent hold-out", "@order ...3 #pct & @eval|@split"),
    NoteCue(
      "a most recent hold-out",
      "after|later|following|follow ...3 @train ...1 data|window|period|set|cutoff|example|row & @eval|@split",
      in: .sentence),
    NoteCue("a most recent hold-out", "@time ...2 after|later|before|following|earlier|prior & @eval|@split"),
    NoteCue(
      "a most recent hold-out",
      "@recency & @eval|@split & !@recency model|version|checkpoint|weight|release|build|code|deployment"),
    NoteCue("a most recent hold-out", "@train ...4 @order ...3 @time & @eval ...4 @order", in: .sentence),
    NoteCue("train and test periods", "@month & @eval|@split"),
    NoteCue("train and test periods", "#year & @eval|@split"),
    NoteCue("train and test periods", "@eval ...3 @time #num"),
    NoteCue("a time cutoff", "cutoff"),
    NoteCue("a time cutoff", "@train ...3 up to ...3 @time|#year", in: .sentence),
    NoteCue("a time cutoff", "@train ...3 until|through|before ...3 @time|#year", in: .sentence),
    NoteCue("a time cutoff", "cut off @time|point"),
    NoteCue("a time cutoff", "@time cut off"),
    NoteCue("out-of-time validation", "out of time|period"),
    NoteCue("out-of-time validation", "out of sample ...2 time"),
    NoteCue("point-in-time features", "point in time"),
    NoteCue("point-in-time features", "as of ...3 @moment"),
    NoteCue(
      "point-in-time features", "as it|they|these|those|the|each ...2 was|were|stood|looked|existed ...3 at|on|when"),
    NoteCue("point-in-time features", "time travel"),
    NoteCue("point-in-time features", "valid|true|current|available|known at|as|on ...3 @moment"),
    NoteCue(
      "point-in-time features",
      "at|from the moment|time|instant|point ...5 @serve|scored|served|shown|made|requested|predicted|happened|created"),
    NoteCue("point-in-time features", "known|knew|available|visible ...4 by|at|before|as then|time|moment|@moment"),
    NoteCue("point-in-time features", "snapshot ...3 at|of|from ...2 @time|t|@moment"),
    NoteCue(
      "only the past", "before|prior|until|preceding|precede|predate|earlier ...4 @moment & @feature", in: .sentence),
    NoteCue("only the past", "backward|backwards|trailing ...2 looking|facing|window|windows"),
    NoteCue("only the past", "up to ...4 @moment & @feature", in: .sentence),
    NoteCue(
      "only the past", "@neg ...6 future|after|later|ahead & @feature|leak|see|look|use", in: .sentence, negation: .none
    ),
    NoteCue("features logged when served", "@log ...6 @feature ...4 @serve", in: .sentence),
    NoteCue("features logged when served", "@feature ...4 @serve ...4 @log", in: .sentence),
    NoteCue("features logged when served", "log and wait", in: .sentence),
    NoteCue(
      "features logged when served",
      "snapshot|freeze|frozen|capture|record|log|store ...4 when|at|as ...4 @serve|served|made|scored|shown|requested",
      in: .sentence),
    NoteCue("backtesting", "backtest|backtesting"),
    NoteCue("backtesting", "back test"),
    NoteCue("backtesting", "walk forward"),
    NoteCue("backtesting", "forward chain|chaining"),
    NoteCue("backtesting", "rolling|expanding|sliding|moving window|origin|fold & @eval|@split|backtest"),
    NoteCue("backtesting", "time sery ...2 cross|split|fold|cv|validation"),
    NoteCue("backtesting", "timeseriessplit"),
    NoteCue("backtesting", "progressive|prequential validation|evaluation"),
  ]

  /// Ways of saying the data is split at all, whatever the order: the message for notes that
  /// split but never say how time enters quotes the sentence.
  static let splitTalk: [NoteCue] = [
    NoteCue("a split", "split|partition|holdout|carve"),
    NoteCue("a split", "hold|held|set|put out|aside|back"),
    NoteCue("a split", "#ratio"),
    NoteCue("a split", "train ...3 test|validation|val|dev|holdout"),
  ]

  /// A split by group: every row of one user, drive, city or patient on one side, so that near
  /// duplicates never sit on both ("split by capture drive/city", "hold out whole cities").
  static let groupSplit: [NoteCue] = [
    NoteCue("a split by group", "@split|group|grouped|stratify|stratified ...4 by|per|across|on ...3 @entity"),
    NoteCue("a split by group", "@split|out ...3 whole|entire|unseen|disjoint|separate|different ...1 @entity"),
    NoteCue("a split by group", "@entity ...1 level|wise|disjoint|grouped|based ...2 @split|@eval|fold"),
    NoteCue("a split by group", "group k fold|kfold"),
    NoteCue("a split by group", "groupkfold|groupshufflesplit"),
  ]

  /// Words of data that arrive in time order: events and what is counted over them. Notes that
  /// name none (labelled images, documents) have no future to leak, so a split by group is the
  /// split that matters.
  static let timeOrdered: Set<String> = Set(
    [
      "click", "impression", "transaction", "txn", "session", "event", "stream", "velocity", "counter", "ctr",
      "trailing", "rolling", "timestamp", "history", "purchase", "booking", "watch", "watched", "engagement",
      "behaviour", "behavior", "log", "logged", "interaction", "query", "clickstream", "churn", "forecast",
    ].map(NoteWord.stem))

  /// The correct cues that, in the same sentence as a shuffle, say the hold-out still follows time
  /// ("we shuffle before splitting, but keep the last week for test"): the shuffle is then of the
  /// training rows, not a random split.
  static let timeKeptBesideShuffle: Set<String> = ["a split by time", "a most recent hold-out", "a time cutoff"]

  /// What makes a cross-validation respect time, so that it is not the k-fold mistake.
  static let timeAware =
    " & !time sery & !timeseriessplit & !rolling|walk|forward|blocked|expanding|purged|chronological|embargo|gap"
    + " & !respect|preserve|keep|honour|honor|follow ...3 @time|order"

  /// Wrong ways, in the order a finding names them (the first one found is reported).
  /// Words of a value computed over a window (a feature, an aggregate, a smoothed curve): a
  /// centred window leaks only when something is computed over it.
  static let windowAggregates =
    "feature|aggregate|count|counter|statistic|stat|value|input|signal|mean|average|avg|rolling|sum|total|median"
    + "|smooth|moving|rate|ctr|popularity"

  /// Words of a value computed per row from many events (a velocity, a count, an encoding).
  static let wholePeriodFeatures =
    "feature|feat|velocity|aggregate|count|counter|statistic|stat|average|mean|popularity|rate|ctr|encoding|history"

  /// Words of removing duplicates. Dedup over the whole set before the split fits nothing and keeps
  /// a copy and its twin off opposite sides, so it is no statistic fit on all the data; dedup only
  /// after the split, or inside each part, leaves the copies across it.
  static let dedup = "dedup|deduplicate|deduplication"

  static let mistakes: [LeakageMistake] = [
    LeakageMistake(
      cues: [
        NoteCue(
          "a random split", "random|randomly|shuffl & @splitish & !a/b|treatment|control|experiment|traffic|arm",
          negation: .beforeOrDisowned),
        NoteCue(
          "a random split", "sample|sampled|draw|drawn|pick|picked ...2 uniformly|uniform & @splitish",
          negation: .beforeOrDisowned),
        NoteCue(
          "a random split", "shuffl ...8 @split|#ratio & !@split ...6 @time & !a/b|treatment|control|experiment",
          in: .sentence, negation: .beforeOrDisowned),
        // The proportion first and the word of chance after it, as shorthand puts them
        // ("80/10/10 train/val/test, shuffled"; "80/10/10 split, random over pairs").
        NoteCue(
          "a random split",
          "@split|#ratio ...8 random|randomly|shuffl & !@split ...6 @time & !by ...2 @time"
            + " & !@neg ...2 random|randomly|shuffl & !a/b|treatment|control|experiment|arm",
          in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "a split by proportion", "@split ...4 #ratio|#pct & !@time & !@order & !a/b|treatment|control|experiment|arm",
          in: .sentence, negation: .beforeOrDisowned),
        // The proportion before the split or before the names of the sets: "80/20 split",
        // "70/15/15 train/val/test".
        NoteCue(
          "a split by proportion",
          "#ratio ...3 @split|train|test|val|validation|holdout|dev & !@time & !@order"
            + " & !a/b|treatment|control|experiment|arm",
          in: .sentence, negation: .beforeOrDisowned),
      ],
      message: "a random split of time-ordered events trains on the future and tests on the past (data leakage)",
      hint:
        "Split by time instead: train on earlier weeks, validate and test on the most recent ones, so evaluation looks like tomorrow's traffic.",
      messages: [
        "a split by proportion":
          "a split by proportion that says nothing of time puts future events in training and past ones in the test (data leakage)"
      ]
    ),
    LeakageMistake(
      cues: [
        NoteCue("k-fold cross-validation", "k|#num fold" + timeAware, in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "k-fold cross-validation", "cross validat|validation|validated|validating|cv" + timeAware, in: .sentence,
          negation: .beforeOrDisowned),
      ],
      message: "k-fold cross-validation on time-ordered events mixes future and past in every fold (data leakage)",
      hint:
        "Use a forward-in-time validation instead: train on a period, validate on the next one, and roll the window (backtesting)."
    ),
    LeakageMistake(
      cues: [
        NoteCue(
          "features as they are today",
          "@now ...3 @state & @past & !point in time & !as of & !before|prior ...4 @moment & !@serve time|moment"
            + " & !@log ...6 @feature ...4 @serve",
          in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "features as they are today", "as it|they|the ...3 is|are|stand|look ...2 today|now|currently",
          in: .sentence, negation: .beforeOrDisowned),
      ],
      message:
        "features joined as they are today onto past events carry information from after the label (data leakage)",
      hint:
        "Join each training row to the feature values as of its own timestamp (a point-in-time join), or log the features when the prediction is served."
    ),
    LeakageMistake(
      cues: [
        NoteCue(
          "statistics fit on all data",
          "@all ...1 @data & @fitstat & split|partition|test|validation|holdout & !@all ...1 train|training",
          in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "statistics fit before the split", "@fitstat ...8 before ...3 split|splitting|partition", in: .sentence,
          negation: .beforeOrDisowned),
        NoteCue(
          "statistics fit before the split", "@fitstat ...10 then ...3 split|splitting|partition", in: .sentence,
          negation: .beforeOrDisowned),
      ],
      message:
        "statistics or resampling fit on all the data before splitting let the test set shape training (data leakage)",
      hint:
        "Split first, then fit scalers, vocabularies, encodings and resampling on the training part only and apply"
        + " them to the rest. Removing duplicates is the one step that belongs before the split, over the whole set."
    ),
    LeakageMistake(
      cues: [
        NoteCue(
          "a feature from after the prediction",
          "until|till|to|before ...2 next|following|upcoming & feature", in: .sentence,
          negation: .beforeOrDisowned),
        // Only a value computed over the window is a feature that reads ahead: the centre and
        // context window of skip-gram pairs are training examples.
        NoteCue(
          "a feature from after the prediction",
          "center|centre|centred|centered|symmetric ...3 window|mean|average|rolling"
            + " & \(windowAggregates)", in: .sentence,
          negation: .beforeOrDisowned),
        NoteCue(
          "a feature from after the prediction", "rolling ...6 center|centre|centred|centered", in: .sentence,
          negation: .beforeOrDisowned),
        // The realised value of something that happens after the prediction, listed as a
        // feature ("actual pickup time" for a delivery-time model): the outcome is known only
        // once it happened. Not where the sentence speaks of the label, the error or logging.
        NoteCue(
          "an outcome used as a feature",
          "actual|realised|realized|eventual & feature|input|signal|predictor"
            + " & !label|target|predict|predicted|prediction|vs|versus|compare|error|residual|minus|truth|log|logged"
            + " & !actual|realised|realized|eventual ...2 feature|value|input|data|signal|traffic|production|model"
            + " & !known|available ...3 after|once|later",
          in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "a feature over the test period",
          "including|include|includes ...2 @eval ...2 @time|set|window|data|row"
            + " & @feature|compute|computed|count|counted|aggregate|average|mean|popularity|rate|ctr",
          in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "a feature over the test period",
          "@eval ...2 @time|set|window|data|row ...1 included|including"
            + " & @feature|compute|computed|count|counted|aggregate|average|mean|popularity|rate|ctr",
          in: .sentence, negation: .beforeOrDisowned),
        // A feature computed over the whole period, test rows included: each earlier row's value
        // reads the events after it ("velocity feats recomputed over the whole year"). Not one
        // computed over the training part only, nor up to each row's moment.
        NoteCue(
          "a feature over the whole period",
          "\(wholePeriodFeatures) ...4 compute|recompute|calculate|recalculate|aggregate|build|built|derive"
            + " ...3 over|on|across|from|using|with ...2 @all ...2 @time|@data|period|history|dataset|log"
            + " & !@all ...2 train|training & !before|prior|until|preceding|trailing|earlier & !up to & !as of"
            + " & !point in time",
          in: .sentence, negation: .beforeOrDisowned),
      ] + FeatureWindowCues.cues,
      message: "a feature reads what happens after the prediction, which serving cannot know (data leakage)",
      hint:
        "Build every feature only from events before the prediction time: trailing windows, counts as of the request.",
      messages: [
        "a feature over the whole period":
          "a feature computed over the whole period, test included, gives every earlier row the events after it (data leakage)"
      ]
    ),
    LeakageMistake(
      cues: [
        NoteCue(
          "duplicates removed after the split",
          "@split ...8 then|before|first ...6 \(dedup) & !\(dedup) ...8 before ...3 @split", in: .sentence,
          negation: .beforeOrDisowned),
        NoteCue(
          "duplicates removed after the split",
          "@split ...8 then|first ...6 remove|drop|collapse ...3 duplicate|dup|dupe", in: .sentence,
          negation: .beforeOrDisowned),
        NoteCue(
          "duplicates removed after the split",
          "\(dedup) ...8 after|within|inside|per|each ...3 @split|fold|part|partition"
            + " & !before ...3 @split|splitting & !across|whole|entire|all|full ...3 set|data|dataset|corpus",
          in: .sentence, negation: .beforeOrDisowned),
        NoteCue(
          "duplicates removed after the split",
          "remove|drop|collapse ...3 duplicate|dup|dupe ...8 after|within|inside|per|each ...3 @split|fold|part"
            + " & !before ...3 @split|splitting & !across|whole|entire|all|full ...3 set|data|dataset|corpus",
          in: .sentence, negation: .beforeOrDisowned),
      ],
      message:
        "near duplicates removed only after the split, or inside each part, still sit on both sides of it (data leakage)",
      hint:
        "Dedup across the whole set before splitting, or keep each cluster of near duplicates on one side of the"
        + " split, so that no test item has a copy in training."
    ),
  ]
}
