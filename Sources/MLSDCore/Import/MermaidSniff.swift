// Whether a text is a Mermaid flowchart: a board loader that fails on one says "import it"
// instead of a YAML error about its first line.

public enum MermaidSniff {
  /// The first line that is neither blank nor a `%%` comment, past a `---` front matter block
  /// (a title, as `mlsd export --format mermaid` writes), starts with `flowchart` or `graph`.
  public static func isFlowchart(_ text: String) -> Bool {
    var inFrontMatter = false
    var first = true
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      defer { first = false }
      if line == "---" && (first || inFrontMatter) {
        inFrontMatter.toggle()
        continue
      }
      if inFrontMatter || line.isEmpty || line.hasPrefix("%%") { continue }
      let word = line.prefix { $0.isLetter }.lowercased()
      return word == "flowchart" || word == "graph"
    }
    return false
  }
}
