// A grid of styled cells that knows display width: the screen and the text exports both draw
// into it, so what you see is what you export. Wide characters (CJK, emoji) take two cells: the
// first holds the character, the second is a continuation that holds nothing.
//
// The grid stores 8 bytes a cell (a glyph code and the style) rather than a `Cell` with its
// String (24 bytes): a 1000-box diagram is 2 million cells. Nearly every grapheme is one Unicode
// scalar and is stored as its value; the rare longer one (a ZWJ emoji, a letter with combining
// marks) is kept once in a per-canvas table and the cell holds its index.

/// One cell of the grid.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown in the cell; empty for the right half of a wide character.
  public var text: String
  public var style: CellStyle

  public init(_ text: String = " ", style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }

  public static let blank = Cell()
}

/// A cell as the canvas stores it.
struct Slot: Hashable, Sendable {
  /// 0 for a continuation, a scalar value for a one-scalar grapheme, or `Slot.clusterFlag` plus
  /// an index into the canvas's cluster table for any other text.
  var glyph: UInt32
  var style: CellStyle

  static let clusterFlag: UInt32 = 0x8000_0000
  static let space: UInt32 = 0x20
  static let blank = Slot(glyph: space, style: .plain)

  var isCluster: Bool { glyph & Slot.clusterFlag != 0 }
  var clusterIndex: Int { Int(glyph & ~Slot.clusterFlag) }
}

