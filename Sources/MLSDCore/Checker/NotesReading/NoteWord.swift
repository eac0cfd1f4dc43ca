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
    let first = lower.utf8.first ?? 0
    // Only a token that starts like a number is parsed as one: most words do not.
    guard (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: ".") else {
      self.init(stem: lower.utf8.contains(UInt8(ascii: "/")) ? lower : NoteWord.stem(lower))
      return
    }
    if lower.utf8.contains(UInt8(ascii: "/")) {
      let parts = lower.split(separator: "/")
      self.init(stem: lower, isRatio: parts.count > 1 && parts.allSatisfy { Double($0) != nil })
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
  /// go through the same function. Works on the UTF-8 bytes: the suffixes are ASCII.
  static func stem(_ word: String) -> String {
    var w = Array(word.utf8)
    if w.count <= 3 { return word }
    func ends(_ suffix: StaticString) -> Bool {
      let n = suffix.utf8CodeUnitCount
      guard w.count >= n else { return false }
      let tail = w[(w.count - n)...]
      return suffix.withUTF8Buffer { tail.elementsEqual($0) }
    }
    if ends("ies") && w.count > 4 {
      w.removeLast(3)
      w.append(UInt8(ascii: "y"))
    } else if ends("sses") {
      w.removeLast(2)
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      w.removeLast()
    }
    var stripped = false
    if ends("ing") && w.count >= 6 {
      w.removeLast(3)
      stripped = true
    } else if ends("ed") && w.count >= 5 {
      w.removeLast(2)
      stripped = true
    }
    if stripped, w.count >= 3, let last = w.last, last < 0x80, w[w.count - 2] == last,
      !Array("lszaeiou".utf8).contains(last)
    {
      w.removeLast()
    }
    if ends("e") && w.count > 3 { w.removeLast() }
    return String(decoding: w, as: UTF8.self)
  }
}
