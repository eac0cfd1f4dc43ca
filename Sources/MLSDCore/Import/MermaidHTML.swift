// The HTML a Mermaid label may hold, read as mermaid.js draws it (its default security level
// keeps simple tags: they format the text): `<br>` and block tags (`<p>`, `<div>`, `<li>`...)
// break the line, formatting tags (`<b>`, `<i>`, `<span style=...>`...) leave only their text,
// `<script>` and `<style>` drop what they hold, and HTML entities (`&amp;`, `&lt;`, `&#35;`) are
// decoded. A `<` that does not open a tag HTML knows (`List<int>`, `a < b`) stays as written.

enum MermaidHTML {
  /// Tags whose text stays, inline, without them.
  static let formatting: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins", "kbd",
    "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr",
  ]
  /// Tags that start a new line of text (between text only: no empty lines).
  static let blocks: Set<String> = [
    "blockquote", "center", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p",
    "pre", "table", "td", "th", "tr", "ul",
  ]
  /// Tags whose content is dropped with them.
  static let dropped: Set<String> = ["script", "style"]

  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
  ]

  /// The label's lines: split at `<br>` (each one a line, empty ones kept, as Mermaid draws
  /// them) and between blocks, tags removed, HTML entities decoded. Mermaid's own `#name;`
  /// entities are left for `MermaidText.decodeEntities`.
  static func lines(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var blockBreak = false
    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      if scalar == "<", let tag = tag(in: scalars, at: i) {
        i = tag.end
        if tag.name == "br" {
          lines.append(String(current))
          current = String.UnicodeScalarView()
          blockBreak = false
        } else if blocks.contains(tag.name) {
          blockBreak = blockBreak || !String(current).allSatisfy(\.isWhitespace)
        } else if dropped.contains(tag.name), !tag.closing {
          i = closing(tag.name, in: scalars, from: i) ?? scalars.count
        }
        continue
      }
      if blockBreak {
        if scalar == " " || scalar == "\t" {
          i += 1
          continue
        }
        while let last = current.last, last == " " || last == "\t" { current.removeLast() }
        lines.append(String(current))
        current = String.UnicodeScalarView()
        blockBreak = false
      }
      if scalar == "&", let entity = entity(in: scalars, at: i) {
        current.append(contentsOf: entity.text.unicodeScalars)
        i = entity.end
        continue
      }
      current.append(scalar)
      i += 1
    }
    lines.append(String(current))
    return lines
  }

  /// The label on one line: its lines joined by spaces (link texts and group titles).
  static func oneLine(_ text: String) -> String {
    lines(text).joined(separator: " ")
  }

  /// A tag HTML knows at `start` (`<b>`, `</b>`, `<br/>`, `<span class="x">`): its name in lower
  /// case, whether it closes, and the index after its `>`.
  static func tag(in scalars: [Unicode.Scalar], at start: Int) -> (name: String, closing: Bool, end: Int)? {
    var i = start + 1
    let closing = i < scalars.count && scalars[i] == "/"
    if closing { i += 1 }
    var name = ""
    while i < scalars.count, scalars[i].isASCII, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])
    {
      name.unicodeScalars.append(scalars[i])
      i += 1
    }
    name = name.lowercased()
    guard formatting.contains(name) || blocks.contains(name) || dropped.contains(name) || name == "br" else {
      return nil
    }
    // Attributes up to the `>`; a `<` first means this was no tag.
    guard i < scalars.count, scalars[i] == ">" || scalars[i] == "/" || scalars[i] == " " || scalars[i] == "\t"
    else { return nil }
    while i < scalars.count, scalars[i] != ">" {
      if scalars[i] == "<" { return nil }
      i += 1
    }
    guard i < scalars.count else { return nil }
    return (name, closing, i + 1)
  }

  /// The index after the `</name>` that closes a dropped tag's content, if there is one.
  static func closing(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var i = start
    while i < scalars.count {
      if scalars[i] == "<", let tag = tag(in: scalars, at: i), tag.closing, tag.name == name { return tag.end }
      i += 1
    }
    return nil
  }

  /// An HTML entity at `start` (`&amp;`, `&#35;`, `&#x1F680;`): its text and the index after its `;`.
  static func entity(in scalars: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
    guard let semi = scalars[(start + 1)...].prefix(10).firstIndex(of: ";"), semi > start + 1 else { return nil }
    let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semi]))
    if let text = entities[body] { return (text, semi + 1) }
    guard body.hasPrefix("#") else { return nil }
    let digits = body.dropFirst()
    let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    guard let value, let scalar = Unicode.Scalar(value) else { return nil }
    return (String(scalar), semi + 1)
  }
}
