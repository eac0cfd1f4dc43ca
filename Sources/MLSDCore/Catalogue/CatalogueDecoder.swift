// Reads the component catalogue file (Templates/catalogue.yaml), naming file, line and field
// of any mistake.

public enum CatalogueDecoder {
  static let kindKeys = [
    "id", "name", "category", "step", "description", "aliases", "cues", "roles", "inputs", "outputs", "carries",
  ]
  public static let categories = [
    "sources", "ingestion", "processing", "storage", "labelling", "features", "training",
    "registry", "serving", "retrieval", "experimentation", "monitoring", "infrastructure", "client",
  ]

  public static func decode(_ text: String, name: String) throws -> [ComponentKind] {
    let root = try YAMLValue.parse(text, source: YAMLSource(name: name))
    let map = try root.mapping()
    try map.allowOnly(["mlsd-catalogue", "kinds"], in: "the catalogue")
    let version = try map.required("mlsd-catalogue", in: "the catalogue")
    _ = try version.int(in: 1...1)
    var kinds: [ComponentKind] = []
    var seen: [String: Int] = [:]
    var neighbourFields: [String: (YAMLValue?, YAMLValue?)] = [:]
    for item in try map.required("kinds", in: "the catalogue").list() {
      let kind = try item.mapping()
      try kind.allowOnly(kindKeys, in: "a component kind")
      let idValue = try kind.required("id", in: "a component kind")
      let id = try idValue.string()
      guard Board.isValidID(id) else {
        throw idValue.error("kind id '\(Sanitizer.visible(id))' may only hold letters, digits, '-', '_' and '.'")
      }
      if let first = seen[id] { throw idValue.error("duplicate kind id '\(id)' (first used on line \(first))") }
      seen[id] = idValue.line
      let categoryValue = try kind.required("category", in: "a component kind")
      let category = try categoryValue.string()
      guard categories.contains(category) else {
        var message = "unknown category '\(Sanitizer.visible(category))'"
        if let guess = Suggest.nearest(category, among: categories) { message += " (did you mean '\(guess)'?)" }
        throw categoryValue.error(message)
      }
      kinds.append(
        ComponentKind(
          id: id,
          name: try kind.required("name", in: "a component kind").string(),
          category: category,
          step: try StepField.read(try kind.required("step", in: "a component kind")),
          description: try kind.required("description", in: "a component kind").string(),
          aliases: try kind["aliases"]?.strings() ?? [],
          cues: try kind["cues"]?.strings() ?? [],
          roles: try kind["roles"]?.strings() ?? [],
          inputs: try kind["inputs"]?.strings() ?? [],
          outputs: try kind["outputs"]?.strings() ?? [],
          carries: try kind["carries"]?.strings() ?? []
        ))
      neighbourFields[id] = (try kind["inputs"], try kind["outputs"])
    }
    // Neighbour kinds name kinds of this catalogue ("nothing": no incoming arrows).
    let ids = Set(kinds.map(\.id))
    for kind in kinds {
      guard let (inputs, outputs) = neighbourFields[kind.id] else { continue }
      for (field, allowed) in [(inputs, ids.union(["nothing"])), (outputs, ids)] {
        guard let field else { continue }
        for item in try field.list() {
          let named = try item.string()
          guard !allowed.contains(named) else { continue }
          var message = "unknown component kind '\(Sanitizer.visible(named))'"
          if let guess = Suggest.nearest(named, among: Array(allowed)) { message += " (did you mean '\(guess)'?)" }
          throw item.error(message)
        }
      }
    }
    return kinds
  }
}

/// Reads a framework step written by id ("serving") or number (6).
enum StepField {
  static func read(_ value: YAMLValue) throws -> Step {
    let raw = try value.string()
    if let step = Step(rawValue: raw) { return step }
    if let number = Int(raw), let step = Step(number: number) { return step }
    var message =
      "unknown step '\(Sanitizer.visible(raw))' (one of: \(Step.allCases.map(\.rawValue).joined(separator: ", ")))"
    if let guess = Suggest.nearest(raw, among: Step.allCases.map(\.rawValue)) {
      message = "unknown step '\(Sanitizer.visible(raw))' (did you mean '\(guess)'?)"
    }
    throw value.error(message)
  }
}
