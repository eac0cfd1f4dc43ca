// A colour scheme: for each style role, colours for 256-colour terminals and for 8-colour ones.

/// A colour: the terminal's default, or an index (0–255; 0–7 on 8-colour terminals).
public enum ThemeColor: Hashable, Sendable {
  case terminalDefault
  case index(Int)

  static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
}

/// The colours and emphasis of one role.
public struct RoleColors: Hashable, Sendable {
  public var fg: ThemeColor
  public var bg: ThemeColor
  public var fg8: ThemeColor
  public var bg8: ThemeColor
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault, fg8: ThemeColor = .terminalDefault,
    bg8: ThemeColor = .terminalDefault, bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.fg = fg
    self.bg = bg
    self.fg8 = fg8
    self.bg8 = bg8
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }
}

public struct Theme: Hashable, Sendable {
  public var name: String
  public var description: String
  public var roles: [StyleRole: RoleColors]

  public init(name: String, description: String, roles: [StyleRole: RoleColors]) {
    self.name = name
    self.description = description
    self.roles = roles
  }

  /// The colours of a role; a role the theme does not name falls back to the canvas.
  public func colors(for role: StyleRole) -> RoleColors {
    roles[role] ?? roles[.canvas] ?? RoleColors()
  }

  /// No colours at all, emphasis only: used for NO_COLOR and terminals without colour.
  public static let monochrome = Theme(
    name: "monochrome", description: "No colour; emphasis by bold and reverse video.",
    roles: [
      .boxSelected: RoleColors(reverse: true), .arrowSelected: RoleColors(bold: true),
      .panelTitle: RoleColors(bold: true), .panelSelected: RoleColors(reverse: true),
      .top: RoleColors(reverse: true), .status: RoleColors(reverse: true), .mode: RoleColors(bold: true),
      .error: RoleColors(bold: true), .cursor: RoleColors(reverse: true), .ok: RoleColors(),
    ])
}
