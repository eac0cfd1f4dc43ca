// Signal handling for the terminal session: the only Swift file that calls the shim's signal
// functions (their state is per translation unit). SIGINT/SIGTERM/SIGHUP set a flag the main loop
// reads; crash signals restore the terminal and re-raise.
import CNcursesw

public enum TerminalSignals {
  /// Saves the terminal settings and installs the handlers; call before curses starts.
  public static func install() {
    mlsd_save_termios()
    mlsd_install_signal_handlers()
  }

  /// The signal that arrived since the last call, if any (SIGINT, SIGTERM or SIGHUP).
  public static func take() -> Int32? {
    let signal = mlsd_take_signal()
    return signal == 0 ? nil : signal
  }
}
