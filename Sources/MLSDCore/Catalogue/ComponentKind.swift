// One kind of component an ML system is built from, with the names it goes by.

/// A component kind of the catalogue ("online-feature-store": Feast, Redis, ...).
public struct ComponentKind: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  /// A coarse family for the palette ("ingestion", "features", "serving", ...).
  public var category: String
  /// The framework step the component is discussed in.
  public var step: Step
  public var description: String
  /// Technology names and synonyms that identify a box as this kind ("Kafka", "Kinesis").
  public var aliases: [String]
  /// Words that hint at the kind without naming it ("train", "GBDT"): weak evidence alone,
  /// stronger as the label's head word (`KindRecognizer`).
  public var cues: [String]
  /// Role nouns a box of this kind is called by ("service", "job", "store"), evidence only as the
  /// label's head word.
  public var roles: [String]
  /// Kinds that typically feed a box of this kind; "nothing" for a box with no incoming arrows.
  public var inputs: [String]
  /// Kinds a box of this kind typically feeds.
  public var outputs: [String]
  /// Arrow labels that name what a box of this kind sends ("logged predictions", "model weights").
  public var carries: [String]

  public init(
    id: String, name: String, category: String, step: Step, description: String, aliases: [String],
    cues: [String] = [], roles: [String] = [], inputs: [String] = [], outputs: [String] = [],
    carries: [String] = []
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.step = step
    self.description = description
    self.aliases = aliases
    self.cues = cues
    self.roles = roles
    self.inputs = inputs
    self.outputs = outputs
    self.carries = carries
  }
}
