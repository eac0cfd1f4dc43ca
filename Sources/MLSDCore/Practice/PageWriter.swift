// A canvas written top to bottom that grows as lines are added: the review page is as tall as its content.

/// A canvas that grows downwards as lines are added to it.
struct PageWriter {
  let width: Int
  /// Whether the terminal can only show ASCII: the page's own typography is spelled out then.
  let ascii: Bool
  var row = 0
  private(set) var canvas: Canvas

  init(width: Int, ascii: Bool = false) {
    self.width = width
    self.ascii = ascii
    canvas = Canvas(width: width, height: 0)
  }

  mutating func line(_ parts: [(String, CellStyle)]) {
    grow(to: row + 1)
    var x = 0
    for (text, style) in parts {
      x += canvas.put(cut: plain(text), x: x, y: row, style: style, width: max(0, width - x), ascii: ascii)
    }
    row += 1
  }

  mutating func blank() { line([]) }

  /// Text wrapped to the width, each line after the first indented under the first's text.
  /// With `maxLines`, the text stops there and its last line ends in "…".
  mutating func wrapped(_ text: String, style: CellStyle, indent: Int = 0, first: String = "", maxLines: Int? = nil) {
    let first = plain(first)
    let lead = DisplayWidth.of(first)
    let room = max(1, width - indent - lead)
    var pieces = DisplayWidth.wrap(plain(Sanitizer.visible(text)), to: room)
    if let maxLines, pieces.count > maxLines, maxLines > 0 {
      pieces = Array(pieces.prefix(maxLines))
      pieces[maxLines - 1] = plain(DisplayWidth.truncate(pieces[maxLines - 1] + " …", to: room))
    }
    for (index, piece) in pieces.enumerated() {
      grow(to: row + 1)
      if index == 0 && !first.isEmpty { canvas.put(text: first, x: indent, y: row, style: style) }
      canvas.put(text: piece, x: indent + lead, y: row, style: style, maxWidth: room)
      row += 1
    }
  }

  mutating func put(_ text: String, x: Int, y: Int, style: CellStyle, maxWidth: Int) {
    grow(to: y + 1)
    canvas.put(cut: plain(text), x: x, y: y, style: style, width: maxWidth, ascii: ascii)
  }

  /// Copies a picture in, cut at `maxWidth` columns.
  mutating func place(_ picture: Canvas, x: Int, y: Int, maxWidth: Int) {
    grow(to: y + picture.height)
    var clipped = Canvas(width: min(picture.width, max(0, maxWidth)), height: picture.height)
    clipped.blit(picture, x: 0, y: 0)
    // A wide character cut in half at the edge would leave a stray half; blank it.
    for row in 0..<clipped.height where clipped.width > 0 && clipped.width < picture.width {
      if picture[clipped.width, row].isContinuation { clipped[clipped.width - 1, row] = .blank }
    }
    canvas.blit(clipped, x: x, y: y)
  }

  /// The page's arrows, dashes and marks in ASCII when the terminal needs it; other text as it is.
  func plain(_ text: String) -> String {
    guard ascii else { return text }
    var out = ""
    for character in text {
      switch character {
      case "→": out += "->"
      case "—": out += "-"
      case "·": out += "-"
      case "…": out += "..."
      case "✗": out += "x"
      case "✓": out += "+"
      case "“", "”": out += "\""
      default: out.append(character)
      }
    }
    return out
  }

  private mutating func grow(to height: Int) {
    guard height > canvas.height else { return }
    var bigger = Canvas(width: width, height: height)
    bigger.blit(canvas, x: 0, y: 0)
    canvas = bigger
  }
}
