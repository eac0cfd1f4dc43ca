// How notes say that training data respects time, and the named ways they get it wrong.
// Patterns are NotePattern syntax; each cue's name is the phrasing class it stands for.

/// A way of getting the time order wrong, with what to say about it.
struct LeakageMistake: Sendable {
  let cues: [NoteCue]
  /// The finding's message before the quoted sentence.
  let message: String
  let hint: String
}

enum LeakageCues {
  /// Ways of saying the split or the features follow time.
  static let correct: [NoteCue] = [
    NoteCue("a split by time", "@split ...6 @time"),
    NoteCue("a split by time", "@time ...2 @split"),
    NoteCue("a split by time", "@time ...2 base|bas|order|sort|wise|ordered"),
    NoteCue("a split by time", "sort|order|arrange ...3 by|in|along @time"),
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
        NoteCue(
          "a split by proportion", "@split ...4 #ratio|#pct & !@time & !@order & !a/b|treatment|control|experiment|arm",
          in: .sentence, negation: .beforeOrDisowned),
      ],
      message: "a random split of time-ordered events trains on the future and tests on the past (data leakage)",
      hint:
        "Split by time instead: train on earlier weeks, validate and test on the most recent ones, so evaluation looks like tomorrow's traffic."
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
        "Split first, then fit scalers, vocabularies and encodings on the training part only and apply them to the rest."
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
      ],
      message: "a feature reads what happens after the prediction, which serving cannot know (data leakage)",
      hint:
        "Build every feature only from events before the prediction time: trailing windows, counts as of the request."
    ),
  ]
}
