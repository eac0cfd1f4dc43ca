// A small pattern over normalised words, written as text so that the cue lists read as data:
//
//   split|partition ...6 @time      "split" or "partition", then up to 6 words, then a time word
//   as of ... @moment               "..." alone allows up to 4 words in between
//   #num fold                       a number, then "fold"
//
// Words are normalised like the notes (NoteWord.stem), so "splitting by dates" matches
// "split by date". `@name` is a word class from NoteVocabulary.classes; `#num` any number,
// `#several` a number of 2 or more, `#pct` a percentage, `#smallpct` one under 5 %, `#ratio` "80/20", `#big` a number of 20 or more,
// `#year` 1900 to 2100.

struct NotePattern: Hashable, Sendable {
  enum NumberClass: String, Hashable, Sendable {
    case num, several, pct, smallpct, ratio, big, year
  }

  enum Element: Hashable, Sendable {
    /// Any of the words, or a number of any of the classes ("@split|#ratio", "by|on").
    case any(Set<String>, Set<NumberClass>)
    case gap(Int)
  }

  let source: String
  let elements: [Element]

  init(_ source: String, classes: [String: Set<String>]) {
    self.source = source
    var elements: [Element] = []
    for token in source.split(separator: " ") {
      if token.hasPrefix("...") {
        elements.append(.gap(Int(token.dropFirst(3)) ?? 4))
        continue
      }
      var words = Set<String>()
      var numbers = Set<NumberClass>()
      for alternative in token.split(separator: "|").map(String.init) {
        if alternative.hasPrefix("@") {
          let name = String(alternative.dropFirst())
          precondition(classes[name] != nil, "unknown word class @\(name) in pattern '\(source)'")
          words.formUnion(classes[name] ?? [])
        } else if alternative.hasPrefix("#") {
          let number = NumberClass(rawValue: String(alternative.dropFirst()))
          precondition(number != nil, "unknown number class \(alternative) in pattern '\(source)'")
          if let number { numbers.insert(number) }
        } else {
          words.insert(NoteWord.stem(alternative))
        }
      }
      elements.append(.any(words, numbers))
    }
    precondition(!elements.isEmpty, "empty pattern")
    self.elements = elements
  }

  /// Whether every word of the pattern occurs somewhere in the sentence: when not, it cannot match
  /// and the search is skipped (most patterns do not apply to most sentences).
  func mayMatch(_ sentence: NoteSentence) -> Bool {
    for element in elements {
      guard case .any(let set, let numbers) = element else { continue }
      if !numbers.isEmpty && sentence.hasNumber { continue }
      let found =
        set.count < sentence.stems.count
        ? set.contains(where: sentence.stems.contains) : sentence.stems.contains(where: set.contains)
      if !found { return false }
    }
    return true
  }

  /// Every place the pattern matches inside `range` of the sentence's words: for each start
  /// position, the shortest match from it.
  func matches(_ words: [NoteWord], in range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for start in range {
      if let end = match(words, element: 0, at: start, limit: range.upperBound) {
        found.append(start..<end)
      }
    }
    return found
  }

  private func match(_ words: [NoteWord], element: Int, at index: Int, limit: Int) -> Int? {
    if element == elements.count { return index }
    switch elements[element] {
    case .gap(let most):
      for skip in 0...most where index + skip <= limit {
        if let end = match(words, element: element + 1, at: index + skip, limit: limit) { return end }
      }
      return nil
    case .any(let set, let numbers):
      guard index < limit else { return nil }
      let word = words[index]
      guard set.contains(word.stem) || numbers.contains(where: { accepts($0, word) }) else { return nil }
      return match(words, element: element + 1, at: index + 1, limit: limit)
    }
  }

  private func accepts(_ number: NumberClass, _ word: NoteWord) -> Bool {
    switch number {
    case .num: return (word.number != nil && !word.isPercent) || word.stem == "n" || word.stem == "k"
    case .several: return (word.number ?? 0) >= 2 && !word.isPercent
    case .pct: return word.isPercent
    case .smallpct: return word.isPercent && (word.number ?? 100) < 5
    case .ratio: return word.isRatio
    case .big: return (word.number ?? 0) >= 20 && !word.isPercent
    case .year: return !word.isPercent && (1900...2100).contains(word.number ?? 0) && word.stem.count == 4
    }
  }
}
