// An Excalidraw scene of the board, to open at excalidraw.com: rectangles with bound text,
// arrows bound to the rectangles along the routed paths, group frames as dashed rectangles.

/// Writes the board as an `.excalidraw` file (`mlsd export --format excalidraw`).
public struct ExcalidrawExporter: Exporter {
  static let fontSize = 16.0
  static let lineHeight = 1.25
  /// Width of one character of the monospace font (Excalidraw's family 3) at `fontSize`.
  static let characterWidth = 9.6
  /// Arrow labels are smaller, so that one line of one (14 × 1.25 = 17.5 px) fits a grid row
  /// (`PixelLayout.cellHeight`, 18 px) and a character (8.4 px) a column (9 px): at 16 px, labels
  /// on neighbouring rows, and a label on the row below a box, overlapped each other or the box
  /// in Excalidraw (Tests/e2e/reader-excalidraw.sh on the generic reference).
  static let labelFontSize = 14.0
  static let labelCharacterWidth = 8.4

  public init() {}

  public func export(_ board: Board, context: ExportContext) -> String {
    let layout = PixelLayout(diagram: context.diagram(of: board))
    var elements: [JSONValue] = []
    var seed = 1
    func common(_ id: String, _ type: String, _ rect: PixelRect) -> [String: JSONValue] {
      seed += 1
      return [
        "id": .string(id), "type": .string(type),
        "x": .number(rect.x), "y": .number(rect.y), "width": .number(rect.width), "height": .number(rect.height),
        "angle": .int(0), "strokeColor": .string("#1e1e1e"), "backgroundColor": .string("transparent"),
        "fillStyle": .string("solid"), "strokeWidth": .int(2), "strokeStyle": .string("solid"),
        "roughness": .int(1), "opacity": .int(100), "groupIds": .array([]), "frameId": .null,
        "roundness": .null, "seed": .int(seed), "version": .int(1), "versionNonce": .int(seed * 7919),
        "isDeleted": .bool(false), "boundElements": .array([]), "updated": .int(1), "link": .null,
        "locked": .bool(false),
      ]
    }
    func text(_ id: String, _ content: String, center: PixelPoint, container: String?, small: Bool = false)
      -> JSONValue
    {
      let size = small ? Self.labelFontSize : Self.fontSize
      let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
      let characterWidth = small ? Self.labelCharacterWidth : Self.characterWidth
      let width = Double(lines.map { DisplayWidth.of(String($0)) }.max() ?? 0) * characterWidth
      let height = Double(lines.count) * size * Self.lineHeight
      var fields = common(
        id, "text", PixelRect(x: center.x - width / 2, y: center.y - height / 2, width: width, height: height))
      fields["text"] = .string(content)
      fields["originalText"] = .string(content)
      fields["fontSize"] = .number(size)
      fields["fontFamily"] = .int(3)
      fields["textAlign"] = .string("center")
      fields["verticalAlign"] = .string("middle")
      fields["containerId"] = .optional(container)
      fields["lineHeight"] = .number(Self.lineHeight)
      fields["autoResize"] = .bool(true)
      return .object(fields)
    }

    var boxElement: [String: String] = [:]
    var boxBindings: [String: [JSONValue]] = [:]
    for (index, box) in board.boxes.enumerated() { boxElement[box.id] = "box-\(index)" }

    let arrowLines = board.arrows.indices.map(layout.polyline)
    for (index, frame) in layout.frames.enumerated() {
      let r = layout.rect(frame.rect)
      let outline = FrameOutline(rect: r, arrows: arrowLines)
      if outline.isEmpty {
        var fields = common("group-\(index)", "rectangle", r)
        fields["strokeStyle"] = .string("dashed")
        fields["strokeColor"] = .string("#868e96")
        fields["strokeWidth"] = .int(1)
        elements.append(.object(fields))
      } else {
        // Arrows cross the frame: its line in pieces, left open where they cross, grouped so that
        // the frame still moves as one.
        for (part, piece) in outline.pieces(of: r).enumerated() {
          let xs = piece.map(\.x)
          let ys = piece.map(\.y)
          let minX = xs.min() ?? 0
          let minY = ys.min() ?? 0
          var fields = common(
            "group-\(index)-line-\(part)", "line",
            PixelRect(x: piece[0].x, y: piece[0].y, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY))
          fields["points"] = .array(piece.map { .array([.number($0.x - piece[0].x), .number($0.y - piece[0].y)]) })
          fields["lastCommittedPoint"] = .null
          fields["startBinding"] = .null
          fields["endBinding"] = .null
          fields["startArrowhead"] = .null
          fields["endArrowhead"] = .null
          fields["groupIds"] = .array([.string("group-\(index)")])
          fields["strokeStyle"] = .string("dashed")
          fields["strokeColor"] = .string("#868e96")
          fields["strokeWidth"] = .int(1)
          elements.append(.object(fields))
        }
      }
      let title = Self.visible(board.groups[frame.group].title)
      if !title.isEmpty {
        let width = Double(DisplayWidth.of(title)) * Self.characterWidth
        elements.append(
          text(
            "group-\(index)-title", title,
            center: PixelPoint(x: r.x + PixelLayout.cellWidth * 2 + width / 2, y: r.y - PixelLayout.cellHeight / 2),
            container: nil))
      }
    }

    var arrowElements: [JSONValue] = []
    for (index, arrow) in board.arrows.enumerated() {
      let points = layout.polyline(index)
      guard points.count >= 2, let start = boxElement[arrow.from], let end = boxElement[arrow.to] else { continue }
      let id = "arrow-\(index)"
      let xs = points.map(\.x)
      let ys = points.map(\.y)
      let minX = xs.min() ?? 0
      let minY = ys.min() ?? 0
      var fields = common(
        id, "arrow",
        PixelRect(x: points[0].x, y: points[0].y, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY))
      fields["points"] = .array(points.map { .array([.number($0.x - points[0].x), .number($0.y - points[0].y)]) })
      fields["lastCommittedPoint"] = .null
      fields["startBinding"] = .object(["elementId": .string(start), "focus": .int(0), "gap": .int(1)])
      fields["endBinding"] = .object(["elementId": .string(end), "focus": .int(0), "gap": .int(1)])
      fields["startArrowhead"] = .null
      fields["endArrowhead"] = .string("arrow")
      fields["elbowed"] = .bool(false)
      switch arrow.style {
      case .solid: break
      case .dashed: fields["strokeStyle"] = .string("dashed")
      case .thick: fields["strokeWidth"] = .int(4)
      }
      boxBindings[start, default: []].append(.object(["id": .string(id), "type": .string("arrow")]))
      if end != start { boxBindings[end, default: []].append(.object(["id": .string(id), "type": .string("arrow")])) }
      var label: JSONValue?
      if let drawn = layout.diagram.routes[index].label, let spot = layout.labelPosition(index) {
        let labelID = "arrow-\(index)-label"
        fields["boundElements"] = .array([.object(["id": .string(labelID), "type": .string("text")])])
        // The lines the text drawing writes, where it writes them; a label it cuts (past
        // LabelPlacer.maxLines) is kept whole here, wrapped the same way.
        let lines = drawn.isCut ? LabelPlacer.text(arrow.label, lines: .max) ?? drawn : drawn
        let width = Double(lines.width) * Self.labelCharacterWidth
        let middle = spot.point.y + Double(drawn.height - 1) * PixelLayout.cellHeight / 2
        let center = PixelPoint(x: spot.centered ? spot.point.x : spot.point.x + width / 2, y: middle)
        label = text(labelID, lines.lines.joined(separator: "\n"), center: center, container: id, small: true)
      }
      arrowElements.append(.object(fields))
      if let label { arrowElements.append(label) }
    }

    for (index, box) in board.boxes.enumerated() {
      let id = "box-\(index)"
      let textID = id + "-text"
      let r = layout.rect(box.frame)
      var fields = common(id, "rectangle", r)
      fields["roundness"] = .object(["type": .int(3)])
      fields["backgroundColor"] = .string("#e7f5ff")
      fields["boundElements"] = .array(
        [.object(["id": .string(textID), "type": .string("text")])] + (boxBindings[id] ?? []))
      elements.append(.object(fields))
      var content = Self.visible(box.label)
      if let detail = box.detail.map(Self.visible), !detail.isEmpty { content += "\n" + detail }
      elements.append(
        text(textID, content, center: PixelPoint(x: r.x + r.width / 2, y: r.y + r.height / 2), container: id))
    }
    elements += arrowElements

    let scene: JSONValue = .object([
      "type": .string("excalidraw"),
      "version": .int(2),
      "source": .string("mlsd"),
      "elements": .array(elements),
      "appState": .object(["viewBackgroundColor": .string("#ffffff"), "gridSize": .null]),
      "files": .object([:]),
    ])
    return scene.serialized() + "\n"
  }

  /// Text as Excalidraw shows it: control characters made visible; JSON escaping comes later.
  static func visible(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.visible(String($0)) }
      .joined(separator: "\n")
  }
}
