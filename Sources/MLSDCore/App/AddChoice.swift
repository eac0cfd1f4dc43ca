// What Enter in the add palette (a) adds: the highlighted kind, or a plain box, and the label the
// new box gets from the typed text. One rule, shown in the palette (its "Enter adds" line) and in
// the help:
// - a row of a kind adds a box of that kind (declared). Typed words the kind does not start with
//   are the label, case kept: an alias of two or more words ("Query encoder"), or two or more
//   whole words of its name or an alias ("Search API" of "search API gateway");
// - typed text that is the kind's name gives that name as the catalogue writes it; one word is a
//   search or a technology: the label is the kind's name, and a whole alias typed ("kafka",
//   "memcached") is the detail as the catalogue writes it ("Kafka", "Memcached": a product's own
//   spelling), else the alias the search matched, as the row shows;
//   so is the start of the kind's name ("online feature"), where a search is heading;
// - the last row (shown whenever something is typed) adds a plain box labelled as typed, with no
//   declared kind: the checker reads its kind from the label.

/// One row of the add palette.
public enum AddChoice: Hashable, Sendable {
  case kind(ComponentKind)
  /// A box labelled with the typed text and no declared kind.
  case plain

  /// The label and detail a box of `kind` gets when `typed` was the palette's text.
  public static func labelAndDetail(typed: String, kind: ComponentKind, catalogue: Catalogue) -> (
    label: String, detail: String?
  ) {
    let text = typed.trimmingCharacters(in: .whitespaces)
    let typedWords = words(text)
    let name = words(kind.name)
    let matched = catalogue.matchingAlias(of: kind, for: text)
    guard !typedWords.isEmpty else { return (kind.name, nil) }
    if typedWords == name || text.lowercased() == kind.id { return (kind.name, nil) }
    if typedWords.count == 1 {
      return (kind.name, kind.aliases.first { words($0) == typedWords } ?? matched)
    }
    if Array(name.prefix(typedWords.count)) == typedWords { return (kind.name, matched) }
    if ([kind.name] + kind.aliases).contains(where: { contains(words($0), run: typedWords) }) { return (text, nil) }
    return (kind.name, matched)
  }

  /// Lower-cased runs of letters and digits.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  static func contains(_ words: [String], run: [String]) -> Bool {
    guard !run.isEmpty, run.count <= words.count else { return false }
    return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
  }
}
