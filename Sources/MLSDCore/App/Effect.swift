// Work the pure core asks the outside world to do; the runner reports back with an Action.

/// A side effect requested by `reduce`, carried out by the runtime.
public enum Effect: Hashable, Sendable {
  /// Save the board (atomically); reply `.saved` or `.failed`. `thenQuit` quits on success.
  /// To another file than the board's own: refused when another mlsd has that board open, and
  /// `.confirmReplace` when it exists.
  case save(Board, path: String, thenQuit: Bool)
  /// Save although the file changed on disk since it was read, or over another existing file
  /// (the person chose to); still never over a board another mlsd has open.
  case overwrite(Board, path: String, thenQuit: Bool)
  /// Compare the board file with the stamp of the last load or save; reply `.changedOnDisk` or
  /// `.sameOnDisk` when it differs, nothing when it does not.
  case checkDisk(path: String, stamp: FileStamp)
  /// Keep a copy of the board in the recovery folder (before reloading the file over unsaved
  /// work); reply `.info` with its path.
  case keepCopy(Board)
  /// Load a board file; reply `.loaded` or `.failed`.
  case load(path: String)
  /// Export the board in a format to a file; reply `.info` or `.failed`, or `.confirmReplace`
  /// when the file exists and `replacing` is not set (never over the board's own file, nor over
  /// a board another mlsd has open).
  case export(Board, format: ExportFormat, path: String, replacing: Bool = false)
  /// Edit a step's notes in $VISUAL/$EDITOR; reply `.externalNotes`.
  case editExternally(Step, text: String)
  /// Write unsaved work to the recovery file (atomic); reply `.recoveryWritten`.
  case writeRecovery(Board, version: Int)
  /// Remove the recovery file (the work is saved or deliberately thrown away).
  case removeRecovery
  /// Take over an ended session's unsaved work: write it to this session's recovery
  /// file, then remove the old file and its lock; reply `.recoveryWritten`.
  case adoptRecovery(path: String, board: Board, version: Int)
  /// Remove an ended session's recovery file and its lock (the person discarded it).
  case discardRecovery(path: String)
  /// Write text to a file (the practice review as Markdown); reply `.info` naming `what`, or
  /// `.failed`; asks and refuses as `export` does.
  case writeText(String, path: String, what: String, replacing: Bool = false)
  /// Add a finished practice session to the history in the data folder; reply `.failed` on error.
  case recordPractice(PracticeRecord)
  /// Open the board although another live mlsd has it (the lock question's o): take its lock and
  /// reply with the recovery offer, if any (the runtime carries it out).
  case openAnyway
  /// Leave the app.
  case quit
  /// Repaint the whole terminal (Ctrl-L), for when something else wrote to it.
  case redraw
}
