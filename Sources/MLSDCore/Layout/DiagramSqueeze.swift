// Rows and columns of a routed drawing that hold nothing but straight arrow runs passing through
// (no box, no frame line, no bend, no arrowhead, no label) say nothing to the reader: a layered
// layout leaves many of them, between layers sized for the worst case and along long arrows.
// Squeezing takes them out, leaving a short gap, and moves every box, bend and label with the
// rest, so the arrows keep their paths, crossings and labels, only shorter.

enum DiagramSqueeze {
  /// Empty rows left in each stretch squeezed: a blank row keeps layers apart to the eye.
  static let keptRows = 1
  /// Empty columns left in each stretch squeezed.
  static let keptColumns = 1

  /// The diagram with its empty stretches shortened (the routes moved with it, not routed
  /// again), or nil when there was nothing to take out. A label always keeps its row; with
  /// `keepingLabels` its columns too, otherwise the routing again places it on the shortened
  /// arrow (LabelRoom makes room if it no longer fits). `leavingRows` is the empty rows left in
  /// each stretch (`keptRows` unless a page is short of rows).
  static func squeeze(_ diagram: Diagram, keepingLabels: Bool = false, leavingRows: Int = keptRows) -> Diagram? {
    let board = diagram.board
    var rows: [(Int, Int)] = []
    var columns: [(Int, Int)] = []
    for box in board.boxes {
      // The row above and below a box hold arrowheads and stubs.
      rows.append((box.frame.minY - 1, box.frame.maxY + 1))
      columns.append((box.frame.minX - 1, box.frame.maxX + 1))
    }
    for frame in GroupFrame.frames(of: board) {
      let r = frame.rect
      let pad = GroupFrame.padding
      // The frame lines with the padding inside them and a cell outside, and the title.
      rows.append((r.minY - 1, r.minY + pad))
      rows.append((r.maxY - pad, r.maxY + 1))
      columns.append((r.minX - 1, r.minX + pad))
      columns.append((r.maxX - pad, r.maxX + 1))
      columns.append((r.minX, max(r.minX, frame.titleColumns.upperBound + 1)))
    }
    for route in diagram.routes {
      for p in route.points {
        rows.append((p.y, p.y))
        columns.append((p.x, p.x))
      }
      if let label = route.labelRect {
        rows.append((label.minY, label.maxY))
        if keepingLabels { columns.append((label.minX, label.maxX)) }
      }
    }
    let mapY = Shift(kept: rows, leaving: leavingRows)
    let mapX = Shift(kept: columns, leaving: keptColumns)
    guard !mapY.isIdentity || !mapX.isIdentity else { return nil }
    func point(_ p: GridPoint) -> GridPoint { GridPoint(x: mapX.map(p.x), y: mapY.map(p.y)) }
    var moved = board
    for i in moved.boxes.indices {
      let corner = point(GridPoint(x: moved.boxes[i].frame.x, y: moved.boxes[i].frame.y))
      moved.boxes[i].frame.x = corner.x
      moved.boxes[i].frame.y = corner.y
    }
    let routes = diagram.routes.map { route in
      var out = ArrowRoute(
        points: route.points.map(point), labelOrigin: route.labelOrigin.map(point), label: route.label)
      out.isSimple = route.isSimple
      return out
    }
    return Diagram(board: moved, routes: routes)
  }

  /// One axis: the coordinates to keep, and how far everything past each shortened stretch moves.
  struct Shift {
    /// Starts of the kept stretches after a shortened gap, and the total shift from there on.
    private var folding = Diagram.Folding(starts: [], shifts: [])

    init(kept: [(Int, Int)], leaving: Int) {
      var merged: [(Int, Int)] = []
      for r in kept.sorted(by: { $0.0 < $1.0 }) {
        if let last = merged.last, r.0 <= last.1 + 1 {
          merged[merged.count - 1].1 = max(last.1, r.1)
        } else {
          merged.append(r)
        }
      }
      var total = 0
      for (previous, next) in zip(merged, merged.dropFirst()) {
        let gap = next.0 - previous.1 - 1
        guard gap > leaving else { continue }
        total += gap - leaving
        folding.starts.append(next.0)
        folding.shifts.append(total)
      }
    }

    var isIdentity: Bool { folding.starts.isEmpty }

    /// Where coordinate `c` goes.
    func map(_ c: Int) -> Int { folding.map(c) }
  }
}
