// What a terminal must redraw between two frames: the terminal adapter sends ncurses only these
// cells. Pure, so that "only the cells that changed" is tested here rather than on a terminal.

extension Canvas {
  /// The cells of this canvas, inside its first `columns` × `rows`, that a terminal showing
  /// `previous` must redraw, row by row: every cell but continuations when there is no previous
  /// frame or its size differs; otherwise the cells whose text or style changed, and a wide
  /// character whose continuation cell changed (its style is drawn with the character).
  public func changedCells(since previous: Canvas?, columns: Int, rows: Int) -> [GridPoint] {
    let columns = min(max(0, columns), width)
    let rows = min(max(0, rows), height)
    var out: [GridPoint] = []
    guard let previous, previous.width == width, previous.height == height else {
      for y in 0..<rows {
        for x in 0..<columns where slots[y * width + x].glyph != 0 { out.append(GridPoint(x: x, y: y)) }
      }
      return out
    }
    let simple = clusters.isEmpty && previous.clusters.isEmpty
    func same(_ i: Int) -> Bool {
      simple ? slots[i] == previous.slots[i] : sameCell(slots[i], in: previous, previous.slots[i])
    }
    for y in 0..<rows {
      let row = y * width
      for x in 0..<columns {
        let i = row + x
        guard slots[i].glyph != 0 else { continue }
        let pairChanged = x + 1 < width && slots[i + 1].glyph == 0 && !same(i + 1)
        if same(i) && !pairChanged { continue }
        out.append(GridPoint(x: x, y: y))
      }
    }
    return out
  }
}
