// Reads a template file, checking every field against the schema and every component kind
// against the catalogue, with FILE:LINE:COLUMN messages.

public enum TemplateDecoder {
  static let topKeys = [
    "mlsd-template", "id", "title", "difficulty", "summary", "prompt", "steps", "components",
    "flows", "pitfalls", "start", "reference", "followups",
  ]

  public static func decode(_ text: String, name: String, catalogue: Catalogue) throws -> Template {
    let root = try YAMLValue.parse(text, source: YAMLSource(name: name))
    let map = try root.mapping()
    try map.allowOnly(topKeys, in: "a template")
    let version = try map.required("mlsd-template", in: "a template")
    _ = try version.int(in: 1...1)
    let idValue = try map.required("id", in: "a template")
    let id = try idValue.string()
    guard Board.isValidID(id) else {
      throw idValue.error("template id '\(Sanitizer.visible(id))' may only hold letters, digits, '-', '_' and '.'")
    }
    let title = try map.required("title", in: "a template").string()
    let difficultyValue = try map.required("difficulty", in: "a template")
    let difficultyText = try difficultyValue.string()
    guard let difficulty = Difficulty(rawValue: difficultyText) else {
      throw difficultyValue.error(
        "unknown difficulty '\(Sanitizer.visible(difficultyText))' (one of: easy, medium, hard)")
    }
    let summary = try map.optionalString("summary") ?? ""
    let prompt = try map.required("prompt", in: "a template").string()

    var steps: [Step: StepGuide] = [:]
    if let stepsValue = map["steps"], !stepsValue.isNull {
      let stepsMap = try stepsValue.mapping()
      try stepsMap.allowOnly(Step.allCases.map(\.rawValue), in: "steps (the keys are the seven steps)")
      for entry in stepsMap.entries {
        let guide = try entry.value.mapping()
        try guide.allowOnly(["minutes", "questions"], in: "a step")
        let minutes = try guide["minutes"].map { try $0.int(in: 0...240) } ?? 0
        let questions = try guide["questions"]?.strings() ?? []
        steps[Step(rawValue: entry.key)!] = StepGuide(minutes: minutes, questions: questions)
      }
    }

    var required: [ComponentRequirement] = []
    var recommended: [ComponentRequirement] = []
    if let components = map["components"], !components.isNull {
      let componentsMap = try components.mapping()
      try componentsMap.allowOnly(["required", "recommended"], in: "components")
      required = try componentsMap["required"]?.list().map { try requirement($0, catalogue) } ?? []
      recommended = try componentsMap["recommended"]?.list().map { try requirement($0, catalogue) } ?? []
    }

    var flows: [FlowRequirement] = []
    for item in try map["flows"]?.list() ?? [] {
      let flow = try item.mapping()
      try flow.allowOnly(["from", "to", "why", "required", "step"], in: "a flow")
      let from = try kindList(try flow.required("from", in: "a flow"), catalogue)
      let to = try kindList(try flow.required("to", in: "a flow"), catalogue)
      let why = try flow.optionalString("why") ?? ""
      var isRequired = true
      if let flag = flow["required"], !flag.isNull {
        let raw = try flag.string()
        guard raw == "true" || raw == "false" else {
          throw flag.error("expected true or false, found \(flag.kindDescription)")
        }
        isRequired = raw == "true"
      }
      let step = try flow["step"].flatMap { $0.isNull ? nil : try StepField.read($0) }
      flows.append(FlowRequirement(from: from, to: to, why: why, required: isRequired, step: step))
    }

    var pitfalls: [Pitfall] = []
    for item in try map["pitfalls"]?.list() ?? [] {
      let pitfall = try item.mapping()
      try pitfall.allowOnly(["step", "text"], in: "a pitfall")
      pitfalls.append(
        Pitfall(
          step: try StepField.read(try pitfall.required("step", in: "a pitfall")),
          text: try pitfall.required("text", in: "a pitfall").string()))
    }

    var start = (board: Board(title: title), unplaced: [String]())
    if let startValue = map["start"], !startValue.isNull {
      start = try embeddedBoard(startValue, title: title, what: "the start board", catalogue: catalogue)
    }
    var reference = (board: Board(title: title), unplaced: [String]())
    if let referenceValue = map["reference"], !referenceValue.isNull {
      reference = try embeddedBoard(referenceValue, title: title, what: "the reference design", catalogue: catalogue)
    }
    var followUps: [FollowUp] = []
    if let list = map["followups"], !list.isNull {
      followUps = try FollowUpDecoder.decodeList(list, catalogue: catalogue)
    }
    return Template(
      id: id, title: title, difficulty: difficulty, summary: summary, prompt: prompt, steps: steps,
      required: required, recommended: recommended, flows: flows, pitfalls: pitfalls, start: start.board,
      reference: reference.board, startUnplaced: start.unplaced, referenceUnplaced: reference.unplaced,
      followUps: followUps)
  }

  /// The embedded board and the ids of its boxes without a position. Laying it out is left to
  /// the template, on first use: loading the library at start-up then costs no layout at all.
  private static func embeddedBoard(_ value: YAMLValue, title: String, what: String, catalogue: Catalogue) throws
    -> (board: Board, unplaced: [String])
  {
    // An embedded board may leave out its title; it takes the template's.
    let map = try value.mapping()
    let patched = map["title"] == nil ? map.prepending(key: "title", text: title) : value
    let (board, unplaced) = try BoardDecoder.decode(root: patched, what: what, requireVersion: false)
    for box in board.boxes {
      if let kind = box.kind, catalogue.kind(kind) == nil {
        let boxValue = try map["boxes"]?.list().first { (try? $0.mapping()["id"]?.string()) == box.id }
        let located = (try? boxValue?.mapping()["kind"]) ?? nil
        throw (located ?? value).error(unknownKindMessage(kind, catalogue))
      }
    }
    return (board, unplaced)
  }

  private static func requirement(_ value: YAMLValue, _ catalogue: Catalogue) throws -> ComponentRequirement {
    ComponentRequirement(anyOf: try kindList(value, catalogue))
  }

  static func kindList(_ value: YAMLValue, _ catalogue: Catalogue) throws -> [String] {
    let items: [YAMLValue]
    if value.isList { items = try value.list() } else { items = [value] }
    guard !items.isEmpty else { throw value.error("expected a component kind id or a list of them") }
    return try items.map { item in
      let id = try item.string()
      guard catalogue.kind(id) != nil else { throw item.error(unknownKindMessage(id, catalogue)) }
      return id
    }
  }

  static func unknownKindMessage(_ id: String, _ catalogue: Catalogue) -> String {
    var message = "unknown component kind '\(Sanitizer.visible(id))'"
    if let guess = Suggest.nearest(id, among: catalogue.ids) { message += " (did you mean '\(guess)'?)" }
    return message
  }
}
