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

  public init(
    id: String, name: String, category: String, step: Step, description: String, aliases: [String]
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.step = step
    self.description = description
    self.aliases = aliases
  }
}
