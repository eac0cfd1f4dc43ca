// Layered (Sugiyama-style) auto-layout for imported or unplaced boards: cycles broken, layers by
// longest path, crossings reduced by sweeps, boxes aligned across layers; groups kept together.

/// Layered (Sugiyama-style) auto-layout: returns the board with every box's frame set.
public enum LayeredLayout {
  public enum Direction: String, Sendable, CaseIterable { case leftToRight, topToBottom }

  /// Where the drawing starts, leaving room for arrows that go round the diagram.
  static let origin = GridPoint(x: 2, y: 1)

  /// With `tight`, layers top to bottom are closer: the gap holds the bends between them but no
  /// room for labels beside the line (they go across it or beside it where there is room).
  public static func layout(_ board: Board, direction: Direction = .leftToRight, tight: Bool = false) -> Board {
    var board = board
    guard !board.boxes.isEmpty else { return board }
    for i in board.boxes.indices {
      let natural = BoxSizing.naturalSize(label: board.boxes[i].label, detail: board.boxes[i].detail)
      if board.boxes[i].frame.width < Box.minWidth { board.boxes[i].frame.width = natural.width }
      if board.boxes[i].frame.height < Box.minHeight { board.boxes[i].frame.height = natural.height }
    }
    var connected = Set<String>()
    for arrow in board.arrows where arrow.from != arrow.to {
      connected.insert(arrow.from)
      connected.insert(arrow.to)
    }
    for group in board.groups { connected.formUnion(group.boxIDs) }
    let layered = board.boxes.indices.filter { connected.contains(board.boxes[$0].id) }
    let loose = board.boxes.indices.filter { !connected.contains(board.boxes[$0].id) }

    var extent = GridRect(x: origin.x, y: origin.y, width: 0, height: 0)
    if !layered.isEmpty {
      let graph = LayeredGraph.ordered(board: board, boxes: layered, direction: direction)
      let horizontal = direction == .leftToRight
      // Top to bottom a group's frame is as wide as its block: the block takes its title's width.
      var titleWidths: [Int: Int] = [:]
      if !horizontal {
        for (g, group) in board.groups.enumerated() { titleWidths[g] = GroupFrame.widthNeeded(title: group.title) }
      }
      let cross = CrossAxisPlacement(
        graph: graph, gap: horizontal ? 2 : 4, dummyGap: 2, minGroupSize: titleWidths)
      let main = mainPositions(graph, cross: cross.position, direction: direction, tight: tight)
      var minX = Int.max
      var minY = Int.max
      var placed: [(Int, Int, Int)] = []
      for v in 0..<graph.count where graph.box[v] >= 0 {
        let b = graph.box[v]
        let frame = board.boxes[b].frame
        let layerStart = main.start[graph.layer[v]]
        let along = layerStart + (main.extent[graph.layer[v]] - (horizontal ? frame.width : frame.height)) / 2
        let x = horizontal ? along : cross.position[v]
        let y = horizontal ? cross.position[v] : along
        let pad = graph.group[v] >= 0 ? GroupFrame.padding : 0
        minX = min(minX, x - pad)
        minY = min(minY, y - pad)
        placed.append((b, x, y))
      }
      for (b, x, y) in placed {
        board.boxes[b].frame.x = x - minX + origin.x
        board.boxes[b].frame.y = y - minY + origin.y
      }
      extent = layered.map { board.boxes[$0].frame }.reduce(extent) { $0.union($1) }
      for frame in GroupFrame.frames(of: board) { extent = extent.union(frame.rect) }
    }
    placeLoose(&board, loose, below: layered.isEmpty ? nil : extent)
    return board
  }

  /// Left to right when that fits in `width` columns, otherwise top to bottom if that is
  /// narrower: long pipelines would not fit a page or a terminal side by side.
  /// Rows are opened where labels would have no room (LabelRoom). Then, on boards small enough
  /// to route a few times, other arrangements (layers closer top to bottom, groups as lanes) and
  /// other seeds of the crossing reduction are routed too. Of the drawings that are no larger
  /// than the usual one and drop or write over frames no more labels, the one with the best
  /// `score` (crossings and area together) is kept: the layer order alone does not say how the
  /// arrows will cross once routed. When that drawing is larger than the page (`width`, at least
  /// `columns`, × `rows`), more compact arrangements are searched (`PageFit`); one within the
  /// page replaces it only when it drops and covers no more than it and crosses no more, or at
  /// most `PageFit.crossingAllowance` more when none within crosses no more (`fitted`). Under
  /// another engine (Graphviz) the same search with mlsd's own layering and order competes, each
  /// road's drawing fitted so: a drawing within the page beats one past it, and otherwise the
  /// better `score` is kept. The result is kept for the process (`LayoutMemo`).
  public static func layoutFitting(
    _ board: Board, width: Int = 150, rows: Int = pageRows, columns: Int = pageColumns
  ) -> Board {
    LayoutMemo.shared.layout(LayoutMemo.key(board, width: width, rows: rows, columns: columns)) {
      readable(board, width: width, rows: rows, columns: columns)
    }
  }

