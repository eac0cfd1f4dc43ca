// A standalone SVG picture of the board: boxes, group frames, routed arrows with arrowheads and
// labels, laid out on the same grid as the terminal (one cell = 9 × 18 pixels).

/// Writes the board as SVG (`mlsd export --format svg`).
public struct SVGExporter: Exporter {
  public init() {}

  public func export(_ board: Board, context: ExportContext) -> String {
    let layout = PixelLayout(diagram: context.diagram(of: board))
    let w = JSONValue.format(layout.width)
    let h = JSONValue.format(layout.height)
    var out: [String] = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        + " font-family=\"ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace\" font-size=\"15\">",
      "  <title>\(Self.escaped(board.title))</title>",
      "  <defs>",
      "    <marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
        + " orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">",
      "      <path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333333\"/>",
      "    </marker>",
      "  </defs>",
      "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
    ]
    let arrowLines = board.arrows.indices.map(layout.polyline)
    out.append("  <g class=\"groups\">")
    for frame in layout.frames {
      let r = layout.rect(frame.rect)
      // The line runs through the middle of the frame's top and bottom rows, left open where an
      // arrow crosses it (`FrameOutline`).
      let line = PixelRect(
        x: r.x, y: r.y + PixelLayout.cellHeight / 2, width: r.width, height: r.height - PixelLayout.cellHeight)
      let outline = FrameOutline(rect: line, arrows: arrowLines)
      let pieces = outline.pieces(of: line)
      // Closed only when whole: an outline with one gap is one piece too, and "Z" would close it.
      let path = pieces.map { piece in
        "M " + piece.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " L ") + (outline.isEmpty ? " Z" : "")
      }.joined(separator: " ")
      out.append(
        "    <path class=\"frame\" d=\"\(path)\" fill=\"none\" stroke=\"#8a8a8a\" stroke-dasharray=\"6 4\"/>")
      let title = board.groups[frame.group].title
      if !frame.title.isEmpty {
        let x = layout.rect(GridRect(x: frame.titleColumns.lowerBound, y: frame.rect.y, width: 1, height: 1)).x
        out.append(
          "    <text x=\"\(n(x + PixelLayout.cellWidth))\" y=\"\(n(r.y + 13))\" font-weight=\"bold\""
            + " fill=\"#555555\" stroke=\"#ffffff\" stroke-width=\"6\" paint-order=\"stroke\">\(Self.escaped(frame.title))<title>\(Self.escaped(title))</title></text>"
        )
      }
    }
    out.append("  </g>")
    out.append("  <g class=\"arrows\" fill=\"none\" stroke=\"#333333\">")
    for (index, arrow) in board.arrows.enumerated() {
      let points = layout.polyline(index)
      guard points.count >= 2 else { continue }
      let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
      var attributes = "stroke-width=\"\(arrow.style == .thick ? "3" : "1.5")\""
      if arrow.style == .dashed { attributes += " stroke-dasharray=\"6 4\"" }
      out.append("    <polyline points=\"\(list)\" \(attributes) marker-end=\"url(#arrowhead)\"/>")
    }
    out.append("  </g>")
    out.append("  <g class=\"boxes\">")
    for box in board.boxes {
      out.append(contentsOf: self.box(box, layout: layout))
    }
    out.append("  </g>")
    // A white halo behind each label keeps it legible where it crosses a line. Labels go where
    // the text drawing writes them (a loose one too); one it only notes is left out here as well.
    out.append(
      "  <g class=\"labels\" fill=\"#1f4e79\" font-size=\"13\" stroke=\"#ffffff\" stroke-width=\"4\""
        + " stroke-linejoin=\"round\" paint-order=\"stroke\">")
    for index in layout.diagram.routes.indices where index < board.arrows.count {
      guard let (text, spot) = layout.drawnLabel(index) else { continue }
      let anchor = spot.centered ? " text-anchor=\"middle\"" : ""
      // One <text> per line, a row apart, as the terminal drawing writes them.
      for (row, line) in text.lines.enumerated() {
        let y = spot.point.y + 5 + Double(row) * PixelLayout.cellHeight
        out.append("    <text x=\"\(n(spot.point.x))\" y=\"\(n(y))\"\(anchor)>\(Self.escaped(line))</text>")
      }
    }
    out.append("  </g>")
    out.append("</svg>")
    return out.joined(separator: "\n") + "\n"
  }

  private func box(_ box: Box, layout: PixelLayout) -> [String] {
    let r = layout.rect(box.frame)
    var out = [
      "    <g class=\"box\" id=\"\(Self.escaped("box-" + box.id))\">",
      "      <rect x=\"\(n(r.x + 2))\" y=\"\(n(r.y + 4))\" width=\"\(n(r.width - 4))\" height=\"\(n(r.height - 8))\""
        + " rx=\"4\" fill=\"#f4f8fc\" stroke=\"#1f2d3d\" stroke-width=\"1.5\"/>",
    ]
    let (label, detail) = PixelLayout.lines(of: box)
    let rows = max(1, box.frame.height - 2)
    let total = label.count + detail.count
    var row = box.frame.y + 1 + (rows - total) / 2
    let centerX = r.x + r.width / 2
    for (index, line) in (label + detail).enumerated() {
      let y = layout.rect(GridRect(x: box.frame.x, y: row, width: 1, height: 1)).y + 13
      let style = index < label.count ? "fill=\"#1f2d3d\"" : "fill=\"#5a6b7d\" font-size=\"13\""
      out.append(
        "      <text x=\"\(n(centerX))\" y=\"\(n(y))\" text-anchor=\"middle\" \(style)>\(Self.escaped(line))</text>")
      row += 1
    }
    out.append("    </g>")
    return out
  }

  private func n(_ value: Double) -> String { JSONValue.format(value) }

  /// Text for XML content and attributes: markup characters as entities, and characters XML 1.0
  /// forbids (most controls) shown visibly, since a parser rejects the whole file over one.
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += " "
      default:
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
          out += Sanitizer.visible(String(scalar))
        } else if !Sanitizer.isPlain(scalar) {
          // Bidi overrides and invisible characters as references: the file shows them, the
          // browser still gets the original text.
          out += "&#x" + String(v, radix: 16, uppercase: true) + ";"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
