// Work the pure core asks the outside world to do; the runner reports back with an Action.

/// A side effect requested by `reduce`, carried out by the runtime.
public enum Effect: Hashable, Sendable {
  /// Save the board (atomically); reply `.saved` or `.failed`. `thenQuit` quits on success.
  case save(Board, path: String, thenQuit: Bool)
  /// Save although the file changed on disk since it was read (the person chose to overwrite).
  case overwrite(Board, path: String, thenQuit: Bool)
  /// Compare the board file with the stamp of the last load or save; reply `.changedOnDisk` or
  /// `.sameOnDisk` when it differs, nothing when it does not.
  case checkDisk(path: String, stamp: FileStamp)
  /// Keep a copy of the board in the recovery folder (before reloading the file over unsaved
  /// work); reply `.info` with its path.
  case keepCopy(Board)
  /// Load a board file; reply `.loaded` or `.failed`.
  case load(path: String)
  /// Export the board in a format to a file; reply `.info` or `.failed`.
  case export(Board, format: ExportFormat, path: String)
  /// Edit a step's notes in $VISUAL/$EDITOR; reply `.externalNotes`.
  case editExternally(Step, text: String)
  /// Write unsaved work to the recovery file (atomic); reply `.recoveryWritten`.
  case writeRecovery(Board, version: Int)
  /// Remove the recovery file (the work is saved or deliberately thrown away).
  case removeRecovery
  /// Write text to a file (the practice review as Markdown); reply `.info` naming `what`, or `.failed`.
  case writeText(String, path: String, what: String)
  /// Add a finished practice session to the history in the data folder; reply `.failed` on error.
  case recordPractice(PracticeRecord)
  /// Leave the app.
  case quit
  /// Repaint the whole terminal (Ctrl-L), for when something else wrote to it.
  case redraw
}
