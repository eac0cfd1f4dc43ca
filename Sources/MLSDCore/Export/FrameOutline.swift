// A group frame's outline for the drawing exports, open where an arrow runs across it: the text
// drawing leaves the frame's cells either side of such an arrow blank (`ArrowPainter`), and the
// pictures leave about the same stretch of line out, so an arrow enters a group through a gap
// instead of over its border.

/// Where arrows cross a frame's line, and the pieces of line left between those places.
struct FrameOutline {
  /// Crossings on the top and bottom lines (pixel x) and on the left and right lines (pixel y).
  var top: [Double] = []
  var bottom: [Double] = []
  var left: [Double] = []
  var right: [Double] = []

  var isEmpty: Bool { top.isEmpty && bottom.isEmpty && left.isEmpty && right.isEmpty }

  /// The places where an arrow's drawn line crosses the outline of `rect` between its corners:
  /// a vertical piece of an arrow across the top or bottom line, a horizontal one across the left
  /// or right line.
  init(rect: PixelRect, arrows: [[PixelPoint]]) {
    let minX = rect.x
    let maxX = rect.x + rect.width
    let minY = rect.y
    let maxY = rect.y + rect.height
    for points in arrows {
      for (a, b) in zip(points, points.dropFirst()) {
        if a.x == b.x, a.x > minX, a.x < maxX {
          let range = min(a.y, b.y)...max(a.y, b.y)
          if range.contains(minY) { top.append(a.x) }
          if range.contains(maxY) { bottom.append(a.x) }
        } else if a.y == b.y, a.y > minY, a.y < maxY {
          let range = min(a.x, b.x)...max(a.x, b.x)
          if range.contains(minX) { left.append(a.y) }
          if range.contains(maxX) { right.append(a.y) }
        }
      }
    }
  }

  /// The outline of `rect` as open polylines, clockwise from the top-left corner, with the line
  /// left out for one and a half cells either side of every crossing (the arrow's own cell and a
  /// cell on each side, as in the text drawing). Gaps stop `cornerRoom` short of the corners, so
  /// every corner is drawn. With no crossing, the whole closed outline.
  func pieces(of rect: PixelRect, cornerRoom: Double = 4) -> [[PixelPoint]] {
    let topLeft = PixelPoint(x: rect.x, y: rect.y)
    let topRight = PixelPoint(x: rect.x + rect.width, y: rect.y)
    let bottomRight = PixelPoint(x: rect.x + rect.width, y: rect.y + rect.height)
    let bottomLeft = PixelPoint(x: rect.x, y: rect.y + rect.height)
    let halfAcross = 1.5 * PixelLayout.cellWidth
    let halfDown = 1.5 * PixelLayout.cellHeight
    // Each side: its start and end corner, and its gaps as distances from the start corner.
    let sides: [(PixelPoint, PixelPoint, [Double], Double)] = [
      (topLeft, topRight, top.map { $0 - rect.x }, halfAcross),
      (topRight, bottomRight, right.map { $0 - rect.y }, halfDown),
      (bottomRight, bottomLeft, bottom.map { rect.x + rect.width - $0 }, halfAcross),
      (bottomLeft, topLeft, left.map { rect.y + rect.height - $0 }, halfDown),
    ]
    var out: [[PixelPoint]] = []
    var current = [topLeft]
    for (start, end, crossings, half) in sides {
      let length = abs(end.x - start.x) + abs(end.y - start.y)
      for gap in Self.merged(crossings, half: half, within: cornerRoom...(length - cornerRoom)) {
        current.append(Self.point(start, end, at: gap.lowerBound))
        out.append(current)
        current = [Self.point(start, end, at: gap.upperBound)]
      }
      current.append(end)
    }
    if out.isEmpty { return [current] }
    // The last piece ends where the first begins (the top-left corner): one piece round it.
    out[0] = current + out[0].dropFirst()
    return out.filter { $0.count >= 2 }
  }

  /// Gaps around the crossings, cut to the side and joined where they overlap, in order.
  private static func merged(_ crossings: [Double], half: Double, within room: ClosedRange<Double>)
    -> [ClosedRange<Double>]
  {
    guard room.lowerBound < room.upperBound else { return [] }
    var out: [ClosedRange<Double>] = []
    for c in crossings.sorted() {
      let low = max(room.lowerBound, c - half)
      let high = min(room.upperBound, c + half)
      guard low < high else { continue }
      if let last = out.last, low <= last.upperBound {
        out[out.count - 1] = last.lowerBound...max(last.upperBound, high)
      } else {
        out.append(low...high)
      }
    }
    return out
  }

  /// The point `distance` pixels from `a` towards `b` (on a level or upright side).
  private static func point(_ a: PixelPoint, _ b: PixelPoint, at distance: Double) -> PixelPoint {
    func toward(_ from: Double, _ to: Double) -> Double {
      from == to ? from : from + (to > from ? distance : -distance)
    }
    return PixelPoint(x: toward(a.x, b.x), y: toward(a.y, b.y))
  }
}
