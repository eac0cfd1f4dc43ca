// Writes a board as YAML with a fixed key and element order, so that saving an unchanged board
// gives the same bytes and a small edit gives a small diff. The form is the one `mlsd new --help`
// shows people who write a board by hand (`BoardFormatExample`): list items indented under their
// key, a box as a block of keys (id, label, detail, kind, at, size), an arrow and a group on one
// line each in braces, so that the first save of a hand-written file changes only what the board
// changed (and the `at`/`size` of boxes the file did not place).
import Yams

public enum BoardEncoder {
  static let header = "# mlsd board: boxes, arrows, groups and notes for the seven steps.\n"

  public static func encode(_ board: Board) -> String {
    let body = encodeBody(board, includeVersion: true)
    return header + indentingLists(serialize(body))
  }

  /// The top-level keys whose lists are written indented under them.
  static let listKeys: Set<Substring> = ["boxes:", "arrows:", "groups:"]

  /// YAML text with the items of the top-level `boxes`, `arrows` and `groups` lists two spaces
  /// in (the emitter writes them at the key's column). Every line of such a list moves alike, so
  /// what it reads as is unchanged; a blank line, which may lie inside a block of text, stays
  /// blank.
  static func indentingLists(_ text: String) -> String {
    var inList = false
    var out: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let first = line.first, first != " ", first != "-" {
        inList = listKeys.contains(line)
      } else if inList && !line.isEmpty {
        out.append("  " + line)
        continue
      }
      out.append(line)
    }
    return out.joined(separator: "\n")
  }

  /// The board as a YAML mapping (templates embed a reference design without the version line).
  public static func encodeBody(_ board: Board, includeVersion: Bool) -> Node {
    var pairs: [(Node, Node)] = []
    if includeVersion { pairs.append(("mlsd", Node(String(Board.formatVersion), Tag(.int)))) }
    pairs.append(("title", text(board.title)))
    if let template = board.template { pairs.append(("template", text(template))) }
    pairs.append(("boxes", Node(board.boxes.map(box))))
    pairs.append(("arrows", Node(board.arrows.map(arrow))))
    if !board.groups.isEmpty { pairs.append(("groups", Node(board.groups.map(group)))) }
    if !board.notes.isEmpty {
      pairs.append(("notes", Node(board.notes.filledSteps.map { (Node($0.rawValue), text(board.notes[$0])) })))
    }
    return Node(pairs)
  }

  /// YAML text of a node: block style, unlimited width, Unicode kept as it is.
  public static func serialize(_ node: Node) -> String {
    // The emitter only fails on impossible input (it is handed nodes this file built).
    (try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)) ?? ""
  }

  private static func box(_ box: Box) -> Node {
    var pairs: [(Node, Node)] = [("id", text(box.id)), ("label", text(box.label))]
    if let detail = box.detail { pairs.append(("detail", text(detail))) }
    if let kind = box.kind { pairs.append(("kind", text(kind))) }
    pairs.append(("at", numbers([box.frame.x, box.frame.y])))
    pairs.append(("size", numbers([box.frame.width, box.frame.height])))
    return Node(pairs)
  }

  private static func arrow(_ arrow: Arrow) -> Node {
    var pairs: [(Node, Node)] = [("from", text(arrow.from, inFlow: true)), ("to", text(arrow.to, inFlow: true))]
    if let label = arrow.label { pairs.append(("label", text(label, inFlow: true))) }
    if arrow.style != .solid { pairs.append(("style", text(arrow.style.rawValue, inFlow: true))) }
    return Node(pairs, Tag(.map), .flow)
  }

  private static func group(_ group: Group) -> Node {
    Node(
      [
        (Node("id"), text(group.id, inFlow: true)), (Node("title"), text(group.title, inFlow: true)),
        (Node("boxes"), Node(group.boxIDs.map { text($0, inFlow: true) }, Tag(.seq), .flow)),
      ], Tag(.map), .flow)
  }

  private static func numbers(_ values: [Int]) -> Node {
    Node(values.map { Node(String($0), Tag(.int)) }, Tag(.seq), .flow)
  }

  /// A string node that reads back as the same string: multi-line text as a literal block,
  /// anything YAML would read as another type (numbers, booleans, null) or that cannot stand
  /// plain where it is (`inFlow`: inside braces, where a comma ends it) in double quotes, as
  /// people write them (the emitter's own choice is single quotes).
  static func text(_ value: String, inFlow: Bool = false) -> Node {
    if value.contains("\n") {
      return Node(value, Tag(.str), .literal)
    }
    let node = Node.scalar(value.represented())
    return standsPlain(value) || !emitterQuotes(node, inFlow: inFlow) ? node : Node(value, Tag(.str), .doubleQuoted)
  }

  /// Words of letters and digits with single spaces between them, which no YAML reader takes for
  /// anything but a string: the emitter writes them as they are (no need to ask it).
  static func standsPlain(_ value: String) -> Bool {
    guard let first = value.first, first.isLetter, value.last?.isLetter == true || value.last?.isNumber == true,
      !value.contains("  "), !yamlWords.contains(value.lowercased())
    else { return false }
    return value.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " }
  }

  /// Words YAML 1.1 or 1.2 readers take for booleans or null.
  static let yamlWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null"]

  /// Whether the emitter would quote this scalar as the value of a key in a block mapping, or
  /// in a flow mapping.
  static func emitterQuotes(_ node: Node, inFlow: Bool) -> Bool {
    let probe = Node([(Node("k"), node)], Tag(.map), inFlow ? .flow : .block)
    let written = serialize(probe)
    return written.hasPrefix(inFlow ? "{k: '" : "k: '") || written.hasPrefix(inFlow ? "{k: \"" : "k: \"")
  }
}
