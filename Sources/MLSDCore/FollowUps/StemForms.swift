// What a phrase's `word*` stands for: the forms of one word, not every word that begins with the
// same letters. "calibrat*" is calibrate, calibrated, calibration; "tun*" is tune, tuned, tuning
// but not "tunnel"; "band*" is bands and banding but not "bandit"; "log*" is logs and logged but
// not "logistic". A form is the stem and one English ending, with a doubled last consonant
// ("bid*": bidding) or a dropped final "e" ("cache*": caching) where English writes them.

enum StemForms {
  /// Endings a stem may take: inflections, and the derivations that keep a word's meaning
  /// ("explor*": exploration, exploratory; "availab*": available, availability).
  static let endings: Set<String> = [
    "", "s", "es", "e", "ed", "ing", "ings", "er", "ers", "est", "en", "ly", "ness",
    "ion", "ions", "ional", "ation", "ations", "y", "ies", "ied", "ment", "ments",
    "al", "als", "ally", "able", "ably", "ability", "ible", "ibility",
    "le", "les", "ility", "ilities", "ence", "ences", "ency", "ance", "ances", "ant", "ants",
    "ent", "ents", "ently", "ive", "ives", "ively", "ise", "ize", "ised", "ized", "ises", "izes",
    "ising", "izing", "isation", "ization", "isations", "izations", "se", "ze", "sed", "zed",
    "ses", "zes", "sing", "zing", "sation", "zation", "ser", "zer", "sers", "zers", "or", "ors",
    "ory", "ity", "ities", "ial", "ially", "ison", "isons", "ative", "atively", "atory",
    "age", "ages", "ship", "ships", "ful", "fully",
  ]

  /// Whether `word` is `stem` with one of the endings (both lower case).
  static func isForm(_ word: String, of stem: String) -> Bool {
    guard !stem.isEmpty else { return false }
    if word.hasPrefix(stem) {
      let rest = String(word.dropFirst(stem.count))
      if endings.contains(rest) { return true }
      // A doubled consonant before a vowel: "bid*" bidding, "drop*" dropped, "label*" labelled.
      if let last = stem.last, !isVowel(last), rest.first == last {
        let after = String(rest.dropFirst())
        if let first = after.first, isVowel(first) || first == "y", endings.contains(after) { return true }
      }
    }
    // A final "e" dropped before a vowel: "cache*" caching, "score*" scored, "take*" taken.
    if stem.count > 2, stem.hasSuffix("e") {
      let base = stem.dropLast()
      if word.hasPrefix(base) {
        let rest = String(word.dropFirst(base.count))
        if let first = rest.first, isVowel(first), endings.contains(rest) { return true }
      }
    }
    return false
  }

  static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }
}
