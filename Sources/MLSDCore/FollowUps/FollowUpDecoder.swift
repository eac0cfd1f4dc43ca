// Reads follow-ups: the `followups:` section of a template and the shared bank file. Every field
// is checked (ids, steps, component kinds against the catalogue, phrases, how many key ideas
// answer) and a mistake is a FILE:LINE:COLUMN: field: message error like every data file's.

public enum FollowUpDecoder {
  static let followUpKeys = ["id", "step", "question", "when", "ideas", "need"]
  static let triggerKeys = ["has", "lacks", "flow", "no-flow", "words", "no-words", "over-minutes", "task"]

  /// The shared bank file: `mlsd-followups: 1`, `id`, then `followups:`.
  public static func decodeShared(_ text: String, name: String, catalogue: Catalogue) throws -> SharedFollowUps {
    let root = try YAMLValue.parse(text, source: YAMLSource(name: name))
    let map = try root.mapping()
    try map.allowOnly(["mlsd-followups", "id", "followups"], in: "a follow-up bank")
    _ = try map.required("mlsd-followups", in: "a follow-up bank").int(in: 1...1)
    let idValue = try map.required("id", in: "a follow-up bank")
    let id = try idValue.string()
    guard Board.isValidID(id) else {
      throw idValue.error("bank id '\(Sanitizer.visible(id))' may only hold letters, digits, '-', '_' and '.'")
    }
    let list = try map.required("followups", in: "a follow-up bank")
    return SharedFollowUps(id: id, followUps: try decodeList(list, catalogue: catalogue, shared: true))
  }

  /// A list of follow-ups; ids must be unique within it.
  public static func decodeList(_ value: YAMLValue, catalogue: Catalogue, shared: Bool = false) throws -> [FollowUp] {
    var followUps: [FollowUp] = []
    var seen: Set<String> = []
    for item in try value.list() {
      let followUp = try decode(item, catalogue: catalogue, shared: shared)
      guard seen.insert(followUp.id).inserted else {
        let idValue = try item.mapping()["id"] ?? item
        throw idValue.error("duplicate follow-up id '\(Sanitizer.visible(followUp.id))'")
      }
      followUps.append(followUp)
    }
    return followUps
  }

  static func decode(_ value: YAMLValue, catalogue: Catalogue, shared: Bool) throws -> FollowUp {
    let map = try value.mapping()
    try map.allowOnly(followUpKeys, in: "a follow-up")
    let idValue = try map.required("id", in: "a follow-up")
    let id = try idValue.string()
    guard Board.isValidID(id) else {
      throw idValue.error("follow-up id '\(Sanitizer.visible(id))' may only hold letters, digits, '-', '_' and '.'")
    }
    let step = try StepField.read(try map.required("step", in: "a follow-up"))
    let questionValue = try map.required("question", in: "a follow-up")
    let question = try questionValue.string().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !question.isEmpty else { throw questionValue.error("the question is empty") }
    var trigger = FollowUpTrigger()
    if let when = map["when"], !when.isNull { trigger = try decodeTrigger(when, catalogue: catalogue) }
    let ideasValue = try map.required("ideas", in: "a follow-up")
    let ideas = try ideasValue.list().map { try idea($0, catalogue: catalogue) }
    guard !ideas.isEmpty else { throw ideasValue.error("a follow-up needs at least one key idea") }
    var needed: Int?
    if let need = map["need"], !need.isNull { needed = try need.int(in: 1...ideas.count) }
    return FollowUp(
      id: id, step: step, question: question, trigger: trigger, keyIdeas: ideas, needed: needed, shared: shared)
  }

  static func decodeTrigger(_ value: YAMLValue, catalogue: Catalogue) throws -> FollowUpTrigger {
    let map = try value.mapping()
    try map.allowOnly(triggerKeys, in: "a follow-up's `when`")
    var trigger = FollowUpTrigger()
    if let has = map["has"] {
      // `has: K` needs K; `has: [K1, [K2, K3]]` needs K1 and one of K2 or K3.
      trigger.has =
        has.isList
        ? try has.list().map { try TemplateDecoder.kindList($0, catalogue) }
        : [try TemplateDecoder.kindList(has, catalogue)]
      if trigger.has.isEmpty { throw has.error("expected a component kind id or a list of them") }
    }
    if let lacks = map["lacks"] {
      trigger.lacks = try TemplateDecoder.kindList(lacks, catalogue)
    }
    if let flow = map["flow"] { trigger.flows = try flows(flow, catalogue) }
    if let flow = map["no-flow"] { trigger.noFlows = try flows(flow, catalogue) }
    if let words = map["words"] { trigger.words = try wordConditions(words) }
    if let words = map["no-words"] { trigger.noWords = try wordConditions(words) }
    if let minutes = map["over-minutes"] { trigger.overMinutes = try minutes.int(in: 1...180) }
    if let task = map["task"] { trigger.task = try problemKinds(task) }
    return trigger
  }

