// The size a box needs for its text when the file or the editor does not give one.

public enum BoxSizing {
  /// Longest text line a box grows to before its label wraps.
  public static let maxTextWidth = 24

  /// Frame size for a label and an optional detail line: one column of padding each side.
  public static func naturalSize(label: String, detail: String?) -> (width: Int, height: Int) {
    let labelWidth = DisplayWidth.of(Sanitizer.visible(label))
    let detailWidth = detail.map { DisplayWidth.of(Sanitizer.visible($0)) } ?? 0
    let textWidth = min(maxTextWidth, max(labelWidth, detailWidth, 3))
    let labelLines = max(1, DisplayWidth.wrap(Sanitizer.visible(label), to: textWidth).count)
    let detailLines = detail.map { min(2, DisplayWidth.wrap(Sanitizer.visible($0), to: textWidth).count) } ?? 0
    return (textWidth + 4, min(labelLines, 3) + detailLines + 2)
  }
}
