// Focus reports: a terminal asked with DEC private mode 1004 sends ESC [ I when its window gains
// the keyboard focus and ESC [ O when it loses it (xterm; tmux passes them on to the pane with its
// `focus-events` option on). A mouse button let go in another window never reaches the app, so
// the focus going away ends a pending drag as a lost release does. ncurses knows neither report,
// so they are defined as key codes of our own, next to the paste marks.
import CNcursesw

enum FocusReports {
  static let inCode: Int32 = 0x1F03
  static let outCode: Int32 = 0x1F04

  static func defineKeys() {
    define_key("\u{1B}[I", inCode)
    define_key("\u{1B}[O", outCode)
  }

  /// The DEC private mode 1004 sequence that turns focus reports on or off.
  static func mode(on: Bool) -> String { "\u{1B}[?1004" + (on ? "h" : "l") }
}