  private static func readable(_ board: Board, width: Int, rows: Int, columns: Int) -> Board {
    let usual = usualFitting(board, width: width)
    guard board.boxes.count <= alternativesMaxBoxes && board.arrows.count <= alternativesMaxArrows else {
      return LabelRoom.make(usual)
    }
    let page = (columns: max(width, columns), rows: rows)
    let weighed = weigh(board, usual: usual, width: width, page: page)
    var (chosen, quality) = weighed.best
    // Under another engine (Graphviz), mlsd's own layering and order compete too: on some boards
    // its drawing crosses fewer arrows once routed, on others only it fits the page. Each road's
    // drawing is fitted to the page (`fitted`); then, of drawings
    // that drop and write over frames no more labels, one within the page beats one past it (the
    // reader sees it whole), and otherwise the better `score` wins.
    let engine = LayoutEngine.ordering
    var counted: Int??
    func ceiling() -> Int? {
      if let counted { return counted }
      let crossings = engine.flatMap { engineCrossings(board, engine: $0) }
      counted = crossings
      return crossings
    }
    if engine != nil && board.arrows.count <= ownCompetitionMaxArrows {
      let own = LayoutEngine.$ordering.withValue(nil) { () -> (Diagram, LayoutQuality) in
        let drawn = closest(board, usual: usualFitting(board, width: width), width: width)
        return fitted(board, drawn, page: page)
      }
      // dot's drawing is the bar only when neither road has a drawing within the page: when mlsd's
      // own order has one, routing more packings for Graphviz's (people you may know: 4.7 s of
      // user time in a debug build) would only compete with it.
      // Only a drawing that cannot lose below (no label dropped or over a frame) spares it.
      let ownKept = within(own.1, page) && own.1.droppedLabels == 0 && own.1.labelsOnFrames == 0
      let theirs = fitted(board, (chosen, quality), page: page, ceiling: ownKept ? { nil } : ceiling)
      (chosen, quality) = theirs
      if own.1.droppedLabels <= quality.droppedLabels && own.1.labelsOnFrames <= quality.labelsOnFrames {
        let (ownWithin, theirsWithin) = (within(own.1, page), within(quality, page))
        if ownWithin && !theirsWithin || ownWithin == theirsWithin && score(own.1) < score(quality) {
          (chosen, quality) = own
        }
      }
      return chosen.board
    }
    let result = fitted(board, (chosen, quality), page: page, ceiling: ceiling)
    // The page search fits from its own candidates: when none fits, an alternative weighed
    // above that is within the page and drops, covers and crosses no more is drawn instead.
    if !within(result.1, page), let inside = weighed.within, inside.1.droppedLabels <= result.1.droppedLabels,
      inside.1.labelsOnFrames <= result.1.labelsOnFrames, inside.1.crossings <= result.1.crossings
    {
      return inside.0.board
    }
    return result.0.board
  }

  /// Whether a drawing's measure is within the page.
  static func within(_ quality: LayoutQuality, _ page: (columns: Int, rows: Int)) -> Bool {
    quality.columns <= page.columns && quality.rows <= page.rows
  }

  /// The drawing, or when it is larger than the page, a more compact arrangement within the page
  /// that drops and covers no more than it and crosses no more, or at most
  /// `PageFit.crossingAllowance` more, or no more than `ceiling` (Graphviz dot's own drawing of
  /// the board, when the layout has it) or the larger allowance a drawing far past the page gets
  /// (`PageFit.within`), with its measure.
  static func fitted(
    _ board: Board, _ drawn: (Diagram, LayoutQuality), page: (columns: Int, rows: Int),
    ceiling: () -> Int? = { nil }
  ) -> (Diagram, LayoutQuality) {
    if within(drawn.1, page) { return drawn }
    guard let fit = PageFit.within(board, chosen: drawn.0, page: page, bar: drawn.1, ceiling: ceiling) else {
      return drawn
    }
    return (fit, LayoutQuality(fit))
  }

  /// How many times the edges of the engine's own drawing of the board cross: the board as
  /// `mlsd export --format dot` writes it, arrow labels included (Benchmarks/quality.sh counts
  /// dot's crossings on the same text).
  static func engineCrossings(_ board: Board, engine: any LayerOrdering) -> Int? {
    engine.crossings(ofDOT: DotExporter().export(board, context: ExportContext()))
  }

