// Drawing a whole diagram at its own size costs a cell per column and row of its bounds, so two
// boxes 100,000 cells apart would need ten billion cells. Folding shortens every empty stretch
// (columns or rows where nothing but straight arrow runs pass) longer than `foldAbove` to
// `foldedLength`: the picture keeps every box, label, bend and arrowhead, and its size follows
// what is drawn instead of where.

extension Diagram {
  /// Gaps at least this long are shortened; shorter ones (all of an ordinary board's) are kept.
  static let foldAbove = 200
  /// What a shortened gap keeps.
  static let foldedLength = 12

  /// The diagram with long empty stretches shortened, and whether anything was.
  public func folded() -> (diagram: Diagram, folded: Bool) {
    var xs = Diagram.Spans()
    var ys = Diagram.Spans()
    for box in board.boxes {
      xs.keep(box.frame.minX - 3, box.frame.maxX + 3)
      ys.keep(box.frame.minY - 2, box.frame.maxY + 2)
    }
    for frame in GroupFrame.frames(of: board) {
      let r = frame.rect
      xs.keep(r.minX - 1, r.minX + frame.titleColumns.count + 4)
      xs.keep(r.maxX - 1, r.maxX + 1)
      ys.keep(r.minY - 1, r.minY + 1)
      ys.keep(r.maxY - 1, r.maxY + 1)
    }
    for route in routes {
      for p in route.points {
        xs.keep(p.x - 2, p.x + 2)
        ys.keep(p.y - 2, p.y + 2)
      }
      if let label = route.labelRect {
        xs.keep(label.minX - 1, label.maxX + 2)
        ys.keep(label.minY - 1, label.maxY + 1)
      }
    }
    for loose in looseLabels.values where loose.isDrawn {
      let label = loose.text.size.rect(at: loose.origin)
      xs.keep(label.minX - 1, label.maxX + 2)
      ys.keep(label.minY - 1, label.maxY + 1)
    }
    let mapX = xs.folding()
    let mapY = ys.folding()
    guard mapX != nil || mapY != nil else { return (self, false) }
    func point(_ p: GridPoint) -> GridPoint {
      GridPoint(x: mapX?.map(p.x) ?? p.x, y: mapY?.map(p.y) ?? p.y)
    }
    var moved = board
    for i in moved.boxes.indices {
      let f = moved.boxes[i].frame
      let corner = point(GridPoint(x: f.x, y: f.y))
      moved.boxes[i].frame = GridRect(x: corner.x, y: corner.y, width: f.width, height: f.height)
    }
    let movedRoutes = routes.map { route in
      var out = ArrowRoute(
        points: route.points.map(point), labelOrigin: route.labelOrigin.map(point), label: route.label)
      out.isSimple = route.isSimple
      return out
    }
    return (Diagram(board: moved, routes: movedRoutes), true)
  }

  /// Coordinates along one axis that must be drawn as they are.
  struct Spans {
    private var ranges: [(Int, Int)] = []

    mutating func keep(_ low: Int, _ high: Int) { ranges.append((low, high)) }

    /// The map that shortens the long gaps between kept ranges; nil when there is none.
    func folding() -> Folding? {
      let sorted = ranges.sorted { $0.0 < $1.0 }
      var merged: [(Int, Int)] = []
      for r in sorted {
        if let last = merged.last, r.0 <= last.1 + 1 {
          merged[merged.count - 1].1 = max(last.1, r.1)
        } else {
          merged.append(r)
        }
      }
      var starts: [Int] = []
      var shifts: [Int] = []
      var shift = 0
      for (previous, next) in zip(merged, merged.dropFirst()) {
        let gap = next.0 - previous.1 - 1
        if gap >= Diagram.foldAbove {
          shift += gap - Diagram.foldedLength
          starts.append(next.0)
          shifts.append(shift)
        }
      }
      return starts.isEmpty ? nil : Folding(starts: starts, shifts: shifts)
    }
  }

  /// A monotone map of one axis: from each of `starts` on, coordinates move back by its shift.
  struct Folding {
    var starts: [Int]
    var shifts: [Int]

    func map(_ value: Int) -> Int {
      // The last start at or before the value (binary search: a board has many).
      var low = 0
      var high = starts.count
      while low < high {
        let mid = (low + high) / 2
        if starts[mid] <= value { low = mid + 1 } else { high = mid }
      }
      return low == 0 ? value : value - shifts[low - 1]
    }
  }
}
