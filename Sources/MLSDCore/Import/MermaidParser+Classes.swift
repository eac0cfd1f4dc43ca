// `class a,b name` statements: a class named after a component kind declares the kind of the
// nodes it lists; any other class is styling, skipped with a note that names it and its nodes.

extension MermaidParser {
  /// Reads `class ID[,ID...] NAME` at the cursor: a kind class declares the nodes' kind, another
  /// class is skipped with a note. Returns false and leaves the cursor where it was when the
  /// statement is not in that form (the caller skips it with a general note).
  mutating func readClassStatement(_ scanner: inout MermaidScanner) -> Bool {
    let start = scanner.index
    scanner.index += "class".unicodeScalars.count
    scanner.skipSpaces()
    // As in Mermaid, the ids are one word: commas between them, no spaces.
    var ids = [readID(&scanner)]
    while scanner.current == ",", !(ids.last ?? "").isEmpty {
      scanner.index += 1
      ids.append(readID(&scanner))
    }
    let afterIDs = scanner.index
    scanner.skipSpaces()
    let className = readID(&scanner)
    let hadSpace = scanner.index > afterIDs + className.unicodeScalars.count
    scanner.skipSpaces()
    let ends = scanner.atEnd || scanner.current == ";" || scanner.hasPrefix("%%")
    guard ids.allSatisfy({ !$0.isEmpty }), hadSpace, ends, !className.isEmpty else {
      scanner.index = start
      return false
    }
    guard kindClasses.contains(className) else {
      graph.notes.append(skippedClassNote(className, of: ids, line: scanner.line, written: "class"))
      scanner.index = scanner.scalars.count
      return true
    }
    for id in ids {
      if let index = nodeIndex[id] {
        graph.nodes[index].kind = className
      } else {
        // Mermaid attaches a class only to nodes that exist when the statement is read.
        graph.notes.append(
          "\(name):\(scanner.line): skipped 'class' for '\(Sanitizer.visible(id))': no node of that id before this line"
        )
      }
    }
    return true
  }
}
