// What a board holds beyond the drawing, kept in a Mermaid file as comments that mermaid.js
// ignores and `mlsd import` reads back: the template the design answers and the notes of the
// seven steps, one comment line per line of a note.
//
//   %% mlsd template: news-feed
//   %% mlsd notes data: split by time: train on weeks 1-8, test on week 9
//   %% mlsd notes data: "  a line with spaces at its ends, or \"quotes\", in JSON's escapes"
//
// A note's lines come back joined with line breaks, in file order. Any other comment, "%% mlsd"
// ones with other words included, stays a comment.
import Foundation

public enum MermaidBoardComments {
  static let prefix = "mlsd "

  /// The comment lines for the board's template and notes (none when it has neither).
  public static func lines(for board: Board) -> [String] {
    var lines: [String] = []
    if let template = board.template, Board.isValidID(template) {
      lines.append("%% mlsd template: \(template)")
    }
    for step in board.notes.filledSteps {
      for line in board.notes[step].split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append("%% mlsd notes \(step.rawValue): \(written(String(line)))")
      }
    }
    return lines
  }

  /// A note's line as the comment writes it: as it is when it reads back the same, else a JSON
  /// string (quotes, backslashes, spaces at the ends, control and invisible characters escaped).
  static func written(_ line: String) -> String {
    let plain =
      !line.hasPrefix("\"") && line == line.trimmingCharacters(in: .whitespaces)
      && line.unicodeScalars.allSatisfy(Sanitizer.isPlain)
    if plain { return line }
    var out = "\""
    for scalar in line.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      default:
        if Sanitizer.isPlain(scalar) {
          out.unicodeScalars.append(scalar)
        } else if scalar.value <= 0xFFFF {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          // JSON writes a scalar past the first plane as its UTF-16 pair.
          for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
        }
      }
    }
    return out + "\""
  }

  /// What a comment line (the text after `%%`, as written) says, if it is one of these.
  enum Reading: Equatable {
    case template(String, column: Int)
    case note(Step, String)
  }

  /// Reads the text after `%%` of the comment at `line`; nil for an ordinary comment. `column`
  /// is where that text starts (1-based, in Unicode scalars), for messages.
  static func read(_ comment: Substring, line: Int, column: Int, file: String) throws -> Reading? {
    let leading = comment.prefix { $0 == " " || $0 == "\t" }
    let body = comment.dropFirst(leading.count)
    guard body.hasPrefix(prefix) else { return nil }
    let rest = body.dropFirst(prefix.count)
    let at = column + leading.unicodeScalars.count + prefix.unicodeScalars.count
    func fail(_ offset: Int, _ message: String) -> LoadError {
      LoadError(file: file, line: line, column: at + offset, message: message)
    }
    if rest.hasPrefix("template:") {
      let raw = rest.dropFirst("template:".count)
      let value = raw.trimmingCharacters(in: .whitespaces)
      let offset = "template:".count + raw.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count
      guard Board.isValidID(value) else {
        throw fail(offset, "'\(Sanitizer.visible(value))' is not a template id (see `mlsd templates`)")
      }
      return .template(value, column: at + offset)
    }
    guard rest.hasPrefix("notes ") else { return nil }
    let afterWord = rest.dropFirst("notes ".count)
    guard let colon = afterWord.firstIndex(of: ":") else {
      throw fail("notes ".count, "write the step and a colon before the text, as in '%% mlsd notes data: …'")
    }
    let stepName = afterWord[..<colon].trimmingCharacters(in: .whitespaces)
    guard let step = Step(rawValue: stepName) else {
      let steps = Step.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail("notes ".count, "unknown step '\(Sanitizer.visible(stepName))' (one of: \(steps))")
    }
    let raw = afterWord[afterWord.index(after: colon)...]
    let text = raw.trimmingCharacters(in: .whitespaces)
    guard text.hasPrefix("\"") else { return .note(step, text) }
    let offset =
      "notes ".count + afterWord[...colon].unicodeScalars.count
      + raw.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count
    guard let data = text.data(using: .utf8),
      let decoded = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? String
    else {
      throw fail(offset, "the note's text starts with '\"' but is not one string in JSON's escapes")
    }
    return .note(step, decoded)
  }
}
