// The parts of a Mermaid statement: subgraph headers, nodes with their shapes, and links.

extension MermaidParser {
  /// Shape delimiters, longest opener first so that `((` is not read as `(`.
  static let shapes: [(open: String, close: [String])] = [
    ("(((", [")))"]), ("((", ["))"]), ("([", ["])"]), ("(", [")"]),
    ("[[", ["]]"]), ("[(", [")]"]), ("[/", ["/]", "\\]"]), ("[\\", ["\\]", "/]"]), ("[", ["]"]),
    ("{{", ["}}"]), ("{", ["}"]), (">", ["]"]),
  ]

  /// `subgraph id [title]`, `subgraph id ["title"]`, `subgraph "title"` or `subgraph title words`.
  mutating func readSubgraph(_ scanner: inout MermaidScanner) throws {
    scanner.skipSpaces()
    guard !scanner.atEnd, scanner.current != ";" else {
      throw error(scanner.line, scanner.column, "'subgraph' needs an id or a title")
    }
    var id: String?
    var title: String
    if scanner.current == "\"" {
      title = try quoted(&scanner)
    } else {
      let start = scanner.index
      let token = readID(&scanner)
      let afterToken = scanner.index
      scanner.skipSpaces()
      if !token.isEmpty, scanner.current == "[" {
        let open = scanner.column
        scanner.index += 1
        scanner.skipSpaces()
        if scanner.current == "\"" {
          title = try quoted(&scanner)
          scanner.skipSpaces()
          guard scanner.current == "]" else {
            throw error(scanner.line, scanner.column, "expected ']' after the subgraph title, found \(scanner.found)")
          }
        } else {
          guard let close = scanner.find("]", from: scanner.index) else {
            throw error(scanner.line, open, "unclosed '[': expected ']' before the end of the line")
          }
          title = MermaidText.trimmed(scanner.text(scanner.index..<close))
          scanner.index = close
        }
        scanner.index += 1
        id = token
      } else {
        var end = scanner.index
        while end < scanner.scalars.count, scanner.scalars[end] != ";" { end += 1 }
        title = MermaidText.trimmed(scanner.text(start..<end))
        if scanner.index == end, afterToken == end || scanner.text(afterToken..<end).allSatisfy({ $0 == " " }) {
          id = token.isEmpty ? nil : token
        }
        scanner.index = end
      }
    }
    title = MermaidText.decodeEntities(MermaidHTML.oneLine(MermaidText.stripMarkdownQuotes(title)))
    let parent = open.last
    if let parent {
      graph.notes.append(
        "\(name):\(scanner.line): subgraph inside '\(Sanitizer.visible(graph.subgraphs[parent].id))' becomes a group of its own (mlsd groups do not nest)"
      )
    }
    let subgraphID = id ?? "subgraph-\(graph.subgraphs.count + 1)"
    graph.subgraphs.append(MermaidSubgraph(id: subgraphID, title: title, parent: parent, line: scanner.line))
    open.append(graph.subgraphs.count - 1)
  }

  /// `A --> B -- text --> C & D`: node groups joined by links.
  mutating func readLinks(_ scanner: inout MermaidScanner) throws {
    var left = try readNodeGroup(&scanner)
    while true {
      let before = scanner.index
      scanner.skipSpaces()
      let line = scanner.line
      let column = scanner.column
      let start = scanner.index
      guard let link = try readLink(&scanner) else {
        scanner.index = before
        return
      }
      let written = scanner.text(start..<scanner.index)
      scanner.skipSpaces()
      let right = try readNodeGroup(&scanner)
      // A link mlsd cannot draw is in `problems`; the rest of the file is still read.
      if link.unsupported == nil {
        for from in left {
          for to in right {
            graph.edges.append(MermaidEdge(from: from, to: to, label: link.label, style: link.style))
          }
        }
        if link.headless { noteHeadless(written, from: left, to: right, line: line, column: column) }
      }
      left = right
    }
  }

  /// The note for a link without an arrowhead, which becomes an arrow the way it is written.
  mutating func noteHeadless(_ written: String, from left: [String], to right: [String], line: Int, column: Int) {
    let ids = { (ids: [String]) in ids.map { Sanitizer.visible($0) }.joined(separator: " & ") }
    let arrows = left.count * right.count == 1 ? "an arrow" : "\(left.count * right.count) arrows"
    graph.notes.append(
      "\(name):\(line):\(column): '\(Sanitizer.visible(MermaidText.trimmed(written)))' has no arrowhead; imported as "
        + "\(arrows) from \(ids(left)) to \(ids(right)) (an mlsd arrow points one way: R in the whiteboard "
        + "turns a selected arrow round)")
  }

  /// One node or several joined by `&`.
  mutating func readNodeGroup(_ scanner: inout MermaidScanner) throws -> [String] {
    var ids = [try readNode(&scanner)]
    while true {
      let before = scanner.index
      scanner.skipSpaces()
      guard scanner.current == "&" else {
        scanner.index = before
        return ids
      }
      scanner.index += 1
      scanner.skipSpaces()
      ids.append(try readNode(&scanner))
    }
  }

