// How many terminal columns text takes. Computed here rather than with the C library's wcwidth so
// that layout does not depend on the process locale: CJK and emoji take two columns, combining
// marks and joiners none.

public enum DisplayWidth {
  /// Columns taken by one character (a grapheme cluster): 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    var width = 0
    var sawEmojiPresentation = false
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { sawEmojiPresentation = true }
      if width == 0 { width = of(scalar) }
    }
    if sawEmojiPresentation && width == 1 && character.unicodeScalars.first!.properties.isEmoji { return 2 }
    return width
  }

  /// Columns taken by a whole string.
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Columns taken by a single scalar on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels and final consonants
    if isWide(v) { return 2 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
      0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
      0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
      0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
      0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
      0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// The longest prefix of `text` that fits in `columns`, never splitting a wide character.
  public static func prefix(_ text: String, fitting columns: Int) -> String {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let w = of(text[index])
      if used + w > columns { break }
      used += w
      end = text.index(after: index)
    }
    return String(text[..<end])
  }

  /// The longest suffix of `text` that fits in `columns`, never splitting a wide character.
  public static func suffix(_ text: String, fitting columns: Int) -> String {
    var used = 0
    var start = text.endIndex
    while start > text.startIndex {
      let before = text.index(before: start)
      let w = of(text[before])
      if used + w > columns { break }
      used += w
      start = before
    }
    return String(text[start...])
  }

  /// Text cut to `columns`, ending in "…" when it was cut; with `ascii` (a terminal that cannot
  /// show "…"), in "..." instead, so that a cut inside a longer line reads as one too.
  public static func truncate(_ text: String, to columns: Int, ascii: Bool = false) -> String {
    if of(text) <= columns { return text }
    if columns <= 0 { return "" }
    guard ascii else { return prefix(text, fitting: columns - 1) + "…" }
    if columns < 3 { return String(repeating: ".", count: columns) }
    return prefix(text, fitting: columns - 3) + "..."
  }

  /// Words wrapped into at most `maxLines` lines of `columns`; when the text goes on, the last
  /// line ends in "…".
  public static func wrap(_ text: String, to columns: Int, maxLines: Int) -> [String] {
    var lines = wrap(text, to: columns)
    guard lines.count > maxLines, maxLines > 0 else { return maxLines > 0 ? lines : [] }
    lines = Array(lines.prefix(maxLines))
    lines[maxLines - 1] = truncate(lines[maxLines - 1] + " …", to: columns)
    return lines
  }

  /// Words wrapped into lines of at most `columns`; a word longer than a line is split.
  public static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      let first = lines.count
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        let wordWidth = of(String(word))
        if wordWidth > columns {
          // A word longer than a line is cut in one pass over its characters (cutting a prefix
          // and measuring the rest again made a 40,000-character word take seconds); its last
          // piece starts the line the next words join.
          if !line.isEmpty { lines.append(line) }
          (line, lineWidth) = split(word, to: columns, into: &lines)
          continue
        }
        if lineWidth == 0 {
          line = String(word)
          lineWidth = wordWidth
        } else if lineWidth + 1 + wordWidth <= columns {
          line += " " + word
          lineWidth += 1 + wordWidth
        } else {
          lines.append(line)
          line = String(word)
          lineWidth = wordWidth
        }
      }
      // An empty paragraph is a blank line.
      if !line.isEmpty || lines.count == first { lines.append(line) }
    }
    return lines
  }

  /// Appends the pieces of `word` that fill a line of `columns` to `lines` and returns the last
  /// piece with its width. A character wider than the whole line still takes a piece of its
  /// own: cutting nothing would never end.
  private static func split(_ word: Substring, to columns: Int, into lines: inout [String]) -> (String, Int) {
    var piece = ""
    var pieceWidth = 0
    for character in word {
      let w = of(character)
      if pieceWidth + w > columns, !piece.isEmpty {
        lines.append(piece)
        piece = ""
        pieceWidth = 0
      }
      piece.append(character)
      pieceWidth += w
    }
    return (piece, pieceWidth)
  }
}
