// Graph hygiene: arrows to nowhere, self-loops, isolated boxes, duplicate labels and arrows,
// kinds the catalogue does not know.

enum GraphRules {
  static func checks(_ graph: BoardGraph) -> [Check] {
    let board = graph.board
    var problems: [Check] = []
    let ids = Set(board.boxes.map(\.id))
    for arrow in board.arrows {
      for end in [arrow.from, arrow.to] where !ids.contains(end) {
        problems.append(
          Check(
            rule: "graph.dangling", step: .serving, title: "Arrow to nowhere", passed: false, severity: .error,
            message: "an arrow \(arrow.from) → \(arrow.to) names a missing box '\(end)'",
            hint: "Delete the arrow or add the box."))
      }
      if arrow.from == arrow.to {
        problems.append(
          Check(
            rule: "graph.self-loop", step: .serving, title: "Self-loop", passed: false, severity: .warning,
            message: "an arrow leaves and enters '\(label(arrow.from, board))'",
            hint: "Point the arrow at the box it feeds.", boxIDs: [arrow.from]))
      }
    }
    if board.boxes.count > 1 {
      for box in board.boxes where graph.successors[box.id] == nil && graph.predecessors[box.id] == nil {
        let step = graph.kinds[box.id].flatMap { $0.sorted().first }.map(graph.step(of:)) ?? .serving
        problems.append(
          Check(
            rule: "graph.isolated", step: step, title: "Isolated box", passed: false, severity: .warning,
            message: "'\(Sanitizer.visible(box.label))' has no arrows",
            hint: "Connect it to the boxes it reads from or feeds (c to connect).", boxIDs: [box.id]))
      }
    }
    var seenLabels: [String: String] = [:]
    for box in board.boxes {
      let key = box.label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard !key.isEmpty else { continue }
      if let first = seenLabels[key] {
        problems.append(
          Check(
            rule: "graph.duplicate-label", step: .serving, title: "Duplicate label", passed: false,
            severity: .warning, message: "two boxes are labelled '\(Sanitizer.visible(box.label))'",
            hint: "Give each box a label that says what is different about it.", boxIDs: [first, box.id]))
      } else {
        seenLabels[key] = box.id
      }
    }
    var seenArrows: Set<[String]> = []
    for arrow in board.arrows where !seenArrows.insert([arrow.from, arrow.to]).inserted {
      problems.append(
        Check(
          rule: "graph.duplicate-arrow", step: .serving, title: "Duplicate arrow", passed: false, severity: .hint,
          message: "two arrows go from '\(label(arrow.from, board))' to '\(label(arrow.to, board))'",
          hint: "Merge them into one arrow with a combined label.", boxIDs: [arrow.from, arrow.to]))
    }
    for box in board.boxes {
      guard let kind = box.kind, graph.catalogue.kind(kind) == nil else { continue }
      var message = "'\(Sanitizer.visible(box.label))' declares an unknown component kind '\(Sanitizer.visible(kind))'"
      if let guess = Suggest.nearest(kind, among: graph.catalogue.ids) { message += " (did you mean '\(guess)'?)" }
      problems.append(
        Check(
          rule: "kind.unknown", step: .data, title: "Unknown kind", passed: false, severity: .hint,
          message: message, hint: "Free-form kinds are fine; a catalogue kind lets the checker recognise the box.",
          boxIDs: [box.id]))
    }
    if problems.allSatisfy({ $0.severity == .hint }) && !board.boxes.isEmpty {
      problems.append(
        Check(rule: "graph.clean", step: .serving, title: "Diagram is well formed", passed: true, severity: .warning))
    }
    return problems
  }

  private static func label(_ id: String, _ board: Board) -> String {
    Sanitizer.visible(board.box(id)?.label ?? id)
  }
}
