// Reads a YAML document as a tree of located values, so every loader can say which line,
// column and field is wrong. The document's size after alias expansion is bounded, which keeps
// alias bombs out.
import Yams

/// Where a document came from and what to call it in messages.
public struct YAMLSource: Sendable {
  public var name: String
  public init(name: String) { self.name = name }
}

/// Limits that keep a hostile file from taking unbounded time or memory.
public enum YAMLLimits {
  public static let maxBytes = 16 * 1024 * 1024
  public static let maxDepth = 64
  public static let maxNodes = 1_000_000
}

/// A YAML node with the path of the field it holds ("boxes[2].label") for messages.
public struct YAMLValue {
  public let node: Node
  public let path: String
  public let source: YAMLSource

  /// Parses text into its root value; an empty document is an empty mapping.
  public static func parse(_ text: String, source: YAMLSource) throws -> YAMLValue {
    if text.utf8.count > YAMLLimits.maxBytes {
      throw LoadError(
        file: source.name, line: 0, column: 0,
        message: "file is too large (\(text.utf8.count) bytes; the limit is \(YAMLLimits.maxBytes))")
    }
    // A byte order mark that an editor put at the start is not content; libyaml, told the
    // encoding up front, would read it as a stray character.
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let node: Node?
    do {
      // The basic resolver: every field is read as text and converted by the loader itself, so
      // resolving each scalar's tag with regular expressions (the default) would be wasted work.
      node = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      throw YAMLValue.loadError(from: error, source: source)
    }
    let root = node ?? Node.mapping(Node.Mapping([]))
    let value = YAMLValue(node: root, path: "", source: source)
    try value.checkStructure(depth: 0)
    return value
  }

