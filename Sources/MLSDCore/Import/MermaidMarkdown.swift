// The Markdown a Mermaid Markdown string ("`**Bold** text`") may hold: mermaid.js draws bold and
// italics, so the import keeps the words without their `*` and `_` marks. The marks pair as in
// CommonMark, simplified: a run opens when a non-space follows it and closes when a non-space
// precedes it, and an underscore never opens or closes inside a word (`feature_store_v2`).
// A mark with no partner stays as written.

enum MermaidMarkdown {
  /// A run of one mark, where it sits among the pieces and how many marks are still unmatched.
  private struct Run {
    var mark: Character
    var piece: Int
    var count: Int
  }

  /// The text without the emphasis marks that pair up.
  static func plain(_ text: String) -> String {
    let characters = Array(text)
    guard characters.contains(where: { $0 == "*" || $0 == "_" }) else { return text }
    var pieces: [String] = []
    var openers: [Run] = []
    var i = 0
    while i < characters.count {
      let mark = characters[i]
      guard mark == "*" || mark == "_" else {
        var end = i
        while end < characters.count, characters[end] != "*", characters[end] != "_" { end += 1 }
        pieces.append(String(characters[i..<end]))
        i = end
        continue
      }
      var end = i
      while end < characters.count, characters[end] == mark { end += 1 }
      let before = i > 0 ? characters[i - 1] : nil
      let after = end < characters.count ? characters[end] : nil
      let inWord = mark == "_" && (before.map(isWordCharacter) ?? false) && (after.map(isWordCharacter) ?? false)
      let canOpen =
        !inWord && after.map { !$0.isWhitespace } == true && !(mark == "_" && before.map(isWordCharacter) == true)
      let canClose =
        !inWord && before.map { !$0.isWhitespace } == true && !(mark == "_" && after.map(isWordCharacter) == true)
      var count = end - i
      pieces.append(String(repeating: mark, count: count))
      let index = pieces.count - 1
      if canClose, let at = openers.lastIndex(where: { $0.mark == mark }) {
        let used = min(count, openers[at].count)
        pieces[openers[at].piece].removeLast(used)
        pieces[index].removeLast(used)
        count -= used
        openers[at].count -= used
        openers.removeSubrange((openers[at].count == 0 ? at : at + 1)...)
      }
      if canOpen, count > 0 { openers.append(Run(mark: mark, piece: index, count: count)) }
      i = end
    }
    return pieces.joined()
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
