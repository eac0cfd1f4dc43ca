// `class a,b name` statements: a class named after a component kind declares the kind of the
// nodes it lists; any other class is styling, which the caller skips with a note.

extension MermaidParser {
  /// Reads `class ID[,ID...] KIND` at the cursor, where KIND is a kind class. Returns false and
  /// leaves the cursor where it was when the statement is not in that form.
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
    guard ids.allSatisfy({ !$0.isEmpty }), hadSpace, ends, kindClasses.contains(className) else {
      scanner.index = start
      return false
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
