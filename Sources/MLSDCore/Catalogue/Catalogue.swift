// The component catalogue: every kind mlsd knows, and recognition of a box's kinds from its
// declared kind or from the words of its label and detail line.
import Foundation

public struct Catalogue: Sendable {
  public private(set) var kinds: [ComponentKind]
  private var byID: [String: Int]
  private var matcher: AliasMatcher

  public init(kinds: [ComponentKind]) {
    self.kinds = kinds
    self.byID = Dictionary(kinds.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    self.matcher = AliasMatcher(kinds: kinds)
  }

  public func kind(_ id: String) -> ComponentKind? { byID[id].map { kinds[$0] } }

  public var ids: [String] { kinds.map(\.id) }

  /// The kinds a box counts as: its declared kind (when the catalogue knows it) and every kind
  /// whose name or alias appears in its label or detail line as whole words.
  public func kinds(of box: Box) -> Set<String> {
    var found: Set<String> = []
    if let declared = box.kind, byID[declared] != nil { found.insert(declared) }
    found.formUnion(matcher.kinds(in: box.label))
    if let detail = box.detail { found.formUnion(matcher.kinds(in: detail)) }
    return found
  }

  /// Kind ids recognised in free text (a label typed in the editor, a Mermaid node label).
  public func kinds(inText text: String) -> Set<String> { matcher.kinds(in: text) }

  /// The single best kind for a label: the one whose match covers the most text.
  public func bestKind(forText text: String) -> String? { matcher.bestKind(in: text) }

  /// Kinds whose id, name or an alias contains `query` (for the palette's type-to-filter),
  /// best matches first: prefix of name or alias, then anywhere.
  public func search(_ query: String) -> [ComponentKind] {
    let q = query.lowercased().trimmingCharacters(in: .whitespaces)
    if q.isEmpty { return kinds }
    var scored: [(Int, Int, ComponentKind)] = []
    for (index, kind) in kinds.enumerated() {
      let names = [kind.id, kind.name] + kind.aliases
      var best = Int.max
      for (position, name) in names.enumerated() {
        let lower = name.lowercased()
        if lower == q {
          best = min(best, 0)
        } else if lower.hasPrefix(q) {
          best = min(best, position < 2 ? 1 : 2)
        } else if lower.split(separator: " ").contains(where: { $0.hasPrefix(q) }) {
          best = min(best, 3)
        } else if lower.contains(q) {
          best = min(best, 4)
        }
      }
      if best != Int.max { scored.append((best, index, kind)) }
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }

  /// The alias of `kind` that best matches `query`, to show why a kind was found.
  public func matchingAlias(of kind: ComponentKind, for query: String) -> String? {
    let q = query.lowercased()
    guard !q.isEmpty else { return nil }
    if kind.name.lowercased().contains(q) || kind.id.contains(q) { return nil }
    return kind.aliases.first { $0.lowercased().hasPrefix(q) } ?? kind.aliases.first { $0.lowercased().contains(q) }
  }
}
