// The candidate's notes, one text per framework step.

/// Notes for each of the seven steps; a step without notes reads as the empty string.
public struct StepNotes: Hashable, Sendable, Codable {
  private var texts: [Step: String]

  public init(_ texts: [Step: String] = [:]) {
    self.texts = texts.filter { !$0.value.isEmpty }
  }

  public subscript(step: Step) -> String {
    get { texts[step] ?? "" }
    set { texts[step] = newValue.isEmpty ? nil : newValue }
  }

  /// The steps that have any text, in framework order.
  public var filledSteps: [Step] { Step.allCases.filter { texts[$0] != nil } }

  public var isEmpty: Bool { texts.isEmpty }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode([String: String].self)
    var texts: [Step: String] = [:]
    for (key, value) in raw {
      guard let step = Step(rawValue: key) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "unknown step '\(key)'")
      }
      texts[step] = value
    }
    self.init(texts)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    var raw: [String: String] = [:]
    for (step, text) in texts { raw[step.rawValue] = text }
    try container.encode(raw)
  }
}
