// The board as a Mermaid flowchart that GitHub renders and `mlsd import` reads back: boxes with
// quoted labels and their declared kinds as classes, groups as subgraphs, arrow styles and
// labels kept; the template and the steps' notes as `%% mlsd` comments (MermaidBoardComments).

/// Writes a `flowchart LR` (`mlsd export --format mermaid`).
public struct MermaidExporter: Exporter {
  public init() {}

  public func export(_ board: Board, context: ExportContext) -> String {
    var lines: [String] = []
    if !board.title.isEmpty {
      // Front matter gives the diagram a visible title; the value is a double-quoted YAML string.
      lines += ["---", "title: \(MermaidExporter.yamlQuoted(board.title))", "---"]
    }
    lines.append("flowchart LR")
    let nodeIDs = Dictionary(
      board.boxes.map { ($0.id, MermaidEscaping.id($0.id)) }, uniquingKeysWith: { first, _ in first })
    let taken = Set(nodeIDs.values)

    // Every node is declared at the top in board order; a subgraph then lists its members by id
    // (Mermaid moves a node into the subgraph that mentions it). Edges come after every subgraph,
    // since an edge written inside one would pull its nodes in too.
    for box in board.boxes {
      let node =
        "  \(nodeIDs[box.id] ?? box.id)[\(MermaidExporter.quoted(MermaidEscaping.label(box.label, detail: box.detail)))]"
      lines.append(node + MermaidExporter.kindClass(box, catalogue: context.catalogue))
    }
    for group in board.groups {
      var groupID = MermaidEscaping.id(group.id, prefix: MermaidEscaping.groupIDPrefix)
      if taken.contains(groupID) {
        groupID = MermaidEscaping.escaped(group.id, prefix: MermaidEscaping.groupIDPrefix)
      }
      lines.append("  subgraph \(groupID) [\(MermaidExporter.quoted(MermaidEscaping.text(group.title)))]")
      for id in group.boxIDs {
        guard let nodeID = nodeIDs[id] else { continue }
        lines.append("    " + nodeID)
      }
      lines.append("  end")
    }
    for arrow in board.arrows {
      guard let from = nodeIDs[arrow.from], let to = nodeIDs[arrow.to] else { continue }
      let link: String
      switch arrow.style {
      case .solid: link = "-->"
      case .dashed: link = "-.->"
      case .thick: link = "==>"
      }
      // Mermaid refuses an empty quoted string; an empty arrow label is written as no label.
      let text = arrow.label.map(MermaidEscaping.text) ?? ""
      let label = text.isEmpty ? "" : "|\"\(text)\"|"
      lines.append("  \(from) \(link)\(label) \(to)")
    }
    // The template and the notes, as comments mermaid.js ignores and `mlsd import` reads back.
    lines += MermaidBoardComments.lines(for: board)
    return lines.joined(separator: "\n") + "\n"
  }

  /// An escaped text in double quotes; an empty one as a single space without quotes, since
  /// mermaid.js refuses `[""]` and reads `[ ]` as an empty label (so does `mlsd import`).
  static func quoted(_ escaped: String) -> String {
    escaped.isEmpty ? " " : "\"" + escaped + "\""
  }

  /// `:::KIND` for a box that declares a catalogue kind, so that `mlsd import` declares it again.
  /// Mermaid accepts a class without a `classDef` (it only styles nothing); a kind id that its
  /// lexer would read as a keyword or could not read as a class name is left out.
  static func kindClass(_ box: Box, catalogue: Catalogue) -> String {
    guard let kind = box.kind, catalogue.kind(kind) != nil, MermaidEscaping.isSafeID(kind) else { return "" }
    return ":::" + kind
  }

  /// A YAML double-quoted scalar on one line.
  static func yamlQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default:
        // Invisible characters are escaped, and so is a combining mark right after the opening
        // quote, which would otherwise fuse with it into one character.
        let v = scalar.value
        let leadingMark = out == "\"" && scalar.properties.generalCategory == .nonspacingMark
        if !Sanitizer.isPlain(scalar) || leadingMark {
          out +=
            v < 0x100 ? "\\x" + hex(v, width: 2) : v <= 0xFFFF ? "\\u" + hex(v, width: 4) : "\\U" + hex(v, width: 8)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
