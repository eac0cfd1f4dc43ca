// Rules on flows: some box of one kind reaches some box of another along arrows.

enum FlowRules {
  static func checks(_ graph: BoardGraph, template: Template) -> [Check] {
    template.flows.map { flow in
      let from = graph.name(of: flow.from)
      let to = graph.name(of: flow.to)
      let passed = graph.flows(from: flow.from, to: flow.to)
      var missing: [String] = []
      if !graph.has(anyOf: flow.from) { missing.append(from) }
      if !graph.has(anyOf: flow.to) { missing.append(to) }
      var hint = flow.why.isEmpty ? "" : flow.why + " "
      hint +=
        missing.isEmpty
        ? "Connect them with arrows (through other boxes is fine)."
        : "First add a box for \(missing.joined(separator: " and ")), then connect them."
      return Check(
        rule: flow.required ? .flowRequired : .flowRecommended,
        step: flow.step ?? graph.step(ofFlowFrom: flow.from[0], to: flow.to[0]),
        title: "\(from) → \(to)", passed: passed, severity: flow.required ? .error : .warning,
        message: "no flow from \(from) to \(to)", hint: hint)
    }
  }
}
