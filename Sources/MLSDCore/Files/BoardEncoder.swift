// Writes a board as YAML with a fixed key and element order, so that saving an unchanged board
// gives the same bytes and a small edit gives a small diff.
import Yams

public enum BoardEncoder {
  static let header = "# mlsd board: boxes, arrows, groups and notes for the seven steps.\n"

  public static func encode(_ board: Board) -> String {
    let body = encodeBody(board, includeVersion: true)
    return header + serialize(body)
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
    if let kind = box.kind { pairs.append(("kind", text(kind))) }
    if let detail = box.detail { pairs.append(("detail", text(detail))) }
    pairs.append(("at", numbers([box.frame.x, box.frame.y])))
    pairs.append(("size", numbers([box.frame.width, box.frame.height])))
    return Node(pairs)
  }

  private static func arrow(_ arrow: Arrow) -> Node {
    var pairs: [(Node, Node)] = [("from", text(arrow.from)), ("to", text(arrow.to))]
    if let label = arrow.label { pairs.append(("label", text(label))) }
    if arrow.style != .solid { pairs.append(("style", text(arrow.style.rawValue))) }
    return Node(pairs)
  }

  private static func group(_ group: Group) -> Node {
    Node([
      (Node("id"), text(group.id)), (Node("title"), text(group.title)),
      (Node("boxes"), Node(group.boxIDs.map(text), Tag(.seq), .flow)),
    ])
  }

  private static func numbers(_ values: [Int]) -> Node {
    Node(values.map { Node(String($0), Tag(.int)) }, Tag(.seq), .flow)
  }

  /// A string node that reads back as the same string: multi-line text as a literal block,
  /// anything YAML would read as another type (numbers, booleans, null) quoted.
  static func text(_ value: String) -> Node {
    if value.contains("\n") {
      return Node(value, Tag(.str), .literal)
    }
    return Node.scalar(value.represented())
  }
}
