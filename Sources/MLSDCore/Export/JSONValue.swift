// A small JSON value with a deterministic writer (sorted keys, two-space indent), so that JSON
// exports are stable byte for byte and every string is escaped the same way.

/// A JSON document built in code.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// A string, or null when there is none.
  public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// Pretty-printed text: objects one key per line with keys sorted, arrays of plain values on one line.
  public func serialized() -> String {
    var out = ""
    write(into: &out, indent: 0)
    return out
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  private func write(into out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let value): out += JSONValue.format(value)
    case .string(let value): out += JSONValue.quote(value)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
      } else if items.allSatisfy(\.isScalar) {
        out += "["
        for (index, item) in items.enumerated() {
          if index > 0 { out += ", " }
          item.write(into: &out, indent: indent)
        }
        out += "]"
      } else {
        let pad = String(repeating: " ", count: indent + 2)
        out += "[\n"
        for (index, item) in items.enumerated() {
          out += pad
          item.write(into: &out, indent: indent + 2)
          out += index == items.count - 1 ? "\n" : ",\n"
        }
        out += String(repeating: " ", count: indent) + "]"
      }
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      let pad = String(repeating: " ", count: indent + 2)
      out += "{\n"
      let keys = fields.keys.sorted {
        Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value))
      }
      for (index, key) in keys.enumerated() {
        out += pad + JSONValue.quote(key) + ": "
        fields[key]?.write(into: &out, indent: indent + 2)
        out += index == keys.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  /// Whole numbers without a fraction; JSON has no NaN or infinity, so those become 0.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// A JSON string literal. Besides what JSON requires, DEL, C1 controls and the line and paragraph
  /// separators are escaped too, so the text stays safe to paste into JavaScript.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Controls, bidi overrides and other invisible characters are escaped, so that the file
        // shown in a terminal cannot reorder or hide text; it still reads back exactly.
        if !Sanitizer.isPlain(scalar) {
          let v = scalar.value
          let units: [UInt32] =
            v > 0xFFFF ? [0xD800 + ((v - 0x10000) >> 10), 0xDC00 + ((v - 0x10000) & 0x3FF)] : [v]
          for unit in units {
            let hex = String(unit, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
