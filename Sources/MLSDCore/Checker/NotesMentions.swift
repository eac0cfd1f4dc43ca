// Where the notes name a component that no box draws: "Online: A/B test on 5% of users", "Cache
// popular queries for 10 min". The component rules still count only what is drawn (the checker
// judges the board), but their message quotes the sentence, so the user sees the notes were read
// and that one box makes the drawing say what the notes already do.

enum NotesMentions {
  /// The names that mark a kind in prose: its name, its aliases of several words or written with a
  /// capital, a digit or a mark (product names: "Airflow", "A/B"), and what its arrows carry in
  /// several words or in a form of a word of its name ("retrain" of Retraining trigger, not
  /// "drift"). A name the catalogue also gives another kind ("Redis": a cache or a feature store)
  /// marks neither, nor does one whose last word is a role another kind is called by ("batch
  /// job": the job may be any batch step).
  static func phrases(of kind: ComponentKind, in catalogue: Catalogue) -> [String] {
    func key(_ phrase: String) -> String { PhraseMatcher.words(phrase).joined(separator: " ") }
    var others = Set<String>()
    var roles = Set<String>()
    for other in catalogue.kinds where other.id != kind.id {
      for phrase in [other.name] + other.aliases { others.insert(key(phrase)) }
      roles.formUnion(other.roles.map { $0.lowercased() })
    }
    let nameWords = PhraseMatcher.words(kind.name)
    let named = kind.aliases.filter { alias in
      alias.contains(" ") || alias.contains { $0.isUppercase || $0.isNumber || $0 == "/" }
    }
    let carried = kind.carries.filter { carry in
      carry.contains(" ")
        || nameWords.contains { PhraseMatcher.matches(carry.lowercased() + "*", $0) }
    }
    var seen = Set<String>()
    return ([kind.name] + named + carried).filter { phrase in
      let words = PhraseMatcher.words(phrase)
      let k = words.joined(separator: " ")
      let roleOnly = words.count > 1 && roles.contains(words[words.count - 1])
      return !k.isEmpty && !others.contains(k) && !roleOnly && seen.insert(k).inserted
    }
  }

  /// The first sentence of the notes that names the kind, its own step's notes first, with the step.
  static func sentence(naming kind: ComponentKind, in notes: StepNotes, catalogue: Catalogue)
    -> (step: Step, sentence: String)?
  {
    let phrases = phrases(of: kind, in: catalogue)
    guard !phrases.isEmpty else { return nil }
    for step in [kind.step] + Step.allCases.filter({ $0 != kind.step }) {
      if let found = PhraseMatcher(notes[step]).find(phrases) {
        return (step, PhraseMatcher.excerpt(found.sentence, around: found.phrase, limit: 100))
      }
    }
    return nil
  }
}
