// A cursor over one line of a Mermaid file, counting columns in Unicode scalars from 1 as the
// error messages do.

struct MermaidScanner {
  let scalars: [Unicode.Scalar]
  let line: Int
  var index = 0

  init(_ text: Substring, line: Int) {
    self.scalars = Array(text.unicodeScalars)
    self.line = line
  }

  var column: Int { index + 1 }
  var atEnd: Bool { index >= scalars.count }
  var current: Unicode.Scalar? { peek(0) }

  func peek(_ offset: Int) -> Unicode.Scalar? {
    let at = index + offset
    return at >= 0 && at < scalars.count ? scalars[at] : nil
  }

  func hasPrefix(_ text: String, at start: Int? = nil) -> Bool {
    var at = start ?? index
    for scalar in text.unicodeScalars {
      guard at < scalars.count, scalars[at] == scalar else { return false }
      at += 1
    }
    return true
  }

  /// The first position at or after `start` where `text` begins.
  func find(_ text: String, from start: Int) -> Int? {
    var at = start
    while at < scalars.count {
      if hasPrefix(text, at: at) { return at }
      at += 1
    }
    return nil
  }

  mutating func skipSpaces() {
    while let scalar = current, scalar == " " || scalar == "\t" { index += 1 }
  }

  func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
    return String(view)
  }

  /// The rest of the line from the cursor.
  var rest: String { text(index..<scalars.count) }

  /// What the cursor points at, for messages: the character quoted, or "the end of the line".
  var found: String {
    guard let scalar = current else { return "the end of the line" }
    return "'" + Sanitizer.visible(String(scalar)) + "'"
  }

  /// A word of ASCII letters (and dashes inside) at the cursor, without moving.
  func word() -> String {
    var end = index
    while end < scalars.count,
      ("a"..."z").contains(scalars[end]) || ("A"..."Z").contains(scalars[end])
        || (scalars[end] == "-" && end > index)
    {
      end += 1
    }
    return text(index..<end)
  }
}
