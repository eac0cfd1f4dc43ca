// `mlsd check --explain`: how the checker read every box (the kinds it counts as, and the words,
// neighbours and arrow labels behind each) and which arrows it read as components.

public enum ReadingFormatter {
  /// `checks`: the report's checks; the flows among them met only by reading an arrow both ways
  /// (a request whose reply is not drawn, a lookup) are listed with the arrow.
  public static func text(_ reading: BoardReading, board: Board, catalogue: Catalogue, checks: [Check] = [])
    -> String
  {
    func name(_ kind: String) -> String { catalogue.kind(kind)?.name ?? kind }
    func because(_ evidence: KindEvidence) -> String {
      "\(name(evidence.kind)) (" + evidence.reasons.map(Sanitizer.visible).joined(separator: "; ") + ")"
    }
    func neighbours(_ ids: [String]) -> String {
      var seen: Set<String> = []
      return ids.filter { seen.insert($0).inserted }.map { id in
        let label = Sanitizer.visible(board.box(id)?.label ?? id)
        let read = reading.box(id)?.counted.map { name($0.kind) } ?? []
        return read.isEmpty ? "'\(label)' (not recognised)" : "'\(label)' (\(read.joined(separator: ", ")))"
      }.joined(separator: "; ")
    }
    var lines = ["How each box was read"]
    for box in reading.boxes {
      lines.append("  \(Sanitizer.visible(box.label)) [\(Sanitizer.visible(box.boxID))]")
      if box.counted.isEmpty {
        lines.append("    not recognised")
      } else {
        for evidence in box.counted { lines.append("    is \(because(evidence))") }
      }
      for evidence in box.guesses.prefix(3) { lines.append("    might be \(because(evidence))") }
      // Every arrow in and out, each neighbour by what it was read as (or its label, unread).
      let into = board.arrows.filter { $0.to == box.boxID && $0.from != box.boxID }.map(\.from)
      let outOf = board.arrows.filter { $0.from == box.boxID && $0.to != box.boxID }.map(\.to)
      if !into.isEmpty { lines.append("    arrows in from " + neighbours(into)) }
      if !outOf.isEmpty { lines.append("    arrows out to " + neighbours(outOf)) }
    }
    if !reading.arrows.isEmpty {
      lines.append("")
      lines.append("Arrows read as components")
      for arrow in reading.arrows {
        let drawn = board.arrows[arrow.arrow]
        let from = board.box(drawn.from)?.label ?? drawn.from
        let to = board.box(drawn.to)?.label ?? drawn.to
        lines.append(
          "  \(Sanitizer.visible(from)) → \(Sanitizer.visible(to)) '\(Sanitizer.visible(drawn.label ?? ""))': "
            + "\(name(arrow.kind)) (says '\(Sanitizer.visible(arrow.phrase))')")
      }
    }
    let readBack = checks.filter {
      $0.passed && !$0.message.isEmpty
        && ($0.rule == RuleID.flowRequired.rawValue || $0.rule == RuleID.flowRecommended.rawValue)
    }
    if !readBack.isEmpty {
      lines.append("")
      lines.append("Flows met by an arrow read both ways")
      for check in readBack { lines.append("  \(check.title): \(check.message)") }
    }
    return lines.joined(separator: "\n")
  }
}
