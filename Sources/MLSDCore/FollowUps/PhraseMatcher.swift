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
  /// A phrase earlier in the list is looked for in every sentence before a later one: the list
  /// puts the plainest phrasing first, so the sentence quoted is the one that says it plainest.
  public func find(_ phrases: [String]) -> (sentence: String, phrase: String)? {
    let wanted = phrases.map { ($0, Self.parts($0)) }.filter { !$0.1.isEmpty }
    for (phrase, parts) in wanted {
      for sentence in sentences {
        if let found = Self.found(phrase, parts, in: sentence.words) { return (sentence.text, found) }
      }
    }
    return nil
  }

  /// The phrase as one sentence's words hold it: the phrase itself, or for `&` parts each part by
  /// the first of its phrases the sentence holds; nil when it does not.
  static func found(_ phrase: String, _ parts: [[[String]]], in words: [String]) -> String? {
    if parts.count == 1 && parts[0].count == 1 { return occurs(parts[0][0], in: words) ? phrase : nil }
    var found: [String] = []
    for part in parts {
      guard let hit = part.first(where: { occurs($0, in: words) }) else { return nil }
      found.append(hit.joined(separator: " "))
    }
    return found.joined(separator: " & ")
  }

  /// Words that carry no idea of their own: a key idea's name "retrieval of unseen posts" has
  /// three content words, "a timeout" one.
  static let functionWords: Set<String> = [
    "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "from", "with", "and", "or", "it", "its", "per",
    "as", "is", "are", "be", "than", "into", "not", "no", "each", "every", "one", "what", "how", "that", "this",
  ]

  /// The content words of a phrasing (`&` and `|` read as spaces), each as written (with its `*`).
  static func contentWords(_ phrase: String) -> [String] {
    words(phrase.replacingOccurrences(of: "&", with: " ").replacingOccurrences(of: "|", with: " "))
      .filter { !functionWords.contains($0) }
  }

  /// The first sentence that credits a key idea, and the phrasing found there. An idea named in
  /// several content words ("position bias", "retrieval of unseen posts") is not credited by a
  /// one-word phrasing of it alone: the sentence must also hold another content word of the
  /// idea's phrasings, at another place ("bias" in "the bias term of the layer" says nothing of
  /// position; "position bias" or "the bias of the top positions" do). An idea named in one word
  /// is found as `find` finds it, and so is an abbreviation ("nms" for non-maximum suppression)
  /// and a choice the name lists in one word ("trending" of "popular, trending or local lists"),
  /// and a word that a numeral comes right before ("3 million", as `NoteShorthand` spells "3M").
  /// `companions`: other phrasings that vouch for a one-word phrasing in the same sentence, as the
  /// idea's own words do (a follow-up passes its other key ideas: "Retrain weekly" holds the
  /// retraining idea, so "weekly" there is its schedule).
  /// `names`: phrasings that stand alone whatever the idea's name (a kind's names, "ScaNN").
  public func find(idea phrasings: [String], companions: [String] = [], names: Set<String> = []) -> (
    sentence: String, phrase: String
  )? {
    let named = Self.contentWords(phrasings.first ?? "")
    guard named.count > 1 else { return find(phrasings) }
    // Only whole phrasings vouch: the parts of an `&` phrasing ("day*", "after", "log*") are met in
    // sentences that say nothing of the idea.
    let ideaWords = Array(Set(phrasings.filter { !$0.contains("&") }.flatMap(Self.contentWords))).sorted()
    let companionParts = companions.map(Self.parts).filter { !$0.isEmpty }
    // A name that lists choices ("popular, trending or local lists") names each choice in full.
    let choices = (phrasings.first ?? "").replacingOccurrences(of: " or ", with: ",").split(separator: ",")
      .map { Self.contentWords(String($0)) }.filter { $0.count == 1 }.map { $0[0] }
    // Each phrasing in every sentence before the next phrasing, as `find` does: "hard negatives"
    // written two lines below "friends of friends" is the sentence quoted for hard negatives.
    for phrase in phrasings {
      let parts = Self.parts(phrase)
      guard !parts.isEmpty else { continue }
      for sentence in sentences {
        guard parts.count == 1, parts[0].count == 1, parts[0][0].count == 1 else {
          if let found = Self.found(phrase, parts, in: sentence.words) { return (sentence.text, found) }
          continue
        }
        let word = parts[0][0][0]
        if names.contains(phrase) || Self.isAcronym(word)
          || choices.contains(where: { Self.matches($0, word) || Self.matches(word, $0) })
        {
          if Self.occurs([word], in: sentence.words) { return (sentence.text, phrase) }
          continue
        }
        let at = sentence.words.indices.filter { Self.matches(word, sentence.words[$0]) }
        guard !at.isEmpty else { continue }
        // A plural in the idea's words stands for its singular too ("labels" of "human or natural
        // labels" in "natural label").
        let companion = sentence.words.indices.contains { i in
          !at.contains(i)
            && ideaWords.contains {
              $0 != word && (Self.matches($0, sentence.words[i]) || Self.isPlural($0, of: sentence.words[i]))
            }
        }
        // A numeral right before it makes the word part of a figure the notes state ("3 million
        // trips"), which no sentence holds by chance.
        let figure = at.contains { $0 > 0 && sentence.words[$0 - 1].first?.isNumber == true }
        // Another key idea of the question in the sentence: it speaks of the question's topic.
        let otherIdea = companionParts.contains { Self.found("", $0, in: sentence.words) != nil }
        if companion || figure || otherIdea { return (sentence.text, phrase) }
      }
    }
    return nil
  }

  /// A word written without a vowel ("nms", "qps", "knn"): an abbreviation of the idea's own
  /// words, a term no sentence holds by chance.
  static func isAcronym(_ word: String) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count > 1 && !letters.contains { "aeiouy".contains($0) }
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
  /// Whether `plural` is a plural form of `word` ("labels" of "label", "queries" of "query").
  static func isPlural(_ plural: String, of word: String) -> Bool {
    plural == word + "s" || plural == word + "es" || (word.hasSuffix("y") && plural == word.dropLast() + "ies")
  }

  /// A text word of choices joined by slashes ("early/intermediate", "hide/block") holds each of
  /// them: a phrase word without a slash matches any of its parts.
  static func matches(_ wanted: String, _ word: String) -> Bool {
    if word.contains("/"), !wanted.contains("/") {
      return word.split(separator: "/").contains { matches(wanted, String($0)) }
    }
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
