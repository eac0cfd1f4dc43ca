// An error in a file a person wrote, located the way compilers report them: FILE:LINE:COLUMN: message.

/// A problem found while reading a board, template, catalogue or theme file.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based line, or 0 when the problem is not tied to a place in the file.
  public var line: Int
  /// 1-based column (counted in Unicode scalars), or 0.
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// FILE:LINE:COLUMN: message. The file name is shown visibly: a name taken from a folder
  /// listing may hold escape sequences, and this text goes to the terminal.
  public var description: String {
    let name = Sanitizer.visible(file)
    return line > 0 ? "\(name):\(line):\(column): \(message)" : "\(name): \(message)"
  }
}

/// Several problems found in one file, reported together (the first is the most important).
public struct LoadErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [LoadError]
  public init(_ errors: [LoadError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
