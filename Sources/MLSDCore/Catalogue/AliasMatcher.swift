// Whole-word, case-insensitive recognition of component names and aliases in free text.
// "Kafka topic" is stream ingestion; "Kafkaesque" is not. Where a longer alias covers a shorter
// one of another kind ("Spark Streaming" over "Spark"), only the longer counts.

struct AliasMatcher: Sendable {
  private struct Term: Sendable {
    var words: [String]
    var kind: String
  }
  private var terms: [Term] = []
  private var byFirstWord: [String: [Int]] = [:]

  init(kinds: [ComponentKind]) {
    for kind in kinds {
      var seen: Set<[String]> = []
      for phrase in [kind.name] + kind.aliases {
        let words = AliasMatcher.words(phrase)
        guard !words.isEmpty, seen.insert(words).inserted else { continue }
        byFirstWord[words[0], default: []].append(terms.count)
        terms.append(Term(words: words, kind: kind.id))
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

  private struct Match {
    var kind: String
    var start: Int
    var end: Int
  }

  private func matches(in text: String) -> [Match] {
    let words = AliasMatcher.words(text)
    var found: [Match] = []
    for start in words.indices {
      for termIndex in candidates(for: words[start]) {
        let term = terms[termIndex]
        guard start + term.words.count <= words.count else { continue }
        var ok = true
        for offset in term.words.indices {
          let word = words[start + offset]
          let wanted = term.words[offset]
          let last = offset == term.words.count - 1
          if word != wanted && !(last && AliasMatcher.isPlural(word, of: wanted)) {
            ok = false
            break
          }
        }
        if ok { found.append(Match(kind: term.kind, start: start, end: start + term.words.count)) }
      }
    }
    // Drop a match strictly inside a longer match of another kind.
    return found.filter { match in
      !found.contains { other in
        other.kind != match.kind && other.start <= match.start && other.end >= match.end
          && (other.end - other.start) > (match.end - match.start)
      }
    }
  }

  private func candidates(for word: String) -> [Int] {
    var result = byFirstWord[word] ?? []
    if word.hasSuffix("s") { result += byFirstWord[String(word.dropLast())] ?? [] }
    if word.hasSuffix("es") { result += byFirstWord[String(word.dropLast(2))] ?? [] }
    return result
  }

  static func isPlural(_ word: String, of base: String) -> Bool {
    word == base + "s" || word == base + "es"
  }

  func kinds(in text: String) -> Set<String> {
    Set(matches(in: text).map(\.kind))
  }

  func bestKind(in text: String) -> String? {
    let all = matches(in: text)
    return all.max { ($0.end - $0.start, -$0.start) < ($1.end - $1.start, -$1.start) }?.kind
  }
}
