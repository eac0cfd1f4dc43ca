// Whether a sentence of the notes says why, as candidates write it under time: the words of a
// reason ("because", "so that", "since", "to avoid", "hence"...), and the shorthand that carries
// one without them:
//   - a plain "so" that joins a consequence: after a comma, dash or colon ("2x latency, so distil
//     to a student") or before its subject ("quantiles so we can show a range"); not "so far",
//     "or so", "and so on", "so many";
//   - an arrow to an effect ("point-in-time join -> no leakage", "cache → fewer calls"); an arrow
//     to anything else is a flow ("API -> encoder") or a next step ("MAE up -> retrain");
//   - a parenthesis that opens on a property that argues for the choice before it ("LightGBM
//     (fast, handles missing)", "no random split (leaks same-day traffic)"); a parenthesis that
//     describes ("FAISS (sharded, ~10ms)") is none.

enum ReasonReading {
  static let markers = [
    "because", "so that", "since", "which is why", "that is why", "therefore", "to avoid", "in order to", "hence",
    "thus", "due to", "given that", "thanks to", "otherwise", "as a result",
  ]
  /// Words after "so" that make it no connective: "so far", "so many", "and so on".
  static let notAfterSo: Set<String> = [
    "far", "on", "forth", "called", "much", "many", "long", "few", "little", "good", "bad", "big", "small",
  ]
  /// Words that start the clause a connective "so" opens.
  static let subjects: Set<String> = [
    "we", "it", "its", "they", "the", "a", "an", "that", "this", "these", "those", "there", "no", "each", "every",
    "nothing", "you", "i", "our", "their", "one", "users", "training", "serving", "new",
  ]
  /// Words after an arrow that name an effect rather than a next box or step.
  static let effects: Set<String> = [
    "no", "not", "less", "fewer", "lower", "higher", "better", "cheaper", "faster", "fresher", "smaller", "avoid",
    "avoids", "prevent", "prevents", "keep", "keeps", "save", "saves", "reduce", "reduces", "cut", "cuts", "never",
  ]
  /// First words of a parenthesis that argue for what precedes it.
  static let arguing: Set<String> = [
    "robust", "fast", "faster", "cheap", "cheaper", "simple", "simpler", "interpretable", "explainable", "scalable",
    "stable", "handles", "handle", "needs", "need", "requires", "too", "leaks", "leak", "avoids", "avoid", "better",
    "proven", "works", "fresher", "safer",
  ]

  /// The first sentence of `text` that gives a reason, nil when none does.
  static func firstReason(in text: String) -> String? {
    PhraseMatcher(text).sentences.first { givesReason($0.text) }?.text
  }

  /// Whether the sentence gives a reason, by a word of one or by shorthand.
  static func givesReason(_ sentence: String) -> Bool {
    PhraseMatcher(sentence).mentions(anyOf: markers) || givesShorthandReason(sentence)
  }

  /// Whether the sentence gives a reason by shorthand alone: a connective "so", an arrow to an
  /// effect, a parenthesis that argues.
  static func givesShorthandReason(_ sentence: String) -> Bool {
    let tokens = tokens(sentence)
    for (i, token) in tokens.enumerated() {
      let next = i + 1 < tokens.count ? tokens[i + 1] : ""
      let previous = i > 0 ? tokens[i - 1] : ""
      switch token {
      case "so":
        guard !notAfterSo.contains(next), isWord(next) else { continue }
        if Self.isMark(previous) || subjects.contains(next) { return true }
      case "->", "=>", "→":
        if effects.contains(next) { return true }
      case "(":
        if arguing.contains(next) { return true }
      default: continue
      }
    }
    return false
  }

  /// Lower-case words and the marks a reason shorthand turns on: , ; : ( ) dashes and arrows.
  static func tokens(_ sentence: String) -> [String] {
    var out: [String] = []
    var word = ""
    let characters = Array(sentence.lowercased())
    func flush() {
      if !word.isEmpty { out.append(word) }
      word = ""
    }
    var i = 0
    while i < characters.count {
      let c = characters[i]
      let next: Character = i + 1 < characters.count ? characters[i + 1] : " "
      if c.isLetter || c.isNumber || (c == "'" && !word.isEmpty) {
        word.append(c)
      } else if (c == "-" || c == "=") && next == ">" {
        flush()
        out.append(c == "-" ? "->" : "=>")
        i += 1
      } else if c == "-" && !word.isEmpty && next.isLetter {
        word.append(c)
      } else {
        flush()
        if ",;:()–—→-".contains(c) { out.append(c == "—" || c == "–" ? "-" : String(c)) }
      }
      i += 1
    }
    flush()
    return out
  }

  private static func isMark(_ token: String) -> Bool { [",", ";", ":", "-", "(", ")"].contains(token) }
  private static func isWord(_ token: String) -> Bool { token.first.map { $0.isLetter || $0.isNumber } ?? false }
}