  static func loadError(from error: YamlError, source: YAMLSource) -> LoadError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if problem.contains("Maximum nesting level") {
        // libyaml stops at 1000 levels on its own; say it in the words of our own, lower limit.
        return LoadError(
          file: source.name, line: mark.line, column: mark.column,
          message: "nesting is deeper than \(YAMLLimits.maxDepth) levels")
      }
      let prefix = context.map { "\($0.text) " } ?? ""
      return LoadError(
        file: source.name, line: mark.line, column: mark.column,
        message: "not valid YAML: \(prefix)\(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\(Sanitizer.visible($0))'" }.joined(separator: ", ")
      return LoadError(
        file: source.name, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(keys) in one mapping (its first use is here)")
    case .reader(let problem, let offset, let value, let yaml):
      // A raw control character (or other unreadable character) in the file: say where, and
      // which one, without writing it.
      let place = offset.map { position(ofCharacter: $0, in: yaml) } ?? (line: 0, column: 0)
      var code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
      code = String(repeating: "0", count: max(0, 4 - code.count)) + code
      return LoadError(
        file: source.name, line: place.line, column: place.column,
        message: "cannot read the text: \(problem) (U+\(code))")
    default:
      return LoadError(file: source.name, line: 0, column: 0, message: "not valid YAML: \(error)")
    }
  }

  /// 1-based line and column (in Unicode scalars) of the character at `offset` characters.
  static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character == "\n" || character == "\r\n" || character == "\r" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return (line, column)
  }

  /// Bounds the document: nesting depth, and the number of nodes after aliases are expanded, so
  /// that an alias bomb ("billion laughs") is refused instead of walked.
  private func checkStructure(depth: Int) throws {
    var budget = YAMLLimits.maxNodes
    try checkStructure(depth: depth, budget: &budget)
  }

  private func checkStructure(depth: Int, budget: inout Int) throws {
    budget -= 1
    if budget < 0 {
      throw error("the document has more than \(YAMLLimits.maxNodes) values (aliases that expand too far are refused)")
    }
    if depth > YAMLLimits.maxDepth { throw error("nesting is deeper than \(YAMLLimits.maxDepth) levels") }
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        try YAMLValue(node: key, path: path, source: source).checkStructure(depth: depth + 1, budget: &budget)
        try YAMLValue(node: value, path: path, source: source).checkStructure(depth: depth + 1, budget: &budget)
      }
    case .sequence(let sequence):
      for item in sequence {
        try YAMLValue(node: item, path: path, source: source).checkStructure(depth: depth + 1, budget: &budget)
      }
    default:
      break
    }
  }

  public var line: Int { node.mark?.line ?? 0 }
  public var column: Int { node.mark?.column ?? 0 }

  /// An error located at this value, naming its field.
  public func error(_ message: String) -> LoadError {
    let field = path.isEmpty ? "" : "\(path): "
    return LoadError(file: source.name, line: line, column: column, message: field + message)
  }

  /// What kind of YAML value this is, for "expected X, found Y" messages.
  public var kindDescription: String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if scalar.style == .plain, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
        return "nothing"
      }
      return "'\(Sanitizer.visible(String(scalar.string.prefix(40))))'"
    }
  }

  private func child(_ node: Node, _ path: String) -> YAMLValue {
    YAMLValue(node: node, path: path, source: source)
  }

  /// The value as a mapping, with its keys checked for duplicates.
  public func mapping() throws -> YAMLMapping {
    guard case .mapping(let mapping) = node else { throw error("expected a mapping, found \(kindDescription)") }
    var entries: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
    var seen: Set<String> = []
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        throw child(key, path).error("keys must be plain words")
      }
      let name = scalar.string
      let keyValue = child(key, path.isEmpty ? name : "\(path).\(name)")
      if seen.contains(name) { throw keyValue.error("duplicate key '\(Sanitizer.visible(name))'") }
      seen.insert(name)
      entries.append((name, keyValue, child(value, keyValue.path)))
    }
    return YAMLMapping(value: self, entries: entries)
  }

  /// The value as a list of values (an empty value reads as an empty list).
  public func list() throws -> [YAMLValue] {
    if isNull { return [] }
    guard case .sequence(let sequence) = node else { throw error("expected a list, found \(kindDescription)") }
    return sequence.enumerated().map { child($0.element, "\(path)[\($0.offset)]") }
  }

  /// Whether the value is YAML's null (an empty value, `~` or `null`).
  public var isNull: Bool {
    if case .scalar(let scalar) = node, scalar.style == .plain {
      return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null"
    }
    return false
  }

  /// The value as text; numbers and words are read as they are written.
  public func string() throws -> String {
    guard case .scalar(let scalar) = node else { throw error("expected text, found \(kindDescription)") }
    return scalar.string
  }

  /// The value as a whole number within a range.
  public func int(in range: ClosedRange<Int>) throws -> Int {
    guard case .scalar(let scalar) = node, scalar.style == .plain, let number = Int(scalar.string) else {
      throw error("expected a whole number, found \(kindDescription)")
    }
    guard range.contains(number) else {
      throw error("\(number) is out of range (\(range.lowerBound)...\(range.upperBound))")
    }
    return number
  }

  /// The value as a list of strings; a single string reads as a one-element list.
  public func strings() throws -> [String] {
    if case .scalar = node, !isNull { return [try string()] }
    return try list().map { try $0.string() }
  }
}

/// A mapping whose keys are checked against the ones a loader knows.
public struct YAMLMapping {
  public let value: YAMLValue
  public let entries: [(key: String, keyValue: YAMLValue, value: YAMLValue)]

  public subscript(key: String) -> YAMLValue? {
    entries.first { $0.key == key }.map(\.value)
  }

  /// Throws at the first key not in `known`, suggesting the nearest known key.
  public func allowOnly(_ known: [String], in what: String) throws {
    for entry in entries where !known.contains(entry.key) {
      var message =
        value.path.isEmpty
        ? "unknown key '\(Sanitizer.visible(entry.key))' in \(what)"
        : "\(value.path): unknown key '\(Sanitizer.visible(entry.key))' in \(what)"
      if let guess = Suggest.nearest(entry.key, among: known) { message += " (did you mean '\(guess)'?)" }
      let located = LoadError(
        file: value.source.name, line: entry.keyValue.line, column: entry.keyValue.column, message: message)
      throw located
    }
  }

  /// The value of a key that must be present.
  public func required(_ key: String, in what: String) throws -> YAMLValue {
    guard let found = self[key], !found.isNull else {
      throw value.error("\(what) needs '\(key)'")
    }
    return found
  }

  /// Text of an optional key; an absent or null value is nil.
  public func optionalString(_ key: String) throws -> String? {
    guard let found = self[key], !found.isNull else { return nil }
    return try found.string()
  }
}
