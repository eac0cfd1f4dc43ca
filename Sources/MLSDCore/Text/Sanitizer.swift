// Makes text from files safe to show: no control character, escape sequence or bidi override
// ever reaches the terminal raw; each is replaced by a visible stand-in. The file keeps the original.

public enum Sanitizer {
  /// The text with every control or invisible formatting character replaced by a visible form:
  /// C0 controls by their Control Pictures (ESC → ␛), DEL by ␡, C1 controls, bidi controls and
  /// other invisible format characters by ⟨U+XXXX⟩. Tabs become a space.
  public static func visible(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy({ isPlain($0) }) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isPlain(scalar) {
        out.append(scalar)
      } else {
        out.append(contentsOf: stand(in: scalar).unicodeScalars)
      }
    }
    return String(out)
  }

  /// Whether a scalar can go to the terminal as it is.
  public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v >= 0x20 && v < 0x7F { return true }
    if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return false }
    switch scalar.properties.generalCategory {
    case .format:
      // Joiners and variation selectors build emoji and scripts; everything else in Cf
      // (bidi overrides and isolates, zero-width space, BOM, invisible operators) is shown.
      return v == 0x200C || v == 0x200D
    case .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
      return false
    default:
      return true
    }
  }

  private static func stand(in scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    if v == 0x09 { return " " }
    if v < 0x20, let picture = Unicode.Scalar(0x2400 + v) { return String(picture) }
    if v == 0x7F { return "\u{2421}" }
    let hex = String(v, radix: 16, uppercase: true)
    return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
  }
}
