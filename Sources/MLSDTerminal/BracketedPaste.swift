// Bracketed paste: the terminal wraps pasted text in ESC [ 200 ~ and ESC [ 201 ~, so that a paste
// reaches the app as one piece of text and not as keys (a pasted "x" would delete a box). ncurses
// knows neither mark, so they are defined as key codes of our own.
import CNcursesw

enum BracketedPaste {
  /// Key codes for the two marks: above the terminfo keys ncurses numbers from KEY_MAX up, and
  /// within the 16 bits its key table keeps.
  static let startCode: Int32 = 0x1F00
  static let endCode: Int32 = 0x1F01
  /// Characters of one paste kept; the rest is read and dropped.
  static let limit = 1_000_000

  static func defineKeys() {
    define_key("\u{1B}[200~", startCode)
    define_key("\u{1B}[201~", endCode)
  }

  /// The DEC private mode 2004 sequence that turns bracketed paste on or off.
  static func mode(on: Bool) -> String { "\u{1B}[?2004" + (on ? "h" : "l") }
}
