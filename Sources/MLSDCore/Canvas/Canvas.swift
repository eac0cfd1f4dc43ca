// A grid of styled cells that knows display width: the screen and the text exports both draw
// into it, so what you see is what you export. Wide characters (CJK, emoji) take two cells: the
// first holds the character, the second is a continuation that holds nothing.

/// One cell of the grid.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown in the cell; empty for the right half of a wide character.
  public var text: String
  public var style: CellStyle

  public init(_ text: String = " ", style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }

  public static let blank = Cell()
}

public struct Canvas: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: fill, count: self.width * self.height)
  }

  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  public subscript(x: Int, y: Int) -> Cell {
    get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
    set {
      guard contains(x: x, y: y) else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Puts one character at (x, y), keeping wide characters whole: a wide character that does not
  /// fit before the right edge is not drawn, and overwriting half of a wide character blanks the
  /// other half. Control characters are made visible first. Returns the columns used.
  @discardableResult
  public mutating func put(_ character: Character, x: Int, y: Int, style: CellStyle) -> Int {
    guard y >= 0, y < height else { return DisplayWidth.of(character) }
    var character = character
    if !character.unicodeScalars.allSatisfy(Sanitizer.isPlain) {
      // A single unsafe character becomes its visible form, drawn as text.
      return put(text: Sanitizer.visible(String(character)), x: x, y: y, style: style)
    }
    var w = DisplayWidth.of(character)
    if w == 0 {
      character = " "
      w = 1
    }
    guard x >= 0, x + w <= width else { return w }
    clearHalf(x: x, y: y)
    if w == 2 { clearHalf(x: x + 1, y: y) }
    cells[y * width + x] = Cell(String(character), style: style)
    if w == 2 { cells[y * width + x + 1] = Cell("", style: style) }
    return w
  }

  /// Writes text from (x, y) to the right, cut at `maxWidth` columns if given. Control
  /// characters are made visible. Returns the columns used.
  @discardableResult
  public mutating func put(text: String, x: Int, y: Int, style: CellStyle, maxWidth: Int? = nil) -> Int {
    let safe = Sanitizer.visible(text)
    let limit = maxWidth ?? Int.max
    var column = 0
    for character in safe {
      let w = max(1, DisplayWidth.of(character))
      if column + w > limit { break }
      column += put(character, x: x + column, y: y, style: style)
    }
    return column
  }

  /// Fills a rectangle with one cell.
  public mutating func fill(_ rect: GridRect, with cell: Cell) {
    for y in max(0, rect.y)..<min(height, rect.y + rect.height) {
      for x in max(0, rect.x)..<min(width, rect.x + rect.width) {
        cells[y * width + x] = cell
      }
    }
  }

  /// Copies another canvas onto this one with its top-left at (x, y).
  public mutating func blit(_ other: Canvas, x: Int, y: Int) {
    for row in 0..<other.height {
      for column in 0..<other.width {
        let cell = other[column, row]
        if contains(x: x + column, y: y + row) { self[x + column, y + row] = cell }
      }
    }
  }

  /// The rows as text, continuation cells skipped and trailing spaces removed.
  public func lines() -> [String] {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width {
        let cell = cells[row * width + column]
        if !cell.isContinuation { line += cell.text }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// The whole canvas as text, one line per row, trailing blank rows removed.
  public func text() -> String {
    var rows = lines()
    while let last = rows.last, last.isEmpty { rows.removeLast() }
    return rows.joined(separator: "\n")
  }

  /// Blanks the other half of a wide character when one half is overwritten.
  private mutating func clearHalf(x: Int, y: Int) {
    guard contains(x: x, y: y) else { return }
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
      cells[index] = Cell(" ", style: cells[index].style)
    } else if DisplayWidth.of(cells[index].text.first ?? " ") == 2, x + 1 < width {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
  }
}
