// Numbers and rates as candidates write them under time, spelled out so that follow-up phrases
// find them: a unit glued to its number ("~10ms", "peak 5x") is a word of its own ("10 ms"), a
// magnitude letter is its word ("2M" two million, "5k" five thousand, "1B" one billion), and a
// slash before a unit of time is "per" ("orders/day" orders per day, "req/s" per second). The
// sentences keep their text as written, for the review to quote.

enum NoteShorthand {
  static let magnitudes: [String: String] = [
    "k": "thousand", "K": "thousand", "M": "million", "mn": "million", "B": "billion", "bn": "billion",
  ]
  static let perUnits: [String: String] = [
    "s": "second", "sec": "second", "second": "second", "min": "minute", "minute": "minute", "h": "hour",
    "hr": "hour", "hour": "hour", "d": "day", "day": "day", "wk": "week", "week": "week", "mo": "month",
    "month": "month", "user": "user", "request": "request", "req": "request", "query": "query",
  ]
  /// Clipped words practitioners write in notes, read as the word they stand for: "ML obj" is the
  /// ML objective, "biz goal" the business goal, "feats" features, "txns" transactions.
  static let clipped: [String: String] = [
    "obj": "objective", "objs": "objectives", "biz": "business", "feat": "feature", "feats": "features",
    "txn": "transaction", "txns": "transactions", "clf": "classifier", "recs": "recommendations",
    "perf": "performance", "eval": "evaluation", "evals": "evaluations", "cfg": "config",
  ]

  /// The words with clipped ones spelled out.
  static func unclipped(_ words: [String]) -> [String] { words.map { clipped[$0] ?? $0 } }

  /// Letters after a number that make an ordinal or a name, not a unit: "1st", "2nd", "3D".
  static let ordinals: Set<String> = ["st", "nd", "rd", "th"]

  /// The text with glued units split off, magnitudes spelled out and slashed units read as "per".
  static func expanded(_ text: String) -> String {
    var out = ""
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      // A run of digits (with . or ,) then letters, as one token: "10ms", "2M", "1.5bn", "5x".
      if c.isNumber, i == text.startIndex || !text[text.index(before: i)].isLetter {
        var j = i
        while j < text.endIndex, text[j].isNumber || ((text[j] == "." || text[j] == ",") && nextIsDigit(text, j)) {
          j = text.index(after: j)
        }
        var k = j
        while k < text.endIndex, text[k].isLetter { k = text.index(after: k) }
        let number = String(text[i..<j])
        let letters = String(text[j..<k])
        let ends = k == text.endIndex || !(text[k].isNumber)
        if !letters.isEmpty, ends, !ordinals.contains(letters.lowercased()) {
          out += number + " " + (magnitudes[letters] ?? letters)
          i = k
          continue
        }
        out += number
        i = j
        continue
      }
      // "/day", "/s": a slash after a word or number and before a unit of time or of traffic.
      if c == "/", i > text.startIndex, text[text.index(before: i)].isLetter || text[text.index(before: i)].isNumber {
        var k = text.index(after: i)
        while k < text.endIndex, text[k].isLetter { k = text.index(after: k) }
        let unit = String(text[text.index(after: i)..<k]).lowercased()
        if let word = perUnits[unit], k == text.endIndex || !text[k].isNumber {
          out += " per " + word
          i = k
          continue
        }
      }
      out.append(c)
      i = text.index(after: i)
    }
    return out
  }

  private static func nextIsDigit(_ text: String, _ index: String.Index) -> Bool {
    let next = text.index(after: index)
    return next < text.endIndex && text[next].isNumber
  }
}

extension PhraseMatcher {
  /// A matcher over sentences already read.
  init(sentences: [(text: String, words: [String])]) { self.sentences = sentences }

  /// A matcher whose sentences read shorthand numbers and rates as `NoteShorthand` spells them,
  /// and quote the text as written.
  init(readingShorthandIn text: String) {
    sentences = Self.split(text).map { ($0, NoteShorthand.unclipped(Self.words(NoteShorthand.expanded($0)))) }
      .filter { !$0.1.isEmpty }
  }
}
