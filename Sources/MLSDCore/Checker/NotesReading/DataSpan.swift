// The span of time the data covers, as notes name it beside a split: "80/20 split of the logged
// pairs from the last 10 weeks", "split on Jan–Nov txns", "shuffle all 14 days of rows". Such a
// span says how much data there is, not which part of it is later: read as a hold-out in time, it
// would excuse the split by proportion it sits in. The leakage rule reads a sentence with these
// words blanked out. A span said of one of the sets ("test on the last 2 weeks", "the last 2
// weeks of logs are the test set", "hold out the last month of rows") is a hold-out and stays.

enum DataSpan {
  /// What the data is made of: the noun a span of time can be "of" or "from".
  static let dataNouns: Set<String> = Set(
    [
      "data", "dataset", "row", "log", "record", "example", "pair", "txn", "transaction", "impression", "click",
      "event", "interaction", "query", "session", "order", "view", "label", "history", "traffic", "corpus",
      "sample", "search", "request",
    ].map(NoteWord.stem))
  /// Words that open a span: a preposition of extent after a data noun or a split, or a word of
  /// the whole.
  static let prepositions: Set<String> = Set(
    ["from", "over", "across", "during", "covering", "spanning", "of", "in", "on", "within"].map(NoteWord.stem))
  static let wholes: Set<String> = Set(["all", "whole", "entire", "full"].map(NoteWord.stem))
  /// Units of calendar time, months and weekdays (not "time", "cutoff" or "chronological", which
  /// say how the split is made).
  static let units: Set<String> = Set(
    (["day", "week", "month", "year", "quarter", "hour"] + NoteVocabulary.months + NoteVocabulary.weekdays).map(
      NoteWord.stem))
  /// Words a span is written with besides its units and numbers.
  static let fillers: Set<String> = Set(
    ["the", "a", "last", "past", "previous", "first", "whole", "entire", "full", "all", "to", "through"].map(
      NoteWord.stem))
  /// Words that make a span one of the sets: it is held out, tested on, or trained on.
  static let setWords: Set<String> = Set(
    [
      "test", "val", "validation", "validate", "holdout", "hold", "held", "out", "aside", "dev", "eval",
      "evaluate", "evaluation", "train", "training", "fit", "reserve", "keep", "as", "for",
    ].map(NoteWord.stem))
  static let monthStems: Set<String> = Set(NoteVocabulary.months.map(NoteWord.stem))
  static let splitWords: Set<String> = Set(["split", "partition", "shuffle", "divide"].map(NoteWord.stem))

  /// The sentence with the words of the data's span of time blanked out.
  static func masked(_ sentence: NoteSentence) -> NoteSentence {
    let spans = ranges(in: sentence)
    guard !spans.isEmpty else { return sentence }
    var words = sentence.words
    for range in spans {
      for i in range { words[i] = NoteWord(stem: "·") }
    }
    return NoteSentence(text: sentence.text, words: words, clauses: sentence.clauses)
  }

  /// The word ranges of the spans of time that the data covers.
  static func ranges(in sentence: NoteSentence) -> [Range<Int>] {
    let words = sentence.words
    func isYear(_ i: Int) -> Bool { words[i].number.map { $0 >= 1900 && $0 <= 2100 } ?? false }
    func isUnit(_ i: Int) -> Bool { units.contains(words[i].stem) || isYear(i) }
    func isSpanWord(_ i: Int) -> Bool {
      isUnit(i) || fillers.contains(words[i].stem) || (words[i].number != nil && !words[i].isPercent)
    }
    func near(_ range: Range<Int>, _ set: Set<String>) -> Bool {
      let from = max(0, range.lowerBound), to = min(words.count, range.upperBound)
      return from < to && words[from..<to].contains { set.contains($0.stem) }
    }
    /// Up to `count` words before word `index`, in its clause and after the last split word:
    /// the sets named before a split name the split ("train/test split of the pairs from …").
    func before(_ index: Int, _ count: Int) -> Range<Int> {
      var from = max(sentence.clauseRange(of: index).lowerBound, index - count)
      if let split = (from..<index).last(where: { splitWords.contains(words[$0].stem) || words[$0].isRatio }) {
        from = split + 1
      }
      return from..<index
    }
    var out: [Range<Int>] = []
    var i = 0
    while i < words.count {
      let stem = words[i].stem
      let opensByWhole = wholes.contains(stem)
      let opensByPreposition = prepositions.contains(stem) && i > 0
      guard opensByWhole || opensByPreposition || words[i].number != nil else {
        i += 1
        continue
      }
      var end = i + 1
      while end < words.count, end < i + 6, isSpanWord(end) { end += 1 }
      let body = (i + 1)..<end
      let hasUnit = (i..<end).contains(where: isUnit)
      // A span names an extent: months or a year, a number of units, or the whole of a unit.
      let extent =
        body.contains { monthStems.contains(words[$0].stem) }
        || body.contains(where: isYear)
        || (i..<end).contains { words[$0].number != nil && !isYear($0) }
        || (i..<end).contains { wholes.contains(words[$0].stem) }
      // Words after the span in its clause that make it a set: "… of data are the test set".
      let after = end..<min(end + 5, sentence.clauseRange(of: end - 1).upperBound)
      guard hasUnit, extent, !near(after, setWords) else {
        i += 1
        continue
      }
      var isData = false
      if opensByWhole {
        isData = !near(before(i, 5), setWords)
      } else if opensByPreposition {
        let previous = words[i - 1].stem
        if dataNouns.contains(previous) {
          // "test pairs from the last 2 weeks" is the test set.
          isData = !near(before(i - 1, 5), setWords)
        } else {
          isData = splitWords.contains(previous) || words[i - 1].isRatio
        }
      } else {
        // "14 days of rows": the units, then "of" and a data noun.
        isData =
          end + 1 < words.count && words[end].stem == NoteWord.stem("of") && dataNouns.contains(words[end + 1].stem)
          && !near(before(i, 5), setWords)
      }
      if isData {
        out.append(i..<end)
        i = end
      } else {
        i += 1
      }
    }
    return out
  }
}
