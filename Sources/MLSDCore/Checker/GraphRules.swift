// Graph hygiene: arrows to nowhere, self-loops, isolated boxes, duplicate labels and arrows,
// kinds the catalogue does not know.

enum GraphRules {
  static func checks(_ graph: BoardGraph) -> [Check] {
    let board = graph.board
    var problems: [Check] = []
    for (arrow, ends) in zip(board.arrows, graph.arrowEnds) {
      // Most arrows join two boxes: the pairs below are only built for one that does not.
      if ends.from == nil || ends.to == nil {
        for (end, node) in [(arrow.from, ends.from), (arrow.to, ends.to)] where node == nil {
          problems.append(
            Check(
              rule: .graphDangling, step: .serving, title: "Arrow to nowhere", passed: false, severity: .error,
              message: "an arrow \(arrow.from) → \(arrow.to) names a missing box '\(end)'",
              hint: "Delete the arrow or add the box."))
        }
      }
      if arrow.from == arrow.to {
        problems.append(
          Check(
            rule: .graphSelfLoop, step: .serving, title: "Self-loop", passed: false, severity: .warning,
            message: "an arrow leaves and enters '\(label(arrow.from, board))'",
            hint: "Point the arrow at the box it feeds.", boxIDs: [arrow.from]))
      }
    }
    if board.boxes.count > 1 {
      for (i, box) in board.boxes.enumerated() where !graph.isConnected(boxAt: i) {
        let step = graph.kinds(ofBoxAt: i).sorted().first.map(graph.step(of:)) ?? .serving
        problems.append(
          Check(
            rule: .graphIsolated, step: step, title: "Isolated box", passed: false, severity: .warning,
            message: "'\(Sanitizer.visible(box.label))' has no arrows",
            hint: "Connect it to the boxes it reads from or feeds (c to connect).", boxIDs: [box.id]))
      }
    }
    var seenLabels: [String: String] = [:]
    seenLabels.reserveCapacity(board.boxes.count)
    for box in board.boxes {
      let key = labelKey(box.label)
      guard !key.isEmpty else { continue }
      if let first = seenLabels[key] {
        problems.append(
          Check(
            rule: .graphDuplicateLabel, step: .serving, title: "Duplicate label", passed: false,
            severity: .warning, message: "two boxes are labelled '\(Sanitizer.visible(box.label))'",
            hint: "Give each box a label that says what is different about it.", boxIDs: [first, box.id]))
      } else {
        seenLabels[key] = box.id
      }
    }
    // Arrows between boxes are told apart by their nodes; one naming a missing box by its ids.
    var seenArrows: Set<Int> = []
    seenArrows.reserveCapacity(board.arrows.count)
    var seenDangling: Set<ArrowEnds> = []
    for (arrow, ends) in zip(board.arrows, graph.arrowEnds) {
      let repeated =
        if let from = ends.from, let to = ends.to {
          !seenArrows.insert(from * graph.nodeCount + to).inserted
        } else {
          !seenDangling.insert(ArrowEnds(from: arrow.from, to: arrow.to)).inserted
        }
      guard repeated else { continue }
      problems.append(
        Check(
          rule: .graphDuplicateArrow, step: .serving, title: "Duplicate arrow", passed: false, severity: .hint,
          message: "two arrows go from '\(label(arrow.from, board))' to '\(label(arrow.to, board))'",
          hint: "Merge them into one arrow with a combined label.", boxIDs: [arrow.from, arrow.to]))
    }
    for box in board.boxes {
      guard let kind = box.kind, graph.catalogue.index(of: kind) == nil else { continue }
      var message = "'\(Sanitizer.visible(box.label))' declares an unknown component kind '\(Sanitizer.visible(kind))'"
      if let guess = Suggest.nearest(kind, among: graph.catalogue.ids) { message += " (did you mean '\(guess)'?)" }
      problems.append(
        Check(
          rule: .kindUnknown, step: .data, title: "Unknown kind", passed: false, severity: .hint,
          message: message, hint: "Free-form kinds are fine; a catalogue kind lets the checker recognise the box.",
          boxIDs: [box.id]))
    }
    if problems.allSatisfy({ $0.severity == .hint }) && !board.boxes.isEmpty {
      problems.append(
        Check(rule: .graphClean, step: .serving, title: "Diagram is well formed", passed: true, severity: .warning))
    }
    return problems
  }

  private struct ArrowEnds: Hashable {
    var from: String
    var to: String
  }

  /// A label as the duplicate rule compares it: lower-cased, runs of white space as one space,
  /// none at the ends.
  static func labelKey(_ label: String) -> String {
    if let key = asciiLabelKey(label) { return key }
    return label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `labelKey` of ASCII text, byte by byte (nil for other text): in ASCII, lower-casing maps
  /// only A-Z, and the white space is space, tab, line feed, vertical tab, form feed and return.
  private static func asciiLabelKey(_ label: String) -> String? {
    let key = label.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        switch byte {
        case 0x80...: return nil
        case 0x09...0x0D, 0x20: pendingSpace = !out.isEmpty
        default:
          if pendingSpace { out.append(0x20) }
          pendingSpace = false
          out.append(UInt8(ascii: "A") <= byte && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return key ?? nil
  }

  private static func label(_ id: String, _ board: Board) -> String {
    Sanitizer.visible(board.box(id)?.label ?? id)
  }
}
