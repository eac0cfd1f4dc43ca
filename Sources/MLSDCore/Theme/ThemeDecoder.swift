// Reads a theme file (Themes/*.yaml), naming file, line and field of any mistake.

public enum ThemeDecoder {
  static let roleKeys = ["fg", "bg", "fg8", "bg8", "bold", "reverse", "underline"]

  public static func decode(_ text: String, name: String) throws -> Theme {
    let root = try YAMLValue.parse(text, source: YAMLSource(name: name))
    let map = try root.mapping()
    try map.allowOnly(["mlsd-theme", "name", "description", "roles"], in: "a theme")
    _ = try map.required("mlsd-theme", in: "a theme").int(in: 1...1)
    let nameValue = try map.required("name", in: "a theme")
    let themeName = try nameValue.string()
    guard Board.isValidID(themeName) else {
      throw nameValue.error(
        "theme name '\(Sanitizer.visible(themeName))' may only hold letters, digits, '-', '_' and '.'")
    }
    let description = try map.optionalString("description") ?? ""
    var roles: [StyleRole: RoleColors] = [:]
    let rolesMap = try map.required("roles", in: "a theme").mapping()
    try rolesMap.allowOnly(StyleRole.allCases.map(\.rawValue), in: "roles")
    for entry in rolesMap.entries {
      let role = StyleRole(rawValue: entry.key)!
      let spec = try entry.value.mapping()
      try spec.allowOnly(roleKeys, in: "role '\(entry.key)'")
      var colors = RoleColors()
      if let v = spec["fg"] { colors.fg = try color(v, max: 255) }
      if let v = spec["bg"] { colors.bg = try color(v, max: 255) }
      colors.fg8 = try spec["fg8"].map { try color($0, max: 7) } ?? eightColour(colors.fg)
      colors.bg8 = try spec["bg8"].map { try color($0, max: 7) } ?? eightColour(colors.bg)
      if let v = spec["bold"] { colors.bold = try flag(v) }
      if let v = spec["reverse"] { colors.reverse = try flag(v) }
      if let v = spec["underline"] { colors.underline = try flag(v) }
      roles[role] = colors
    }
    return Theme(name: themeName, description: description, roles: roles)
  }

  /// A colour by index (0–max), by one of the eight names, or `default`.
  static func color(_ value: YAMLValue, max: Int) throws -> ThemeColor {
    let raw = try value.string()
    if raw == "default" { return .terminalDefault }
    if let index = ThemeColor.names.firstIndex(of: raw) { return .index(index) }
    return .index(try value.int(in: 0...max))
  }

  /// The nearest of the eight basic colours, when the theme names none for 8-colour terminals.
  static func eightColour(_ color: ThemeColor) -> ThemeColor {
    guard case .index(let n) = color else { return .terminalDefault }
    if n < 8 { return .index(n) }
    if n < 16 { return .index(n - 8) }
    if n >= 232 { return .index(n >= 244 ? 7 : 0) }
    let c = n - 16
    let r = c / 36
    let g = (c / 6) % 6
    let b = c % 6
    let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
    return .index(bits)
  }

  static func flag(_ value: YAMLValue) throws -> Bool {
    let raw = try value.string()
    guard raw == "true" || raw == "false" else {
      throw value.error("expected true or false, found \(value.kindDescription)")
    }
    return raw == "true"
  }
}
