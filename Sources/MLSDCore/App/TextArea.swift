// A multi-line text being edited (a step's notes): lines, a cursor, the editing keys, and its
// own undo and redo (Ctrl-Z, Ctrl-Y or Ctrl-R): the board's undo only sees the notes when the
// editor closes, and a slip of Ctrl-K in a long note must not cost the note.

/// Multi-line text editing. The cursor is a line and a character offset in that line.
public struct TextArea: Hashable, Sendable {
  public private(set) var lines: [[Character]]
  public private(set) var row: Int
  public private(set) var column: Int
  /// Texts and cursors before each edit (a run of typed characters is one step), and after each undo.
  private var past: [Snapshot] = []
  private var future: [Snapshot] = []
  private var typing = false
  /// Undo steps kept.
  static let undoLimit = 500

  private struct Snapshot: Hashable, Sendable {
    var lines: [[Character]]
    var row: Int
    var column: Int
  }

  public init(_ text: String = "") {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  public var canUndo: Bool { !past.isEmpty }
  public var canRedo: Bool { !future.isEmpty }

  /// Applies an editing key (Ctrl-Z undoes, Ctrl-Y and Ctrl-R redo); returns false when the key
  /// is not an editing key.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .ctrl("z"):
      if let previous = past.popLast() {
        future.append(snapshot)
        restore(previous)
      }
      return true
    case .ctrl("y"), .ctrl("r"):
      if let next = future.popLast() {
        past.append(snapshot)
        restore(next)
      }
      return true
    default: break
    }
    let before = snapshot
    let handled = apply(key)
    guard lines != before.lines else {
      // A cursor move ends a run of typing: the next character starts a new undo step.
      typing = false
      return handled
    }
    let isTyping: Bool
    if case .char = key { isTyping = true } else { isTyping = false }
    if !(isTyping && typing) {
      past.append(before)
      if past.count > TextArea.undoLimit { past.removeFirst() }
    }
    future.removeAll()
    typing = isTyping
    return handled
  }

  private var snapshot: Snapshot { Snapshot(lines: lines, row: row, column: column) }

  private mutating func restore(_ state: Snapshot) {
    lines = state.lines
    row = state.row
    column = state.column
    typing = false
  }

  private mutating func apply(_ key: Key) -> Bool {
    switch key {
    case .char(let c):
      insert(c)
    case .enter:
      newLine()
    case .tab:
      for _ in 0..<2 { insert(" ") }
    case .left:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .right:
      if column < lines[row].count {
        column += 1
      } else if row < lines.count - 1 {
        row += 1
        column = 0
      }
    case .up:
      if row > 0 {
        row -= 1
        column = min(column, lines[row].count)
      } else {
        column = 0
      }
    case .down:
      if row < lines.count - 1 {
        row += 1
        column = min(column, lines[row].count)
      } else {
        column = lines[row].count
      }
    case .home, .ctrl("a"):
      column = 0
    case .end, .ctrl("e"):
      column = lines[row].count
    case .pageUp:
      row = max(0, row - 10)
      column = min(column, lines[row].count)
    case .pageDown:
      row = min(lines.count - 1, row + 10)
      column = min(column, lines[row].count)
    case .backspace, .ctrl("h"):
      backspace()
    case .delete, .ctrl("d"):
      deleteForward()
    case .ctrl("k"):
      if column < lines[row].count {
        lines[row].removeLast(lines[row].count - column)
      } else {
        deleteForward()
      }
    default:
      return false
    }
    return true
  }

  /// Inserts pasted text at the cursor as one undo step; its line breaks start new lines.
  public mutating func paste(_ text: String) {
    guard !text.isEmpty else { return }
    past.append(snapshot)
    if past.count > TextArea.undoLimit { past.removeFirst() }
    future.removeAll()
    typing = false
    // Built line by line rather than a character at a time, so that a long paste into the
    // middle of a line does not move the rest of the line once per character.
    let rest = Array(lines[row][column...])
    var current = Array(lines[row][..<column])
    var added: [[Character]] = []
    for character in text {
      if character.isNewline {
        added.append(current)
        current = []
      } else {
        current.append(character == "\t" ? " " : character)
      }
    }
    column = current.count
    added.append(current + rest)
    lines.replaceSubrange(row...row, with: added)
    row += added.count - 1
  }

  public mutating func insert(_ character: Character) {
    if character.isNewline {
      newLine()
      return
    }
    lines[row].insert(character == "\t" ? " " : character, at: column)
    column += 1
  }

  private mutating func newLine() {
    let rest = Array(lines[row][column...])
    lines[row].removeLast(rest.count)
    lines.insert(rest, at: row + 1)
    row += 1
    column = 0
  }

  private mutating func backspace() {
    if column > 0 {
      lines[row].remove(at: column - 1)
      column -= 1
    } else if row > 0 {
      let line = lines.remove(at: row)
      row -= 1
      column = lines[row].count
      lines[row].append(contentsOf: line)
    }
  }

  private mutating func deleteForward() {
    if column < lines[row].count {
      lines[row].remove(at: column)
    } else if row < lines.count - 1 {
      let next = lines.remove(at: row + 1)
      lines[row].append(contentsOf: next)
    }
  }

  /// Puts the cursor on a line at a character offset, both clamped to the text.
  public mutating func moveCursor(row: Int, column: Int) {
    self.row = max(0, min(row, lines.count - 1))
    self.column = max(0, min(column, lines[self.row].count))
  }

  /// Display column of the cursor within its line.
  public var cursorDisplayColumn: Int { DisplayWidth.of(String(lines[row][0..<column])) }
}
