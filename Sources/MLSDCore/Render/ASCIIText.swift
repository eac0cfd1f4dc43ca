// Text for the ASCII character set: every character 7-bit, in the same number of columns, so that
// an ASCII drawing has the layout of the Unicode one ("..." for a cut, "?" for what has no match).

import Foundation

public enum ASCIIText {
  /// Single-column look-alikes for the typography reference designs and users write most.
  static let lookAlikes: [Character: Character] = [
    "–": "-", "—": "-", "−": "-", "‐": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"", "→": ">", "←": "<",
    "×": "x", "•": "*", "·": "-", "≤": "<", "≥": ">", "\u{00A0}": " ", "↑": "^", "↓": "v", "✗": "x",
    "✓": "+",
  ]

  /// Every line of `text` folded as `of` folds one: for output to a terminal whose locale is not
  /// UTF-8, where the multi-byte characters would show as garbage.
  public static func lines(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { of(String($0)) }.joined(separator: "\n")
  }

  /// `text` with every "…" but a last one (the mark of a cut, which `of` spells in the same
  /// columns) written "...": for text that is cut to its width only afterwards.
  static func ellipsesSpelled(_ text: String) -> String {
    guard let last = text.lastIndex(of: "…"), text[..<last].contains("…") || last != text.index(before: text.endIndex)
    else { return text }
    let cutMark = text.last == "…"
    let body = cutMark ? text.dropLast() : Substring(text)
    return body.replacingOccurrences(of: "…", with: "...") + (cutMark ? "…" : "")
  }

  /// `text` in 7-bit ASCII taking the same columns: a trailing "…" (the mark DisplayWidth.truncate
  /// leaves) becomes "...", taking the columns of the characters before it; accents are dropped;
  /// any other character becomes one "?" per column it took.
  static func of(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    var body = Substring(text)
    let cut = body.last == "…"
    if cut { body = body.dropLast() }
    var out = ""
    for character in body {
      if character.isASCII {
        out.append(character)
      } else if let plain = lookAlikes[character] {
        out.append(plain)
      } else {
        let folded = String(character).folding(options: .diacriticInsensitive, locale: nil)
        if folded.count == 1, let first = folded.first, first.isASCII {
          out.append(first)
        } else {
          out += String(repeating: "?", count: max(1, DisplayWidth.of(String(character))))
        }
      }
    }
    guard cut else { return out }
    // The "…" took one column; "..." takes three, so two more come off the text before it.
    let width = out.count + 1
    if width < 3 { return String(repeating: ".", count: width) }
    return String(out.prefix(width - 3)) + "..."
  }
}

extension Charset {
  /// Text as this character set draws it: unchanged, or 7-bit for ASCII.
  func text(_ text: String) -> String { self == .ascii ? ASCIIText.of(text) : text }
}
