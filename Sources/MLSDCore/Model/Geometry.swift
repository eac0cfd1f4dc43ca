// Integer geometry on the character grid: columns grow to the right, rows grow downwards.

/// A cell position on the grid.
public struct GridPoint: Hashable, Codable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
  public var description: String { "(\(x), \(y))" }
}

/// A rectangle of cells: the origin is its top-left cell; it covers width × height cells.
public struct GridRect: Hashable, Codable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var minX: Int { x }
  public var minY: Int { y }
  /// The last column inside the rectangle.
  public var maxX: Int { x + width - 1 }
  /// The last row inside the rectangle.
  public var maxY: Int { y + height - 1 }
  public var center: GridPoint { GridPoint(x: x + width / 2, y: y + height / 2) }

  public func contains(_ p: GridPoint) -> Bool {
    p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY
  }

  public func intersects(_ other: GridRect) -> Bool {
    x <= other.maxX && other.x <= maxX && y <= other.maxY && other.y <= maxY
  }

  /// The rectangle grown by `dx` columns and `dy` rows on every side.
  public func insetBy(dx: Int, dy: Int) -> GridRect {
    GridRect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The smallest rectangle holding both.
  public func union(_ other: GridRect) -> GridRect {
    let left = min(x, other.x)
    let top = min(y, other.y)
    let right = max(maxX, other.maxX)
    let bottom = max(maxY, other.maxY)
    return GridRect(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
  }

  public var description: String { "[\(x), \(y), \(width)×\(height)]" }
}
