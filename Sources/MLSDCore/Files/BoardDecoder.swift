// Reads a board from YAML text, checking every field and naming the line, column and field of
// the first problem. The format is described in ARCHITECTURE.md and written by BoardEncoder.

public enum BoardDecoder {
  static let topKeys = ["mlsd", "title", "template", "boxes", "arrows", "groups", "notes"]
  static let boxKeys = ["id", "label", "kind", "detail", "at", "size"]
  static let arrowKeys = ["from", "to", "label", "style"]
  static let groupKeys = ["id", "title", "boxes"]
  public static let maxCoordinate = 100_000
  public static let maxBoxes = 20_000

  /// The board in `text`; `name` is used in messages. Boxes without `at` get a place later
  /// (see `BoardLoader`); until then they sit at the origin and are listed in `unplaced`.
  public static func decode(_ text: String, name: String) throws -> (board: Board, unplaced: [String]) {
    let root = try YAMLValue.parse(text, source: YAMLSource(name: name))
    return try decode(root: root, what: "board")
  }

  /// A board from an already parsed mapping (templates embed their reference design this way).
  public static func decode(root: YAMLValue, what: String, requireVersion: Bool = true) throws -> (
    board: Board, unplaced: [String]
  ) {
    let map = try root.mapping()
    var known = topKeys
    if !requireVersion { known.removeFirst() }
    try map.allowOnly(known, in: what)
    if requireVersion {
      guard let version = map["mlsd"] else {
        throw root.error("not an mlsd board: the 'mlsd: \(Board.formatVersion)' format line is missing")
      }
      let number = try version.int(in: 1...1_000)
      if number > Board.formatVersion {
        throw version.error(
          "this board uses format \(number), newer than this mlsd reads (\(Board.formatVersion)); update mlsd")
      }
    }
    let title = try map.required("title", in: what).string()
    let template = try map.optionalString("template")
    var board = Board(title: title, template: template)
    var unplaced: [String] = []
    var boxLines: [String: Int] = [:]

    let boxes = try map["boxes"]?.list() ?? []
    if boxes.count > maxBoxes {
      throw map["boxes"]!.error("too many boxes (\(boxes.count); the limit is \(maxBoxes))")
    }
    for item in boxes {
      let box = try item.mapping()
      try box.allowOnly(boxKeys, in: "a box")
      let idValue = try box.required("id", in: "a box")
      let id = try idValue.string()
      guard Board.isValidID(id) else {
        throw idValue.error("box id '\(Sanitizer.visible(id))' may only hold letters, digits, '-', '_' and '.'")
      }
      if let first = boxLines[id] {
        throw idValue.error("duplicate box id '\(id)' (first used on line \(first))")
      }
      boxLines[id] = idValue.line
      let label = try box.required("label", in: "a box").string()
      let kind = try box.optionalString("kind")
      let detail = try box.optionalString("detail")
      var frame = GridRect(x: 0, y: 0, width: 0, height: 0)
      if let at = box["at"], !at.isNull {
        let (x, y) = try pair(at, ranges: (0...maxCoordinate, 0...maxCoordinate), meaning: "[x, y]")
        frame.x = x
        frame.y = y
      } else {
        unplaced.append(id)
      }
      if let size = box["size"], !size.isNull {
        let (w, h) = try pair(size, ranges: (Box.minWidth...500, Box.minHeight...100), meaning: "[width, height]")
        frame.width = w
        frame.height = h
      } else {
        let natural = BoxSizing.naturalSize(label: label, detail: detail)
        frame.width = natural.width
        frame.height = natural.height
      }
      board.boxes.append(Box(id: id, label: label, kind: kind, detail: detail, frame: frame))
    }

    for item in try map["arrows"]?.list() ?? [] {
      let arrow = try item.mapping()
      try arrow.allowOnly(arrowKeys, in: "an arrow")
      let fromValue = try arrow.required("from", in: "an arrow")
      let toValue = try arrow.required("to", in: "an arrow")
      let from = try fromValue.string()
      let to = try toValue.string()
      for (id, value) in [(from, fromValue), (to, toValue)] where boxLines[id] == nil {
        var message = "no box with id '\(Sanitizer.visible(id))'"
        if let guess = Suggest.nearest(id, among: Array(boxLines.keys).sorted()) {
          message += " (did you mean '\(guess)'?)"
        }
        throw value.error(message)
      }
      var style = ArrowStyle.solid
      if let styleValue = arrow["style"], !styleValue.isNull {
        let raw = try styleValue.string()
        guard let parsed = ArrowStyle(rawValue: raw) else {
          throw styleValue.error(
            "unknown arrow style '\(Sanitizer.visible(raw))' (one of: solid, dashed, thick)")
        }
        style = parsed
      }
      board.arrows.append(Arrow(from: from, to: to, label: try arrow.optionalString("label"), style: style))
    }

    var groupIDs: Set<String> = []
    var owner: [String: String] = [:]
    for item in try map["groups"]?.list() ?? [] {
      let group = try item.mapping()
      try group.allowOnly(groupKeys, in: "a group")
      let idValue = try group.required("id", in: "a group")
      let id = try idValue.string()
      guard Board.isValidID(id) else {
        throw idValue.error("group id '\(Sanitizer.visible(id))' may only hold letters, digits, '-', '_' and '.'")
      }
      guard groupIDs.insert(id).inserted else { throw idValue.error("duplicate group id '\(id)'") }
      let title = try group.required("title", in: "a group").string()
      var members: [String] = []
      for member in try group["boxes"]?.list() ?? [] {
        let boxID = try member.string()
        guard boxLines[boxID] != nil else {
          throw member.error("no box with id '\(Sanitizer.visible(boxID))'")
        }
        if let other = owner[boxID] {
          throw member.error("box '\(boxID)' is already in group '\(other)'")
        }
        owner[boxID] = id
        members.append(boxID)
      }
      board.groups.append(Group(id: id, title: title, boxIDs: members))
    }

    if let notesValue = map["notes"], !notesValue.isNull {
      let notes = try notesValue.mapping()
      try notes.allowOnly(Step.allCases.map(\.rawValue), in: "notes (the keys are the seven steps)")
      for entry in notes.entries {
        if entry.value.isNull { continue }
        board.notes[Step(rawValue: entry.key)!] = try entry.value.string()
      }
    }
    return (board, unplaced)
  }

  private static func pair(
    _ value: YAMLValue, ranges: (ClosedRange<Int>, ClosedRange<Int>), meaning: String
  ) throws -> (Int, Int) {
    guard value.isList else { throw value.error("expected \(meaning), found \(value.kindDescription)") }
    let items = try value.list()
    guard items.count == 2 else { throw value.error("expected \(meaning): two whole numbers, found \(items.count)") }
    return (try items[0].int(in: ranges.0), try items[1].int(in: ranges.1))
  }
}
