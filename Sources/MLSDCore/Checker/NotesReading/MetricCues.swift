// How notes name an offline metric, an online metric, rare positives and a ranking task.
// Patterns are NotePattern syntax; each cue's name is the phrasing class it stands for.

enum MetricCues {
  /// Offline metrics other than accuracy, by name or in plain words.
  static let offline: [NoteCue] = [
    NoteCue(
      "a metric by name",
      "precision|recall|f1|f2|fbeta|auc|auroc|auprc|ndcg|dcg|mrr|iou|bleu|rouge|fid|rmse|mse|mae|mape|smape|nce|logloss"
        + "|perplexity|brier|wer|cer|ece|ap|prauc|rocauc|spearman|kendall|meteor|cider|psnr|ssim|lpips|r2|miou"),
    NoteCue("a metric by name", "map & !map ...2 to|onto|into|each|every|them|it"),
    NoteCue("a metric by name", "f score|measure"),
    NoteCue("a metric by name", "area under ...4 curve"),
    NoteCue("a metric by name", "roc|pr|lift|gain|det|reliability curve|curves"),
    NoteCue("a metric by name", "precision recall curve|curves|tradeoff"),
    NoteCue("a metric by name", "log|logarithmic loss"),
    NoteCue("a metric by name", "cross entropy"),
    NoteCue("a metric by name", "likelihood"),
    NoteCue("a metric by name", "reciprocal rank"),
    NoteCue("a metric by name", "average|mean precision"),
    NoteCue("a metric by name", "cumulative gain"),
    NoteCue("a metric by name", "squared|absolute|percentage|relative|prediction|forecast error"),
    NoteCue("a metric by name", "error rate"),
    NoteCue("a metric by name", "hit rate|ratio|at"),
    NoteCue("a metric by name", "top #several|k|five|ten accuracy|recall|precision|hit|error"),
    NoteCue("a metric by name", "intersection over union"),
    NoteCue("a metric by name", "confusion matrix"),
    NoteCue("a metric by name", "true|false positive|negative rate|rates"),
    NoteCue("a metric by name", "r squared"),
    NoteCue("a metric by name", "calibration|calibrate|calibrated|reliability"),
    NoteCue("a metric by name", "diversity|coverage|novelty|serendipity score|metric"),
    NoteCue("a metric by name", "correlation"),
    NoteCue(plainRanking, "how high|far|close|near ...8 rank|land|appear|place|sit|show|end|come"),
    NoteCue(
      plainRanking,
      "where ...8 rank|land|appear|place|sit|end|fall & rank|position|list|top|candidate|result", in: .sentence),
    NoteCue(
      plainRanking,
      "average|mean|median|expected rank|position & !@serve|online|production"),
    NoteCue(
      plainRanking,
      "rank|position ...3 of ...4 first|relevant|correct|booked|clicked|true|right|positive|target|bought|watched|chosen"
    ),
    NoteCue(
      plainRanking,
      "share|fraction|proportion|percentage|percent|how|number|count ...8 top|first #num|k|few|ten|five|page"),
    NoteCue(
      catchRate,
      "share|fraction|proportion|percentage|percent|how ...8 catch|caught|find|found|detect|flag|miss|correct|right"
        + "|truly|actually|relevant|retrieve|recover|true"),
    NoteCue(plainRanking, "how often|many ...6 right|correct|wrong|miss|false|mistake"),
    NoteCue(plainRanking, "mean|average|median ...2 error|distance|deviation"),
  ]

  /// Ranking and error metrics in plain words ("how high the booked listing ranks").
  static let plainRanking = "a ranking or error metric in plain words"

  /// "The share of fraud we catch": recall or precision in plain words, and online a catch rate
  /// just as well, so it does not make its clause offline.
  static let catchRate = "a catch rate in plain words"

  /// "Accuracy", which says little when positives are rare or results are ranked.
  static let accuracy = NoteCue("accuracy", "accuracy & !top #several|k|five|ten accuracy")

  /// Words that, in the sentence that names accuracy, say it is not the metric to trust.
  static let accuracyDoubted = NoteCue(
    "accuracy doubted",
    "mislead|misleading|useless|meaningless|fool|fooled|trivial|trivially|inflated|uninformative|dominated|deceptive"
      + "|unhelpful|pointless|worthless|naive|wrong|tell|tells|hide|hides|blind|paradox|always|instead|rather|never"
      + "|not|no|except|would",
    in: .sentence, negation: .none)