public struct Canvas: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  /// Row by row, `width` slots a row.
  private(set) var slots: [Slot]
  /// Texts of more than one scalar (or the NUL scalar), each once; slots refer to them by index.
  private(set) var clusters: [String] = []
  private var clusterIndices: [[UInt8]: UInt32] = [:]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    slots = []
    let slot = encode(fill)
    slots = Array(repeating: slot, count: self.width * self.height)
  }

  /// Every cell, row by row (built on demand: the canvas does not store `Cell`s).
  public var cells: [Cell] { slots.map(cell(of:)) }

  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  public subscript(x: Int, y: Int) -> Cell {
    get { contains(x: x, y: y) ? cell(of: slots[y * width + x]) : .blank }
    set {
      guard contains(x: x, y: y) else { return }
      slots[y * width + x] = encode(newValue)
    }
  }

  /// The stored slot at (x, y); a blank one outside the canvas, as the subscript reads.
  func slot(x: Int, y: Int) -> Slot { contains(x: x, y: y) ? slots[y * width + x] : .blank }

  /// The text of a slot.
  func text(of slot: Slot) -> String {
    if slot.isCluster { return clusters[slot.clusterIndex] }
    if slot.glyph == 0 { return "" }
    return String(Unicode.Scalar(slot.glyph).map(Character.init) ?? " ")
  }

  func cell(of slot: Slot) -> Cell { Cell(text(of: slot), style: slot.style) }

  /// Puts one character at (x, y), keeping wide characters whole: a wide character that does not
  /// fit before the right edge is not drawn, and overwriting half of a wide character blanks the
  /// other half. Control characters are made visible first. Returns the columns used.
  @discardableResult
  public mutating func put(_ character: Character, x: Int, y: Int, style: CellStyle) -> Int {
    if let scalar = Canvas.singleScalar(character) { return put(scalar: scalar, x: x, y: y, style: style) }
    guard y >= 0, y < height else { return DisplayWidth.of(character) }
    if !character.unicodeScalars.allSatisfy(Sanitizer.isPlain) {
      // A single unsafe character becomes its visible form, drawn as text.
      return put(text: Sanitizer.visible(String(character)), x: x, y: y, style: style)
    }
    return place(character, width: DisplayWidth.of(character), x: x, y: y, style: style)
  }

  /// `put` for a character of one scalar, which is nearly every character drawn.
  @discardableResult
  mutating func put(scalar: Unicode.Scalar, x: Int, y: Int, style: CellStyle) -> Int {
    // The painters' glyphs: one column, nothing to sanitize, and mostly over narrow cells.
    if Canvas.plainWidth(scalar.value) != nil, y >= 0, y < height, x >= 0, x < width {
      let index = y * width + x
      let under = slots[index].glyph
      if under != 0 && !Canvas.mayBeWide(under) {
        slots[index] = Slot(glyph: scalar.value, style: style)
        return 1
      }
    }
    return putAnyScalar(scalar, x: x, y: y, style: style)
  }

  @inline(never)
  private mutating func putAnyScalar(_ scalar: Unicode.Scalar, x: Int, y: Int, style: CellStyle) -> Int {
    if let w = Canvas.plainWidth(scalar.value) {
      guard y >= 0, y < height else { return w }
      return place(scalar, width: w, x: x, y: y, style: style)
    }
    guard y >= 0, y < height else { return DisplayWidth.of(scalar) }
    if !Sanitizer.isPlain(scalar) {
      return put(text: Sanitizer.visible(String(scalar)), x: x, y: y, style: style)
    }
    return place(scalar, width: DisplayWidth.of(scalar), x: x, y: y, style: style)
  }

  /// Writes text from (x, y) to the right, cut at `maxWidth` columns if given. Control
  /// characters are made visible. Returns the columns used.
  @discardableResult
  public mutating func put(text: String, x: Int, y: Int, style: CellStyle, maxWidth: Int? = nil) -> Int {
    let safe = Sanitizer.visible(text)
    let limit = maxWidth ?? Int.max
    var column = 0
    // Printable ASCII is one character and one column a byte: no grapheme breaking needed.
    if Canvas.isPrintableASCII(safe) {
      guard y >= 0, y < height else { return min(safe.utf8.count, max(0, limit)) }
      for byte in safe.utf8 {
        if column + 1 > limit { break }
        column += place(glyph: UInt32(byte), width: 1, x: x + column, y: y, style: style)
      }
      return column
    }
    // `safe` holds only plain scalars, so each character goes straight to `place`.
    for character in safe {
      if let scalar = Canvas.singleScalar(character) {
        let w = Canvas.plainWidth(scalar.value) ?? DisplayWidth.of(scalar)
        if column + max(1, w) > limit { break }
        column += y >= 0 && y < height ? place(scalar, width: w, x: x + column, y: y, style: style) : w
      } else {
        let w = DisplayWidth.of(character)
        if column + max(1, w) > limit { break }
        column += y >= 0 && y < height ? place(character, width: w, x: x + column, y: y, style: style) : w
      }
    }
    return column
  }

  /// Writes text cut to `width` columns, ending in "…" ("..." with `ascii`, the text in 7-bit)
  /// when it was cut: cut text must read as cut, or two lines cut alike look the same. The
  /// views' one way to write text that may not fit. Returns the columns used.
  @discardableResult
  public mutating func put(cut text: String, x: Int, y: Int, style: CellStyle, width: Int, ascii: Bool = false) -> Int {
    // In ASCII, a "…" inside the text (a name cut within a message) is spelled "..." before the
    // whole is cut, so that no cut shows as "?".
    let visible = ascii ? ASCIIText.ellipsesSpelled(Sanitizer.visible(text)) : Sanitizer.visible(text)
    let shown = DisplayWidth.truncate(visible, to: max(0, width))
    return put(text: ascii ? ASCIIText.of(shown) : shown, x: x, y: y, style: style, maxWidth: max(0, width))
  }

  /// Fills a rectangle with one cell.
  public mutating func fill(_ rect: GridRect, with cell: Cell) {
    let slot = encode(cell)
    let columns = Canvas.span(rect.x, rect.x + rect.width, limit: width)
    for y in Canvas.span(rect.y, rect.y + rect.height, limit: height) {
      let row = y * width
      for x in columns { slots[row + x] = slot }
    }
  }

  /// Copies another canvas onto this one with its top-left at (x, y).
  public mutating func blit(_ other: Canvas, x: Int, y: Int) {
    let columns = Canvas.span(x, x + other.width, limit: width)
    guard !columns.isEmpty else { return }
    if other.clusters.isEmpty {
      // Nothing to map: whole rows are copied.
      slots.withUnsafeMutableBufferPointer { target in
        other.slots.withUnsafeBufferPointer { source in
          for targetRow in Canvas.span(y, y + other.height, limit: height) {
            let from = (targetRow - y) * other.width - x
            let to = targetRow * width
            for column in columns { target[to + column] = source[from + column] }
          }
        }
      }
      return
    }
    // Cluster indices are the other canvas's; each is mapped to this canvas's table once.
    var mapped: [UInt32: UInt32] = [:]
    for targetRow in Canvas.span(y, y + other.height, limit: height) {
      let row = targetRow - y
      let from = row * other.width - x
      let to = targetRow * width
      for column in columns {
        var slot = other.slots[from + column]
        if slot.isCluster {
          if let glyph = mapped[slot.glyph] {
            slot.glyph = glyph
          } else {
            let glyph = intern(other.clusters[slot.clusterIndex])
            mapped[slot.glyph] = glyph
            slot.glyph = glyph
          }
        }
        slots[to + column] = slot
      }
    }
  }

  public static func == (a: Canvas, b: Canvas) -> Bool {
    guard a.width == b.width, a.height == b.height else { return false }
    if a.clusters.isEmpty && b.clusters.isEmpty { return a.slots == b.slots }
    return a.slots.indices.allSatisfy { a.sameCell(a.slots[$0], in: b, b.slots[$0]) }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
    for slot in slots {
      hasher.combine(slot.style)
      if slot.isCluster {
        // Hashed by bytes, as `sameCell` compares them.
        hasher.combine(clusters[slot.clusterIndex].utf8.count)
        for byte in clusters[slot.clusterIndex].utf8 { hasher.combine(byte) }
      } else {
        hasher.combine(slot.glyph)
      }
    }
  }

  /// Whether a slot of this canvas shows exactly what a slot of another shows: same style, same
  /// scalars. (Canonically equivalent but different scalars count as different, so a terminal
  /// diff redraws them.)
  func sameCell(_ slot: Slot, in other: Canvas, _ otherSlot: Slot) -> Bool {
    guard slot.style == otherSlot.style else { return false }
    guard slot.isCluster && otherSlot.isCluster else { return slot.glyph == otherSlot.glyph }
    return clusters[slot.clusterIndex].utf8.elementsEqual(other.clusters[otherSlot.clusterIndex].utf8)
  }

  /// Draws a plain character of known width (0 becomes a blank); returns the columns used.
  private mutating func place(_ scalar: Unicode.Scalar, width w: Int, x: Int, y: Int, style: CellStyle) -> Int {
    if w == 0 { return place(glyph: Slot.space, width: 1, x: x, y: y, style: style) }
    return place(glyph: scalar.value, width: w, x: x, y: y, style: style)
  }

  private mutating func place(_ character: Character, width w: Int, x: Int, y: Int, style: CellStyle) -> Int {
    if w == 0 { return place(glyph: Slot.space, width: 1, x: x, y: y, style: style) }
    return place(glyph: intern(String(character)), width: w, x: x, y: y, style: style)
  }

  private mutating func place(glyph: UInt32, width w: Int, x: Int, y: Int, style: CellStyle) -> Int {
    guard x >= 0, x + w <= width else { return w }
    clearHalf(x: x, y: y)
    if w == 2 { clearHalf(x: x + 1, y: y) }
    let index = y * width + x
    slots[index] = Slot(glyph: glyph, style: style)
    if w == 2 { slots[index + 1] = Slot(glyph: 0, style: style) }
    return w
  }

  /// Blanks the other half of a wide character when one half is overwritten.
  private mutating func clearHalf(x: Int, y: Int) {
    guard contains(x: x, y: y) else { return }
    let index = y * width + x
    let glyph = slots[index].glyph
    if glyph == 0, x > 0 {
      slots[index - 1] = Slot(glyph: Slot.space, style: slots[index - 1].style)
      slots[index] = Slot(glyph: Slot.space, style: slots[index].style)
    } else if Canvas.mayBeWide(glyph), x + 1 < width, isWide(slots[index]) {
      slots[index + 1] = Slot(glyph: Slot.space, style: slots[index + 1].style)
    }
  }

  /// False for glyphs known to be narrow without looking them up: no scalar below U+1100 is wide
  /// (DisplayWidth's first wide range starts there), nor any of `plainWidth`'s.
  private static func mayBeWide(_ glyph: UInt32) -> Bool { glyph >= 0x1100 && plainWidth(glyph) == nil }

  /// Whether a slot's first character takes two columns.
  private func isWide(_ slot: Slot) -> Bool {
    if slot.isCluster { return DisplayWidth.of(clusters[slot.clusterIndex].first ?? " ") == 2 }
    return Unicode.Scalar(slot.glyph).map { DisplayWidth.of($0) == 2 } ?? false
  }

  private mutating func encode(_ cell: Cell) -> Slot {
    Slot(glyph: cell.text.isEmpty ? 0 : intern(cell.text), style: cell.style)
  }

  /// The glyph code of a non-empty text: its scalar, or its index in the cluster table.
  private mutating func intern(_ text: String) -> UInt32 {
    var scalars = text.unicodeScalars.makeIterator()
    if let first = scalars.next(), scalars.next() == nil, first.value != 0 { return first.value }
    let key = Array(text.utf8)
    if let index = clusterIndices[key] { return index | Slot.clusterFlag }
    let index = UInt32(clusters.count)
    clusters.append(text)
    clusterIndices[key] = index
    return index | Slot.clusterFlag
  }

  /// The part of `lower..<upper` inside `0..<limit` (empty when they do not meet).
  private static func span(_ lower: Int, _ upper: Int, limit: Int) -> Range<Int> {
    let from = max(0, lower)
    return from..<max(from, min(limit, upper))
  }

  /// Whether text is printable ASCII only: then each byte is a character one column wide.
  static func isPrintableASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

  /// Columns taken by text (DisplayWidth.of, without looking at each character of ASCII text).
  static func columns(of text: String) -> Int { isPrintableASCII(text) ? text.utf8.count : DisplayWidth.of(text) }

  /// The scalar of a character made of exactly one.
  static func singleScalar(_ character: Character) -> Unicode.Scalar? {
    var scalars = character.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil else { return nil }
    return first
  }

  /// The width of scalars known to be plain and one column wide without asking Sanitizer and
  /// DisplayWidth (printable ASCII; box drawing, blocks and geometric shapes up to U+25FC), nil
  /// for the rest. A test checks the two agree on the whole range.
  static func plainWidth(_ value: UInt32) -> Int? {
    if value >= 0x20 && value < 0x7F { return 1 }
    if value >= 0x2500 && value < 0x25FD { return 1 }
    return nil
  }
}
