// The board as JSON for other tools, with a documented schema that only grows.
//
// Schema (version 1); every key is always present, absent values are null:
//
//     {
//       "format": "mlsd-board",            constant, identifies the document
//       "version": 1,                       bumped only when a key changes meaning or goes away
//       "title": string,
//       "template": string | null,          id of the template the board follows
//       "boxes": [{ "id": string, "label": string, "kind": string | null,
//                   "detail": string | null,
//                   "frame": { "x": int, "y": int, "width": int, "height": int } }],
//       "arrows": [{ "from": box id, "to": box id, "label": string | null,
//                    "style": "solid" | "dashed" | "thick" }],
//       "groups": [{ "id": string, "title": string, "boxes": [box id] }],
//       "notes": { "requirements": string, "framing": string, "data": string, "model": string,
//                  "evaluation": string, "serving": string, "monitoring": string }
//     }
//
// Frames are in character cells (column, row), as in the board file. Keys are sorted; arrays
// keep the board's order.

/// Writes the board as JSON (`mlsd export --format json`).
public struct JSONBoardExporter: Exporter {
  public static let formatName = "mlsd-board"
  public static let schemaVersion = 1

  public init() {}

  public func export(_ board: Board, context: ExportContext) -> String {
    value(of: board).serialized() + "\n"
  }

  /// The JSON document of a board.
  public func value(of board: Board) -> JSONValue {
    var notes: [String: JSONValue] = [:]
    for step in Step.allCases { notes[step.rawValue] = .string(board.notes[step]) }
    return .object([
      "format": .string(Self.formatName),
      "version": .int(Self.schemaVersion),
      "title": .string(board.title),
      "template": .optional(board.template),
      "boxes": .array(board.boxes.map(box)),
      "arrows": .array(board.arrows.map(arrow)),
      "groups": .array(board.groups.map(group)),
      "notes": .object(notes),
    ])
  }

  private func box(_ box: Box) -> JSONValue {
    .object([
      "id": .string(box.id),
      "label": .string(box.label),
      "kind": .optional(box.kind),
      "detail": .optional(box.detail),
      "frame": .object([
        "x": .int(box.frame.x), "y": .int(box.frame.y),
        "width": .int(box.frame.width), "height": .int(box.frame.height),
      ]),
    ])
  }

  private func arrow(_ arrow: Arrow) -> JSONValue {
    .object([
      "from": .string(arrow.from),
      "to": .string(arrow.to),
      "label": .optional(arrow.label),
      "style": .string(arrow.style.rawValue),
    ])
  }

  private func group(_ group: Group) -> JSONValue {
    .object([
      "id": .string(group.id),
      "title": .string(group.title),
      "boxes": .array(group.boxIDs.map { .string($0) }),
    ])
  }
}
