// The files the commands read: `-` for standard input (read once and kept), and what messages
// call it.
import Foundation
import MLSDCore

extension CLIContext {
  /// The name `-` stands for standard input, which errors call `stdinName`.
  static let stdinName = "(stdin)"
  /// Standard input's text, read at its first use and kept: a pipe can be read only once, and
  /// the commands read the text again to locate an unknown kind or template.
  nonisolated(unsafe) fileprivate static var stdinText: String?

  /// The text of the file `path` (`-`: standard input), or a load error naming it.
  static func inputText(_ path: String, limit: Int = YAMLLimits.maxBytes) throws -> String {
    guard path == "-" else {
      do {
        return try AtomicWriter.readText(path, limit: limit)
      } catch let error as FileError {
        throw LoadError(file: path, line: 0, column: 0, message: error.reason)
      }
    }
    if let stdinText { return stdinText }
    let data = FileHandle.standardInput.readDataToEndOfFile()
    if data.count > limit {
      throw LoadError(file: stdinName, line: 0, column: 0, message: "is too large (the limit is \(limit) bytes)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw LoadError(file: stdinName, line: 0, column: 0, message: "is not valid UTF-8 text")
    }
    stdinText = text
    return text
  }

  /// What errors call the file `path`.
  static func displayName(_ path: String) -> String { path == "-" ? stdinName : path }

  /// Whether the file (`-`: standard input) is a Mermaid flowchart (read directly by `check`,
  /// `diff` and `info`).
  static func isMermaid(_ path: String) -> Bool {
    (try? inputText(path, limit: 16 * 1024 * 1024)).map(MermaidSniff.isFlowchart) ?? false
  }
}
