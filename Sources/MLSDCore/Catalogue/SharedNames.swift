// Names two kinds of the catalogue share, and which of them a template's components choose.

/// A name that is an alias of two kinds: "rules engine" is the decision service that turns a
/// score into an action (a fraud check's approve, review or decline; a moderation rule's takedown)
/// and the business rules after a ranker (FACTS.md: re-ranking, "business rules"). Which one a
/// box so named is depends on the design: the kind its template asks for, else the first listed.
enum SharedNames {
  /// Each shared name (lower case) and its kinds, the one read when the template asks for
  /// neither first: outside a ranked list a rules engine decides on each item.
  static let kinds: [String: [String]] = ["rules engine": ["enforcement-service", "re-ranking"]]

  /// The kind a box named `name` is, given the kinds the template asks for; nil for a name no two
  /// kinds share.
  static func choice(_ name: String, asked: Set<String>) -> String? {
    guard let candidates = kinds[name.lowercased()] else { return nil }
    return candidates.first(where: asked.contains) ?? candidates.first
  }
}
