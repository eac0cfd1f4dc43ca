// The whole state of the interactive whiteboard, in named parts: the board with its selection,
// file and live checklist (DocumentState), the mode (ModeState), undo history (EditState), the view
// (ViewState) and the practice session (PracticeState); AppState+Parts reads each property by
// its old name. Changed only by `apply` (AppState+Apply).
import Foundation

public struct AppState: Sendable {
  /// Smallest terminal the screen is drawn for; below it the app says how large it must be.
  public static let minWidth = 60
  public static let minHeight = 16

  /// The board and its selection, file and check (`DocumentState`).
  var document: DocumentState
  /// The mode, the help overlay and the status message (`ModeState`).
  var modes = ModeState()
  /// Undo and redo, the edit version (`EditState`).
  var edits = EditState()
  /// Screen size, scroll, side panel, theme (`ViewState`).
  var view: ViewState
  /// The practice session and the interviewer (`PracticeState`).
  var session = PracticeState()
  public let library: Library
  /// Effects requested since the runtime last took them.
  public internal(set) var effects: [Effect] = []
  public internal(set) var now: Double = 0
  public internal(set) var startedAt: Double = 0
  public internal(set) var quitting = false

  public init(
    board: Board, filePath: String?, library: Library, theme: Theme, ascii: Bool = false,
    width: Int = 80, height: Int = 24, now: Double = 0, diskStamp: FileStamp? = nil, readOnly: Bool = false
  ) {
    var memo = KindMemo()
    let report = Checker.check(
      board, template: board.template.flatMap { library.template($0) }, catalogue: library.catalogue, memo: &memo)
    self.document = DocumentState(
      board: board, filePath: filePath, cleanBoard: board, diskStamp: diskStamp, isReadOnly: readOnly,
      report: report, kindMemo: memo, layer: BoardLayer(board: board, firstFrame: true),
      selection: Selection.start(of: board))
    self.view = ViewState(screenWidth: width, screenHeight: height, theme: theme, ascii: ascii)
    self.library = library
    self.now = now
    self.startedAt = now
    scroll = scrollOrigin
    // The selected box is on screen from the start, not behind the side panel.
    follow()
    if layer.isProvisional {
      message = StatusMessage("Routing \(board.arrows.count) arrows… (drawn simply until then)", tone: .warning)
    } else if let note = AppState.simpleRoutesNote(layer.diagram) {
      message = note
    }
  }

  /// The first idle tick after a first frame routed within the smaller budget routes the board
  /// with the whole budget, and says how it went.
  mutating func finishFirstRouting() {
    guard layer.routeFully() else { return }
    message =
      AppState.simpleRoutesNote(layer.diagram)
      ?? StatusMessage("Routed all \(board.arrows.count) arrows", tone: .ok)
  }

  mutating func refreshDiagram() {
    let before = layer.diagram.simpleArrowCount
    let previous = layer.diagram
    layer.update(to: board)
    if layer.diagram.simpleArrowCount > before, let note = AppState.simpleRoutesNote(layer.diagram) { message = note }
    noteLooseLabels(since: previous)
  }

  /// A label that lost its place beside its line since `previous` (a box moved too close) is
  /// still drawn, and the status line says so: it never disappears without a word. Returns
  /// whether it said anything.
  @discardableResult
  mutating func noteLooseLabels(since previous: Diagram?) -> Bool {
    let loose = Set(previous?.labelNoteArrows ?? [])
    guard let arrow = layer.diagram.labelNoteArrows.first(where: { !loose.contains($0) }),
      let note = layer.diagram.labelNote(arrow)
    else { return false }
    message = StatusMessage(note.prefix(1).uppercased() + note.dropFirst() + " (L lays out with room)", tone: .warning)
    return true
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

  /// The board with the text of the open notes editor in its step: the work a recovery file
  /// keeps, as the editor would leave it.
  public var unsavedBoard: Board {
    guard let (step, text) = mode.notesDraft, board.notes[step] != text else { return board }
    var draft = board
    draft.notes[step] = text
    return draft
  }

  /// Whether anything would be lost if the session ended now, typed notes included.
  public var hasUnsavedWork: Bool { unsavedBoard != cleanBoard }

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
    if case .group(let id, let anchor) = selection, let group = board.groups.first(where: { $0.id == id }) {
      if let anchor, board.box(anchor) != nil { return anchor }
      return group.boxIDs.first { board.box($0) != nil }
    }
    return nil
  }

  /// Title for the top line.
  public var fileLabel: String { filePath ?? "(scratch board)" }
}
