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

  /// The text with glued units split off, magnitudes spelled out and slashed units read as "per",
  /// and a formula's weights read as the word (`formulaWeights`).
  static func expanded(_ text: String) -> String { formulaWeights(expandedUnits(text)) }

  /// A weight written as a formula's symbol, "w_i" or "w_{k}" ("score = sum w_i * p_i"), is the
  /// word "weight"; in a sentence that writes one, a bare "w" is that symbol too ("negative w for
  /// hide"). Elsewhere a bare "w" stays as written ("w/o", "2 w").
  static func formulaWeights(_ text: String) -> String {
    let characters = Array(text)
    func isWordCharacter(_ index: Int) -> Bool {
      characters.indices.contains(index) && (characters[index].isLetter || characters[index].isNumber)
    }
    /// The end of a subscripted w starting at `index` ("w_i", "w_{ij}", "W_1"), nil when none is.
    func subscriptEnd(_ index: Int) -> Int? {
      guard characters[index] == "w" || characters[index] == "W", !isWordCharacter(index - 1),
        characters.indices.contains(index + 1), characters[index + 1] == "_"
      else { return nil }
      var end = index + 2
      let braced = characters.indices.contains(end) && characters[end] == "{"
      if braced { end += 1 }
      let start = end
      while isWordCharacter(end) && end - start < 3 { end += 1 }
      guard end > start else { return nil }
      if braced {
        guard characters.indices.contains(end), characters[end] == "}" else { return nil }
        end += 1
      }
      return isWordCharacter(end) || (characters.indices.contains(end) && characters[end] == "_") ? nil : end
    }
    guard characters.indices.contains(where: { subscriptEnd($0) != nil }) else { return text }
    var out = ""
    var i = 0
    while i < characters.count {
      if let end = subscriptEnd(i) {
        out += "weight"
        i = end
        continue
      }
      let bare =
        (characters[i] == "w" || characters[i] == "W") && !isWordCharacter(i - 1) && !isWordCharacter(i + 1)
        && !(characters.indices.contains(i + 1) && "/_'".contains(characters[i + 1]))
      out += bare ? "weight" : String(characters[i])
      i += 1
    }
    return out
  }

  private static func expandedUnits(_ text: String) -> String {
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