  /// A kind of ML problem or a list of them (`ProblemKind`).
  static func problemKinds(_ value: YAMLValue) throws -> [ProblemKind] {
    let items = value.isList ? try value.list() : [value]
    guard !items.isEmpty else { throw value.error("expected a kind of problem or a list of them") }
    return try items.map { item in
      let name = try item.string()
      guard let kind = ProblemKind(rawValue: name) else {
        let known = ProblemKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw item.error("unknown kind of problem '\(Sanitizer.visible(name))' (known: \(known))")
      }
      return kind
    }
  }

  /// `{from: K, to: K}` or a list of them.
  static func flows(_ value: YAMLValue, _ catalogue: Catalogue) throws -> [FlowCondition] {
    let items = value.isList ? try value.list() : [value]
    guard !items.isEmpty else { throw value.error("expected a flow {from: KIND, to: KIND} or a list of them") }
    return try items.map { item in
      let map = try item.mapping()
      try map.allowOnly(["from", "to"], in: "a flow condition")
      return FlowCondition(
        from: try TemplateDecoder.kindList(try map.required("from", in: "a flow condition"), catalogue),
        to: try TemplateDecoder.kindList(try map.required("to", in: "a flow condition"), catalogue))
    }
  }

  /// A list of phrases (looked for in the follow-up's own step), `{step: S, any: [...]}`, or a
  /// list of such mappings.
  static func wordConditions(_ value: YAMLValue) throws -> [WordCondition] {
    if value.isList, let first = try value.list().first, (try? first.mapping()) == nil {
      return [WordCondition(step: nil, anyOf: try phrases(value))]
    }
    let items = value.isList ? try value.list() : [value]
    guard !items.isEmpty else { throw value.error("expected phrases or {step: STEP, any: [phrases]}") }
    return try items.map { item in
      let map = try item.mapping()
      try map.allowOnly(["step", "any"], in: "a words condition")
      let step = try map["step"].flatMap { $0.isNull ? nil : try StepField.read($0) }
      return WordCondition(step: step, anyOf: try phrases(try map.required("any", in: "a words condition")))
    }
  }

  /// A key idea: its phrasings, and `{kind: ID}` items for the names the catalogue marks a kind by
  /// in prose (`Catalogue.mentionPhrases`: "the embedding index" is also "ScaNN" and "FAISS"). The
  /// first item is a phrase, which names the idea.
  static func idea(_ value: YAMLValue, catalogue: Catalogue) throws -> KeyIdea {
    let items = value.isList ? try value.list() : [value]
    var phrasings: [String] = []
    var names: [String] = []
    for item in items {
      guard let map = try? item.mapping() else {
        phrasings += try phrases(item)
        continue
      }
      try map.allowOnly(["kind"], in: "a key idea's kind")
      guard !phrasings.isEmpty else { throw item.error("a key idea starts with a phrase that names it") }
      for kindValue in try TemplateDecoder.kindList(try map.required("kind", in: "a key idea's kind"), catalogue) {
        names += catalogue.mentionPhrases[kindValue] ?? []
      }
    }
    guard !phrasings.isEmpty else { throw value.error("expected a phrase or a list of phrases") }
    return KeyIdea(phrasings, names: names)
  }

  /// A phrase or a list of them; each must hold a word, and so must each of its `&` parts and
  /// `|` phrases.
  static func phrases(_ value: YAMLValue) throws -> [String] {
    let items = value.isList ? try value.list() : [value]
    guard !items.isEmpty else { throw value.error("expected a phrase or a list of phrases") }
    return try items.map { item in
      let text = try item.string()
      guard !PhraseMatcher.words(text).isEmpty else {
        throw item.error("the phrase '\(Sanitizer.visible(text))' holds no word to look for")
      }
      // Every part around `&` and every phrase around `|` needs a word: "hide &" or "a||b" is a slip.
      let pieces = text.split(separator: "&", omittingEmptySubsequences: false).flatMap {
        $0.split(separator: "|", omittingEmptySubsequences: false)
      }
      if pieces.contains(where: { PhraseMatcher.words(String($0)).isEmpty }) {
        throw item.error(
          "the phrase '\(Sanitizer.visible(text))' has a part with no word to look for ('&' joins parts found anywhere in one sentence, '|' separates the phrases a part may be)"
        )
      }
      return text
    }
  }
}
