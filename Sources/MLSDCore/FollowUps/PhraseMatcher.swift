// Finds phrases in notes as whole words, the way a reader would: case and hyphens do not matter
// ("point-in-time" is "point in time"), a plural matches its singular, and a word ending in `*`
// matches the forms of that word (`StemForms`: "calibrat*" is calibrated and calibration, "tun*"
// is tuned but not tunnel). A phrase of parts joined by `&` needs each part somewhere in one
// sentence, in any order, and `|` separates the phrases a part may be ("negative|penalis* &
// hide|block": a word that weighs against, and what it weighs against). It also says in which
// sentence a phrase was found, which is the evidence a review shows.

public struct PhraseMatcher: Sendable {
  /// The text cut into sentences, each as it was written (spaces collapsed) and as words.
  public let sentences: [(text: String, words: [String])]

  public init(_ text: String) {
    sentences = Self.split(text).map { ($0, Self.words($0)) }.filter { !$0.1.isEmpty }
  }

  /// The first sentence holding any of the phrases, nil when none does.
  public func sentence(mentioningAnyOf phrases: [String]) -> String? { find(phrases)?.sentence }

  /// The first sentence holding any of the phrases, and the phrase found there (the first of
  /// the list that the sentence holds).
  public func find(_ phrases: [String]) -> (sentence: String, phrase: String)? {
    let wanted = phrases.map { ($0, Self.parts($0)) }.filter { !$0.1.isEmpty }
    for sentence in sentences {
      for (phrase, parts) in wanted {
        if parts.count == 1 && parts[0].count == 1 {
          if Self.occurs(parts[0][0], in: sentence.words) { return (sentence.text, phrase) }
          continue
        }
        // Each part by the first of its phrases the sentence holds.
        var found: [String] = []
        for part in parts {
          guard let hit = part.first(where: { Self.occurs($0, in: sentence.words) }) else { break }
          found.append(hit.joined(separator: " "))
        }
        if found.count == parts.count { return (sentence.text, found.joined(separator: " & ")) }
      }
    }
    return nil
  }

  /// A phrase as its `&` parts, each the `|` phrases it may be as words; empty ones left out.
  static func parts(_ phrase: String) -> [[[String]]] {
    phrase.split(separator: "&").map { part in
      part.split(separator: "|").map { words(String($0)) }.filter { !$0.isEmpty }
    }.filter { !$0.isEmpty }
  }

  /// A long sentence cut to about `limit` characters around the first word of `phrase`, with
  /// "…" where it was cut.
  public static func excerpt(_ sentence: String, around phrase: String, limit: Int = 160) -> String {
    guard sentence.count > limit else { return sentence }
    let characters = Array(sentence)
    let lower = sentence.lowercased()
    var start = 0
    if let first = words(phrase).first?.replacingOccurrences(of: "*", with: ""),
      let range = lower.range(of: first)
    {
      let at = lower.distance(from: lower.startIndex, to: range.lowerBound)
      start = max(0, min(at - limit / 3, characters.count - limit))
    }
    let end = min(characters.count, start + limit)
    return (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
  }

  public func mentions(anyOf phrases: [String]) -> Bool { sentence(mentioningAnyOf: phrases) != nil }

  /// Lower-case words: letters, digits and the characters of "a/b", "precision@k" and "k*"; a
  /// hyphen, an apostrophe or any other mark separates words.
  static func words(_ text: String) -> [String] {
    var out: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "@" || character == "/" || character == "*" {
        current.append(character)
      } else if !current.isEmpty {
        out.append(current)
        current = ""
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  static func occurs(_ phrase: [String], in words: [String]) -> Bool {
    guard phrase.count <= words.count else { return false }
    for start in 0...(words.count - phrase.count) {
      var all = true
      for (offset, wanted) in phrase.enumerated() where !matches(wanted, words[start + offset]) {
        all = false
        break
      }
      if all { return true }
    }
    return false
  }

  /// A phrase word against a text word: equal, a plural of it, or (with a trailing `*`) one of
  /// the forms of the stem before it.
  static func matches(_ wanted: String, _ word: String) -> Bool {
    if wanted.hasSuffix("*") { return StemForms.isForm(word, of: String(wanted.dropLast())) }
    if word == wanted || word == wanted + "s" || word == wanted + "es" { return true }
    return wanted.hasSuffix("y") && word == wanted.dropLast() + "ies"
  }

  /// Sentences end at '.', '!' or '?' before a space, at a blank line, and before a list item.
  static func split(_ text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    func close() {
      let collapsed = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if !collapsed.isEmpty { sentences.append(collapsed) }
      current = ""
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
      let trimmed = line.drop(while: \.isWhitespace)
      if trimmed.isEmpty || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("• ") {
        close()
      }
      let characters = Array(line)
      for (i, character) in characters.enumerated() {
        current.append(character)
        if character == "." || character == "!" || character == "?" {
          if i + 1 == characters.count || characters[i + 1].isWhitespace { close() }
        }
      }
      current.append(" ")
    }
    close()
    return sentences
  }
}
