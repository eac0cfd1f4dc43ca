// Everything that can happen to the app: input from the terminal, time passing, and the
// replies of the runtime to the effects the app asked for.

public enum Action: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// Text pasted into the terminal, as one piece (bracketed paste): never read as keys.
  case paste(String)
  /// The terminal's window lost the keyboard focus: a button let go elsewhere never reports its
  /// release, so a pending mouse drag ends.
  case focusLost
  /// The terminal now has this many columns and rows.
  case resize(width: Int, height: Int)
  /// Time passes (seconds on the app clock); drives the timer and the debounced recovery file.
  case tick(Double)
  /// The board was saved to `path`; `stamp` is the file as written; `droppedComments`: the
  /// comment lines the file held before, which the save did not keep.
  case saved(Board, path: String, thenQuit: Bool, stamp: FileStamp? = nil, droppedComments: Int = 0)
  /// A board file was loaded (`:e FILE`); `stamp` is the file as read.
  case loaded(Board, path: String, stamp: FileStamp? = nil)
  /// The board file changed on disk since it was loaded or saved (found before a save, with
  /// `saving` set, or on an idle check): `theirs` is what it holds now, nil when it no longer
  /// loads (deleted: `stamp` nil too; or not a board: `problem` says why, FILE:LINE:COLUMN).
  case changedOnDisk(theirs: Board?, stamp: FileStamp?, saving: Bool, thenQuit: Bool, problem: String? = nil)
  /// The file's identity changed but its bytes did not (touched, or written again unchanged).
  case sameOnDisk(FileStamp)
  /// Notes came back from the external editor.
  case externalNotes(Step, text: String)
  /// The recovery file holds the board of this edit version.
  case recoveryWritten(version: Int)
  /// A recovery file from an earlier session exists; ask whether to restore it.
  case offerRecovery(Board, from: String? = nil)
  /// Scratch sessions that ended without saving left unsaved work (newest first); offer it.
  case offerScratchRecoveries([ScratchRecovery])
  /// Another live mlsd has the board open: ask (`Question.lockHeld`) before anything else.
  case askLock(holder: String)
  /// A write would replace an existing file that is not the board's own: ask, then carry out
  /// `then` (the same write, allowed to replace) on yes.
  case confirmReplace(path: String, then: Effect)
  /// Something the runtime did went well (an export), for the status line.
  case info(String)
  /// Something the runtime did went through with a caveat (an export that cut a label).
  case warned(String)
  /// Something the runtime did failed, with a message for the person.
  case failed(String)
}
