// The order in which the K palette offers kinds for a box, kept in this one function so that a
// better guess of what a box is (from its words, its neighbours, its arrows) changes the order
// everywhere the palette is drawn, clicked or chosen from.

/// The catalogue kinds offered for `box`, filtered by `query` as the add palette filters them:
/// the kinds recognised in the box's own text (and its declared kind) first, then the rest in
/// the palette's order.
public func kindCandidates(for box: Box, catalogue: Catalogue, query: String) -> [ComponentKind] {
  let results = catalogue.search(query)
  let recognised = catalogue.kinds(of: box)
  guard !recognised.isEmpty else { return results }
  return results.filter { recognised.contains($0.id) } + results.filter { !recognised.contains($0.id) }
}
