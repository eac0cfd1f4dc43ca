// The set of bytes in a text made of ASCII only: a cheap way to see that a string cannot
// occur in it before asking Foundation to search.

/// Which ASCII bytes a text holds, for a text of ASCII bytes only.
struct ASCIIBytes {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// Nil when the text holds a byte beyond ASCII.
  init?(_ text: String) {
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }
  }

  /// Whether every byte of `other` is among them (never, for a byte beyond ASCII).
  func containsAll(of other: String) -> Bool {
    other.utf8.allSatisfy { byte in
      byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 0x80 && high & (1 << UInt64(byte - 64)) != 0
    }
  }
}