  /// A node id with an optional shape and label, and an optional `:::class` (a kind, or skipped).
  mutating func readNode(_ scanner: inout MermaidScanner) throws -> String {
    let line = scanner.line
    let column = scanner.column
    let id = readID(&scanner)
    guard !id.isEmpty else {
      if scanner.hasPrefix("@{") || scanner.current == "@" {
        throw error(line, column, "shape data ('@{ ... }') is not supported")
      }
      throw error(line, column, "expected a node id, found \(scanner.found)")
    }
    if scanner.hasPrefix("@{") {
      throw error(scanner.line, scanner.column, "shape data ('@{ ... }') is not supported")
    }
    var label: String?
    var shape: String?
    if let found = Self.shapes.first(where: { scanner.hasPrefix($0.open) }) {
      label = try readShape(&scanner, open: found.open, close: found.close)
      shape = found.open
    }
    var kind: String?
    if scanner.hasPrefix(":::") {
      scanner.index += 3
      let className = readID(&scanner)
      if kindClasses.contains(className) {
        kind = className
      } else {
        graph.notes.append(skippedClassNote(className, of: [id], line: line, written: ":::"))
      }
    }
    if let shape, shape != "[" {
      graph.notes.append(
        "\(name):\(line): drew node '\(Sanitizer.visible(id))' as a box: its shape "
          + "'\(shape)…\(Self.shapes.first { $0.open == shape }?.close.first ?? "")' is not imported")
    }
    let index: Int
    if let known = nodeIndex[id] {
      index = known
    } else {
      guard graph.nodes.count < Self.maxNodes else {
        throw error(line, column, "too many nodes (the limit is \(Self.maxNodes))")
      }
      graph.nodes.append(MermaidNode(id: id, label: nil, detail: nil, subgraph: nil, line: line, column: column))
      index = graph.nodes.count - 1
      nodeIndex[id] = index
    }
    if let kind { graph.nodes[index].kind = kind }
    if let label {
      let parts = MermaidHTML.lines(label).map(MermaidText.decodeEntities)
      graph.nodes[index].label = parts[0]
      // Empty lines (`<br/><br/>`) leave no gap in the detail line.
      graph.nodes[index].detail =
        parts.count > 1 ? parts.dropFirst().filter { !$0.isEmpty }.joined(separator: " ") : nil
    }
    // Mermaid puts a node into the first subgraph that mentions it, even after a top-level mention.
    if graph.nodes[index].subgraph == nil, let current = open.last {
      graph.nodes[index].subgraph = current
      graph.subgraphs[current].members.append(id)
    }
    return id
  }

  /// Letters, digits, '_' and '.', with dashes inside when no link starts there.
  func readID(_ scanner: inout MermaidScanner) -> String {
    let start = scanner.index
    while let scalar = scanner.current {
      if Self.isIDScalar(scalar) {
        scanner.index += 1
      } else if scalar == "-", let next = scanner.peek(1), Self.isIDScalar(next), next != "." {
        scanner.index += 1
      } else {
        break
      }
    }
    return scanner.text(start..<scanner.index)
  }

  static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || scalar == "_" || scalar == "."
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// The raw label between a shape's delimiters (entities still encoded).
  mutating func readShape(_ scanner: inout MermaidScanner, open: String, close: [String]) throws -> String {
    let openColumn = scanner.column
    scanner.index += open.unicodeScalars.count
    let expected = close.map { "'\($0)'" }.joined(separator: " or ")
    if scanner.current == "\"" {
      let text = MermaidText.stripMarkdownQuotes(try quoted(&scanner))
      scanner.skipSpaces()
      guard let end = close.first(where: { scanner.hasPrefix($0) }) else {
        throw error(scanner.line, scanner.column, "expected \(expected) after the quoted label, found \(scanner.found)")
      }
      scanner.index += end.unicodeScalars.count
      return text
    }
    let ends = close.compactMap { scanner.find($0, from: scanner.index) }
    guard let end = ends.min() else {
      throw error(scanner.line, openColumn, "unclosed '\(open)': expected \(expected) before the end of the line")
    }
    let text = MermaidText.trimmed(scanner.text(scanner.index..<end))
    scanner.index = end + (close.first { scanner.hasPrefix($0, at: end) } ?? close[0]).unicodeScalars.count
    return text
  }

  /// A double-quoted string at the cursor, without its quotes (Mermaid has no escapes inside).
  func quoted(_ scanner: inout MermaidScanner) throws -> String {
    let column = scanner.column
    guard let end = scanner.find("\"", from: scanner.index + 1) else {
      throw error(scanner.line, column, "unclosed '\"': expected a closing quote before the end of the line")
    }
    let text = scanner.text((scanner.index + 1)..<end)
    scanner.index = end + 1
    return text
  }

  /// The note for a class that is not a kind: which class, on which nodes, and the kind it may
  /// have meant ("did you mean 'data-source'?").
  func skippedClassNote(_ className: String, of ids: [String], line: Int, written: String) -> String {
    let nodes = ids.map { "'\(Sanitizer.visible($0))'" }.joined(separator: ", ")
    var note =
      "\(name):\(line): skipped the class '\(Sanitizer.visible(className))' of node\(ids.count == 1 ? "" : "s") \(nodes) "
      + "(styling is not imported; a class named after a component kind, such as '\(written == ":::" ? ":::" : "class id ")"
      + "model-registry', declares the box's kind)"
    if let guess = Suggest.nearest(className, among: Array(kindClasses).sorted()) {
      note += "; did you mean '\(guess)'?"
    }
    return note
  }
}
