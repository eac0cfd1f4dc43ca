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
        // Met only by stand-ins (StandIns: the app or the users' log as the source,
        // users posting as the client, the app's log of what it showed as prediction logging):
        // still named, as a warning that names the box standing in.
        if severity == .error, !found.isEmpty,
          let boxes = Optional(found.compactMap { graph.reading.box($0) }), boxes.count == found.count,
          let kind = requirement.anyOf.first(where: { kind in boxes.allSatisfy { StandIns.standsIn($0, for: kind) } })
        {
          let box = boxes[0]
          let reason = box.counted.first { $0.kind == kind && $0.standIn }?.reasons.first ?? ""
          checks.append(
            Check(
              rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: false, severity: .warning,
              message: "missing component: \(name) ('\(Sanitizer.visible(box.label))' stands in: \(reason))",
              hint: StandIns.hint(for: kind), boxIDs: found))
          continue
        }
        // A recommendation whose work a drawn box of another kind does, as its words say (the
        // encoder inside the retrieval model, the features logged where the model answers): met.
        if severity == .warning, found.isEmpty,
          let inside = requirement.anyOf.lazy.compactMap({ InsideRoles.box(doing: $0, in: graph) }).first
        {
          checks.append(
            Check(
              rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: true, severity: severity,
              message: "\(name) done inside another box: \(inside.reason)", boxIDs: [inside.id]))
          continue
        }
        let examples = graph.examples(of: requirement.anyOf)
        let maybe = found.isEmpty ? ReadingRules.candidates(for: requirement.anyOf, in: graph) : []
        // Only a recommendation may be met inside another box (`InsideRoles`).
        let inside = severity == .warning ? InsideRoles.alternative(for: requirement.anyOf).map { ", " + $0 } ?? "" : ""
        var hint = "Add a box for it" + (examples.isEmpty ? "" : " (for example \(examples))") + inside + "."
        if !maybe.isEmpty {
          let names = maybe.map { "'\(Sanitizer.visible($0.label))'" }.joined(separator: ", ")
          hint =
            "If \(names) is meant to be it, give it that kind (K in the whiteboard, kind: in the file); else "
            + hint.prefix(1).lowercased() + hint.dropFirst()
        }
        // Drawn nowhere but named in the notes: the message quotes them.
        var mention = ""
        if found.isEmpty, maybe.isEmpty,
          let said = requirement.anyOf.lazy.compactMap({ graph.catalogue.kind($0) }).compactMap({
            NotesMentions.sentence(naming: $0, in: graph.board.notes, catalogue: graph.catalogue)
          }).first
        {
          mention =
            " (drawn nowhere, though the \(said.step.shortTitle.lowercased()) notes name it: \"\(Sanitizer.visible(said.sentence))\")"
          hint =
            "Add a box for it" + inside + ", so that the drawing shows what the notes say"
            + (examples.isEmpty ? "" : " (for example \(examples))") + "."
        }
        // The registry's role drawn as the way training reaches serving (`DeployPath`): a
        // warning that names the way and asks where the versions are kept.
        if severity == .error, found.isEmpty, requirement.anyOf.contains("model-registry"),
          let path = DeployPath.path(in: graph)
        {
          let unread = maybe.map { "'\(Sanitizer.visible($0.label))'" }.joined(separator: ", ")
          var check = Check(
            rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: false, severity: .warning,
            message: "missing component: \(name) (the model reaches serving along \(DeployPath.describe(path, graph)), "
              + "with no box that keeps its versions"
              + (maybe.isEmpty ? ")" : "; unread boxes that might be it: \(unread))"),
            hint: (maybe.isEmpty
              ? "" : "If \(unread) is meant to be it, give it that kind (K in the whiteboard, kind: in the file). ")
              + DeployPath.hint(examples: examples), boxIDs: path)
          check.roleDrawn = true
          checks.append(check)
          continue
        }
        checks.append(
          Check(
            rule: rule, step: graph.step(of: requirement.anyOf[0]), title: name, passed: !found.isEmpty,
            severity: severity,
            message: (severity == .error ? "missing component: \(name)" : "recommended component missing: \(name)")
              + (maybe.isEmpty
                ? ""
                : " (unread boxes that might be it: \(maybe.map { "'\(Sanitizer.visible($0.label))'" }.joined(separator: ", ")))")
              + mention,
            hint: hint,
            boxIDs: found.isEmpty ? maybe.map(\.boxID) : found))
      }
    }
    return checks
  }
}
