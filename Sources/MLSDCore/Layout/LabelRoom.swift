// When an arrow's label finds no place beside its line, the layout makes room: it opens empty
// rows across the drawing where that line runs (and, beside a vertical run, columns to its
// right) and routes again, so every label is drawn.

/// Opens rows in a laid-out board until every arrow label has a place.
public enum LabelRoom {
  /// Rounds of opening rows and routing again; each opens room for every label still missing.
  static let rounds = 4
  /// Rows opened for a one-line label; one more for each further line.
  static let rows = 2
  /// Larger boards are left as they are: one more routing of them costs more than the labels.
  static let maxBoxes = 300

  /// The board with rows opened where labels had no room; unchanged when every label fits.
  public static func make(_ board: Board) -> Board { routed(board).board }

  /// The board with room made, routed (the routing is kept so that callers that measure the
  /// drawing need not route it again). Room that kept no more labels is not kept: of the
  /// rounds, the first with the fewest labels missing wins. The result is kept for the process
  /// (`RoutingMemo`): the layout for reading weighs some boards more than once.
  public static func routed(_ board: Board) -> Diagram {
    guard board.boxes.count <= maxBoxes else { return Diagram(board: board) }
    return RoutingMemo.shared.value(board) { withRoom(board) }
  }

  private static func withRoom(_ board: Board) -> Diagram {
    var board = board
    var diagram = Diagram(board: board)
    var best = diagram
    var bestMissing = Int.max
    for round in 0...rounds {
      if round > 0 { diagram = Diagram(board: board) }
      let missing = diagram.routes.indices.filter {
        diagram.routes[$0].labelOrigin == nil && diagram.routes[$0].label != nil
      }.count
      if missing < bestMissing {
        best = diagram
        bestMissing = missing
      }
      if round == rounds { break }
      // Rows to open below each cut: enough for the tallest label missing there.
      var cuts: [Int: Int] = [:]
      var columnCuts: [Int: Int] = [:]
      for route in diagram.routes where route.labelOrigin == nil && !route.points.isEmpty {
        guard let text = route.label, let spot = cut(for: route) else { continue }
        cuts[spot.y] = max(cuts[spot.y] ?? 0, rows - 1 + text.height)
        // Beside a vertical run the label needs columns: boxes right of the run move right.
        if let x = spot.x { columnCuts[x] = max(columnCuts[x] ?? 0, text.width + 2) }
      }
      if cuts.isEmpty { break }
      // From the bottom up (and right to left), so that each cut is still where it was measured.
      for (y, count) in cuts.sorted(by: { $0.key > $1.key }) { open(&board, below: y, rows: count) }
      for (x, width) in columnCuts.sorted(by: { $0.key > $1.key }) {
        for i in board.boxes.indices where board.boxes[i].frame.minX > x { board.boxes[i].frame.x += width }
      }
    }
    return best
  }

  /// The row below which to open room: the middle of the arrow's longest vertical run, or the
  /// row of its longest horizontal run (the opened rows then lie beside it).
  /// With a vertical run, its column too.
  static func cut(for route: ArrowRoute) -> (y: Int, x: Int?)? {
    let points = route.points
    guard points.count >= 2 else { return points.first.map { ($0.y, nil) } }
    var best: (length: Int, y: Int, x: Int?)?
    for (a, b) in zip(points, points.dropFirst()) {
      let vertical = a.x == b.x
      let length = abs(a.x - b.x) + abs(a.y - b.y) + (vertical ? 1_000 : 0)
      if length > (best?.length ?? -1) { best = (length, vertical ? (a.y + b.y) / 2 : a.y, vertical ? a.x : nil) }
    }
    return best.map { ($0.y, $0.x) }
  }

  /// Moves every box that starts below row `y` down by `count` rows; boxes across row `y` stay
  /// (a box is never cut), and group frames, drawn round their boxes, grow with them.
  static func open(_ board: inout Board, below y: Int, rows count: Int = rows) {
    for i in board.boxes.indices where board.boxes[i].frame.minY > y {
      board.boxes[i].frame.y += count
    }
  }
}
