// How board text and ids are written into Mermaid so that GitHub renders them and the importer
// reads them back exactly: labels quoted with entity codes, ids that Mermaid's lexer cannot
// mistake for keywords or links.
import Foundation

public enum MermaidEscaping {
  /// Prefix of a box id that was not safe to write raw; hexadecimal UTF-8 follows.
  public static let boxIDPrefix = "mlsdx_"
  /// Prefix of an escaped group id (kept apart from box ids: Mermaid shares one namespace).
  public static let groupIDPrefix = "mlsdg_"
  /// Prefix of a box id written readably: the id follows as it is ("mlsd_click-log" for
  /// "click-log", which starts with the keyword "click"; "mlsd_3d-model", which starts with a digit).
  public static let readableIDPrefix = "mlsd_"

  /// Words Mermaid's flowchart lexer matches before node ids, without a word boundary: an id that
  /// starts with one of them ("classifier", "end-to-end") would be read as the keyword.
  static let keywordPrefixes = [
    "style", "default", "linkstyle", "interpolate", "classdef", "class", "href", "click", "call",
    "flowchart", "graph", "subgraph", "end", "direction", "_self", "_blank", "_parent", "_top",
    "acctitle", "accdescr",
  ]

  /// Whether an id can be written as it is: letters, digits and '_', with single dashes inside,
  /// starting with a letter, and not starting with a keyword or an escape prefix.
  public static func isSafeID(_ id: String) -> Bool {
    let scalars = Array(id.unicodeScalars)
    guard let first = scalars.first, isASCIILetter(first), isWordRun(scalars) else { return false }
    let lower = id.lowercased()
    if [boxIDPrefix, groupIDPrefix, readableIDPrefix].contains(where: { lower.hasPrefix($0) }) { return false }
    return !keywordPrefixes.contains { lower.hasPrefix($0) }
  }

  /// Letters, digits and '_', with single dashes inside, not ending in a dash.
  static func isWordRun(_ scalars: [Unicode.Scalar]) -> Bool {
    guard scalars.last != "-" else { return false }
    var previous: Unicode.Scalar = "_"
    for scalar in scalars {
      let ok = isASCIILetter(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
      if !ok || (scalar == "-" && previous == "-") { return false }
      previous = scalar
    }
    return true
  }

  /// The Mermaid id for a board id: itself when safe; a box id that is letters, digits, '_' and
  /// single dashes but starts with a keyword, a digit or an escape prefix, after `mlsd_` (the
  /// importer takes the prefix off); any other id as the prefix and its UTF-8 bytes in hex.
  public static func id(_ id: String, prefix: String = boxIDPrefix) -> String {
    if isSafeID(id) { return id }
    if prefix == boxIDPrefix, !id.isEmpty, isWordRun(Array((readableIDPrefix + id).unicodeScalars)) {
      return readableIDPrefix + id
    }
    return escaped(id, prefix: prefix)
  }

  static func escaped(_ id: String, prefix: String) -> String {
    prefix + id.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }

  /// Text for inside a quoted Mermaid string. Mermaid turns `#name;` and `#123;` into HTML
  /// entities, so every character that could end the string, start markup, a Markdown string, a
  /// comment or an entity of its own is written as an entity, and so are control characters.
  public static func text(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "#quot;"
      case "&": out += "#amp;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "#": out += "#35;"
      case "`": out += "#96;"
      case "|": out += "#124;"
      case "%": out += "#37;"
      case "\\": out += "#92;"
      default:
        // Invisible characters are written as entities; so is a combining mark at the start,
        // which would otherwise fuse with the opening quote into one character.
        let leadingMark = out.isEmpty && scalar.properties.generalCategory == .nonspacingMark
        if !Sanitizer.isPlain(scalar) || leadingMark {
          out += "#\(scalar.value);"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    // The lexer reads any line holding "direction LR" (even inside a string) as a direction
    // statement, so the word is never written whole.
    return out.replacingOccurrences(of: "direction", with: "directio#110;")
  }

  /// A node label: the label, and the detail as a second line after `<br/>`.
  public static func label(_ label: String, detail: String?) -> String {
    guard let detail else { return text(label) }
    return text(label) + "<br/>" + text(detail)
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }
}
