// Arrows drawn without a search: what the router falls back to when a board is too large to hold
// a routing grid, or too dense to route within its budget. A straight or Z-shaped path from the
// side of the source facing the target to the side of the target facing the source; it may run
// through other boxes, which is why the app and the commands say when it was used.

enum SimpleRoute {
  /// The corner points of a simple path between two box frames.
  static func points(from source: GridRect, to target: GridRect) -> [GridPoint] {
    let start: GridPoint
    let end: GridPoint
    let horizontal: Bool
    // Empty columns and rows between the boxes: the path runs along the axis with more room.
    let dx = max(target.minX - source.maxX, source.minX - target.maxX) - 1
    let dy = max(target.minY - source.maxY, source.minY - target.maxY) - 1
    if dx >= 2 && (dx >= dy || dy < 2) {
      let right = target.minX > source.maxX
      start = GridPoint(x: right ? source.maxX + 1 : source.minX - 1, y: source.minY + source.height / 2)
      end = GridPoint(x: right ? target.minX - 1 : target.maxX + 1, y: target.minY + target.height / 2)
      horizontal = true
    } else if dy >= 2 {
      let down = target.minY > source.maxY
      start = GridPoint(x: source.minX + source.width / 2, y: down ? source.maxY + 1 : source.minY - 1)
      end = GridPoint(x: target.minX + target.width / 2, y: down ? target.minY - 1 : target.maxY + 1)
      horizontal = false
    } else {
      // Touching or overlapping boxes: from the right side of one to the left side of the other.
      start = GridPoint(x: source.maxX + 1, y: source.minY + source.height / 2)
      end = GridPoint(x: target.minX - 1, y: target.minY + target.height / 2)
      return corners([start, GridPoint(x: end.x, y: start.y), end])
    }
    if horizontal {
      let middle = (start.x + end.x) / 2
      return corners([start, GridPoint(x: middle, y: start.y), GridPoint(x: middle, y: end.y), end])
    }
    let middle = (start.y + end.y) / 2
    return corners([start, GridPoint(x: start.x, y: middle), GridPoint(x: end.x, y: middle), end])
  }

  /// Where a label goes on a simple path: above the middle of its longest horizontal run, or
  /// beside the middle of its longest vertical one. (No grid to find a free place in.)
  static func labelOrigin(points: [GridPoint], size: LabelSize) -> GridPoint? {
    guard points.count >= 2 else { return nil }
    var best: (length: Int, a: GridPoint, b: GridPoint)?
    for (a, b) in zip(points, points.dropFirst()) {
      let length = abs(a.x - b.x) + abs(a.y - b.y)
      if best == nil || length > best!.length { best = (length, a, b) }
    }
    guard let (_, a, b) = best else { return nil }
    if a.y == b.y { return GridPoint(x: (a.x + b.x) / 2 - size.width / 2, y: a.y - size.height) }
    return GridPoint(x: a.x + 2, y: (a.y + b.y) / 2 - (size.height - 1) / 2)
  }

  /// Drops repeated points and points in the middle of a straight run.
  private static func corners(_ points: [GridPoint]) -> [GridPoint] {
    var out: [GridPoint] = []
    for p in points where out.last != p {
      if out.count >= 2 {
        let a = out[out.count - 2]
        let b = out[out.count - 1]
        if (a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y) { out.removeLast() }
      }
      out.append(p)
    }
    return out
  }
}
