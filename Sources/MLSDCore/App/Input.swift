// What the terminal adapter hands the app: keys, mouse events and size changes, already decoded.

/// One key press, decoded from the terminal into names the key map understands.
public enum Key: Hashable, Sendable {
  /// A printable character (letters, digits, punctuation, any Unicode text).
  case char(Character)
  /// Ctrl plus a letter, given in lower case: Ctrl-S is `.ctrl("s")`.
  case ctrl(Character)
  case enter, escape, backspace, delete, tab, backTab
  case up, down, left, right
  case shiftUp, shiftDown, shiftLeft, shiftRight
  case home, end, pageUp, pageDown
  case function(Int)
}

/// A mouse event at a screen cell (0-based).
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press, release, drag, wheelUp, wheelDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int
  /// Seconds on the app clock when the event arrived (double-clicks are measured with it).
  public var time: Double

  public init(_ kind: Kind, x: Int, y: Int, time: Double = 0) {
    self.kind = kind
    self.x = x
    self.y = y
    self.time = time
  }
}

/// A direction on the grid.
public enum Direction: Hashable, Sendable, CaseIterable {
  case up, down, left, right

  public var delta: (dx: Int, dy: Int) {
    switch self {
    case .up: (0, -1)
    case .down: (0, 1)
    case .left: (-1, 0)
    case .right: (1, 0)
    }
  }

  /// The direction of an arrow key (plain, Shift or vi letters), if it is one.
  public init?(key: Key) {
    switch key {
    case .up, .shiftUp, .char("k"), .char("K"): self = .up
    case .down, .shiftDown, .char("j"), .char("J"): self = .down
    case .left, .shiftLeft, .char("h"), .char("H"): self = .left
    case .right, .shiftRight, .char("l"), .char("L"): self = .right
    default: return nil
    }
  }

  /// Whether the key asks for the larger step (Shift, or the capital vi letter).
  public static func isLarge(_ key: Key) -> Bool {
    switch key {
    case .shiftUp, .shiftDown, .shiftLeft, .shiftRight, .char("K"), .char("J"), .char("H"), .char("L"): true
    default: false
    }
  }
}
