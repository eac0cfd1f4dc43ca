// An arrow's label as it is drawn: made visible and wrapped at word boundaries into lines of at
// most `LabelPlacer.maxWidth` columns. Computed once by the router and carried on the route, so
// that the text render, the SVG export, the app and the quality counts draw and measure the
// same lines.

/// The columns and rows a label takes.
struct LabelSize: Hashable, Sendable {
  var width: Int
  var height: Int

  static let zero = LabelSize(width: 0, height: 0)

  var isEmpty: Bool { width <= 0 || height <= 0 }

  /// The cells of a label of this size written from `origin`.
  func rect(at origin: GridPoint) -> GridRect { GridRect(x: origin.x, y: origin.y, width: width, height: height) }
}

/// An arrow's label as drawn: its lines, top to bottom, each written from the label's origin
/// column on its own row.
public struct LabelText: Hashable, Sendable {
  public let lines: [String]
  /// Columns of the widest line.
  public let width: Int
  /// Whether some of the text is left out (a label longer than `LabelPlacer.maxLines` lines);
  /// the last line then ends in "…".
  public let isCut: Bool

  public var height: Int { lines.count }
  var size: LabelSize { LabelSize(width: width, height: lines.count) }

  init(lines: [String], isCut: Bool = false) {
    self.lines = lines
    width = lines.map(DisplayWidth.of).max() ?? 0
    self.isCut = isCut
  }

  /// One line of known width (the common short label: no measuring again).
  init(line: String, width: Int) {
    lines = [line]
    self.width = width
    isCut = false
  }

  /// `text` (visible, one paragraph) wrapped into lines of at most `columns`; past `maxLines`
  /// the rest is cut into the last line, which then ends in "…".
  static func wrapped(_ text: String, columns: Int, maxLines: Int) -> LabelText {
    var lines = DisplayWidth.wrap(text, to: columns)
    guard lines.count > maxLines else { return LabelText(lines: lines) }
    // The lines past the cap hold more than one line's worth (wrap broke them apart), so the
    // truncation always ends in "…".
    let rest = lines[(maxLines - 1)...].joined(separator: " ")
    lines = Array(lines.prefix(maxLines - 1)) + [DisplayWidth.truncate(rest, to: columns)]
    return LabelText(lines: lines, isCut: true)
  }
}

extension RouteGrid {
  /// Marks every cell of a label of `size` written from `origin`.
  mutating func markLabel(at origin: GridPoint, size: LabelSize) {
    for row in 0..<max(0, size.height) { markLabel(x: origin.x, y: origin.y + row, width: size.width) }
  }

  /// Takes back one `markLabel(at:size:)` of the same place.
  mutating func unmarkLabel(at origin: GridPoint, size: LabelSize) {
    for row in 0..<max(0, size.height) { unmarkLabel(x: origin.x, y: origin.y + row, width: size.width) }
  }
}
