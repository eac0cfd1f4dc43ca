// The order in which the K palette offers kinds for a box, kept in this one function so that a
// better guess of what a box is (from its words, its neighbours, its arrows) changes the order
// everywhere the palette is drawn, clicked or chosen from.

/// The catalogue kinds offered for `box`, filtered by `query` as the add palette filters them:
/// the kinds the checker reads the box as, then its guesses, best first (`BoxReading`, from the
/// box's words, neighbours and arrows), then the rest in the palette's order. A kind whose name
/// (or id) is the typed text comes before all of them: `K cache` declares Cache, whatever the box
/// is read as.
public func kindCandidates(for box: Box, reading: BoxReading?, catalogue: Catalogue, query: String) -> [ComponentKind] {
  let results = catalogue.search(query)
  var ranked = (reading?.counted ?? []).map(\.kind) + (reading?.guesses ?? []).map(\.kind)
  if reading == nil { ranked = Array(catalogue.kinds(of: box)).sorted() }
  guard !ranked.isEmpty else { return results }
  let typed = query.lowercased().trimmingCharacters(in: .whitespaces)
  let named = results.filter { $0.name.lowercased() == typed || $0.id == typed }
  let rest = results.filter { kind in !named.contains { $0.id == kind.id } }
  let rank = Dictionary(ranked.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
  let first = rest.filter { rank[$0.id] != nil }.sorted { rank[$0.id, default: 0] < rank[$1.id, default: 0] }
  return named + first + rest.filter { rank[$0.id] == nil }
}
