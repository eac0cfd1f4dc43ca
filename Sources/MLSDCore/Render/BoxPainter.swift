// Draws boxes (frame, centred wrapped label, detail line) and group frames (title in the top border).

struct BoxPainter {
  let charset: Charset
  let offset: GridPoint

  /// Draws one box; its text is wrapped to the inside and centred both ways.
  func paint(_ box: Box, selected: Bool, into canvas: inout Canvas) {
    let f = GridRect(
      x: box.frame.x - offset.x, y: box.frame.y - offset.y, width: box.frame.width, height: box.frame.height)
    guard f.width >= 2, f.height >= 2 else { return }
    guard f.maxX >= 0, f.maxY >= 0, f.minX < canvas.width, f.minY < canvas.height else { return }
    let style = CellStyle(selected ? .boxSelected : .box)
    canvas.fill(f.insetBy(dx: 1, dy: 1), with: Cell(" ", style: style))
    let (tl, tr, bl, br) = charset.boxCorners
    drawRectangle(
      f, corners: (tl, tr, bl, br), horizontal: charset.horizontal, vertical: charset.vertical, style: style,
      into: &canvas)

    let inner = f.width > 4 ? f.width - 4 : max(1, f.width - 2)
    let rows = f.height - 2
    guard rows > 0 else { return }
    let detailText = box.detail.map { Sanitizer.visible($0) }.flatMap { $0.isEmpty ? nil : $0 }
    var detail = detailText.map { BoxPainter.wrap($0, to: inner) } ?? []
    let labelRoom = max(1, rows - min(detail.count, detail.isEmpty ? 0 : 1))
    var label = BoxPainter.wrap(Sanitizer.visible(box.label), to: inner)
    if label.count > labelRoom {
      label = Array(label.prefix(labelRoom))
      label[labelRoom - 1] = DisplayWidth.truncate(label[labelRoom - 1] + " …", to: inner)
    }
    let detailRoom = max(0, rows - label.count)
    if detail.count > detailRoom {
      detail = Array(detail.prefix(detailRoom))
      if let last = detail.indices.last { detail[last] = DisplayWidth.truncate(detail[last] + " …", to: inner) }
    }
    let lines = label.map { ($0, style) } + detail.map { ($0, CellStyle(.detail)) }
    var y = f.minY + 1 + (rows - lines.count) / 2
    for (line, lineStyle) in lines {
      let text = charset.text(line)
      let w = Canvas.columns(of: text)
      canvas.put(text: text, x: f.minX + (f.width - w) / 2, y: y, style: lineStyle, maxWidth: f.width - 2)
      y += 1
    }
  }

  /// DisplayWidth.wrap, which a label that already fits on one line skips: printable ASCII, no
  /// more than `columns` long, words separated by single spaces (wrapping would only rejoin them).
  static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0, text.utf8.count <= columns, Canvas.isPrintableASCII(text) else {
      return DisplayWidth.wrap(text, to: columns)
    }
    var previous: UInt8 = 0x20
    for byte in text.utf8 {
      if byte == 0x20 && previous == 0x20 { return DisplayWidth.wrap(text, to: columns) }
      previous = byte
    }
    return previous == 0x20 && !text.isEmpty ? DisplayWidth.wrap(text, to: columns) : [text]
  }

  /// Draws a group's frame with its title in the top border.
  func paintFrame(_ frame: GroupFrame, into canvas: inout Canvas) {
    let r = GridRect(
      x: frame.rect.x - offset.x, y: frame.rect.y - offset.y, width: frame.rect.width, height: frame.rect.height)
    let style = CellStyle(.group)
    drawRectangle(
      r, corners: charset.frameCorners, horizontal: charset.frameHorizontal, vertical: charset.frameVertical,
      style: style, into: &canvas)
    if !frame.title.isEmpty {
      canvas.put(
        text: " " + charset.text(frame.title) + " ", x: frame.titleColumns.lowerBound - offset.x, y: r.minY,
        style: CellStyle(.group, bold: true))
    }
  }

  private func drawRectangle(
    _ r: GridRect, corners: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar),
    horizontal: Unicode.Scalar, vertical: Unicode.Scalar, style: CellStyle, into canvas: inout Canvas
  ) {
    guard r.width >= 2, r.height >= 2 else { return }
    for x in (r.minX + 1)..<r.maxX {
      canvas.put(scalar: horizontal, x: x, y: r.minY, style: style)
      canvas.put(scalar: horizontal, x: x, y: r.maxY, style: style)
    }
    for y in (r.minY + 1)..<r.maxY {
      canvas.put(scalar: vertical, x: r.minX, y: y, style: style)
      canvas.put(scalar: vertical, x: r.maxX, y: y, style: style)
    }
    canvas.put(scalar: corners.0, x: r.minX, y: r.minY, style: style)
    canvas.put(scalar: corners.1, x: r.maxX, y: r.minY, style: style)
    canvas.put(scalar: corners.2, x: r.minX, y: r.maxY, style: style)
    canvas.put(scalar: corners.3, x: r.maxX, y: r.maxY, style: style)
  }
}
