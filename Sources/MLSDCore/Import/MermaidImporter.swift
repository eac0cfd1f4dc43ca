// Turns a parsed Mermaid flowchart into a board: valid, unique box and group ids, natural box
// sizes; the caller lays the board out. The template and notes that `%% mlsd` comments give
// (MermaidBoardComments) come with it; the caller checks that the template exists. A kind the
// file declares with a class (`:::model-registry`) is kept; no kind is guessed into the file:
// the checker reads the labels (and the arrows around each box) every time, so a better reading
// needs no re-import.

/// What an import produced: the board (not yet laid out), the flowchart's direction and notes
/// on what was skipped.
public struct MermaidImport: Sendable {
  public var board: Board
  public var direction: MermaidDirection
  public var notes: [String]
  /// The template a `%% mlsd template:` comment names, where it stands (the board carries its id).
  public var templateComment: MermaidTemplateComment?
}

public enum MermaidImporter {
  /// Parses Mermaid text and builds the board; `name` is used in messages and, without a front
  /// matter title, as the board's title.
  public static func read(_ text: String, name: String, title: String, catalogue: Catalogue) throws -> MermaidImport {
    let graph = try MermaidParser.parse(text, name: name, kindClasses: Set(catalogue.ids))
    return MermaidImport(
      board: board(from: graph, title: graph.title ?? title, catalogue: catalogue),
      direction: graph.direction, notes: graph.notes, templateComment: graph.template)
  }

  /// The board of a parsed flowchart, every box at the origin with its natural size.
  public static func board(from graph: MermaidGraph, title: String, catalogue: Catalogue) -> Board {
    var board = Board(title: title, template: graph.template?.id, notes: graph.stepNotes)
    var boxIDs: [String: String] = [:]
    var taken: Set<String> = []
    for node in graph.nodes {
      let id = unique(validID(node.id, fallback: "node"), in: &taken)
      boxIDs[node.id] = id
      let label = node.label ?? node.id
      let size = BoxSizing.naturalSize(label: label, detail: node.detail)
      board.boxes.append(
        Box(
          id: id, label: label, kind: node.kind, detail: node.detail,
          frame: GridRect(x: 0, y: 0, width: size.width, height: size.height)))
    }
    for edge in graph.edges {
      guard let from = boxIDs[edge.from], let to = boxIDs[edge.to] else { continue }
      board.arrows.append(Arrow(from: from, to: to, label: edge.label, style: edge.style))
    }
    var groupIDs: Set<String> = []
    for subgraph in graph.subgraphs {
      let id = unique(validID(subgraph.id, fallback: "group"), in: &groupIDs)
      let members = subgraph.members.compactMap { boxIDs[$0] }
      board.groups.append(Group(id: id, title: subgraph.title, boxIDs: members))
    }
    return board
  }

  /// A Mermaid id as a board id: an escaped id (see MermaidEscaping) decoded, anything else kept
  /// where the board allows it and every other run of characters turned into one dash.
  static func validID(_ raw: String, fallback: String) -> String {
    if let decoded = MermaidText.unescapedID(raw), Board.isValidID(decoded) { return decoded }
    if Board.isValidID(raw) { return raw }
    var out = ""
    for scalar in raw.unicodeScalars {
      if Board.isValidID(String(scalar)) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    out = String(out.prefix(56))
    return out.isEmpty ? fallback : out
  }

  private static func unique(_ id: String, in taken: inout Set<String>) -> String {
    var candidate = id
    var n = 2
    while taken.contains(candidate) {
      candidate = "\(id.prefix(56))-\(n)"
      n += 1
    }
    taken.insert(candidate)
    return candidate
  }
}
