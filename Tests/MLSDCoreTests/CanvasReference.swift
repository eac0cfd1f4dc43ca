// The canvas as it was before it stored compact slots: an array of `Cell`s, text read back one
// String at a time. Kept as the oracle that the fast canvas must match cell for cell and line for
// line (CanvasTests).
@testable import MLSDCore

struct CanvasReference {
  private(set) var width: Int
  private(set) var height: Int
  private(set) var cells: [Cell]

  init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  subscript(x: Int, y: Int) -> Cell {
    get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
    set {
      guard contains(x: x, y: y) else { return }
      cells[y * width + x] = newValue
    }
  }

  @discardableResult
  mutating func put(_ character: Character, x: Int, y: Int, style: CellStyle) -> Int {
    guard y >= 0, y < height else { return DisplayWidth.of(character) }
    var character = character
    if !character.unicodeScalars.allSatisfy(Sanitizer.isPlain) {
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

  @discardableResult
  mutating func put(text: String, x: Int, y: Int, style: CellStyle, maxWidth: Int? = nil) -> Int {
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

  mutating func fill(_ rect: GridRect, with cell: Cell) {
    for y in max(0, rect.y)..<max(max(0, rect.y), min(height, rect.y + rect.height)) {
      for x in max(0, rect.x)..<max(max(0, rect.x), min(width, rect.x + rect.width)) {
        cells[y * width + x] = cell
      }
    }
  }

  mutating func blit(_ other: CanvasReference, x: Int, y: Int) {
    for row in 0..<other.height {
      for column in 0..<other.width {
        let cell = other[column, row]
        if contains(x: x + column, y: y + row) { self[x + column, y + row] = cell }
      }
    }
  }

  func lines() -> [String] {
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

  func text() -> String {
    var rows = lines()
    while let last = rows.last, last.isEmpty { rows.removeLast() }
    return rows.joined(separator: "\n")
  }

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
