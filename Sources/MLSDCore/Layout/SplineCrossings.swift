// How many times the edges of an engine's own drawing (Graphviz dot's splines) cross, counted as
// Benchmarks/dotquality.py counts them on `dot -Tplain`: each cubic Bézier piece sampled into a
// polyline, proper intersections of two edges' polylines, points of one pair closer than 0.05 in
// merged, and for edges that share an end node, points within 0.15 in of that node left out
// (they meet there). The layout uses it as the bar a drawing within the page may cross up to.

public enum SplineCrossings {
  /// Steps each Bézier piece is sampled at.
  static let steps = 24
  /// Crossings of one pair closer than this (inches) are one.
  static let samePoint = 0.05
  /// Intersections this close (inches) to a node both edges end at are where they meet.
  static let nearNode = 0.15

  /// An edge: its end nodes (indices into the nodes) and its spline's control points.
  public struct Edge: Sendable {
    public var tail: Int
    public var head: Int
    public var points: [GraphvizPlain.Point]

    public init(tail: Int, head: Int, points: [GraphvizPlain.Point]) {
      self.tail = tail
      self.head = head
      self.points = points
    }
  }

  /// A node's box: centre, width and height (inches).
  public struct Node: Sendable {
    public var center: GraphvizPlain.Point
    public var width: Double
    public var height: Double

    public init(center: GraphvizPlain.Point, width: Double, height: Double) {
      self.center = center
      self.width = width
      self.height = height
    }
  }

  /// The crossings between the edges' splines.
  public static func count(edges: [Edge], nodes: [Node]) -> Int {
    let lines = edges.map { polyline($0.points) }
    let boxes = lines.map(bounds)
    var total = 0
    for i in lines.indices {
      for j in lines.indices where j > i {
        guard overlap(boxes[i], boxes[j]) else { continue }
        let shared = Set([edges[i].tail, edges[i].head]).intersection([edges[j].tail, edges[j].head])
          .filter { $0 >= 0 && $0 < nodes.count }.map { nodes[$0] }
        var found: [GraphvizPlain.Point] = []
        // Only segments that reach into the other line's box can cross it.
        let reaching = (segments(lines[i], touching: boxes[j]), segments(lines[j], touching: boxes[i]))
        for (a, b) in reaching.0 {
          for (c, d) in reaching.1 {
            guard let p = intersection(a, b, c, d), !shared.contains(where: { near(p, $0) }) else { continue }
            if found.allSatisfy({ distance($0, p) >= samePoint }) { found.append(p) }
          }
        }
        total += found.count
      }
    }
    return total
  }

  /// The spline sampled: the first point, then `steps` points along each piece (the points as
  /// given when they are not 1 + 3k).
  static func polyline(_ points: [GraphvizPlain.Point]) -> [GraphvizPlain.Point] {
    guard let first = points.first, points.count >= 4 else { return points }
    var out = [first]
    for piece in stride(from: 0, to: points.count - 3, by: 3) {
      let (p0, p1, p2, p3) = (points[piece], points[piece + 1], points[piece + 2], points[piece + 3])
      for step in 1...steps {
        let t = Double(step) / Double(steps)
        let s = 1 - t
        let (a, b, c, d) = (s * s * s, 3 * s * s * t, 3 * s * t * t, t * t * t)
        out.append(
          GraphvizPlain.Point(
            x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y)
        )
      }
    }
    return out
  }

  /// Where segments ab and cd properly cross, or nil.
  static func intersection(
    _ a: GraphvizPlain.Point, _ b: GraphvizPlain.Point, _ c: GraphvizPlain.Point, _ d: GraphvizPlain.Point
  ) -> GraphvizPlain.Point? {
    let (rx, ry) = (b.x - a.x, b.y - a.y)
    let (sx, sy) = (d.x - c.x, d.y - c.y)
    let den = rx * sy - ry * sx
    guard abs(den) >= 1e-12 else { return nil }
    let t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den
    let u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / den
    guard t > 0 && t < 1 && u > 0 && u < 1 else { return nil }
    return GraphvizPlain.Point(x: a.x + t * rx, y: a.y + t * ry)
  }

  private static func near(_ p: GraphvizPlain.Point, _ node: Node) -> Bool {
    abs(p.x - node.center.x) <= node.width / 2 + nearNode && abs(p.y - node.center.y) <= node.height / 2 + nearNode
  }

  private static func distance(_ p: GraphvizPlain.Point, _ q: GraphvizPlain.Point) -> Double {
    ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
  }

  /// Lowest and highest x and y of a polyline (a pair whose boxes do not meet cannot cross).
  private static func bounds(_ line: [GraphvizPlain.Point]) -> (Double, Double, Double, Double) {
    line.reduce((Double.infinity, Double.infinity, -Double.infinity, -Double.infinity)) {
      (min($0.0, $1.x), min($0.1, $1.y), max($0.2, $1.x), max($0.3, $1.y))
    }
  }

  private static func segments(_ line: [GraphvizPlain.Point], touching box: (Double, Double, Double, Double))
    -> [(GraphvizPlain.Point, GraphvizPlain.Point)]
  {
    zip(line, line.dropFirst()).filter { a, b in
      overlap((min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y)), box)
    }
  }

  private static func overlap(_ a: (Double, Double, Double, Double), _ b: (Double, Double, Double, Double)) -> Bool {
    a.0 <= b.2 && b.0 <= a.2 && a.1 <= b.3 && b.1 <= a.3
  }
}
