// `mlsd check --format json` on a file that does not load (or names a template the library lacks):
// stdout still holds one JSON object a script can parse, in the report's schema with `error` in
// place of the report (docs/CHECKER.md, "JSON"). The same message goes to stderr.
import Foundation

public enum LoadErrorJSON {
  struct Document: Encodable {
    var schema = "mlsd-check"
    var version = 1
    var file: String
    var passed = false
    var error: String
    var problems: [Problem]
  }
  struct Problem: Encodable {
    var file: String
    var line: Int
    var column: Int
    var message: String
  }

  /// `message` is the whole text (as stderr shows it); `problems` each located error, or, when
  /// there is none, one problem without a place (line and column 0) holding the message.
  public static func encode(file: String, message: String, problems: [LoadError]) -> String {
    let located =
      problems.isEmpty
      ? [Problem(file: file, line: 0, column: 0, message: message)]
      : problems.map { Problem(file: $0.file, line: $0.line, column: $0.column, message: $0.message) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(Document(file: file, error: message, problems: located))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
