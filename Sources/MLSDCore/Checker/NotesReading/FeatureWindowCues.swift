// A feature computed over the whole window of data while the split follows time: each earlier
// row's value reads the events of the later, test weeks (FACTS.md: data leakage, features computed
// with information from after the label's time). The whole-period cue of `LeakageCues` needs a verb
// of computing; these read the shorthand notes use: a value "over", "across" or "from" all of a
// window, with or without the verb ("avg rating over the full 2 yrs", "dispute rate over the
// entire window", "booking rate from all bookings"), and the short units ("wks", "mos", "yrs").

enum FeatureWindowCues {
  /// Words of a value computed per row from many events.
  static let values = LeakageCues.wholePeriodFeatures + "|rating|avg|total|sum|score|feats"

  /// What a whole window spans: a time unit, short or long, the data or its log, or the events
  /// a value is counted from.
  static let spans =
    "@time|@data|period|history|dataset|log|window|wk|wks|mo|mos|yr|yrs|booking|transaction|purchase|click|order"

  /// What keeps such a value to the past of each row, or to the training part ("the whole
  /// training window"; not "the entire log; train on Jan-Mar", where the split follows).
  static let exclusions =
    " & !@all train|training & !@all the|of train|training & !@all of the train|training"
    + " & !before|prior|until|preceding|trailing|earlier & !up to & !as of & !point in time & !per|each ...1 day|request|impression"

  static let cues: [NoteCue] = [
    NoteCue(
      "a feature over the whole period",
      "\(values) ...6 over|across|from|using ...2 @all ...3 \(spans)" + exclusions,
      in: .sentence, negation: .beforeOrDisowned),
    NoteCue(
      "a feature over the whole period",
      "\(values) ...6 compute|computed|count|counted|average|averaged|sum|summed|aggregate|aggregated|build|built"
        + " ...3 over|across|from|on|using ...2 @all ...3 \(spans)" + exclusions,
      in: .sentence, negation: .beforeOrDisowned),
  ]
}
