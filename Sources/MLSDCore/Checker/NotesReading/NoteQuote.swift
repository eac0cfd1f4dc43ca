// A sentence of the notes as a finding quotes it: made safe for the terminal, on one line, and
// cut at a word boundary when long.

enum NoteQuote {
  static let maximumLength = 160

  static func quote(_ sentence: NoteSentence) -> String {
    var text = Sanitizer.visible(sentence.text)
    if text.count > maximumLength {
      let cut = text.prefix(maximumLength)
      let end = cut.lastIndex(of: " ") ?? cut.endIndex
      text = String(cut[..<end]) + " …"
    }
    return "\"" + text + "\""
  }
}
