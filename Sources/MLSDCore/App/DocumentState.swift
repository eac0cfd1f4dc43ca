// A named part of AppState: the board and what is selected on it, the file it came from, and
// its live check.

struct DocumentState: Sendable {
  var board: Board
  /// The board file, nil for a scratch board that was never saved.
  var filePath: String?
  /// The board as it is on disk (or as it started): the board is dirty when it differs.
  var cleanBoard: Board
  /// The board file as last loaded or saved (identity and hash of its bytes); nil for a file not
  /// yet on disk. Before a save and on idle ticks the file is compared with it, so that a change
  /// made by someone else is never overwritten without asking.
  var diskStamp: FileStamp?
  /// App-clock time of the last look at the file on disk.
  var lastDiskCheck: Double = 0
  /// The change on disk the person was asked about and answered (Esc, or a choice that failed, as
  /// overwriting into a deleted folder), so that idle checks do not ask again until the file
  /// changes again.
  var declinedChange: DiskChange?
  /// Why the board file no longer loads (FILE:LINE:COLUMN: message), as the last look found it;
  /// nil when it loads or is gone.
  var diskProblem: String?
  /// How many times another writer's saved board was taken in (reloaded or merged), and which of
  /// those the board on screen holds: undo back past a reload gives an older one. Then
  /// `mergeBase` is the file's board that board was made from, and a save merges or asks
  /// (`AppState+DiskChanges`) instead of quietly writing the other writer's work away.
  var intake = 0
  var boardIntake = 0
  var mergeBase: Board?
  /// `mlsd open --read-only`: follows the file, never writes (AppState+ReadOnly).
  var isReadOnly: Bool = false
  /// What the status line adds to "Saved FILE" for the save under way (a merge's summary).
  var saveNote: String?
  var report: CheckReport
  /// The kinds of every box at the last check, so that a check after an edit recognises only
  /// the boxes whose text changed.
  var kindMemo: KindMemo = KindMemo()
  /// The board as drawn, with its arrow routes; kept in step with `board`.
  var layer: BoardLayer
  var selection: Selection?
  /// Boxes marked for a group (Space), in the order they were marked; the selected box need not
  /// be one of them.
  var marked: [String] = []
  var clipboard: Box?
  /// Box ids that left the session in a file this session wrote (a save or an export): a rename
  /// never changes them, since that file, or what was made from it, names them.
  var publishedIDs: Set<String> = []
}

/// What a look at the board file found when it differed from the stamp: the file gone, or other
/// bytes (which may or may not load as a board).
enum DiskChange: Hashable, Sendable {
  case missing
  case bytes(UInt64)

  /// The change a reply describes: `stamp` nil means the file could not be read (deleted).
  init(_ stamp: FileStamp?) {
    self = stamp.map { .bytes($0.hash) } ?? .missing
  }
}
