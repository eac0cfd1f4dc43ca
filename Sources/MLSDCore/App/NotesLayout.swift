// The notes editor's text cut into screen rows (soft wrap at spaces), with the cursor's place on
// screen, and the way back from a screen row and column to a place in the text.

/// The notes text cut into screen rows of fewer than `width` columns (at spaces when a row has
/// one, else anywhere), and the cursor's row and column on screen.
struct NotesLayout {
  /// Where a screen row comes from: a line of the text and the character offsets it shows.
  struct Origin: Hashable {
    var line: Int
    var start: Int
    var end: Int
    var isLastOfLine: Bool
  }

  var rows: [String] = []
  var origins: [Origin] = []
  var cursorRow = 0
  var cursorColumn = 0

  init(area: TextArea, width: Int) {
    let limit = max(2, width - 1)
    for (index, line) in area.lines.enumerated() {
      // Offsets in the line where each screen row starts.
      var starts = [0]
      var start = 0
      var used = 0
      var offset = 0
      while offset < line.count {
        let w = DisplayWidth.of(line[offset])
        if used + w > limit && offset > start {
          var breakAt = offset
          if let space = line[start..<offset].lastIndex(of: " "), space > start { breakAt = space + 1 }
          starts.append(breakAt)
          start = breakAt
          used = DisplayWidth.of(String(line[start..<offset]))
        }
        used += w
        offset += 1
      }
      let first = rows.count
      for (n, rowStart) in starts.enumerated() {
        let last = n + 1 == starts.count
        let end = last ? line.count : starts[n + 1]
        rows.append(String(line[rowStart..<end]))
        origins.append(Origin(line: index, start: rowStart, end: end, isLastOfLine: last))
      }
      if index == area.row {
        let n = starts.lastIndex { $0 <= area.column } ?? 0
        cursorRow = first + n
        cursorColumn = DisplayWidth.of(String(line[starts[n]..<area.column]))
      }
    }
  }

  /// The place in the text shown at a screen row and column (clamped to the row's text).
  func place(row: Int, column: Int, in area: TextArea) -> (line: Int, offset: Int) {
    let origin = origins[max(0, min(row, origins.count - 1))]
    let line = area.lines[origin.line]
    // A wrapped row's last offset is the next row's first: stop one short of it.
    let end = origin.isLastOfLine ? origin.end : max(origin.start, origin.end - 1)
    var used = 0
    var offset = origin.start
    while offset < end {
      let w = DisplayWidth.of(line[offset])
      if used + w > column { break }
      used += w
      offset += 1
    }
    return (origin.line, offset)
  }
}
