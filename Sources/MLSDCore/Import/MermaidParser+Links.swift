// Mermaid links: `-->`, `---`, `-.->`, `==>`, their longer forms, text inside the link
// (`-- text -->`) or after it (`-->|text|`).

extension MermaidParser {
  struct Link {
    var style: ArrowStyle
    var label: String?
  }

  /// The link at the cursor, or nil (cursor unmoved) when there is none.
  mutating func readLink(_ scanner: inout MermaidScanner) throws -> Link? {
    let line = scanner.line
    let column = scanner.column
    if scanner.hasPrefix("~~~") {
      throw error(line, column, "invisible links ('~~~') are not supported")
    }
    if scanner.hasPrefix("<-") || scanner.hasPrefix("<=") || scanner.hasPrefix("<.") {
      throw error(line, column, "two-way links are not supported; draw two arrows")
    }
    var link: Link
    if scanner.hasPrefix("--") {
      guard let read = try readRun(&scanner, of: "-", style: .solid) else { return nil }
      link = read
    } else if scanner.hasPrefix("==") {
      guard let read = try readRun(&scanner, of: "=", style: .thick) else { return nil }
      link = read
    } else if scanner.hasPrefix("-.") {
      link = try readDotted(&scanner)
    } else {
      return nil
    }
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
      throw error(scanner.line, column, "links with circle or cross ends ('--o', '--x') are not supported")
    }
    if count >= 3 {
      scanner.index = end
      return Link(style: style, label: nil)
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
        return Link(style: style, label: label.isEmpty ? nil : label)
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
      if end < scanner.scalars.count, scanner.scalars[end] == ">" { end += 1 }
      scanner.index = end
      return Link(style: .dashed, label: nil)
    }
    let textStart = scanner.index + 2
    guard let close = scanner.find(".-", from: textStart) else {
      throw error(scanner.line, column, "the link text after '-.' is not closed with '.->'")
    }
    var textEnd = close
    while textEnd > textStart, scanner.scalars[textEnd - 1] == "." { textEnd -= 1 }
    let label = MermaidText.decodeEntities(Self.linkText(scanner.text(textStart..<textEnd)))
    scanner.index = close + 2
    if scanner.current == ">" { scanner.index += 1 }
    return Link(style: .dashed, label: label.isEmpty ? nil : label)
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
    let label = MermaidText.splitLines(raw).map(MermaidText.decodeEntities).joined(separator: " ")
    return label.isEmpty ? nil : label
  }

  /// Link text written inside the link, trimmed, without the quotes it may have.
  private static func linkText(_ raw: String) -> String {
    let text = MermaidText.trimmed(raw)
    if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
      return MermaidText.stripMarkdownQuotes(String(text.dropFirst().dropLast()))
    }
    return MermaidText.splitLines(text).joined(separator: " ")
  }
}
