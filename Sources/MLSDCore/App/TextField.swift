// A one-line text being edited: the text, a cursor, and the editing keys of every serious editor.

/// Single-line text editing with a cursor counted in characters (grapheme clusters).
public struct TextField: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// Cursor position: 0 is before the first character, `characters.count` after the last.
  public private(set) var cursor: Int

  /// The whole text is selected: the first character typed replaces it, Backspace or Delete
  /// clears it, and a move of the cursor keeps it to edit (a detail the app filled in).
  public private(set) var isSelected = false

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// A field whose text, when there is one, is selected.
  public static func selected(_ text: String) -> TextField {
    var field = TextField(text)
    field.isSelected = !text.isEmpty
    return field
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// Applies an editing key; returns false when the key is not an editing key (Enter, Esc...).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    if isSelected {
      isSelected = false
      switch key {
      case .char, .backspace, .ctrl("h"), .delete, .ctrl("d"):
        characters = []
        cursor = 0
        if case .char = key { break }
        return true
      default: break
      }
    }
    switch key {
    case .char(let c):
      insert(c)
    case .left, .ctrl("b"):
      cursor = max(0, cursor - 1)
    case .right, .ctrl("f"):
      cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"):
      cursor = 0
    case .end, .ctrl("e"):
      cursor = characters.count
    case .backspace, .ctrl("h"):
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete, .ctrl("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .ctrl("u"):
      characters.removeFirst(cursor)
      cursor = 0
    case .ctrl("k"):
      characters.removeLast(characters.count - cursor)
    case .ctrl("w"):
      deleteWordBackwards()
    default:
      return false
    }
    return true
  }

  public mutating func insert(_ character: Character) {
    // Line breaks and tabs have no place in a one-line field.
    let c: Character = character.isNewline || character == "\t" ? " " : character
    characters.insert(c, at: cursor)
    cursor += 1
  }

  public mutating func insert(_ text: String) {
    for c in text { insert(c) }
  }

  private mutating func deleteWordBackwards() {
    var start = cursor
    while start > 0, characters[start - 1] == " " { start -= 1 }
    while start > 0, characters[start - 1] != " " { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// The visible part of the text for a field `width` columns wide, and the cursor column in it:
  /// the text scrolls so that the cursor stays visible.
  public func window(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    var start = 0
    var widthBeforeCursor = DisplayWidth.of(String(characters[0..<cursor]))
    while widthBeforeCursor > width - 1, start < cursor {
      widthBeforeCursor -= DisplayWidth.of(characters[start])
      start += 1
    }
    let visible = DisplayWidth.prefix(String(characters[start...]), fitting: width)
    return (visible, widthBeforeCursor)
  }
}
