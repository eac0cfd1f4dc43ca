// The board as a Graphviz digraph: boxes as nodes, groups as clusters, every string quoted.

/// Writes a DOT file (`mlsd export --format dot`); `dot -Tsvg` lays it out left to right.
public struct DotExporter: Exporter {
  public init() {}

  public func export(_ board: Board, context: ExportContext) -> String {
    var lines: [String] = ["digraph \"mlsd\" {"]
    lines.append("  graph [rankdir=LR, label=\(Self.quoted(board.title)), labelloc=t, fontname=\"Helvetica\"];")
    lines.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];")
    lines.append("  edge [fontname=\"Helvetica\", fontsize=10];")
    let grouped = Set(board.groups.flatMap(\.boxIDs))
    let boxes = Dictionary(board.boxes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for box in board.boxes where !grouped.contains(box.id) {
      lines.append("  " + node(box))
    }
    for (index, group) in board.groups.enumerated() {
      // Only the "cluster" prefix matters to Graphviz; the index keeps names unique whatever the ids.
      lines.append("  subgraph \(Self.quoted("cluster_\(index)_\(group.id)")) {")
      lines.append("    label=\(Self.quoted(group.title));")
      lines.append("    style=dashed;")
      for id in group.boxIDs {
        guard let box = boxes[id] else { continue }
        lines.append("    " + node(box))
      }
      lines.append("  }")
    }
    for arrow in board.arrows {
      var attributes: [String] = []
      if let label = arrow.label { attributes.append("label=\(Self.quoted(label))") }
      switch arrow.style {
      case .solid: break
      case .dashed: attributes.append("style=dashed")
      case .thick: attributes.append("penwidth=3")
      }
      let suffix = attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
      lines.append("  \(Self.quoted(arrow.from)) -> \(Self.quoted(arrow.to))\(suffix);")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private func node(_ box: Box) -> String {
    var label = Self.escaped(box.label)
    if let detail = box.detail { label += "\\n" + Self.escaped(detail) }
    return "\(Self.quoted(box.id)) [label=\"\(label)\"];"
  }

  /// A DOT string literal.
  static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

  /// Text for inside a DOT string. A backslash is doubled because Graphviz reads `\n`, `\l`, `\N`
  /// and friends in labels; a newline becomes `\n`; other control characters are shown visibly
  /// (Graphviz rejects some of them outright).
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": break
      default:
        if Sanitizer.isPlain(scalar) {
          out.unicodeScalars.append(scalar)
        } else {
          out += Sanitizer.visible(String(scalar))
        }
      }
    }
    return out
  }
}
