// Whole-word, case-insensitive recognition of component names and aliases in free text, in any
// word form (`WordForms`: "model trainer" matches "model training"). "Kafka topic" is stream
// ingestion; "Kafkaesque" is not. Where a longer alias covers a shorter one of another kind
// ("Spark Streaming" over "Spark"), only the longer counts.

struct AliasMatcher: Sendable {
  private struct Term: Sendable {
    /// Reduced words (`WordForms`), or for a technology name the words as written.
    var words: [String]
    var kind: String
    /// A technology or product name ("Feast", "MLflow"): matched as written, so that "Feasting"
    /// is not Feast; only a plural "s" or "es" on the last word is allowed.
    var exact: Bool
  }
  private var terms: [Term] = []
  private var byFirstWord: [String: [Int]] = [:]

  init(kinds: [ComponentKind]) {
    self.init(phrases: kinds.map { ($0.id, [$0.name] + $0.aliases) })
  }

  /// A matcher for each kind's phrases (kind id, phrases).
  init(phrases: [(kind: String, phrases: [String])]) {
    for (kind, list) in phrases {
      var seen: Set<[String]> = []
      for phrase in list {
        let exact = phrase.contains { $0.isUppercase }
        let words = exact ? AliasMatcher.words(phrase) : WordForms.stems(phrase)
        guard !words.isEmpty, seen.insert(words).inserted else { continue }
        byFirstWord[(exact ? "=" : "") + words[0], default: []].append(terms.count)
        terms.append(Term(words: words, kind: kind, exact: exact))
      }
    }
  }

  /// Lower-cased words of a text: runs of letters and digits; "&" and "+" stay as words of their
  /// own so that "W&B" is three words. Hyphens, slashes and spaces separate words.
  static func words(_ text: String) -> [String] {
    if let ascii = asciiWords(text) { return ascii }
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else {
        if !current.isEmpty { words.append(current) }
        current = ""
        if character == "&" || character == "+" { words.append(String(character)) }
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// `words` for ASCII text, read byte by byte: Character's Unicode properties cost more than the
  /// rest of the match, and labels are nearly always ASCII. In ASCII only A-Z, a-z and 0-9 are
  /// letters or numbers, and "\r\n" (one Character) separates like two. Nil for other text.
  private static func asciiWords(_ text: String) -> [String]? {
    let result = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      var words: [String] = []
      var current: [UInt8] = []
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
        case 0x80...: return nil
        default:
          if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
          current.removeAll(keepingCapacity: true)
          if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "+") { words.append(String(UnicodeScalar(byte))) }
        }
      }
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
      return words
    }
    return result ?? nil
  }

  struct Match {
    var kind: String
    var start: Int
    var end: Int
    /// Whether the match is a technology or product name, matched as written.
    var exact = false
  }

  /// Every term found in a text's words and their reduced forms (index-aligned), with a match
  /// strictly inside a longer match of another kind dropped.
  func matches(words: [String], stems: [String]) -> [Match] {
    var found: [Match] = []
    for start in words.indices {
      var candidates = byFirstWord[stems[start]] ?? []
      for raw in [words[start], String(words[start].dropLast()), String(words[start].dropLast(2))] {
        candidates += byFirstWord["=" + raw] ?? []
      }
      for termIndex in candidates {
        let term = terms[termIndex]
        let end = start + term.words.count
        guard end <= words.count else { continue }
        let ok =
          term.exact
          ? term.words.indices.allSatisfy { offset in
            let word = words[start + offset]
            let wanted = term.words[offset]
            return word == wanted || (offset == term.words.count - 1 && (word == wanted + "s" || word == wanted + "es"))
          }
          : stems[start..<end].elementsEqual(term.words)
        if ok && !found.contains(where: { $0.kind == term.kind && $0.start == start && $0.end == end }) {
          found.append(Match(kind: term.kind, start: start, end: end, exact: term.exact))
        }
      }
    }
    return found.filter { match in
      !found.contains { other in
        other.kind != match.kind && other.start <= match.start && other.end >= match.end
          && (other.end - other.start) > (match.end - match.start)
      }
    }
  }
}
