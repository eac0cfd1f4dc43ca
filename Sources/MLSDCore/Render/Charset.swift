// The character sets boxes and arrows are drawn with, and the glyph for each kind of cell.

/// How box frames and arrows are drawn.
public enum Charset: String, CaseIterable, Sendable { case unicode, rounded, ascii }

/// Directions a line leaves a cell by, as bits: the glyph of an arrow cell is chosen from them.
struct LineMask: OptionSet, Hashable, Sendable {
  let rawValue: UInt8
  static let north = LineMask(rawValue: 1)
  static let east = LineMask(rawValue: 2)
  static let south = LineMask(rawValue: 4)
  static let west = LineMask(rawValue: 8)

  /// The bit for a grid direction (0 east, 1 south, 2 west, 3 north).
  static func direction(_ d: Int) -> LineMask {
    switch d & 3 {
    case 0: .east
    case 1: .south
    case 2: .west
    default: .north
    }
  }
}

extension Charset {
  /// Box corners: top-left, top-right, bottom-left, bottom-right; then horizontal and vertical.
  var boxCorners: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) {
    switch self {
    case .unicode: ("┌", "┐", "└", "┘")
    case .rounded: ("╭", "╮", "╰", "╯")
    case .ascii: ("+", "+", "+", "+")
    }
  }
  var horizontal: Unicode.Scalar { self == .ascii ? "-" : "─" }
  var vertical: Unicode.Scalar { self == .ascii ? "|" : "│" }

  /// Group frames are lighter than boxes so that a frame never reads as a box.
  var frameCorners: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) {
    switch self {
    case .unicode: ("┌", "┐", "└", "┘")
    case .rounded: ("╭", "╮", "╰", "╯")
    case .ascii: (".", ".", "'", "'")
    }
  }
  var frameHorizontal: Unicode.Scalar { self == .ascii ? "-" : "┄" }
  var frameVertical: Unicode.Scalar { self == .ascii ? ":" : "┆" }

  /// The arrowhead pointing in grid direction `d` (0 east, 1 south, 2 west, 3 north).
  func arrowhead(_ d: Int) -> Unicode.Scalar {
    switch (self, d & 3) {
    case (.ascii, 0): ">"
    case (.ascii, 1): "v"
    case (.ascii, 2): "<"
    case (.ascii, _): "^"
    case (_, 0): "▶"
    case (_, 1): "▼"
    case (_, 2): "◀"
    default: "▲"
    }
  }

  /// The line glyph for a cell whose arrows leave it in the directions of `mask`.
  func line(_ mask: LineMask, style: ArrowStyle) -> Unicode.Scalar {
    let horizontalOnly = mask.isSubset(of: [.east, .west])
    let verticalOnly = mask.isSubset(of: [.north, .south])
    if self == .ascii {
      if mask.isEmpty { return " " }
      if horizontalOnly { return style == .thick ? "=" : "-" }
      if verticalOnly { return "|" }
      return "+"
    }
    if mask.isEmpty { return " " }
    if horizontalOnly {
      switch style {
      case .solid: return "─"
      case .dashed: return "╌"
      case .thick: return "━"
      }
    }
    if verticalOnly {
      switch style {
      case .solid: return "│"
      case .dashed: return "╎"
      case .thick: return "┃"
      }
    }
    let rounded = self == .rounded
    switch mask {
    case [.east, .south]: return rounded ? "╭" : "┌"
    case [.west, .south]: return rounded ? "╮" : "┐"
    case [.north, .east]: return rounded ? "╰" : "└"
    case [.north, .west]: return rounded ? "╯" : "┘"
    case [.north, .east, .south]: return "├"
    case [.north, .west, .south]: return "┤"
    case [.east, .west, .south]: return "┬"
    case [.east, .west, .north]: return "┴"
    default: return "┼"
    }
  }

  /// The box border glyph where an arrow leaves a box side facing direction `d`.
  func attach(_ d: Int) -> Unicode.Scalar? {
    if self == .ascii { return nil }
    switch d & 3 {
    case 0: return "├"
    case 1: return "┬"
    case 2: return "┤"
    default: return "┴"
    }
  }
}
