// One word of a note, normalised so that word forms compare equal: "splits", "splitting" and
// "split" all read as "split"; "shuffled" and "shuffle" as "shuffl". Patterns are normalised the
// same way, so they are written in plain words and never in stems.

struct NoteWord: Hashable, Sendable {
  /// The normalised form (lower case, suffixes stripped).
  var stem: String
  /// The value when the word is a number ("0.1", "1,000", "30"), in percent units for "0.1%".
  var number: Double?
  var isPercent = false
  /// "80/20", "70/15/15".
  var isRatio = false

  init(stem: String, number: Double? = nil, isPercent: Bool = false, isRatio: Bool = false) {
    self.stem = stem
    self.number = number
    self.isPercent = isPercent
    self.isRatio = isRatio
  }

  /// A word token as written ("Splitting", "0.1%", "80/20") → its normalised form.
  init(_ raw: String) {
    let lower = raw.lowercased()
    if lower.contains("/") {
      let parts = lower.split(separator: "/")
      let numeric = parts.count > 1 && parts.allSatisfy { Double($0) != nil }
      self.init(stem: lower, isRatio: numeric)
      return
    }
    let percent = lower.hasSuffix("%")
    let digits = String((percent ? lower.dropLast() : Substring(lower)).filter { $0 != "," })
    if let value = Double(digits) {
      self.init(stem: digits, number: value, isPercent: percent)
      return
    }
    self.init(stem: NoteWord.stem(lower))
  }

  /// Strips plural, -ing, -ed and a final e, then undoubles a final consonant ("splitt" → "split").
  /// Crude on purpose: it only has to map the forms of one word onto one string, and the patterns
  /// go through the same function.
  static func stem(_ word: String) -> String {
    var w = word
    if w.count <= 3 { return w }
    if w.hasSuffix("ies") && w.count > 4 {
      w = String(w.dropLast(3)) + "y"
    } else if w.hasSuffix("sses") {
      w = String(w.dropLast(2))
    } else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
      w = String(w.dropLast())
    }
    var stripped = false
    if w.hasSuffix("ing") && w.count >= 6 {
      w = String(w.dropLast(3))
      stripped = true
    } else if w.hasSuffix("ed") && w.count >= 5 {
      w = String(w.dropLast(2))
      stripped = true
    }
    if stripped, let last = w.last, w.count >= 3, w.dropLast().last == last, !"lsz".contains(last),
      !"aeiou".contains(last)
    {
      w = String(w.dropLast())
    }
    if w.hasSuffix("e") && w.count > 3 { w = String(w.dropLast()) }
    return w
  }
}
