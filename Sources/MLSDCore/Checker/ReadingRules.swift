// What the checker could not read: a box it cannot tell the kind of is said so, with the kinds it
// might be, instead of leaving the user with a "missing component" for a box that is on the board.
// A step on a path that no kind fits is left alone: the flows pass through it.

enum ReadingRules {
  static func checks(_ graph: BoardGraph) -> [Check] {
    var checks: [Check] = []
    // A box with arrows in and out is a step on a path, which the flows pass through.
    let entered = Set(graph.board.arrows.map(\.to))
    let left = Set(graph.board.arrows.map(\.from))
    for reading in graph.reading.boxes where reading.counted.isEmpty {
      let guesses = reading.guesses.prefix(3).map { graph.catalogue.kind($0.kind)?.name ?? $0.kind }
      // "Query preproc" between the front door and the encoder: a step no kind covers and no
      // word of the box hints at, that the flows pass through; naming no kind, or only kinds its
      // place or a bare role noun suggests ("Redaction service" after the detector is no
      // candidate generation for being a "service"), a hint would not help.
      let fromWords = reading.guesses.contains { $0.named || $0.hinted }
      if !fromWords, entered.contains(reading.boxID), left.contains(reading.boxID) { continue }
      let label = Sanitizer.visible(reading.label)
      let message =
        guesses.isEmpty
        ? "'\(label)' is not recognised as any component"
        : "'\(label)' is not recognised: is it \(guesses.joined(separator: ", or "))?"
      checks.append(
        Check(
          rule: .kindUnread, step: guesses.isEmpty ? .data : graph.step(of: reading.guesses[0].kind),
          title: "Unread box", passed: false, severity: .hint, message: message,
          hint:
            "Give it a kind (K in the whiteboard, kind: in the file, :::kind in Mermaid), or name what it is in its label.",
          boxIDs: [reading.boxID]))
    }
    return checks
  }

  /// Boxes not read as any kind whose guesses include one of the kinds, best guess first.
  static func candidates(for kinds: [String], in graph: BoardGraph) -> [BoxReading] {
    let wanted = Set(kinds)
    return graph.reading.boxes.filter { reading in
      reading.counted.isEmpty && reading.guesses.contains { wanted.contains($0.kind) }
    }
  }
}
