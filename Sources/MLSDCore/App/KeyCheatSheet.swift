// The key table printed: a plain-text cheat sheet (`mlsd keys`) and Markdown (`mlsd keys
// --markdown`, which is also the README's key reference).
import Foundation

public enum KeyCheatSheet {
  /// Columns the keys take before their meaning.
  static let keyColumn = 20

  /// One entry as the help overlay and the plain cheat sheet show it: keys, then the meaning.
  static func row(_ entry: KeyEntry) -> String {
    entry.keys.padding(toWidth: keyColumn - 1) + " " + entry.help
  }

  /// Every section with its entries, as plain text.
  public static func text(_ table: KeyTable = KeyMap.table) -> String {
    var out = ""
    for section in table.sections {
      out += section + "\n"
      for entry in table.entries(in: section) { out += "  " + row(entry) + "\n" }
      out += "\n"
    }
    return out
  }

  /// Every section as a Markdown table under a level-three heading.
  public static func markdown(_ table: KeyTable = KeyMap.table) -> String {
    var parts: [String] = []
    for section in table.sections {
      var part = "### \(section)\n\n| Keys | What they do |\n|---|---|\n"
      for entry in table.entries(in: section) {
        part += "| \(code(entry.keys)) | \(cell(entry.help)) |\n"
      }
      parts.append(part)
    }
    return parts.joined(separator: "\n")
  }

  /// Keys in code spans; several keys apart ("u / Ctrl-Z") each in its own span.
  static func code(_ keys: String) -> String {
    let words = keys.components(separatedBy: " / ")
    return words.map { "`" + cell($0) + "`" }.joined(separator: " / ")
  }

  /// Text safe inside a table cell: a bar would end the cell.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }
}
