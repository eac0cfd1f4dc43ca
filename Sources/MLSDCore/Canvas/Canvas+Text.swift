// Reading a canvas back as text: the ascii/unicode exports and `mlsd render` print it, the tests
// read it. A first pass finds where each row's text ends and how many UTF-8 bytes it takes; the
// second writes the bytes of the stored glyphs straight into the String.

extension Canvas {
  /// The rows as text, continuation cells skipped and trailing spaces removed.
  public func lines() -> [String] {
    (0..<height).map { row in
      let text = rowText(row)
      return String(unsafeUninitializedCapacity: text.bytes) { write(text, into: $0, at: 0) }
    }
  }

  /// The whole canvas as text, one line per row, trailing blank rows removed.
  public func text() -> String {
    let rows = (0..<height).map(rowText)
    guard let last = rows.lastIndex(where: { $0.bytes > 0 }) else { return "" }
    let total = rows[...last].reduce(last) { $0 + $1.bytes }
    return String(unsafeUninitializedCapacity: total) { buffer in
      var at = 0
      for (row, text) in rows[...last].enumerated() {
        if row > 0 {
          buffer[at] = 0x0A
          at += 1
        }
        at = write(text, into: buffer, at: at)
      }
      return at
    }
  }

  /// One row's text: the cells of `cells` (continuations skipped), or, rarely, a String.
  private struct RowText {
    var cells: Range<Int>
    var string: String?
    var bytes: Int
  }

  /// Where a row's text ends once trailing spaces are dropped, and its size in UTF-8.
  private func rowText(_ row: Int) -> RowText {
    let first = row * width
    // Trailing cells that are blanks or continuations are what trimming drops.
    var end = first + width
    while end > first && (slots[end - 1].glyph == Slot.space || slots[end - 1].glyph == 0) { end -= 1 }
    guard end > first else { return RowText(cells: first..<first, bytes: 0) }
    if !endsCleanly(slots[end - 1]) {
      // The last kept cell is text that a following space could join (a cluster ending in a
      // space, a prepended concatenation mark): trim as Strings do, by characters.
      var line = ""
      for index in first..<(first + width) where slots[index].glyph != 0 { line += text(of: slots[index]) }
      while line.hasSuffix(" ") { line.removeLast() }
      return RowText(cells: first..<first, string: line, bytes: line.utf8.count)
    }
    var bytes = 0
    slots.withUnsafeBufferPointer { slots in
      for index in first..<end {
        let glyph = slots[index].glyph
        if glyph < 0x80 {
          bytes += glyph == 0 ? 0 : 1
        } else if glyph & Slot.clusterFlag == 0 {
          bytes += glyph < 0x800 ? 2 : (glyph < 0x1_0000 ? 3 : 4)
        } else {
          bytes += clusters[slots[index].clusterIndex].utf8.count
        }
      }
    }
    return RowText(cells: first..<end, bytes: bytes)
  }

  /// Writes a row's bytes at `at`; returns where they end.
  private func write(_ row: RowText, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
    var at = start
    if let string = row.string {
      for byte in string.utf8 {
        buffer[at] = byte
        at += 1
      }
      return at
    }
    slots.withUnsafeBufferPointer { slots in
      for index in row.cells {
        let glyph = slots[index].glyph
        if glyph < 0x80 {
          if glyph != 0 {
            buffer[at] = UInt8(glyph)
            at += 1
          }
        } else if glyph < 0x800 {
          buffer[at] = UInt8(0xC0 | (glyph >> 6))
          buffer[at + 1] = UInt8(0x80 | (glyph & 0x3F))
          at += 2
        } else if glyph < 0x1_0000 {
          buffer[at] = UInt8(0xE0 | (glyph >> 12))
          buffer[at + 1] = UInt8(0x80 | ((glyph >> 6) & 0x3F))
          buffer[at + 2] = UInt8(0x80 | (glyph & 0x3F))
          at += 3
        } else if glyph & Slot.clusterFlag == 0 {
          buffer[at] = UInt8(0xF0 | (glyph >> 18))
          buffer[at + 1] = UInt8(0x80 | ((glyph >> 12) & 0x3F))
          buffer[at + 2] = UInt8(0x80 | ((glyph >> 6) & 0x3F))
          buffer[at + 3] = UInt8(0x80 | (glyph & 0x3F))
          at += 4
        } else {
          for byte in clusters[slots[index].clusterIndex].utf8 {
            buffer[at] = byte
            at += 1
          }
        }
      }
    }
    return at
  }

  /// Whether a space after this cell's text always starts a character of its own, so that
  /// trimming trailing spaces cell by cell equals trimming the row's String by characters.
  private func endsCleanly(_ slot: Slot) -> Bool {
    if slot.glyph < 0x80 { return true }
    let text = text(of: slot)
    return !text.hasSuffix(" ") && (text + " ").count == text.count + 1
  }
}
