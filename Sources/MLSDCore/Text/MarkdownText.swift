// Escaping text for Markdown prose so that a label cannot start a heading, a link or HTML.

public enum MarkdownText {
  /// The text with Markdown's special characters backslash-escaped and controls made visible.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in Sanitizer.visible(text) {
      switch character {
      case "\\", "`", "~", "*", "_", "[", "]", "<", ">", "#", "|", "!", "{", "}":
        out.append("\\")
        out.append(character)
      case "\n":
        out.append(" ")
      default:
        out.append(character)
      }
    }
    return out
  }
}
