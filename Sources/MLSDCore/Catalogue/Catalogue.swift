// The component catalogue: every kind mlsd knows, and recognition of a box's kinds from its
// declared kind or from the words of its label and detail line.
import Foundation

public struct Catalogue: Sendable {
  public private(set) var kinds: [ComponentKind]
  private var byID: [String: Int]
  let recognizer: KindRecognizer
  /// Each kind's typical neighbours as kind numbers, index-aligned with `kinds`.
  let neighbourTable: [NeighbourRow]
  /// The catalogue's words, which tell notes about the design from filler (`NotesRules`).
  let notesSubstance: NotesSubstance
  /// Per kind id, the names that mark the kind in prose (`NotesMentions.phrases`), worked out once.
  let mentionPhrases: [String: [String]]

  /// A kind's typical neighbours by number (positions in `kinds`).
  struct NeighbourRow: Sendable {
    var inputs: [Int]
    var outputs: [Int]
    var acceptsNothing: Bool
    var hasNeighbours: Bool { acceptsNothing || !inputs.isEmpty || !outputs.isEmpty }
  }

  public init(kinds: [ComponentKind]) {
    self.kinds = kinds
    let byID = Dictionary(kinds.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    self.byID = byID
    self.recognizer = KindRecognizer(kinds: kinds)
    self.notesSubstance = NotesSubstance(kinds: kinds)
    self.mentionPhrases = NotesMentions.phrases(of: kinds)
    self.neighbourTable = kinds.map { kind in
      NeighbourRow(
        inputs: kind.inputs.compactMap { byID[$0] }, outputs: kind.outputs.compactMap { byID[$0] },
        acceptsNothing: kind.inputs.contains("nothing"))
    }
  }

  /// The position of a kind in `kinds`.
  func index(of id: String) -> Int? { byID[id] }

  public func kind(_ id: String) -> ComponentKind? { byID[id].map { kinds[$0] } }

  public var ids: [String] { kinds.map(\.id) }

  /// The kinds a box counts as from its own text: its declared kind (when the catalogue knows it)
  /// and every kind its label and detail line give enough evidence for (`KindRecognizer`). The
  /// checker adds what the arrows around the box say (`BoardReader`).
  public func kinds(of box: Box) -> Set<String> {
    var found = Set(KindRecognizer.counted(evidence(of: box)).map(\.kind))
    if let declared = box.kind, byID[declared] != nil { found.insert(declared) }
    return found
  }

  /// What the label and detail line say about each kind, strongest first.
  public func evidence(of box: Box) -> [KindEvidence] {
    recognizer.read(label: box.label, detail: box.detail)
  }

  /// Kind ids recognised in free text (a label typed in the editor, a Mermaid node label).
  public func kinds(inText text: String) -> Set<String> {
    Set(KindRecognizer.counted(recognizer.read(label: text, detail: nil)).map(\.kind))
  }

  /// Kinds whose id, name or an alias contains `query` (for the palette's type-to-filter),
  /// best matches first: the whole name or alias, then a prefix of one, then a word's start,
  /// then anywhere. Within one of those, a kind in `preferring` (the kinds the board's template
  /// still wants) comes first; then, for a name two kinds share ("rules engine"), the kind the
  /// template's kinds (`asked`) choose (`SharedNames`); then a name, before an alias; then the
  /// name with fewer characters past the query ("elastic" finds Elasticsearch, the text search
  /// index, before "Elasticsearch kNN", the vector index); then the kind that lists the alias
  /// earlier among its examples ("redis": Cache, whose first example Redis is, before Online
  /// feature store, which lists it after Feast).
  public func search(_ query: String, asked: Set<String> = [], preferring: Set<String> = []) -> [ComponentKind] {
    let q = query.lowercased().trimmingCharacters(in: .whitespaces)
    if q.isEmpty { return kinds }
    // In order: rank, wanted, shared, named, extra, position, index (seven: past tuples' `<`).
    var scored: [(score: [Int], kind: ComponentKind)] = []
    let chosen = SharedNames.choice(q, asked: asked)
    for (index, kind) in kinds.enumerated() {
      let names = [kind.id, kind.name] + kind.aliases
      var best: (rank: Int, named: Int, extra: Int, position: Int)?
      for (position, name) in names.enumerated() {
        let lower = name.lowercased()
        let rank: Int
        if lower == q {
          rank = 0
        } else if lower.hasPrefix(q) {
          rank = 1
        } else if lower.split(separator: " ").contains(where: { $0.hasPrefix(q) }) {
          rank = 2
        } else if lower.contains(q) {
          rank = 3
        } else {
          continue
        }
        let candidate = (rank: rank, named: position < 2 ? 0 : 1, extra: lower.count - q.count, position: position)
        if best.map({ candidate < $0 }) ?? true { best = candidate }
      }
      if let best {
        let wanted = preferring.contains(kind.id) ? 0 : 1
        let shared = kind.id == chosen ? 0 : 1
        let score = [best.rank, wanted, shared, best.named, best.extra, best.position, index]
        scored.append((score: score, kind: kind))
      }
    }
    return scored.sorted { $0.score.lexicographicallyPrecedes($1.score) }.map(\.kind)
  }

  /// The alias of `kind` that best matches `query`, to show why a kind was found.
  public func matchingAlias(of kind: ComponentKind, for query: String) -> String? {
    let q = query.lowercased()
    guard !q.isEmpty else { return nil }
    if kind.name.lowercased().contains(q) || kind.id.contains(q) { return nil }
    return kind.aliases.first { $0.lowercased().hasPrefix(q) } ?? kind.aliases.first { $0.lowercased().contains(q) }
  }
}
