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
  let node: YAMLNode
  let fieldPath: FieldPath?
  public let source: YAMLSource

  /// The field this value holds, for messages ("" for the document itself).
  public var path: String { fieldPath?.text ?? "" }

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
    // An alias is written `*name`: a document without a star has none.
    let hasAliases = text.utf8.contains(UInt8(ascii: "*"))
    let converted = try YAMLNode.convert(root, source: source, hasAliases: hasAliases)
    return YAMLValue(node: converted, fieldPath: nil, source: source)
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

  public var line: Int { node.line }
  public var column: Int { node.column }

  /// An error located at this value, naming its field.
  public func error(_ message: String) -> LoadError {
    let field = path.isEmpty ? "" : "\(path): "
    return LoadError(file: source.name, line: line, column: column, message: field + message)
  }

  /// What kind of YAML value this is, for "expected X, found Y" messages.
  public var kindDescription: String {
    switch node.content {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let text, let plain):
      if plain, text.isEmpty || text == "~" || text == "null" { return "nothing" }
      return "'\(Sanitizer.visible(String(text.prefix(40))))'"
    }
  }

  private func child(_ node: YAMLNode, _ fieldPath: FieldPath?) -> YAMLValue {
    YAMLValue(node: node, fieldPath: fieldPath, source: source)
  }

  /// Whether the value is a list.
  public var isList: Bool {
    if case .sequence = node.content { return true }
    return false
  }

  /// The value as a mapping, with its keys checked for duplicates.
  public func mapping() throws -> YAMLMapping {
    guard case .mapping(let mapping) = node.content else {
      throw error("expected a mapping, found \(kindDescription)")
    }
    var entries: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
    entries.reserveCapacity(mapping.count)
    var seen: Set<String> = []
    for (key, value) in mapping {
      guard case .scalar(let name, _) = key.content else {
        throw child(key, fieldPath).error("keys must be plain words")
      }
      let keyPath = FieldPath(fieldPath, .key(name))
      let keyValue = child(key, keyPath)
      if seen.contains(name) { throw keyValue.error("duplicate key '\(Sanitizer.visible(name))'") }
      seen.insert(name)
      entries.append((name, keyValue, child(value, keyPath)))
    }
    return YAMLMapping(value: self, entries: entries)
  }

  /// The value as a list of values (an empty value reads as an empty list).
  public func list() throws -> [YAMLValue] {
    if isNull { return [] }
    guard case .sequence(let sequence) = node.content else { throw error("expected a list, found \(kindDescription)") }
    return sequence.enumerated().map { child($0.element, FieldPath(fieldPath, .index($0.offset))) }
  }

  /// Whether the value is YAML's null (an empty value, `~` or `null`).
  public var isNull: Bool {
    if case .scalar(let text, plain: true) = node.content { return text.isEmpty || text == "~" || text == "null" }
    return false
  }

  /// The value as text; numbers and words are read as they are written.
  public func string() throws -> String {
    guard case .scalar(let text, _) = node.content else { throw error("expected text, found \(kindDescription)") }
    return text
  }

  /// The value as a whole number within a range.
  public func int(in range: ClosedRange<Int>) throws -> Int {
    guard case .scalar(let text, plain: true) = node.content, let number = Int(text) else {
      throw error("expected a whole number, found \(kindDescription)")
    }
    guard range.contains(number) else {
      throw error("\(number) is out of range (\(range.lowerBound)...\(range.upperBound))")
    }
    return number
  }

  /// The value as a list of strings; a single string reads as a one-element list.
  public func strings() throws -> [String] {
    if case .scalar = node.content, !isNull { return [try string()] }
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

  /// This mapping with a text value under `key` in front: a default for a key the file left out.
  /// The new key and value are not in the file, so they have no line.
  func prepending(key: String, text: String) -> YAMLValue {
    let added = (
      key: YAMLNode(.scalar(key, plain: false), line: 0, column: 0),
      value: YAMLNode(.scalar(text, plain: false), line: 0, column: 0)
    )
    let node = YAMLNode(
      .mapping([added] + entries.map { ($0.keyValue.node, $0.value.node) }), line: value.line, column: value.column)
    return YAMLValue(node: node, fieldPath: value.fieldPath, source: value.source)
  }

  /// Throws at the first key not in `known`, suggesting the nearest known key.
  public func allowOnly(_ known: [String], in what: String) throws {
    for (index, entry) in entries.enumerated() where !known.contains(entry.key) {
      var message =
        value.path.isEmpty
        ? "unknown key '\(Sanitizer.visible(entry.key))' in \(what)"
        : "\(value.path): unknown key '\(Sanitizer.visible(entry.key))' in \(what)"
      if let split = commaSplit(at: index) {
        message +=
          " (inside { } a comma ends the value: quote the text, as in \(split)\(Sanitizer.visible(entry.key))\")"
      } else if let guess = Suggest.nearest(entry.key, among: known) {
        message += " (did you mean '\(guess)'?)"
      }
      let located = LoadError(
        file: value.source.name, line: entry.keyValue.line, column: entry.keyValue.column, message: message)
      throw located
    }
  }

  /// The start of the fix (`label: "clicks, `) when entry `index` is the rest of a value a comma cut short: a key with no
  /// value on the same line as the entry before it, which only a `{ }` mapping allows
  /// (`{from: a, to: b, label: clicks, watch}` reads "watch" as a key).
  private func commaSplit(at index: Int) -> String? {
    guard index > 0, entries[index].value.isNull else { return nil }
    let before = entries[index - 1]
    guard before.keyValue.line == entries[index].keyValue.line, !before.value.isNull,
      case .scalar(let cut, _) = before.value.node.content
    else { return nil }
    return "\(Sanitizer.visible(before.key)): \"\(Sanitizer.visible(cut)), "
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
