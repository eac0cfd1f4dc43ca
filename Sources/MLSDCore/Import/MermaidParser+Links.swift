// Mermaid links: `-->`, `---`, `-.->`, `==>`, their longer forms, text inside the link
// (`-- text -->`) or after it (`-->|text|`). A link without an arrowhead (`---`, `-.-`, `===`)
// becomes an arrow the way it is written, with a note: an mlsd arrow always has a direction.
// Links mlsd cannot draw (two-way, circle or cross ends, invisible) are read past and reported
// together when the file is read, so one run names them all.

extension MermaidParser {
  struct Link {
    var style: ArrowStyle
    var label: String?
    /// No arrowhead: `---`, `-.-`, `===`.
    var headless = false
    /// Why mlsd cannot draw this link, when it cannot.
    var unsupported: String? = nil
  }

  static let twoWay = "two-way links are not supported; draw two arrows"
  static let circleOrCross = "links with circle or cross ends ('--o', '--x', 'o--o', 'x--x') are not supported"
  static let invisible = "invisible links ('~~~') are not supported"

  /// The link at the cursor, or nil (cursor unmoved) when there is none. A link mlsd cannot draw
  /// is read all the same, its problem kept in `problems`.
  mutating func readLink(_ scanner: inout MermaidScanner) throws -> Link? {
    let line = scanner.line
    let column = scanner.column
    if scanner.hasPrefix("~~~") {
      while scanner.current == "~" { scanner.index += 1 }
      problems.append(error(line, column, Self.invisible))
      return Link(style: .solid, label: nil, unsupported: Self.invisible)
    }
    // An end mark before the line: `<-->`, `o--o`, `x--x`.
    var startMark: String?
    if let first = scanner.current, let next = scanner.peek(1) {
      if first == "<", next == "-" || next == "=" || next == "." {
        startMark = Self.twoWay
      } else if first == "o" || first == "x", next == "-" || next == "=",
        scanner.peek(2) == "-" || scanner.peek(2) == "=" || scanner.peek(2) == "."
      {
        startMark = Self.circleOrCross
      }
    }
    let start = scanner.index
    if startMark != nil { scanner.index += 1 }
    var link: Link
    if scanner.hasPrefix("--") {
      guard let read = try readRun(&scanner, of: "-", style: .solid) else {
        scanner.index = start
        return nil
      }
      link = read
    } else if scanner.hasPrefix("==") {
      guard let read = try readRun(&scanner, of: "=", style: .thick) else {
        scanner.index = start
        return nil
      }
      link = read
    } else if scanner.hasPrefix("-.") {
      link = try readDotted(&scanner)
    } else {
      scanner.index = start
      return nil
    }
    if let startMark { link.unsupported = startMark }
    if let problem = link.unsupported { problems.append(error(line, column, problem)) }
    let before = scanner.index
    scanner.skipSpaces()
    if scanner.current == "|" {
      link.label = try readPipeLabel(&scanner)
    } else {
      scanner.index = before
    }
    return link
  }

