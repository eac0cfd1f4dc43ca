// Small drawing helpers shared by the views: framed windows, filled rows, text with a cursor.

enum Chrome {
  /// Draws a frame with a title on its top edge and blanks its inside.
  static func window(
    _ canvas: inout Canvas, _ rect: GridRect, title: String, ascii: Bool, style: CellStyle = CellStyle(.panel)
  ) {
    canvas.fill(rect, with: Cell(" ", style: style))
    let h: Character = ascii ? "-" : "─"
    let v: Character = ascii ? "|" : "│"
    for x in rect.x...rect.maxX {
      canvas.put(h, x: x, y: rect.y, style: style)
      canvas.put(h, x: x, y: rect.maxY, style: style)
    }
    for y in rect.y...rect.maxY {
      canvas.put(v, x: rect.x, y: y, style: style)
      canvas.put(v, x: rect.maxX, y: y, style: style)
    }
    canvas.put(ascii ? "+" : "┌", x: rect.x, y: rect.y, style: style)
    canvas.put(ascii ? "+" : "┐", x: rect.maxX, y: rect.y, style: style)
    canvas.put(ascii ? "+" : "└", x: rect.x, y: rect.maxY, style: style)
    canvas.put(ascii ? "+" : "┘", x: rect.maxX, y: rect.maxY, style: style)
    if !title.isEmpty {
      canvas.put(
        cut: " \(title) ", x: rect.x + 2, y: rect.y, style: CellStyle(.panelTitle, bold: true), width: rect.width - 4,
        ascii: ascii)
    }
  }

  /// Fills one row of the canvas from `x` with `width` blank cells of a style.
  static func row(_ canvas: inout Canvas, y: Int, x: Int = 0, width: Int, style: CellStyle) {
    canvas.fill(GridRect(x: x, y: y, width: width, height: 1), with: Cell(" ", style: style))
  }

  /// Draws an edited text field with its cursor; returns the columns used.
  @discardableResult
  static func field(_ canvas: inout Canvas, _ field: TextField, x: Int, y: Int, width: Int, style: CellStyle) -> Int {
    let window = field.window(width: width)
    canvas.put(text: window.text, x: x, y: y, style: style, maxWidth: width)
    let cursorX = x + window.cursorColumn
    let under = canvas[cursorX, y]
    let character = under.text.isEmpty || under.text == " " ? " " : under.text
    canvas.put(text: character, x: cursorX, y: y, style: CellStyle(.cursor, reverse: true), maxWidth: 2)
    return max(DisplayWidth.of(window.text), window.cursorColumn + 1)
  }
}
