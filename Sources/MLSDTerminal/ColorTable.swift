// Theme colours as ncurses colour pairs: one pair per style role, with 256-colour, 8-colour and
// no-colour terminals (and NO_COLOR) each getting what they can show.
import CNcursesw
import MLSDCore

struct ColorTable {
  var theme: Theme
  let noColor: Bool
  private var pairs: [StyleRole: Int32] = [:]
  private var useColor = false

  init(theme: Theme, noColor: Bool) {
    self.theme = theme
    self.noColor = noColor
  }

  /// Defines the colour pairs of the theme; call after initscr.
  mutating func setUp() {
    pairs = [:]
    useColor = !noColor && has_colors() && start_color() == OK
    guard useColor else { return }
    use_default_colors()
    let count = mlsd_colors()
    for (i, role) in StyleRole.allCases.enumerated() {
      let c = theme.colors(for: role)
      let rich = count >= 256
      let fg = value(rich ? c.fg : c.fg8, limit: count, fallback: c.fg8)
      let bg = value(rich ? c.bg : c.bg8, limit: count, fallback: c.bg8)
      let pair = Int32(i + 1)
      if pair < mlsd_color_pairs() {
        init_pair(Int16(pair), Int16(fg), Int16(bg))
        pairs[role] = pair
      }
    }
  }

  private func value(_ color: ThemeColor, limit: Int32, fallback: ThemeColor) -> Int32 {
    switch color {
    case .terminalDefault: return -1
    case .index(let n) where n < limit: return Int32(n)
    case .index:
      if case .index(let m) = fallback, m < limit { return Int32(m) }
      return -1
    }
  }

  /// The attributes and colour pair of a cell style.
  func attributes(for style: CellStyle) -> (attr_t, Int32) {
    let roles = useColor ? theme.colors(for: style.role) : Theme.monochrome.colors(for: style.role)
    var attributes = mlsd_a_normal()
    if roles.bold || style.bold { attributes |= mlsd_a_bold() }
    if roles.reverse || style.reverse { attributes |= mlsd_a_reverse() }
    if roles.underline || style.underline { attributes |= mlsd_a_underline() }
    return (attributes, useColor ? pairs[style.role] ?? 0 : 0)
  }
}