  /// `-->`, `---`, `==>`, `===` (any length), or `-- text -->` / `== text ==>`.
  private mutating func readRun(_ scanner: inout MermaidScanner, of mark: Unicode.Scalar, style: ArrowStyle) throws
    -> Link?
  {
    let column = scanner.column
    var end = scanner.index
    while scanner.scalars.indices.contains(end), scanner.scalars[end] == mark { end += 1 }
    let count = end - scanner.index
    let next = end < scanner.scalars.count ? scanner.scalars[end] : nil
    if next == ">" {
      scanner.index = end + 1
      return Link(style: style, label: nil)
    }
    if next == "o" || next == "x", count >= 2,
      end + 1 >= scanner.scalars.count || !Self.isIDScalar(scanner.scalars[end + 1])
    {
      scanner.index = end + 1
      return Link(style: style, label: nil, unsupported: Self.circleOrCross)
    }
    if count >= 3 {
      scanner.index = end
      return Link(style: style, label: nil, headless: true)
    }
    // Exactly two marks: the text of the link follows, up to a closing run of the same mark.
    let markText = String(mark)
    var at = end
    while let found = scanner.find(markText + markText, from: at) {
      var runEnd = found
      while runEnd < scanner.scalars.count, scanner.scalars[runEnd] == mark { runEnd += 1 }
      let closesWithHead = runEnd < scanner.scalars.count && scanner.scalars[runEnd] == ">"
      if closesWithHead || runEnd - found >= 3 {
        let label = MermaidText.decodeEntities(Self.linkText(scanner.text(end..<found)))
        scanner.index = closesWithHead ? runEnd + 1 : runEnd
        return Link(style: style, label: label.isEmpty ? nil : label, headless: !closesWithHead)
      }
      at = runEnd
    }
    let closing = mark == "-" ? "-->" : "==>"
    throw error(scanner.line, column, "the link text after '\(markText)\(markText)' is not closed with '\(closing)'")
  }

  /// `-.->`, `-.-`, `-..->` or `-. text .->`.
  private mutating func readDotted(_ scanner: inout MermaidScanner) throws -> Link {
    let column = scanner.column
    var end = scanner.index + 1
    while end < scanner.scalars.count, scanner.scalars[end] == "." { end += 1 }
    if end < scanner.scalars.count, scanner.scalars[end] == "-" {
      end += 1
      let after = end < scanner.scalars.count ? scanner.scalars[end] : nil
      if after == "o" || after == "x", end + 1 >= scanner.scalars.count || !Self.isIDScalar(scanner.scalars[end + 1]) {
        scanner.index = end + 1
        return Link(style: .dashed, label: nil, unsupported: Self.circleOrCross)
      }
      scanner.index = after == ">" ? end + 1 : end
      return Link(style: .dashed, label: nil, headless: after != ">")
    }
    let textStart = scanner.index + 2
    guard let close = scanner.find(".-", from: textStart) else {
      throw error(scanner.line, column, "the link text after '-.' is not closed with '.->'")
    }
    var textEnd = close
    while textEnd > textStart, scanner.scalars[textEnd - 1] == "." { textEnd -= 1 }
    let label = MermaidText.decodeEntities(Self.linkText(scanner.text(textStart..<textEnd)))
    scanner.index = close + 2
    let head = scanner.current == ">"
    if head { scanner.index += 1 }
    return Link(style: .dashed, label: label.isEmpty ? nil : label, headless: !head)
  }

  /// `|text|` or `|"text"|` after a link.
  private func readPipeLabel(_ scanner: inout MermaidScanner) throws -> String? {
    let column = scanner.column
    scanner.index += 1
    scanner.skipSpaces()
    var raw: String
    if scanner.current == "\"" {
      raw = MermaidText.stripMarkdownQuotes(try quoted(&scanner))
      scanner.skipSpaces()
      guard scanner.current == "|" else {
        throw error(scanner.line, scanner.column, "expected '|' after the quoted link text, found \(scanner.found)")
      }
    } else {
      guard let close = scanner.find("|", from: scanner.index) else {
        throw error(scanner.line, column, "unclosed '|': the link text needs a closing '|'")
      }
      raw = MermaidText.trimmed(scanner.text(scanner.index..<close))
      scanner.index = close
    }
    scanner.index += 1
    let label = MermaidText.decodeEntities(MermaidHTML.oneLine(raw))
    return label.isEmpty ? nil : label
  }

  /// Link text written inside the link, trimmed, without the quotes it may have.
  private static func linkText(_ raw: String) -> String {
    let text = MermaidText.trimmed(raw)
    if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
      return MermaidHTML.oneLine(MermaidText.stripMarkdownQuotes(String(text.dropFirst().dropLast())))
    }
    return MermaidHTML.oneLine(text)
  }
}
