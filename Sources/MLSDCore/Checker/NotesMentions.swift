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
  /// job": the job may be any batch step). Worked out for every kind at once (`Catalogue`).
  static func phrases(of kinds: [ComponentKind]) -> [String: [String]] {
    func key(_ phrase: String) -> String { PhraseMatcher.words(phrase).joined(separator: " ") }
    // Which kinds give each name, and each kind's role words, once for the whole catalogue.
    var owners: [String: Set<String>] = [:]
    var roleOwners: [String: Set<String>] = [:]
    for kind in kinds {
      for phrase in [kind.name] + kind.aliases { owners[key(phrase), default: []].insert(kind.id) }
      for role in kind.roles { roleOwners[role.lowercased(), default: []].insert(kind.id) }
    }
    var table: [String: [String]] = [:]
    for kind in kinds {
      let nameWords = PhraseMatcher.words(kind.name)
      let named = kind.aliases.filter { alias in
        alias.contains(" ") || alias.contains { $0.isUppercase || $0.isNumber || $0 == "/" }
      }
      let carried = kind.carries.filter { carry in
        carry.contains(" ")
          || nameWords.contains { PhraseMatcher.matches(carry.lowercased() + "*", $0) }
      }
      var seen = Set<String>()
      table[kind.id] = ([kind.name] + named + carried).filter { phrase in
        let words = PhraseMatcher.words(phrase)
        let k = words.joined(separator: " ")
        let otherName = owners[k, default: []].contains { $0 != kind.id }
        let roleOnly = words.count > 1 && roleOwners[words[words.count - 1], default: []].contains { $0 != kind.id }
        return !k.isEmpty && !otherName && !roleOnly && seen.insert(k).inserted
      }
    }
    return table
  }

  /// The first sentence of the notes that names the kind, its own step's notes first, with the step.
  static func sentence(naming kind: ComponentKind, in notes: StepNotes, catalogue: Catalogue)
    -> (step: Step, sentence: String)?
  {
    guard let phrases = catalogue.mentionPhrases[kind.id], !phrases.isEmpty else { return nil }
    for step in [kind.step] + Step.allCases.filter({ $0 != kind.step }) {
      if let found = PhraseMatcher(notes[step]).find(phrases) {
        return (step, PhraseMatcher.excerpt(found.sentence, around: found.phrase, limit: 100))
      }
    }
    return nil
  }
}
