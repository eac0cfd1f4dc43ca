// Rules on flows: some box of one kind reaches some box of another along arrows. A missing flow
// names what is drawn: the boxes (or arrows) read as each end, or that no box is read as an end.
// A flow whose end has no box, when the component rule already reports that kind missing, is one
// finding: the flow joins the component's hint (or, when the flow is the more serious, the
// component's finding joins the flow's).

enum FlowRules {
  /// The flows' checks. `components` are `ComponentRules.checks`, one per requirement of the
  /// template (required, then recommended); a flow whose missing end one of them reports is
  /// folded into it, or it into the flow.
  static func checks(_ graph: BoardGraph, template: Template, components: inout [Check]) -> [Check] {
    let requirements = template.required + template.recommended
    let paired = requirements.count == components.count
    var folded: [Int: [(flow: String, why: String)]] = [:]
    var dropped: Set<Int> = []
    var checks: [Check] = []
    for flow in template.flows {
      let from = graph.name(of: flow.from)
      let to = graph.name(of: flow.to)
      let match = graph.flowMatch(from: flow.from, to: flow.to)
      let passed = match != nil
      let severity = flow.required ? Severity.error : .warning
      var check = Check(
        rule: flow.required ? .flowRequired : .flowRecommended,
        step: flow.step ?? graph.step(ofFlowFrom: flow.from[0], to: flow.to[0]),
        title: "\(from) → \(to)", passed: passed, severity: severity, message: "no flow from \(from) to \(to)")
      if let match {
        // A flow met only by reading an arrow both ways says which arrow and why.
        check.message = match.isEmpty ? "" : "met by " + match.map { readBack($0, graph) }.joined(separator: ", then ")
        checks.append(check)
        continue
      }
      let why = flow.why.isEmpty ? "" : flow.why + " "
      let ends = [flow.from, flow.to]
      let missing = ends.filter { !graph.has(anyOf: $0) }
      if missing.isEmpty {
        check.message += ": " + ends.map { drawn($0, graph) }.joined(separator: "; ")
        check.hint = why + "Connect them with arrows (through other boxes is fine)."
        checks.append(check)
        continue
      }
      // The component check that already reports a missing end, if any.
      let reported =
        paired
        ? components.indices.first { c in
          !components[c].passed && !dropped.contains(c)
            && missing.contains { !Set($0).isDisjoint(with: requirements[c].anyOf) }
        } : nil
      if let c = reported, components[c].severity.weight >= severity.weight || components[c].roleDrawn {
        folded[c, default: []].append(("\(from) → \(to)", flow.why))
        continue
      }
      if let c = reported { dropped.insert(c) }
      let names = missing.map { graph.name(of: $0) }
      check.message += ": no box is read as " + names.joined(separator: " or ")
      let examples = missing.map { graph.examples(of: $0) }.filter { !$0.isEmpty }
      check.hint =
        why + "First add a box for \(names.joined(separator: " and "))"
        + (examples.isEmpty ? "" : " (for example \(examples.joined(separator: "; ")))") + ", then connect them."
      checks.append(check)
    }
    for (c, flows) in folded {
      let whys = flows.map(\.why).filter { !$0.isEmpty }
      components[c].hint +=
        " Then connect it: " + flows.map(\.flow).joined(separator: "; ") + "."
        + (whys.isEmpty ? "" : " " + whys.joined(separator: " "))
    }
    for c in dropped.sorted(by: >) { components.remove(at: c) }
    return checks
  }

  /// What is drawn for one end of a flow: "'CTR ranker' is read as Ranking", the boxes (at most
  /// two named) and the arrows read as each of its kinds.
  static func drawn(_ kinds: [String], _ graph: BoardGraph) -> String {
    var parts: [String] = []
    var seen: Set<String> = []
    for kind in kinds {
      let ids = graph.boxes(ofAny: [kind]).filter { seen.insert($0).inserted }
      guard !ids.isEmpty else { continue }
      let names = ids.prefix(2).map { label(of: $0, graph) }
      var list = names.joined(separator: " and ")
      if ids.count > 2 { list = names.joined(separator: ", ") + " and \(ids.count - 2) more" }
      parts.append(list + (ids.count == 1 ? " is" : " are") + " read as " + graph.name(of: [kind]))
    }
    return parts.joined(separator: ", ")
  }

  /// What an arrow read both ways carries: "the request 'App' → 'API' read back: 'API' answers it
  /// (the reply is not drawn)".
  static func readBack(_ read: BoardGraph.ReadBack, _ graph: BoardGraph) -> String {
    switch read {
    case .reply(let client, let entry):
      let (c, e) = (label(of: graph.id(ofNode: client), graph), label(of: graph.id(ofNode: entry), graph))
      return "the request \(c) → \(e) read back: \(e) answers it (the reply is not drawn)"
    case .lookup(let store, let reader):
      let (s, r) = (label(of: graph.id(ofNode: store), graph), label(of: graph.id(ofNode: reader), graph))
      return "\(r) looking up \(s): what \(s) holds comes back along that arrow"
    }
  }

  /// A box's label in quotes, or "the arrow 'A → B'" for an arrow read as a component.
  static func label(of id: String, _ graph: BoardGraph) -> String {
    let board = graph.board
    if let box = board.boxes.first(where: { $0.id == id }) { return "'\(Sanitizer.visible(box.label))'" }
    if id.hasPrefix("arrow:"), let n = Int(id.dropFirst(6)), board.arrows.indices.contains(n) {
      let arrow = board.arrows[n]
      let ends = [arrow.from, arrow.to].map { end in
        Sanitizer.visible(board.boxes.first { $0.id == end }?.label ?? end)
      }
      return "the arrow '\(ends[0]) → \(ends[1])'"
    }
    return "'\(Sanitizer.visible(id))'"
  }
}
