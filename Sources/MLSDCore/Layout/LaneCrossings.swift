// How many arrows a packing of lanes will cross, guessed before routing: each arrow on its simple
// route (SimpleRoute: out of the side facing the other box, one bend in the middle), the
// crossings of one arrow's horizontal runs with another's vertical runs counted (arrows that
// share a box meet there and are left out), and every box a run passes through counted too (the
// router must take that arrow round it, across the arrows beside it). Routing is what costs in
// the page search; the guess picks which packings are worth routing (LaneMix), as a person
// sketches where the regions go so that the arrows between them do not cross.

enum LaneCrossings {
  /// The guess for the board as packed. Written as flat loops over integers: the page search
  /// guesses for every packing within the page (hundreds), in debug builds too.
  static func estimate(_ board: Board) -> Int {
    var index: [String: Int] = [:]
    for (i, box) in board.boxes.enumerated() where index[box.id] == nil { index[box.id] = i }
    let frames = board.boxes.map(\.frame)
    // Runs as (arrow, fixed coordinate, from, to, source box, target box), horizontal and
    // vertical apart.
    var horizontal: [Int] = []
    var vertical: [Int] = []
    var ends: [(Int, Int)] = []
    for arrow in board.arrows where arrow.from != arrow.to {
      guard let s = index[arrow.from], let t = index[arrow.to] else { continue }
      let a = ends.count
      ends.append((s, t))
      let points = SimpleRoute.points(from: frames[s], to: frames[t])
      var k = 1
      while k < points.count {
        let (p, q) = (points[k - 1], points[k])
        if p.y == q.y {
          horizontal += [a, p.y, min(p.x, q.x), max(p.x, q.x)]
        } else if p.x == q.x {
          vertical += [a, p.x, min(p.y, q.y), max(p.y, q.y)]
        }
        k += 1
      }
    }
    var count = 0
    var h = 0
    while h < horizontal.count {
      let (a, y, x0, x1) = (horizontal[h], horizontal[h + 1], horizontal[h + 2], horizontal[h + 3])
      var v = 0
      while v < vertical.count {
        let b = vertical[v]
        if b != a && vertical[v + 1] > x0 && vertical[v + 1] < x1 && y > vertical[v + 2] && y < vertical[v + 3] {
          let (p, q) = (ends[a], ends[b])
          if p.0 != q.0 && p.0 != q.1 && p.1 != q.0 && p.1 != q.1 { count += 1 }
        }
        v += 4
      }
      h += 4
    }
    // Boxes passed through: a run inside a box's border, once per arrow and box.
    var passed = Set<Int>()
    for (runs, across) in [(horizontal, true), (vertical, false)] {
      var r = 0
      while r < runs.count {
        let (a, fixed, lo, hi) = (runs[r], runs[r + 1], runs[r + 2], runs[r + 3])
        for (i, f) in frames.enumerated() where i != ends[a].0 && i != ends[a].1 {
          let (fixedLo, fixedHi) = across ? (f.minY, f.maxY) : (f.minX, f.maxX)
          let (alongLo, alongHi) = across ? (f.minX, f.maxX) : (f.minY, f.maxY)
          if fixed > fixedLo && fixed < fixedHi && hi > alongLo && lo < alongHi {
            passed.insert(a * frames.count + i)
          }
        }
        r += 4
      }
    }
    return count + passed.count
  }
}
