// Which words of the notes speak of the design. A sentence counts when it holds a word the
// catalogue uses for the parts of an ML system (a kind's name, alias, hint word, role, or what its
// arrows carry: "features", "Kafka", "ranking", "clicks", "AUC"); words in a sentence with none of
// them, filler such as "lorem ipsum" or a sentence about anything else, say nothing of the design
// and are no note of substance (ux9 report item 7). The requirements' measures (users, latency,
// QPS, p99, ms) count as well. Real notes almost always name one: 3020 of the
// 3051 words of the notes corpus (Fixtures/corpus/notes) are in such sentences (NotesSubstanceTests).

struct NotesSubstance: Sendable {
  /// Reduced words (`WordForms.stem`) of the catalogue's names, aliases, hints, roles and carries,
  /// of four letters or more.
  let stems: Set<String>
  /// The same words as written, lower-cased: a short word is matched only so, since a reduced
  /// short word meets others by chance ("site" reduces to "sit").
  let words: Set<String>

  /// Words of a catalogue phrase of several words that name no topic ("event logs of the app").
  static let functionWords: Set<String> = [
    "the", "and", "for", "with", "from", "into", "per", "was", "are", "has", "its", "not", "what", "off", "out",
    "down",
  ]

  /// What the requirements step puts numbers on (FACTS.md: scale in users, items and growth;
  /// performance in latency), in the units people write them in: "300M DAU, p99 < 200 ms, 5k QPS"
  /// speaks of the design though it names no component.
  static let requirementMeasures: Set<String> = [
    "users", "items", "growth", "scale", "latency", "throughput", "qps", "rps", "dau", "mau", "p50", "p90", "p95",
    "p99", "ms", "millisecond", "milliseconds",
    // The framing's kind of task, as FACTS.md's step 2 states it, with the common shorthand "clf".
    "binary", "multiclass", "multilabel", "clf",
  ]

  init(kinds: [ComponentKind]) {
    var words = NotesSubstance.requirementMeasures
    for kind in kinds {
      for phrase in [kind.name] + kind.aliases + kind.cues + kind.roles + kind.carries {
        let phraseWords = AliasMatcher.words(phrase)
        if phraseWords.count == 1 {
          words.insert(phraseWords[0])
        } else {
          words.formUnion(phraseWords.filter { $0.count >= 3 && !NotesSubstance.functionWords.contains($0) })
        }
      }
    }
    self.words = words
    stems = Set(words.filter { $0.count >= 4 }.map(WordForms.stem))
  }

  /// Whether a note's word (lower-cased) is one of the catalogue's.
  func knows(_ word: String) -> Bool {
    if word.count >= 4 {
      // The catalogue's hint words include word beginnings ("classif", "aggregat", "scor").
      return stems.contains(WordForms.stem(word))
        || (4..<min(word.count, 9)).contains { words.contains(String(word.prefix($0))) }
    }
    return words.contains(word) || (word.hasSuffix("s") && words.contains(String(word.dropLast())))
  }

  /// The first sentence with words (as `WordCount` counts them) that speaks of no part of the
  /// design, quoted; nil when every sentence does.
  func firstLeftOut(_ text: String) -> String? {
    PhraseMatcher.split(text).first { sentence in
      WordCount.of(sentence) > 0 && !AliasMatcher.words(sentence).contains(where: knows)
    }.map { "\"" + Sanitizer.visible(PhraseMatcher.excerpt($0, around: "", limit: 120)) + "\"" }
  }

  /// The words (as `NotesRules.wordCount` counts them) of the sentences that speak of the design.
  func count(_ text: String) -> Int {
    PhraseMatcher.split(text).reduce(0) { total, sentence in
      AliasMatcher.words(sentence).contains(where: knows) ? total + NotesRules.wordCount(sentence) : total
    }
  }
}
