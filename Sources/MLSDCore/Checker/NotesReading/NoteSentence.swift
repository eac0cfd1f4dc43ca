// Notes cut into sentences, each into clauses and normalised words, so that the notes rules can
// ask "does this clause say X" and quote the sentence that said it.

struct NoteSentence: Hashable, Sendable {
  /// The sentence as written, with runs of white space folded to one space.
  let text: String
  let words: [NoteWord]
  /// For each word, the index of the clause it belongs to. Clauses end at , ; : ( ) and begin
  /// at a joining word such as "and", "but", "instead" (which belongs to the clause it opens),
  /// so that a negation reaches only as far as a reader would take it.
  let clauses: [Int]
  /// Every clause as a range of word indices, in order.
  let clauseRanges: [Range<Int>]
  /// The stems of all words, so that a pattern whose words are absent is skipped at once.
  let stems: Set<String>
  let hasNumber: Bool

  init(text: String, words: [NoteWord], clauses: [Int]) {
    self.text = text
    self.words = words
    var ranges: [Range<Int>] = []
    var dense: [Int] = []
    var start = 0
    // Clause numbers as counted may skip (", (" closes two); renumber them 0, 1, 2...
    for i in words.indices where i + 1 == words.count || clauses[i + 1] != clauses[i] {
      dense += Array(repeating: ranges.count, count: i + 1 - start)
      ranges.append(start..<(i + 1))
      start = i + 1
    }
    self.clauses = dense
    clauseRanges = ranges
    stems = Set(words.map(\.stem))
    hasNumber = words.contains { $0.number != nil || $0.isRatio || $0.stem == "n" || $0.stem == "k" }
  }

  /// The range of word indices of the clause that holds word `index`.
  func clauseRange(of index: Int) -> Range<Int> { clauseRanges[clauses[index]] }

  /// Words that open a new clause.
  static let clauseOpeners: Set<String> = [
    "and", "but", "so", "whereas", "while", "although", "though", "however", "because", "which", "then",
    "instead", "rather", "otherwise",
  ]

  /// The sentences of a text. A sentence ends at . ! ? followed by a space or the end (not after
  /// "e.g.", "i.e.", "vs." and the like, nor inside a number such as 0.1), at a blank line, and
  /// before a line that starts a list item. Single line breaks are spaces: notes are hard-wrapped.
  static func sentences(_ text: String) -> [NoteSentence] {
    var out: [NoteSentence] = []
    for piece in pieces(text) {
      let folded = piece.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      let (words, clauses) = tokens(folded)
      if !words.isEmpty { out.append(NoteSentence(text: folded, words: words, clauses: clauses)) }
    }
    return out
  }

  private static let abbreviations: Set<String> = ["e.g", "i.e", "vs", "etc", "cf", "approx", "incl", "eg", "ie"]

  private static func pieces(_ text: String) -> [String] {
    var pieces: [String] = []
    for block in paragraphs(text) {
      var current = ""
      let chars = Array(block)
      for (i, c) in chars.enumerated() {
        current.append(c)
        guard c == "." || c == "!" || c == "?" else { continue }
        let next = i + 1 < chars.count ? chars[i + 1] : " "
        guard next.isWhitespace else { continue }
        let lastWord = current.dropLast().split(whereSeparator: { $0.isWhitespace }).last.map {
          String($0.drop(while: { "(\"'".contains($0) })).lowercased()
        }
        if c == ".", let lastWord, abbreviations.contains(lastWord) { continue }
        pieces.append(current)
        current = ""
      }
      pieces.append(current)
    }
    return pieces
  }

  /// Blocks separated by blank lines or list markers.
  private static func paragraphs(_ text: String) -> [String] {
    var blocks: [String] = []
    var current = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      let bullet = trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("• ")
      let numbered = trimmed.first?.isNumber == true && trimmed.drop(while: \.isNumber).hasPrefix(". ")
      if trimmed.isEmpty || bullet || numbered {
        blocks.append(current)
        current = ""
      }
      current += (bullet ? String(trimmed.dropFirst(2)) : String(line)) + "\n"
    }
    blocks.append(current)
    return blocks
  }

  private static let contractions: [String: [String]] = [
    "can't": ["can", "not"], "won't": ["will", "not"], "cannot": ["can", "not"], "shan't": ["shall", "not"],
  ]

  /// Words and the clause index of each.
  private static func tokens(_ sentence: String) -> ([NoteWord], [Int]) {
    var words: [NoteWord] = []
    var clauses: [Int] = []
    var clause = 0

    func emit(_ raw: String) {
      if raw.isEmpty { return }
      let lower = raw.lowercased()
      var parts: [String]
      if let expansion = contractions[lower] {
        parts = expansion
      } else if lower.hasSuffix("n't") {
        parts = [String(lower.dropLast(3)), "not"]
      } else if lower.hasSuffix("'s") {
        parts = [String(lower.dropLast(2))]
      } else if lower.contains("'") {
        parts = [lower.filter { $0 != "'" }]
      } else if lower.contains("/") && lower != "a/b" {
        let pieces = lower.split(separator: "/").map(String.init)
        parts = pieces.allSatisfy { Double($0) != nil } ? [lower] : pieces
      } else {
        parts = [lower]
      }
      for part in parts where !part.isEmpty {
        let word = NoteWord(part)
        if clauseOpeners.contains(word.stem) && !words.isEmpty { clause += 1 }
        words.append(word)
        clauses.append(clause)
      }
    }

    // Unicode scalars rather than Characters: building words from slices of scalars is several
    // times cheaper, and a combining mark stays inside its word.
    let scalars = sentence.unicodeScalars.map { $0 == "’" ? "'" : $0 }
    func isLetter(_ s: Unicode.Scalar) -> Bool {
      if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
      switch s.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return s.properties.isAlphabetic
      }
    }
    func isDigit(_ s: Unicode.Scalar) -> Bool {
      s.isASCII ? (s >= "0" && s <= "9") : s.properties.numericType != nil
    }
    var start: Int?
    for i in scalars.indices {
      let c = scalars[i]
      let prev: Unicode.Scalar = i > 0 ? scalars[i - 1] : " "
      let next: Unicode.Scalar = i + 1 < scalars.count ? scalars[i + 1] : " "
      let inNumber = (c == "." || c == ",") && isDigit(prev) && isDigit(next)
      if isLetter(c) || isDigit(c) || inNumber || c == "%" || c == "/" || (c == "'" && isLetter(prev) && isLetter(next))
      {
        if start == nil { start = i }
        continue
      }
      if let first = start {
        emit(String(String.UnicodeScalarView(scalars[first..<i])))
        start = nil
      }
      if c == "@" {
        emit("at")
      } else if c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "—" || c == "–" {
        if !words.isEmpty { clause += 1 }
      } else if c == "-" && prev == " " && next == " " {
        if !words.isEmpty { clause += 1 }
      }
    }
    if let first = start { emit(String(String.UnicodeScalarView(scalars[first...]))) }
    return (words, clauses)
  }
}
