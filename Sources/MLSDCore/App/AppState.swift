// The whole state of the interactive whiteboard: the board, the file, the mode, the selection,
// the viewport, undo history and the live checklist. Changed only by `apply` (AppState+Apply).
import Foundation

public struct AppState: Sendable {
  /// Smallest terminal the screen is drawn for; below it the app says how large it must be.
  public static let minWidth = 60
  public static let minHeight = 16

  public internal(set) var board: Board
  /// The board file, nil for a scratch board that was never saved.
  public internal(set) var filePath: String?
  /// The board as it is on disk (or as it started): the board is dirty when it differs.
  public internal(set) var cleanBoard: Board
  /// The board file as last loaded or saved (identity and hash of its bytes); nil for a file not
  /// yet on disk. Before a save and on idle ticks the file is compared with it, so that a change
  /// made by someone else is never overwritten without asking.
  public internal(set) var diskStamp: FileStamp?
  /// App-clock time of the last look at the file on disk.
  var lastDiskCheck: Double = 0
  /// The hash of a change on disk the person chose not to act on (Esc), so that idle checks do
  /// not ask again until the file changes again.
  var declinedDiskHash: UInt64?
  /// `mlsd open --read-only`: follows the file, never writes (AppState+ReadOnly).
  public internal(set) var isReadOnly = false
  /// What the status line adds to "Saved FILE" for the save under way (a merge's summary).
  var saveNote: String?
  public let library: Library
  public internal(set) var report: CheckReport
  /// The kinds of every box at the last check, so that a check after an edit recognises only
  /// the boxes whose text changed.
  var kindMemo = KindMemo()
  public internal(set) var selection: Selection?
  public internal(set) var mode: Mode = .normal
  public internal(set) var panelTab: PanelTab = .steps {
    didSet { if panelTab != oldValue { panelScroll = 0 } }
  }
  /// First line of the panel's tab shown (PgUp/PgDn, the wheel over the panel).
  public internal(set) var panelScroll = 0
  public internal(set) var showPanel = true
  public internal(set) var showHelp = false
  public internal(set) var helpScroll = 0
  /// The step the side panel shows and `E` edits.
  public internal(set) var currentStep: Step = .requirements
  /// Board cell shown at the top-left of the canvas area.
  public internal(set) var scroll = GridPoint(x: 0, y: 0)
  public internal(set) var screenWidth: Int
  public internal(set) var screenHeight: Int
  public internal(set) var history = History()
  /// The drawing and report when a live move or resize began, for the undo step it ends in.
  var liveEditStart: Derived?
  public internal(set) var clipboard: Box?
  public internal(set) var message: StatusMessage?
  public internal(set) var theme: Theme
  /// Draw with ASCII only (the locale is not UTF-8).
  public internal(set) var ascii: Bool
  /// Effects requested since the runtime last took them.
  public internal(set) var effects: [Effect] = []
  public internal(set) var lastFind = ""
  /// The failed check `f` showed last.
  public internal(set) var findingIndex = -1
  /// The missing component `f` just showed; an `a` right after opens the palette on it.
  public internal(set) var suggestedComponent: String?
  public internal(set) var drag: Drag?
  /// The last mouse press, to recognise double-clicks.
  public internal(set) var lastPress: MouseEvent?
  public internal(set) var now: Double = 0
  public internal(set) var startedAt: Double = 0
  /// Counts board edits; the recovery file remembers which version it holds.
  public internal(set) var version = 0
  public internal(set) var lastEditAt: Double?
  public internal(set) var recoveryVersion = 0
  public internal(set) var quitting = false
  /// The board as drawn, with its arrow routes; kept in step with `board`.
  public internal(set) var layer: BoardLayer
  /// The timed practice session (`mlsd practice`), nil on an ordinary whiteboard.
  public internal(set) var practice: PracticeMode?
  /// The interviewer's follow-up questions: in a practice session, or after `:ask`.
  public internal(set) var interviewer: Interviewer?
  /// The calendar date at one moment of the app clock, to date a practice session when its clock
  /// starts without reading the wall clock here.
  public internal(set) var dateOrigin: (date: Date, at: Double)?
  /// Rows of the practice review page at the current width (for scrolling).
  public internal(set) var reviewPageHeight = 0

  public init(
    board: Board, filePath: String?, library: Library, theme: Theme, ascii: Bool = false,
    width: Int = 80, height: Int = 24, now: Double = 0, diskStamp: FileStamp? = nil, readOnly: Bool = false
  ) {
    self.board = board
    self.isReadOnly = readOnly
    self.diskStamp = diskStamp
    self.filePath = filePath
    self.cleanBoard = board
    self.library = library
    self.theme = theme
    self.ascii = ascii
    self.screenWidth = width
    self.screenHeight = height
    self.now = now
    self.startedAt = now
    var memo = KindMemo()
    self.report = Checker.check(
      board, template: board.template.flatMap { library.template($0) }, catalogue: library.catalogue, memo: &memo)
    self.kindMemo = memo
    self.layer = BoardLayer(board: board)
    if let first = board.boxes.first { selection = .box(first.id) }
    if let note = AppState.simpleRoutesNote(layer.diagram) { message = note }
  }

  mutating func refreshDiagram() {
    let before = layer.diagram.simpleArrowCount
    layer.update(to: board)
    if layer.diagram.simpleArrowCount > before, let note = AppState.simpleRoutesNote(layer.diagram) { message = note }
  }

  /// What the status line says when the router gave up on some arrows (the board is too large or
  /// too dense to route within its budget) and drew them straight.
  static func simpleRoutesNote(_ diagram: Diagram) -> StatusMessage? {
    let simple = diagram.simpleArrowCount
    guard simple > 0 else { return nil }
    return StatusMessage(
      "\(simple) of \(diagram.board.arrows.count) arrows drawn on simple routes: the board is too large or dense to route",
      tone: .warning)
  }

  func arrowIndex(at point: GridPoint) -> Int? { layer.arrowIndex(at: point) }

  /// The template the board was started from, when the library knows it.
  public var template: Template? { board.template.flatMap { library.template($0) } }

  public var isDirty: Bool { board != cleanBoard }

  public var isTooSmall: Bool { screenWidth < AppState.minWidth || screenHeight < AppState.minHeight }

  /// Columns of the side panel (0 when hidden).
  public var panelWidth: Int {
    guard showPanel else { return 0 }
    return min(44, max(30, screenWidth * 3 / 10))
  }

  /// Where the canvas sits on the screen: below the top line, above the status line, left of the panel.
  public var canvasArea: GridRect {
    GridRect(x: 0, y: 1, width: max(1, screenWidth - panelWidth), height: max(1, screenHeight - 2))
  }

  public var selectedBoxID: String? {
    if case .box(let id) = selection, board.box(id) != nil { return id }
    return nil
  }

  public var selectedBox: Box? { selectedBoxID.flatMap { board.box($0) } }

  public var selectedArrowIndex: Int? {
    if case .arrow(let index, _) = selection, board.arrows.indices.contains(index) { return index }
    return nil
  }

  /// The box a new box, a paste or a connection starts from: the selected box, or the box the
  /// selected arrow was reached from (else the box it leaves).
  public var anchorBoxID: String? {
    if let id = selectedBoxID { return id }
    if case .arrow(_, let anchor?) = selection, board.box(anchor) != nil { return anchor }
    if let index = selectedArrowIndex { return board.arrows[index].from }
    return nil
  }

  /// Title for the top line.
  public var fileLabel: String { filePath ?? "(scratch board)" }
}
