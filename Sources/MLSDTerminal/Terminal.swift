// The ncurses session: start and restore the terminal, read input, draw a Canvas by sending only
// the cells that changed since the last frame, and suspend for an external program.
import CNcursesw
import Foundation
import MLSDCore

/// One input event read from the terminal.
public enum TerminalInput: Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
  /// Text the terminal pasted (bracketed paste), as it came: line breaks may be CR.
  case paste(String)
  /// The terminal's window lost the keyboard focus (a focus report, `FocusReports`).
  case focusLost
}

public final class Terminal {
  private var lastFrame: Canvas?
  private var colors: ColorTable
  private var buttonDown = false
  /// The key code defined for "ESC [ <", the start of an SGR mouse report, next to the paste marks.
  static let sgrMouseCode: Int32 = 0x1F02
  private var running = false
  /// Only ASCII reaches the screen (the locale is not UTF-8).
  public let ascii: Bool
  private let clock: () -> Double

  public init(theme: Theme, ascii: Bool, noColor: Bool, clock: @escaping () -> Double) {
    self.ascii = ascii
    self.clock = clock
    colors = ColorTable(theme: theme, noColor: noColor)
  }

  /// Enters curses mode; `TerminalSignals.install()` should run first.
  public func start() {
    setlocale(LC_ALL, "")
    initscr()
    raw()
    noecho()
    nonl()
    keypad(mlsd_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    mousemask(mlsd_all_mouse_events(), nil)
    mouseinterval(0)
    BracketedPaste.defineKeys()
    FocusReports.defineKeys()
    // SGR reports are read here under every TERM (see mouseModes).
    define_key("\u{1B}[<", Terminal.sgrMouseCode)
    writeRaw(mouseModes(on: true) + BracketedPaste.mode(on: true) + FocusReports.mode(on: true))
    colors.setUp()
    running = true
    lastFrame = nil
  }

  /// Leaves curses mode and restores the terminal as it was.
  public func stop() {
    guard running else { return }
    running = false
    writeRaw(mouseModes(on: false) + BracketedPaste.mode(on: false) + FocusReports.mode(on: false))
    curs_set(1)
    endwin()
  }

  public var size: (width: Int, height: Int) { (Int(mlsd_cols()), Int(mlsd_lines())) }

  public func setTheme(_ theme: Theme) {
    guard theme != colors.theme else { return }
    colors.theme = theme
    colors.setUp()
    lastFrame = nil
  }

  /// Waits up to `timeout` milliseconds for input; nil when none came (or a signal interrupted).
  public func read(timeout: Int32) -> TerminalInput? {
    wtimeout(mlsd_stdscr(), timeout)
    var character: wint_t = 0
    let status = wget_wch(mlsd_stdscr(), &character)
    if status == ERR { return nil }
    if status == mlsd_key_code_yes() {
      let code = Int32(character)
      if code == mlsd_key_resize() {
        lastFrame = nil
        return .resize(width: size.width, height: size.height)
      }
      if code == BracketedPaste.startCode { return .paste(readPaste()) }
      if code == BracketedPaste.endCode || code == FocusReports.inCode { return nil }
      if code == FocusReports.outCode { return .focusLost }
      if code == Terminal.sgrMouseCode {
        guard let report = readSGRMouseReport() else { return nil }
        return report.event(buttonDown: &buttonDown, time: clock()).map { .mouse($0) }
      }
      if code == mlsd_key_mouse() {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return InputDecoder.mouse(event, buttonDown: &buttonDown, time: clock()).map { .mouse($0) }
      }
      return InputDecoder.key(code: code).map { .key($0) }
    }
    if character == 27 { return readEscape().map { .key($0) } }
    return InputDecoder.key(character: UInt32(character)).map { .key($0) }
  }

  /// What follows an ESC that ncurses handed back as a character (a sequence its TERM entry does
  /// not name, or the Esc key): a sequence is read whole and decoded by `EscapeSequence` (nil when
  /// the app has no key for it); anything else is put back and the ESC is the Esc key.
  private func readEscape() -> Key? {
    // ncurses has waited its escape delay already: what belongs to the sequence is waiting.
    wtimeout(mlsd_stdscr(), 0)
    defer { wtimeout(mlsd_stdscr(), 0) }
    var character: wint_t = 0
    let status = wget_wch(mlsd_stdscr(), &character)
    if status == ERR { return .escape }
    if status == mlsd_key_code_yes() {
      ungetch(Int32(character))
      return .escape
    }
    guard let scalar = Unicode.Scalar(UInt32(character)), EscapeSequence.starts(Character(scalar)) else {
      unget_wch(wchar_t(bitPattern: UInt32(character)))
      return .escape
    }
    var body = String(Character(scalar))
    wtimeout(mlsd_stdscr(), 30)
    while !EscapeSequence.isComplete(body) && body.count < EscapeSequence.longestBody {
      let status = wget_wch(mlsd_stdscr(), &character)
      if status == ERR || status == mlsd_key_code_yes() { break }
      guard let next = Unicode.Scalar(UInt32(character)) else { break }
      body.unicodeScalars.append(next)
    }
    return EscapeSequence.key(body)
  }

  /// The rest of an SGR mouse report after "ESC [ <", read whole so that none of it runs as keys.
  /// What is not a report (no final M or m within the longest body) is dropped.
  private func readSGRMouseReport() -> SGRMouseReport? {
    var body = ""
    wtimeout(mlsd_stdscr(), 100)
    defer { wtimeout(mlsd_stdscr(), 0) }
    while body.count < SGRMouseReport.longestBody {
      var character: wint_t = 0
      let status = wget_wch(mlsd_stdscr(), &character)
      if status == ERR || status == mlsd_key_code_yes() { break }
      guard let scalar = Unicode.Scalar(UInt32(character)) else { break }
      let next = Character(scalar)
      body.append(next)
      if SGRMouseReport.ends(next) { break }
    }
    return SGRMouseReport(body: body)
  }

  /// The text between the paste's start and end marks. A terminal that never sends the end mark
  /// (a lost byte) ends the paste after a second without input.
  private func readPaste() -> String {
    var text = ""
    var characters = 0
    wtimeout(mlsd_stdscr(), 1000)
    defer { wtimeout(mlsd_stdscr(), 0) }
    while true {
      var character: wint_t = 0
      let status = wget_wch(mlsd_stdscr(), &character)
      if status == ERR { break }
      let piece: String?
      if status == mlsd_key_code_yes() {
        let code = Int32(character)
        if code == BracketedPaste.endCode { break }
        piece = code == KEY_ENTER ? "\n" : nil
      } else {
        piece = Unicode.Scalar(UInt32(character)).map { String(Character($0)) }
      }
      // What is past the limit is read and dropped, so that it never arrives as keys.
      if let piece, characters < BracketedPaste.limit {
        text += piece
        characters += 1
      }
    }
    return text
  }

  /// Draws a frame: only cells that differ from the previous frame are sent.
  public func draw(_ canvas: Canvas) {
    let full = lastFrame == nil || lastFrame?.width != canvas.width || lastFrame?.height != canvas.height
    if full {
      werase(mlsd_stdscr())
      clearok(mlsd_stdscr(), true)
    }
    let screen = size
    for point in canvas.changedCells(since: full ? nil : lastFrame, columns: screen.width, rows: screen.height) {
      put(canvas[point.x, point.y], x: point.x, y: point.y)
    }
    lastFrame = canvas
    wrefresh(mlsd_stdscr())
  }

  /// Forgets the last frame so that the next draw repaints everything.
  public func invalidate() { lastFrame = nil }

  private func put(_ cell: Cell, x: Int, y: Int) {
    var text = cell.text.isEmpty ? " " : cell.text
    if ascii && !text.unicodeScalars.allSatisfy({ $0.isASCII }) { text = Terminal.asciiStandIn(text) }
    let (attributes, pair) = colors.attributes(for: cell.style)
    var cchar = cchar_t()
    // Most cells hold one ASCII character, which needs none of the grapheme handling below (the
    // first frame puts every cell: 14.7 M instructions for 120×40 before this shortcut).
    if text.utf8.count == 1, let byte = text.utf8.first {
      var wide: (wchar_t, wchar_t) = (wchar_t(byte), 0)
      withUnsafePointer(to: &wide) {
        $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&cchar, $0, attributes, Int16(pair), nil) }
      }
      mvwadd_wch(mlsd_stdscr(), Int32(y), Int32(x), &cchar)
      return
    }
    let scalars = Terminal.cellScalars(text)
    setcchar(&cchar, scalars + [0], attributes, Int16(pair), nil)
    mvwadd_wch(mlsd_stdscr(), Int32(y), Int32(x), &cchar)
    // Where the terminal's idea of the width is narrower than the canvas's (an emoji that is wide
    // only with its variation selector), blank the second column so nothing stale shows there.
    if DisplayWidth.of(Character(text)) == 2, mlsd_wcwidth(scalars[0]) < 2 {
      var blank = cchar_t()
      setcchar(&blank, [wchar_t(32), 0], attributes, Int16(pair), nil)
      mvwadd_wch(mlsd_stdscr(), Int32(y), Int32(x + 1), &blank)
    }
  }

  /// What one cell can hand to ncurses: a cell (cchar_t) holds one spacing character followed by
  /// at most four zero-width ones. A grapheme of several spacing characters (a ZWJ family, a flag
  /// pair) keeps its first one, so the terminal's width stays the canvas's.
  static func cellScalars(_ text: String) -> [wchar_t] {
    var out: [wchar_t] = []
    for scalar in text.unicodeScalars {
      let value = wchar_t(bitPattern: scalar.value)
      if out.isEmpty {
        out.append(value)
      } else if scalar.value == 0x200D || mlsd_wcwidth(value) != 0 || out.count == 5 {
        break
      } else {
        out.append(value)
      }
    }
    return out.isEmpty ? [wchar_t(32)] : out
  }

  /// What a non-ASCII character looks like on a terminal that can only show ASCII.
  static func asciiStandIn(_ text: String) -> String {
    switch text {
    case "…": "."
    case "·", "—", "–", "─", "┄", "━", "╌": "-"
    case "│", "┃", "╎", "┆": "|"
    case "←", "◀": "<"
    case "→", "▶": ">"
    case "↑", "▲": "^"
    case "↓", "▼": "v"
    case "✓": "+"
    case "✗", "×": "x"
    case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "╭", "╮", "╰", "╯": "+"
    default: "?"
    }
  }

  /// Leaves curses, runs `body` (an editor on the real terminal), and comes back.
  public func suspend<T>(_ body: () -> T) -> T {
    def_prog_mode()
    writeRaw(mouseModes(on: false) + BracketedPaste.mode(on: false) + FocusReports.mode(on: false))
    endwin()
    let result = body()
    reset_prog_mode()
    writeRaw(mouseModes(on: true) + BracketedPaste.mode(on: true) + FocusReports.mode(on: true))
    lastFrame = nil
    clearok(mlsd_stdscr(), true)
    wrefresh(mlsd_stdscr())
    return result
  }

  /// Button-event tracking (1002) reports drags; SGR reports (1006) reach any column and say
  /// which button was let go. This adapter reads SGR reports itself under every TERM ("ESC [ <"
  /// is defined as a key of its own): where the TERM entry's kmous is "ESC [ <"
  /// (xterm-256color) ncurses would decode them, but it reports a press that comes while it
  /// believes the button held (the release was let go outside the window) as motion, and the app
  /// needs that press to end the lost drag; elsewhere (tmux-256color, screen: kmous "ESC [ M")
  /// ncurses would type a report's digits as keys. A terminal without 1006 sends X10 reports,
  /// which ncurses decodes where kmous says so.
  private func mouseModes(on: Bool) -> String {
    let mode = on ? "h" : "l"
    return "\u{1B}[?1002\(mode)\u{1B}[?1006\(mode)"
  }

  private func writeRaw(_ text: String) {
    fflush(nil)
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  }
}
