// Rules on components: each required and recommended component of the template is on the board.

enum ComponentRules {
  static func checks(_ graph: BoardGraph, template: Template) -> [Check] {
    var checks: [Check] = []
    for (requirements, severity, rule) in [
      (template.required, Severity.error, "component.required"),
      (template.recommended, Severity.warning, "component.recommended"),
    ] {
      for requirement in requirements {
        let name = graph.name(of: requirement.anyOf)
        let found = graph.boxes(ofAny: requirement.anyOf)
        let examples = graph.examples(of: requirement.anyOf)
        checks.append(
          Check(
            rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: !found.isEmpty,
            severity: severity,
            message: severity == .error ? "missing component: \(name)" : "recommended component missing: \(name)",
            hint: "Add a box for it" + (examples.isEmpty ? "" : " (for example \(examples))") + ".",
            boxIDs: found))
      }
    }
    return checks
  }
}
