// Rules on components: each required and recommended component of the template is on the board.

enum ComponentRules {
  static func checks(_ graph: BoardGraph, template: Template) -> [Check] {
    var checks: [Check] = []
    for (requirements, severity, rule) in [
      (template.required, Severity.error, RuleID.componentRequired),
      (template.recommended, Severity.warning, RuleID.componentRecommended),
    ] {
      for requirement in requirements {
        let name = graph.name(of: requirement.anyOf)
        let found = graph.boxes(ofAny: requirement.anyOf)
        // Met only by the app standing in as the source: still named, as a warning (ClientAsSource).
        if severity == .error, !found.isEmpty,
          let kind = requirement.anyOf.first(where: { $0 == "data-source" || $0 == "client" }),
          let apps = Optional(found.compactMap { graph.reading.box($0) }), apps.count == found.count,
          apps.allSatisfy({ ClientAsSource.standsIn($0, for: kind) })
        {
          let app = apps[0]
          checks.append(
            Check(
              rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: false, severity: .warning,
              message:
                "missing component: \(name) ('\(Sanitizer.visible(app.label))' stands in: \(app.counted.first { $0.kind == kind }?.reasons.first ?? ""))",
              hint: kind == "client"
                ? "Draw the users' app as a box of its own: what it sends, and what it shows back."
                : "The app's events are one source; draw the others the model reads (catalogue, profiles, transactions) as data sources too.",
              boxIDs: found))
          continue
        }
        // Met only by the app's log of what it showed: no features or scores of what served, so
        // still named, as a warning (SecondRoles).
        if severity == .error, requirement.anyOf.contains("prediction-logging"), !found.isEmpty,
          let logs = Optional(found.compactMap { graph.reading.box($0) }), logs.count == found.count,
          logs.allSatisfy(SecondRoles.appLogStandsIn)
        {
          let log = logs[0]
          let reason = log.counted.first { $0.kind == "prediction-logging" }?.reasons.first ?? ""
          checks.append(
            Check(
              rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: false, severity: .warning,
              message: "missing component: \(name) ('\(Sanitizer.visible(log.label))' stands in: \(reason))",
              hint:
                "Log what serving used too (request id, features, scores) where the model answers: the app's log of what it showed has no features, so training cannot reuse the values served.",
              boxIDs: found))
          continue
        }
        let examples = graph.examples(of: requirement.anyOf)
        let maybe = found.isEmpty ? ReadingRules.candidates(for: requirement.anyOf, in: graph) : []
        var hint = "Add a box for it" + (examples.isEmpty ? "" : " (for example \(examples))") + "."
        if !maybe.isEmpty {
          let names = maybe.map { "'\(Sanitizer.visible($0.label))'" }.joined(separator: ", ")
          hint =
            "If \(names) is meant to be it, give it that kind (K in the whiteboard, kind: in the file); else "
            + hint.prefix(1).lowercased() + hint.dropFirst()
        }
        checks.append(
          Check(
            rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: !found.isEmpty,
            severity: severity,
            message: (severity == .error ? "missing component: \(name)" : "recommended component missing: \(name)")
              + (maybe.isEmpty
                ? ""
                : " (unread boxes that might be it: \(maybe.map { "'\(Sanitizer.visible($0.label))'" }.joined(separator: ", ")))"),
            hint: hint,
            boxIDs: found.isEmpty ? maybe.map(\.boxID) : found))
      }
    }
    return checks
  }
}
