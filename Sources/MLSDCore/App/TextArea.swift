// A multi-line text being edited (a step's notes): lines, a cursor, and the editing keys.

/// Multi-line text editing. The cursor is a line and a character offset in that line.
public struct TextArea: Hashable, Sendable {
  public private(set) var lines: [[Character]]
  public private(set) var row: Int
  public private(set) var column: Int

  public init(_ text: String = "") {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  /// Applies an editing key; returns false when the key is not an editing key.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
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