  /// The usual drawing or, of the alternatives no larger than it that drop or write over frames
  /// no more labels, the one with the best `score`; with its measure.
  static func closest(_ board: Board, usual: Board, width: Int) -> (Diagram, LayoutQuality) {
    weigh(board, usual: usual, width: width, page: nil).best
  }

  /// `closest`'s drawing and, with a `page`, the drawing of best `score` within it of those it
  /// weighs (the usual one too) that drop and write over frames no more labels than the usual one.
  static func weigh(_ board: Board, usual: Board, width: Int, page: (columns: Int, rows: Int)?) -> (
    best: (Diagram, LayoutQuality), within: (Diagram, LayoutQuality)?
  ) {
    let usualDiagram = LabelRoom.routed(usual)
    var best = usualDiagram
    let bar = LayoutQuality(usualDiagram)
    var bestQuality = bar
    let barArea = bar.columns * bar.rows
    var bestScore = score(bar)
    var inside: (Diagram, LayoutQuality)? = page.flatMap { within(bar, $0) ? (usualDiagram, bar) : nil }
    func consider(_ diagram: Diagram, _ quality: LayoutQuality) {
      guard let page, within(quality, page) else { return }
      if inside.map({ score(quality) < score($0.1) }) ?? true { inside = (diagram, quality) }
    }
    let wide = drawnBounds(layout(board, direction: .leftToRight)).map { $0.width <= width } ?? true
    var alternatives: [Board] = []
    for seed in seeds(of: board) {
      if seed.boxes != board.boxes { alternatives.append(layout(seed, direction: wide ? .leftToRight : .topToBottom)) }
      alternatives.append(layout(seed, direction: .topToBottom, tight: true))
      if let lanes = LaneLayout.layout(seed) { alternatives.append(lanes) }
    }
    for var alternative in alternatives {
      // Routing only adds to the boxes and frames (arrows, labels, rows opened for them): one
      // that covers more than the bar's area, or as much as the best score, cannot be taken.
      // (With a page and the best past it, one within it is weighed whatever its area's score.)
      let pastPage = page.map { !within(bestQuality, $0) } ?? false
      let limit = pastPage ? barArea : min(barArea, bestScore - 1)
      if let bounds = drawnBounds(alternative), bounds.width * bounds.height > limit {
        continue
      }
      if alternative.boxes.first?.id != board.boxes.first?.id || alternative.boxes.count != board.boxes.count {
        alternative = inOrder(of: board, alternative)
      }
      let diagram = LabelRoom.routed(alternative)
      let quality = LayoutQuality(diagram)
      guard
        quality.droppedLabels <= bar.droppedLabels && quality.labelsOnFrames <= bar.labelsOnFrames
          && quality.columns * quality.rows <= barArea
      else { continue }
      consider(diagram, quality)
      if score(quality) < bestScore {
        best = diagram
        bestQuality = quality
        bestScore = score(quality)
      }
    }
    return ((best, bestQuality), inside)
  }

  /// Boards with more arrows than this are not laid out a second time with mlsd's own order
  /// under another engine: the search routes every candidate, and a dense board (60 boxes, every
  /// pair joined) took minutes. The references have 15 to 25 arrows.
  static let ownCompetitionMaxArrows = 60

  /// The page a drawing for reading aims at when the caller gives no wider one: 200 columns and
  /// 58 rows (60 with the title line and the blank line under it).
  public static let pageColumns = 200

  /// The columns a user's own board is laid out to fit (`mlsd import`, the app's `L` on a window
  /// narrower than this): a wide terminal's, so that the drawing is read without scrolling across.
  public static let userPageColumns = 160
  public static let pageRows = 58

  /// What a drawing costs the reader: its crossings, each weighed as much as this many cells
  /// of drawing (seven rows of a 200-column drawing), plus its area; lower is better.
  static let cellsPerCrossing = 1_500
  static func score(_ quality: LayoutQuality) -> Int {
    quality.crossings * cellsPerCrossing + quality.columns * quality.rows
  }

  /// The box orders that seed the crossing reduction: the file's, its reverse, and orders
  /// shuffled by a hash of each box's id (the same board always gives the same orders).
  static func seeds(of board: Board) -> [Board] {
    var out = [board]
    var reversed = board
    reversed.boxes.reverse()
    out.append(reversed)
    for salt in shuffleSalts {
      var shuffled = board
      let keys = board.boxes.map { box -> UInt64 in
        var hash = salt
        for byte in box.id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
      }
      shuffled.boxes = board.boxes.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { board.boxes[$0] }
      out.append(shuffled)
    }
    return out
  }