  /// Ways of saying positives are rare (or classes imbalanced).
  static let rare: [NoteCue] = [
    NoteCue("rare positives", "rare|rarer|rarest"),
    NoteCue("rare positives", "imbalance|imbalanced|unbalanced"),
    NoteCue("rare positives", "highly|heavily|very|extremely|severely|strongly ...2 skewed|skew"),
    NoteCue("rare positives", "skew|skewed & class|label|positive|negative|distribution|target|outcome"),
    NoteCue("rare positives", "minority class|label"),
    NoteCue("rare positives", "needle ...3 haystack"),
    NoteCue("rare positives", "tiny|small|minuscule|negligible fraction|share|minority|percentage|proportion"),
    NoteCue("rare positives", "one|1|#num in ...2 #big|hundred|thousand|million|billion"),
    NoteCue("rare positives", "#smallpct ...2 of"),
    NoteCue(
      "rare positives",
      "#smallpct & !lift|increase|grow|growth|improve|improvement|boost|gain|reduce|reduction|drop|decrease|cut|save"
        + "|margin|error|budget|latency|uptime|availability|traffic|sample|by|within|faster|slower|cpu|memory"),
    NoteCue("rare positives", "few|handful ...3 positive|positives|case|example|fraud|incident"),
  ]

  /// Framing notes that say the task orders results.
  static let ranking: [NoteCue] = [
    NoteCue("a ranking task", "learning|learn to rank"),
    NoteCue("a ranking task", "rank|ranking|ranked ...3 problem|task|list|result|item|candidate|feed|video|post"),
    NoteCue("a ranking task", "recommendation|recommender|recommend|retrieval|retrieve"),
    NoteCue("a ranking task", "search engine|result|results"),
  ]

  /// Online metrics by name or in plain words.
  static let online: [NoteCue] = [
    NoteCue(
      "a metric by name", "ctr|cvr|gmv|arpu|arpdau|ltv|dau|mau|wau|nps|csat|roas|aov & !predict|estimat|calibrat"),
    NoteCue("a metric by name", "click through|thru & !predict|estimat|calibrat"),
    NoteCue("a metric by name", "conversion|conversions|revenue|sale|sales|profit|income|spend|spending|earning"),
    NoteCue("a metric by name", "engagement|retention|churn|satisfaction|prevalence|abandonment|bounce"),
    NoteCue(
      "a metric by name", "watch|view|viewing|listen|listening|play|playback|read|reading ...2 time|minut|hour|duration"
    ),
    NoteCue("a metric by name", "minut|hour|time ...2 watch|watched|spent|viewed|played|listened|read|engaged"),
    NoteCue("a metric by name", "dwell|session|visit ...2 time|length|duration|depth|count"),
    NoteCue("a metric by name", "daily|weekly|monthly active"),
    NoteCue("a metric by name", "active user|users|member|members"),
    NoteCue("a metric by name", "user|users report|reports|complaint|complaints|feedback"),
    NoteCue("a metric by name", "appeal|appeals|takedown|takedowns|chargeback|chargebacks|dispute|disputes"),
    NoteCue("a metric by name", "false decline|declines|alarm|alarms"),
    NoteCue("a metric by name", "fraud|money|dollar loss|losses"),
    NoteCue("a metric by name", "proactive|approval|decline|overturn|acceptance|hide|skip|save|share rate"),
    NoteCue("a metric in plain words", "@measure ...6 @behaviour"),
    NoteCue("a metric in plain words", "@behaviour ...3 rate|per|count|number|volume|share|lift|growth"),
    NoteCue(
      "a metric in plain words",
      "@behaviour & online|a/b|ab|experiment|production|prod|live|launch|arm|treatment|control|interleaving"
        + "|interleave|canary|rollout", in: .sentence),
    NoteCue("a metric in plain words", "#num day|week|month retention|active|return|churn"),
    NoteCue("a metric in plain words", "come|coming|came back"),
  ]

  /// Sentences about testing in production: quoted when they name no metric.
  static let onlineTalk = NoteCue(
    "online talk", "online|a/b|ab|experiment|production|live|launch|canary|shadow|rollout|monitor|dashboard",
    negation: .none)
  static let offlineTalk = NoteCue(
    "offline talk", "offline|evaluate|evaluation|test|validation|holdout|held|metric|measure", negation: .none)
}
