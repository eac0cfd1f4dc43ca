// A long pipeline without groups, wrapped: its flow cut into bands by position along it (the
// first layers, the middle ones, the last ones), each band laid out left to right and the bands
// stacked top to bottom, as a person continues a long row on the next line of the whiteboard.

enum BandLayout {
  /// Centres of layers closer than this (in columns) are one layer: boxes of a layer are
  /// centred in it, give or take a column of rounding.
  static let sameLayer = 2

  /// The board in `count` bands, or nil when it has groups (their frames would span bands) or
  /// fewer layers than bands.
  static func layout(_ board: Board, bands count: Int) -> Board? {
    guard board.groups.isEmpty, count >= 2 else { return nil }
    let flat = LayeredLayout.layout(board, direction: .leftToRight)
    var layerStarts: [Int] = []
    for center in Set(flat.boxes.map(\.frame.center.x)).sorted() {
      if let last = layerStarts.last, center - last <= sameLayer { continue }
      layerStarts.append(center)
    }
    guard layerStarts.count >= count else { return nil }
    var bandOf: [String: Int] = [:]
    for box in flat.boxes {
      // The box's layer: the last layer starting at or before its centre.
      let layer = max(0, (layerStarts.lastIndex { $0 <= box.frame.center.x }) ?? 0)
      bandOf[box.id] = layer * count / layerStarts.count
    }
    var lanes: [LaneLayout.Lane] = []
    for band in 0..<count {
      let ids = Set(board.boxes.filter { bandOf[$0.id] == band }.map(\.id))
      guard !ids.isEmpty else { continue }
      var part = Board(title: board.title)
      part.boxes = board.boxes.filter { ids.contains($0.id) }
      part.arrows = board.arrows.filter { ids.contains($0.from) && ids.contains($0.to) }
      let laid = LayeredLayout.layout(part, direction: .leftToRight)
      guard let bounds = LayeredLayout.drawnBounds(laid) else { continue }
      lanes.append(LaneLayout.Lane(laid: laid, bounds: bounds))
    }
    guard lanes.count >= 2 else { return nil }
    return LaneLayout.pack(board, lanes, stacking: .rows, limit: nil)
  }
}
