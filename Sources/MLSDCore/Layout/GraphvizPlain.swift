// Graphviz's "plain" output (`dot -Tplain`, or gvRenderData with "plain"): the laid-out graph as
// lines of words, in inches with y growing upwards.
//   graph SCALE WIDTH HEIGHT
//   node NAME X Y WIDTH HEIGHT LABEL STYLE SHAPE COLOR FILLCOLOR
//   edge TAIL HEAD N X1 Y1 ... XN YN [LABEL XL YL] STYLE COLOR
//   stop
// Words with spaces or quotes are in double quotes, a backslash escaping the next character.

/// One plain layout: node centres and sizes, and each edge's spline control points.
public struct GraphvizPlain: Sendable, Equatable {
  public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }
  public struct Node: Sendable, Equatable {
    public var name: String
    public var center: Point
    public var width: Double
    public var height: Double
  }
  public struct Edge: Sendable, Equatable {
    public var tail: String
    public var head: String
    /// The spline's control points: cubic Bézier pieces, each sharing its first point with the
    /// last of the piece before (1 + 3k points).
    public var points: [Point]
  }

  public var width: Double
  public var height: Double
  public var nodes: [Node]
  public var edges: [Edge]

  /// A line the parser could not read: its number (from 1) and what was wrong.
  public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "plain layout, line \(line): \(message)" }
  }

  /// Reads plain text; every line up to `stop` must be one of the four kinds.
  public static func parse(_ text: String) throws(ParseError) -> GraphvizPlain {
    var layout = GraphvizPlain(width: 0, height: 0, nodes: [], edges: [])
    var sawGraph = false
    var stopped = false
    // Lines are read as bytes: the layout is ASCII apart from names and labels, and reading it
    // character by character cost nearly as much as Graphviz's own layout of a 100-box board.
    let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      let number = index + 1
      let words = try GraphvizPlain.words(line, line: number)
      guard let kind = words.first else { continue }
      if stopped { throw ParseError(line: number, message: "text after 'stop'") }
      func value(_ i: Int, _ field: String) throws(ParseError) -> Double {
        guard i < words.count else { throw ParseError(line: number, message: "\(kind) line has no \(field)") }
        guard let v = Double(words[i]), v.isFinite else {
          throw ParseError(line: number, message: "\(field) '\(words[i])' is not a number")
        }
        return v
      }
      switch kind {
      case "graph":
        layout.width = try value(2, "width")
        layout.height = try value(3, "height")
        sawGraph = true
      case "node":
        guard sawGraph else { throw ParseError(line: number, message: "node before the graph line") }
        guard words.count >= 6 else { throw ParseError(line: number, message: "node line has no size") }
        let center = Point(x: try value(2, "x"), y: try value(3, "y"))
        layout.nodes.append(
          Node(name: words[1], center: center, width: try value(4, "width"), height: try value(5, "height")))
      case "edge":
        guard sawGraph else { throw ParseError(line: number, message: "edge before the graph line") }
        guard words.count >= 4 else { throw ParseError(line: number, message: "edge line has no point count") }
        guard let count = Int(words[3]), count >= 2 else {
          throw ParseError(line: number, message: "point count '\(words[3])' is not a number of at least 2")
        }
        var points: [Point] = []
        for p in 0..<count {
          points.append(
            Point(x: try value(4 + 2 * p, "x of point \(p + 1)"), y: try value(5 + 2 * p, "y of point \(p + 1)")))
        }
        layout.edges.append(Edge(tail: words[1], head: words[2], points: points))
      case "stop":
        stopped = true
      default:
        throw ParseError(line: number, message: "unknown line kind '\(kind)'")
      }
    }
    guard sawGraph else { throw ParseError(line: 1, message: "no graph line") }
    guard stopped else { throw ParseError(line: max(1, text.split(separator: "\n").count), message: "no 'stop' line") }
    return layout
  }

  /// The words of one line: runs of non-blanks, or double-quoted text with backslash escapes.
  static func words(_ line: Substring, line number: Int) throws(ParseError) -> [String] {
    try words(Array(line.utf8)[...], line: number)
  }

  /// The words of one line's UTF-8 bytes (blanks and quotes are ASCII, so a byte never splits a
  /// character's encoding).
  static func words(_ line: ArraySlice<UInt8>, line number: Int) throws(ParseError) -> [String] {
    let (space, tab, cr, quote, backslash) = (
      UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "\\")
    )
    var words: [String] = []
    var current: [UInt8] = []
    var inWord = false
    var quoted = false
    var escaped = false
    for byte in line {
      if quoted {
        if escaped {
          current.append(byte)
          escaped = false
        } else if byte == backslash {
          escaped = true
        } else if byte == quote {
          quoted = false
        } else {
          current.append(byte)
        }
      } else if byte == space || byte == tab || byte == cr {
        if inWord { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        inWord = false
      } else if byte == quote && !inWord {
        quoted = true
        inWord = true
      } else {
        current.append(byte)
        inWord = true
      }
    }
    if quoted { throw ParseError(line: number, message: "a quoted word does not end") }
    if inWord { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }

  /// Where the edge's spline crosses the height `y`: the x of its first crossing, nil if it never
  /// reaches that height.
  public static func crossing(_ points: [Point], atY y: Double) -> Double? {
    var samples: [Point] = []
    if points.count >= 4 && (points.count - 1) % 3 == 0 {
      for piece in stride(from: 0, to: points.count - 1, by: 3) {
        let (p0, p1, p2, p3) = (points[piece], points[piece + 1], points[piece + 2], points[piece + 3])
        for step in 0...16 {
          let t = Double(step) / 16
          let s = 1 - t
          let a = s * s * s
          let b = 3 * s * s * t
          let c = 3 * s * t * t
          let d = t * t * t
          samples.append(
            Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
        }
      }
    } else {
      samples = points
    }
    for i in samples.indices.dropFirst() {
      let (p, q) = (samples[i - 1], samples[i])
      guard (p.y - y) * (q.y - y) <= 0 else { continue }
      if p.y == q.y { return p.x }
      return p.x + (q.x - p.x) * (y - p.y) / (q.y - p.y)
    }
    return nil
  }
}
