// Reads a Mermaid flowchart into a MermaidGraph. Every construct mlsd cannot represent is an
// error at its line and column, except styling and interaction lines, which are skipped with a
// note: they change how a chart looks, not what it says.
import Foundation

/// Parses `flowchart`/`graph` text (`mlsd import`).
public struct MermaidParser {
  /// Most nodes an import creates, as for board files.
  public static let maxNodes = BoardDecoder.maxBoxes

  static let diagramTypes = [
    "sequenceDiagram", "classDiagram", "stateDiagram", "stateDiagram-v2", "erDiagram", "gantt", "pie",
    "journey", "mindmap", "timeline", "gitGraph", "quadrantChart", "requirementDiagram", "C4Context",
    "sankey-beta", "xychart-beta", "block-beta", "packet-beta", "kanban", "architecture-beta",
  ]
  static let skippedKeywords = ["classDef", "class", "style", "linkStyle", "click", "accTitle", "accDescr"]

  let name: String
  /// Class names that declare a node's component kind: the catalogue's kind ids.
  let kindClasses: Set<String>
  var graph = MermaidGraph()
  var open: [Int] = []
  var nodeIndex: [String: Int] = [:]
  /// Links mlsd cannot draw, reported together once the whole file is read.
  var problems: [LoadError] = []

  /// The flowchart in `text`; `name` is the file name used in messages. A class named in
  /// `kindClasses` declares the kind of the nodes it is attached to; other classes are styling,
  /// skipped with a note.
  /// Links mlsd cannot draw come out all at once (a `LoadErrors`, or a `LoadError` when there is
  /// one problem in all), with an error that stopped the reading after them.
  public static func parse(_ text: String, name: String, kindClasses: Set<String> = []) throws -> MermaidGraph {
    var parser = MermaidParser(name: name, kindClasses: kindClasses)
    do {
      try parser.run(text)
    } catch let error as LoadError {
      throw reported(parser.problems + [error])
    }
    if !parser.problems.isEmpty { throw reported(parser.problems) }
    return parser.graph
  }

  /// One problem as itself, several together.
  static func reported(_ problems: [LoadError]) -> any Error {
    problems.count == 1 ? problems[0] : LoadErrors(problems)
  }

  init(name: String, kindClasses: Set<String> = []) {
    self.name = name
    self.kindClasses = kindClasses
  }

  func error(_ line: Int, _ column: Int, _ message: String) -> LoadError {
    LoadError(file: name, line: line, column: column, message: message)
  }

  mutating func run(_ text: String) throws {
    // "\r\n" is one Character in Swift, so Windows line ends are folded before splitting.
    // Editors on Windows often start a file with a byte-order mark; it is not part of the text.
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    var number = 0
    if let first = lines.first, MermaidText.trimmed(first) == "---" {
      number = try readFrontMatter(lines)
    }
    var sawHeader = false
    while number < lines.count {
      var scanner = MermaidScanner(lines[number], line: number + 1)
      number += 1
      scanner.skipSpaces()
      if scanner.atEnd || scanner.hasPrefix("%%") { continue }
      if !sawHeader {
        try readHeader(&scanner)
        sawHeader = true
      }
      try readStatements(&scanner)
    }
    if !sawHeader {
      throw error(max(1, lines.count), 1, "no flowchart here: expected 'flowchart LR' or 'graph TD'")
    }
    if let last = open.last {
      let subgraph = graph.subgraphs[last]
      throw error(subgraph.line, 1, "subgraph '\(Sanitizer.visible(subgraph.id))' is never closed with 'end'")
    }
    for subgraph in graph.subgraphs {
      if let index = nodeIndex[subgraph.id] {
        let node = graph.nodes[index]
        throw error(
          node.line, node.column,
          "'\(Sanitizer.visible(subgraph.id))' is a subgraph; links to a subgraph are not supported, link to a node inside it"
        )
      }
    }
  }

  /// Reads `---` front matter (only its `title:` matters) and returns the line after it.
  mutating func readFrontMatter(_ lines: [Substring]) throws -> Int {
    for number in 1..<lines.count {
      let line = lines[number]
      if MermaidText.trimmed(line) == "---" { return number + 1 }
      if line.hasPrefix("title:") {
        graph.title = Self.yamlScalar(String(line.dropFirst("title:".count)))
      }
    }
    throw error(1, 1, "the front matter that starts here is not closed with '---'")
  }

