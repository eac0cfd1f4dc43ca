// Everything that can happen to the app: input from the terminal, time passing, and the
// replies of the runtime to the effects the app asked for.

public enum Action: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal now has this many columns and rows.
  case resize(width: Int, height: Int)
  /// Time passes (seconds on the app clock); drives the timer and the debounced recovery file.
  case tick(Double)
  /// The board was saved to `path`.
  case saved(Board, path: String, thenQuit: Bool)
  /// A board file was loaded (`:e FILE`).
  case loaded(Board, path: String)
  /// Notes came back from the external editor.
  case externalNotes(Step, text: String)
  /// The recovery file holds the board of this edit version.
  case recoveryWritten(version: Int)
  /// A recovery file from an earlier session exists; ask whether to restore it.
  case offerRecovery(Board)
  /// Something the runtime did went well (an export), for the status line.
  case info(String)
  /// Something the runtime did failed, with a message for the person.
  case failed(String)
}
