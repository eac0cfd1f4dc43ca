// What a cell looks like, by role: the view says "this is a selected box", the theme says which
// colours that is, and the terminal adapter turns it into a colour pair.

/// The part of the screen a cell belongs to. Themes give each role its colours.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
  case canvas
  case box
  case boxSelected = "box-selected"
  case boxMissing = "box-missing"
  case detail
  case arrow
  case arrowSelected = "arrow-selected"
  case arrowLabel = "arrow-label"
  case group
  case panel
  case panelTitle = "panel-title"
  case panelSelected = "panel-selected"
  case top
  case status
  case mode
  case ok
  case warning
  case error
  case hint
  case dim
  case cursor
}

/// One cell's style; the role picks colours, the flags add emphasis.
public struct CellStyle: Hashable, Sendable {
  public var role: StyleRole
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(_ role: StyleRole, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = CellStyle(.canvas)
}
