// The help overlay (`?`): every entry of the key table, grouped, scrollable.

enum HelpView {
  static func lines(_ table: KeyTable = KeyMap.table) -> [(String, CellStyle)] {
    var out: [(String, CellStyle)] = []
    for section in table.sections {
      out.append((section, CellStyle(.panelTitle, bold: true)))
      for entry in table.entries(in: section) {
        out.append(("  " + KeyCheatSheet.row(entry), CellStyle(.panel)))
      }
      out.append(("", CellStyle(.panel)))
    }
    return out
  }

  static func draw(_ canvas: inout Canvas, _ state: AppState) {
    let width = min(84, canvas.width - 2)
    let height = canvas.height - 2
    let rect = GridRect(x: (canvas.width - width) / 2, y: 1, width: width, height: height)
    Chrome.window(&canvas, rect, title: "Keys — ↑↓ scroll, any other key closes", ascii: state.ascii)
    let all = lines()
    let rows = height - 2
    let first = min(state.helpScroll, max(0, all.count - rows))
    for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
      canvas.put(cut: line.0, x: rect.x + 2, y: rect.y + 1 + i, style: line.1, width: width - 4, ascii: state.ascii)
    }
  }
}
