// The comments of a YAML file, counted so that a save can say it does not keep them: the board
// is written from the model (`BoardEncoder`), which holds no comment. A comment is a `#` at the
// start of a line or after a space, outside a quoted string and outside a block of text
// (`|`, `>`); mlsd's own first line (`BoardEncoder.header`) is not counted.

public enum YAMLComments {
  /// How many lines of `text` hold a comment.
  public static func count(in text: String) -> Int {
    var count = 0
    // The indentation of the key whose block of text the lines are in, if any.
    var blockParent: Int?
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let indent = line.prefix { $0 == " " }.count
      let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
      if let parent = blockParent {
        if blank || indent > parent { continue }
        blockParent = nil
      }
      if number == 0 && line + "\n" == BoardEncoder.header { continue }
      let (comment, code) = split(line)
      if comment { count += 1 }
      if opensBlock(code) { blockParent = indent }
    }
    return count
  }

  /// Whether the line holds a comment, and the line before the comment.
  static func split(_ line: Substring) -> (Bool, Substring) {
    var quote: Character?
    var previous: Character = " "
    var lastMark: Character = ":"  // the last character not a space: where a quoted string may start
    var escaped = false
    for index in line.indices {
      let c = line[index]
      if let open = quote {
        if escaped {
          escaped = false
        } else if open == "\"" && c == "\\" {
          escaped = true
        } else if c == open {
          quote = nil
        }
      } else if c == "#" && (previous == " " || previous == "\t" || index == line.startIndex) {
        return (true, line[..<index])
      } else if (c == "\"" || c == "'") && ":-[{,?".contains(lastMark)
        && (previous == " " || ":-[{,".contains(previous))
      {
        quote = c
      }
      if c != " " && c != "\t" { lastMark = c }
      previous = c
    }
    return (false, line)
  }

  /// Whether the line (its comment cut off) ends in a block scalar's indicator: `key: |`,
  /// `- >-`, `key: |2+`.
  static func opensBlock(_ code: Substring) -> Bool {
    var text = code
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    while let last = text.last, last == "-" || last == "+" || last.isNumber { text.removeLast() }
    guard let last = text.last, last == "|" || last == ">" else { return false }
    text.removeLast()
    guard let before = text.last, before == " " || before == "\t" else { return text.isEmpty }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return text.last == ":" || text.last == "-"
  }
}