  /// Salts of the shuffled seeds.
  static let shuffleSalts: [UInt64] = [0xcbf2_9ce4_8422_2325, 0x9e37_79b9_7f4a_7c15]

  /// `board` with each box's frame taken from the box of the same id in `laid` (the boxes in
  /// their file order again after a layout of a reordered copy).
  static func inOrder(of board: Board, _ laid: Board) -> Board {
    var frames: [String: GridRect] = [:]
    for box in laid.boxes where frames[box.id] == nil { frames[box.id] = box.frame }
    var out = board
    for i in out.boxes.indices { if let frame = frames[out.boxes[i].id] { out.boxes[i].frame = frame } }
    return out
  }

  /// Boards up to this many boxes are also tried in the tighter arrangements.
  static let alternativesMaxBoxes = 150
  /// Nor on boards with more arrows than this: every candidate is routed, and a dense board
  /// (60 boxes, every pair joined both ways: 3,540 arrows) took six minutes to import.
  static let alternativesMaxArrows = 400

  /// Left to right when that fits in `width` columns, otherwise top to bottom if that is narrower
  /// (before room is made for labels).
  static func usualFitting(_ board: Board, width: Int) -> Board {
    let wide = layout(board, direction: .leftToRight)
    guard let wideBounds = drawnBounds(wide), wideBounds.width > width else { return wide }
    let tall = layout(board, direction: .topToBottom)
    guard let tallBounds = drawnBounds(tall) else { return wide }
    return tallBounds.width < wideBounds.width ? tall : wide
  }

  /// Boxes and group frames: what the layout decides (arrows add little around it).
  public static func drawnBounds(_ board: Board) -> GridRect? {
    guard var rect = board.bounds else { return nil }
    for frame in GroupFrame.frames(of: board) { rect = rect.union(frame.rect) }
    return rect
  }

  /// Start and width of each layer along the flow; the gap after a layer grows with the labels
  /// and the bending arrows it must hold, and with group frames that begin or end there.
  private static func mainPositions(_ graph: LayeredGraph, cross: [Int], direction: Direction, tight: Bool)
    -> (start: [Int], extent: [Int])
  {
    let horizontal = direction == .leftToRight
    let layerCount = graph.layers.count
    var extent = Array(repeating: 0, count: layerCount)
    for v in 0..<graph.count { extent[graph.layer[v]] = max(extent[graph.layer[v]], graph.mainSize[v]) }
    var firstLayer: [Int: Int] = [:]
    var lastLayer: [Int: Int] = [:]
    for v in 0..<graph.count where graph.group[v] >= 0 {
      let g = graph.group[v]
      firstLayer[g] = min(firstLayer[g] ?? Int.max, graph.layer[v])
      lastLayer[g] = max(lastLayer[g] ?? Int.min, graph.layer[v])
    }
    var start = Array(repeating: 0, count: layerCount)
    for l in 0..<layerCount where l + 1 < layerCount {
      var bending = 0
      for v in graph.layers[l] {
        for w in graph.down[v] where cross[v] + graph.crossSize[v] / 2 != cross[w] + graph.crossSize[w] / 2 {
          bending += 1
        }
      }
      let label = graph.labelWidth[l]
      var gap: Int
      if horizontal {
        gap = max(8, label + 4, min(bending, 8) + 4)
      } else if tight {
        gap = max(2, min((bending + 1) / 2, 3) + 1)
      } else {
        gap = max(label > 0 ? 4 : 3, min((bending + 1) / 2, 4) + 2)
      }
      let frames = firstLayer.values.filter { $0 == l + 1 }.count + lastLayer.values.filter { $0 == l }.count
      if frames > 0 { gap += GroupFrame.padding + (frames > 1 ? GroupFrame.padding + 1 : 0) }
      start[l + 1] = start[l] + extent[l] + gap
    }
    return (start, extent)
  }

  /// Boxes with no arrow and no group go in rows under the diagram.
  private static func placeLoose(_ board: inout Board, _ loose: [Int], below extent: GridRect?) {
    guard !loose.isEmpty else { return }
    let rowWidth = max(80, extent?.width ?? 0)
    var x = origin.x
    var y = extent.map { $0.maxY + 3 } ?? origin.y
    var rowHeight = 0
    for b in loose {
      let frame = board.boxes[b].frame
      if x > origin.x && x + frame.width > origin.x + rowWidth {
        x = origin.x
        y += rowHeight + 2
        rowHeight = 0
      }
      board.boxes[b].frame.x = x
      board.boxes[b].frame.y = y
      x += frame.width + 4
      rowHeight = max(rowHeight, frame.height)
    }
  }
}
