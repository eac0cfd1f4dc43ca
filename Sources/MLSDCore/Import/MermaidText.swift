// Reading text back from Mermaid: entity codes (#quot;, #35;), Markdown string backticks, and the
// escaped ids MermaidEscaping writes (the HTML inside labels is MermaidHTML's).

enum MermaidText {
  /// Named entities Mermaid users write; numeric ones (#35;) are decoded for any code point.
  static let named: [String: String] = [
    "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{A0}", "num": "#",
    "colon": ":", "semi": ";", "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]", "lbrace": "{",
    "rbrace": "}", "vert": "|", "grave": "`", "bsol": "\\", "percnt": "%",
  ]

  /// The text with `#name;` and `#123;` replaced; anything else stays as written.
  static func decodeEntities(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if scalars[i] == "#", let semi = scalars[(i + 1)...].prefix(12).firstIndex(of: ";"), semi > i + 1 {
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[(i + 1)..<semi])
        let name = String(body)
        if let value = UInt32(name), let scalar = Unicode.Scalar(value) {
          out.append(scalar)
          i = semi + 1
          continue
        }
        if let replacement = named[name.lowercased()] {
          out.append(contentsOf: replacement.unicodeScalars)
          i = semi + 1
          continue
        }
      }
      out.append(scalars[i])
      i += 1
    }
    return String(out)
  }

  /// The text without spaces and tabs at either end (Mermaid ignores them around labels).
  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    var slice = Substring(text)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }

  /// A quoted Markdown string ("`**bold**`") as its words: without its backticks and its
  /// emphasis marks (MermaidMarkdown).
  static func stripMarkdownQuotes(_ text: String) -> String {
    if text.count >= 2, text.hasPrefix("`"), text.hasSuffix("`") {
      return MermaidMarkdown.plain(String(text.dropFirst().dropLast()))
    }
    return text
  }

  /// The board id an escaped Mermaid id stands for, or nil when it is not an escaped id.
  static func unescapedID(_ id: String) -> String? {
    if id.hasPrefix(MermaidEscaping.readableIDPrefix) {
      let rest = String(id.dropFirst(MermaidEscaping.readableIDPrefix.count))
      return rest.isEmpty ? nil : rest
    }
    for prefix in [MermaidEscaping.boxIDPrefix, MermaidEscaping.groupIDPrefix] where id.hasPrefix(prefix) {
      let hex = Array(id.dropFirst(prefix.count))
      guard !hex.isEmpty, hex.count % 2 == 0 else { return nil }
      var bytes: [UInt8] = []
      var i = 0
      while i < hex.count {
        guard let byte = UInt8(String(hex[i...i + 1]), radix: 16) else { return nil }
        bytes.append(byte)
        i += 2
      }
      return String(validating: bytes, as: UTF8.self)
    }
    return nil
  }
}