  /// A one-line YAML scalar as front matter writes it: plain, single- or double-quoted.
  static func yamlScalar(_ raw: String) -> String {
    let text = MermaidText.trimmed(raw)
    if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") {
      return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
    }
    guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
    var out = String.UnicodeScalarView()
    var scalars = Array(text.unicodeScalars.dropFirst().dropLast())[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let escape = scalars.popFirst() else {
        out.append(scalar)
        continue
      }
      switch escape {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "x", "u", "U":
        let digits = escape == "x" ? 2 : escape == "u" ? 4 : 8
        let hex = String(String.UnicodeScalarView(scalars.prefix(digits)))
        if hex.count == digits, let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
          out.append(decoded)
          scalars = scalars.dropFirst(digits)
        } else {
          out.append(escape)
        }
      default: out.append(escape)
      }
    }
    return String(out)
  }

  /// The first statement: `flowchart DIR` or `graph DIR`.
  mutating func readHeader(_ scanner: inout MermaidScanner) throws {
    let word = scanner.word()
    if Self.diagramTypes.contains(where: { $0.lowercased() == word.lowercased() }) {
      throw error(
        scanner.line, scanner.column,
        "'\(word)' diagrams are not supported; mlsd imports flowcharts ('flowchart LR' or 'graph TD')")
    }
    guard ["flowchart", "graph", "flowchart-elk"].contains(word.lowercased()) else {
      let shown = word.isEmpty ? scanner.found : "'\(word)'"
      throw error(scanner.line, scanner.column, "expected 'flowchart' or 'graph' first, found \(shown)")
    }
    scanner.index += word.unicodeScalars.count
    scanner.skipSpaces()
    let directionWord = scanner.word()
    if !directionWord.isEmpty {
      guard let direction = MermaidDirection(rawValue: directionWord.uppercased()) else {
        throw error(
          scanner.line, scanner.column,
          "unknown direction '\(directionWord)' (one of TD, TB, LR, RL, BT)")
      }
      graph.direction = direction
      scanner.index += directionWord.unicodeScalars.count
    } else if let symbol = scanner.current, "<>^v".unicodeScalars.contains(symbol) {
      throw error(scanner.line, scanner.column, "write the direction as TD, TB, LR, RL or BT")
    }
  }

  /// Statements separated by `;` until the end of the line.
  mutating func readStatements(_ scanner: inout MermaidScanner) throws {
    while true {
      scanner.skipSpaces()
      if scanner.atEnd || scanner.hasPrefix("%%") { return }
      if scanner.current == ";" {
        scanner.index += 1
        continue
      }
      try readStatement(&scanner)
      scanner.skipSpaces()
      if scanner.atEnd || scanner.hasPrefix("%%") { return }
      guard scanner.current == ";" else {
        throw error(
          scanner.line, scanner.column, "unexpected \(scanner.found) after the statement" + Self.linkHint(scanner))
      }
    }
  }

  /// For an arrow written as other languages write it ("a -> b", "a => b", "a → b"), the link
  /// Mermaid has for it; nothing for anything else.
  static func linkHint(_ scanner: MermaidScanner) -> String {
    if scanner.hasPrefix("->") { return ": a link is written '-->' (two dashes), as in A --> B" }
    if scanner.hasPrefix("=>") { return ": a thick link is written '==>', as in A ==> B" }
    if scanner.hasPrefix("→") { return ": write the arrow '-->', as in A --> B" }
    return ""
  }

  mutating func readStatement(_ scanner: inout MermaidScanner) throws {
    let word = scanner.word()
    let after = scanner.peek(word.unicodeScalars.count)
    let standsAlone = after == nil || after == " " || after == "\t" || after == ";" || after == ":"
    if standsAlone, word == "class", readClassStatement(&scanner) { return }
    if standsAlone, let keyword = Self.skippedKeywords.first(where: { $0 == word }) {
      graph.notes.append("\(name):\(scanner.line): skipped '\(keyword)' (styling and interaction are not imported)")
      scanner.index = scanner.scalars.count
      return
    }
    if standsAlone, word == "direction" {
      graph.notes.append(
        "\(name):\(scanner.line): skipped 'direction' inside a subgraph (the whole board is laid out one way)")
      scanner.index = scanner.scalars.count
      return
    }
    if standsAlone, word == "subgraph" {
      scanner.index += word.unicodeScalars.count
      return try readSubgraph(&scanner)
    }
    if standsAlone, word == "end" {
      guard open.popLast() != nil else {
        throw error(scanner.line, scanner.column, "'end' without a 'subgraph' to close")
      }
      scanner.index += 3
      return
    }
    if scanner.hasPrefix("graph ") || scanner.hasPrefix("flowchart ") {
      throw error(scanner.line, scanner.column, "a second '\(word)' line; one file holds one flowchart")
    }
    try readLinks(&scanner)
  }
}
