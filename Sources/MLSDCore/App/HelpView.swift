// The help overlay (`?`): every entry of the key table, grouped, scrollable; a meaning longer
// than the window is wrapped under itself, never cut.

enum HelpView {
  /// The overlay's lines; with `width`, an entry wider than that goes on over more lines, each
  /// continuation indented to where the meanings start.
  static func lines(_ table: KeyTable = KeyMap.table, width: Int? = nil) -> [(String, CellStyle)] {
    var out: [(String, CellStyle)] = []
    for section in table.sections {
      out.append((section, CellStyle(.panelTitle, bold: true)))
      for entry in table.entries(in: section) {
        let row = "  " + KeyCheatSheet.row(entry)
        guard let width, DisplayWidth.of(row) > width else {
          out.append((row, CellStyle(.panel)))
          continue
        }
        let head = "  " + entry.keys.padding(toWidth: KeyCheatSheet.keyColumn - 1) + " "
        let indent = DisplayWidth.of(head)
        let parts = DisplayWidth.wrap(entry.help, to: max(12, width - indent))
        for (i, part) in parts.enumerated() {
          out.append(((i == 0 ? head : String(repeating: " ", count: indent)) + part, CellStyle(.panel)))
        }
      }
      out.append(("", CellStyle(.panel)))
    }
    return out
  }

  /// The first line shown when the help is scrolled to its end on a screen of this size.
  static func lastScroll(screenWidth: Int, screenHeight: Int) -> Int {
    max(0, lines(width: min(84, screenWidth - 2) - 4).count - (screenHeight - 4))
  }

  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    let width = min(84, canvas.width - 2)
    let height = canvas.height - 2
    let rect = GridRect(x: (canvas.width - width) / 2, y: 1, width: width, height: height)
    Chrome.window(&canvas, rect, title: "Keys — ↑↓ scroll, any other key closes", ascii: state.ascii)
    let all = lines(width: width - 4)
    let rows = height - 2
    let first = min(state.helpScroll, max(0, all.count - rows))
    for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
      canvas.put(cut: line.0, x: rect.x + 2, y: rect.y + 1 + i, style: line.1, width: width - 4, ascii: state.ascii)
    }
  }
}
