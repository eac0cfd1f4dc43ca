// The canvas's zoom (z): full boxes → compact boxes → fit to window → full boxes. Zoomed out,
// the canvas shows a drawing made for viewing (CanvasZoom); selecting, finding, panning, notes,
// the panel, commands and saving work there. A key that edits the board (add, label, connect,
// move, delete, undo…) first returns to full boxes, where the board is drawn as it is, and then
// edits: the user sees the change where it happens. Nothing about zooming changes the board.

extension AppState {
  /// The canvas's zoom level.
  public var zoom: CanvasZoom { view.zoom }

  /// The drawing the canvas shows when zoomed out; nil at full boxes.
  var zoomDrawing: ZoomDrawing? {
    get { view.zoomDrawing }
    set { view.zoomDrawing = newValue }
  }

  /// The board as the canvas shows it: the zoomed-out drawing's (same ids, other places and
  /// sizes), or the board itself. Selecting by direction, following the selection and clicking
  /// read places from it.
  var shownBoard: Board { zoom == .full ? board : (zoomDrawing?.diagram.board ?? board) }

  /// z: the next zoom level.
  mutating func cycleZoom() {
    setZoom(zoom.next)
    announceZoom()
  }

  /// The status line for the zoom level shown (or being made).
  mutating func announceZoom() {
    if view.fitPending {
      message = StatusMessage("Fitting the board to the window…")
      return
    }
    guard let drawing = zoomDrawing else {
      message = StatusMessage("Zoom: full boxes")
      return
    }
    switch drawing.zoom {
    case .compact:
      message = StatusMessage("One line a box, where you put them (z: fit to window)")
    case .fit where drawing.fits:
      message = StatusMessage(
        "The whole board fitted to the window (\(drawing.layout ?? "")); a view only, z: full boxes", tone: .ok)
    default:
      // The fit is made for the canvas beside the panel: hiding it gives the fit more columns.
      let panel = showPanel && drawing.zoom == .fit ? "P hides the panel (\(panelWidth) more columns), " : ""
      message = StatusMessage(
        "The board does not fit \(drawing.columns)x\(drawing.rows) (\(drawing.shortfall ?? ""), "
          + "\(drawing.layout ?? "")); \(panel)Shift+arrows or H J pan, z: full boxes",
        tone: .warning)
    }
  }

  /// Goes to a zoom level; back at full boxes, the canvas is where it was before zooming out.
  mutating func setZoom(_ next: CanvasZoom) {
    guard next != zoom else { return }
    if zoom == .full { view.fullScroll = scroll }
    view.zoom = next
    guard next != .full else {
      zoomDrawing = nil
      view.fitPending = false
      scroll = view.fullScroll ?? scroll
      view.fullScroll = nil
      follow()
      return
    }
    if next == .fit {
      // The compact drawing stays on screen until the next tick makes the fitted one.
      view.fitPending = true
      return
    }
    zoomDrawing = nil
    refreshZoom()
    follow()
  }

  /// Whether the next tick has slow work to do (the fitted drawing), so that the runner draws the
  /// frame that says so first.
  public var hasSlowTickWork: Bool { view.fitPending && !view.fitsInBackground }

  /// Whether the fitted drawing is made by the runner, off the main loop, instead of on a tick.
  public var fitsInBackground: Bool {
    get { view.fitsInBackground }
    set { view.fitsInBackground = newValue }
  }

  /// The fitted drawing wanted now (the board and the canvas's size), for the runner to make on
  /// another thread; nil when none is wanted or the tick makes it.
  public var pendingFit: FitRequest? {
    guard view.fitsInBackground, view.fitPending, zoom == .fit else { return nil }
    let area = canvasArea
    return FitRequest(board: board, columns: area.width, rows: area.height)
  }

  /// A fitted drawing made off the main loop: shown when it is still the one wanted (same board,
  /// same canvas, still fitting), dropped otherwise (the user zoomed in, edited or resized while it
  /// was made; `pendingFit` then asks for the current one).
  public mutating func receiveFit(_ fitted: FittedZoom) {
    let area = canvasArea
    guard view.fitPending, zoom == .fit,
      fitted.drawing.isCurrent(for: board, columns: area.width, rows: area.height)
    else { return }
    view.fitPending = false
    show(fitted.drawing)
    follow()
    announceZoom()
  }

  /// On a tick: makes the fitted drawing asked for by z, and says how it went (unless the runner
  /// makes it off the main loop).
  mutating func finishPendingFit() {
    guard view.fitPending, zoom == .fit, !view.fitsInBackground else { return }
    view.fitPending = false
    zoomDrawing = nil
    refreshZoom()
    follow()
    announceZoom()
  }

  /// After an action: an edit of the drawing the user made some other way than an editing key
  /// (a click in the palette, `:layout`) returns to full boxes too; otherwise (a reload of the
  /// file changed on disk, a read-only window following it) the zoomed-out drawing follows the
  /// board and the canvas's size.
  mutating func zoomAfter(_ before: ZoomCheck) {
    guard zoom != .full else { return }
    if before.byUser, !isReadOnly, history.past.count > before.edits, !before.drawsTheSame(as: board) {
      setZoom(.full)
      if message == nil { message = StatusMessage("Back to full boxes: the board was edited (z zooms out again)") }
      return
    }
    refreshZoom()
  }

  /// Draws the zoomed-out view again when the board or (for fit) the canvas's size changed.
  mutating func refreshZoom() {
    guard zoom != .full, !view.fitPending else { return }
    let area = canvasArea
    if let drawing = zoomDrawing, drawing.isCurrent(for: board, columns: area.width, rows: area.height) { return }
    if zoom == .fit, view.fitsInBackground {
      // The drawing shown stays until the runner has made the one for this board and canvas.
      view.fitPending = true
      announceZoom()
      return
    }
    show(ZoomDrawing(zoom, board: board, columns: area.width, rows: area.height))
  }

  /// Shows a zoomed-out drawing; a fitted one starts at the canvas's top-left corner.
  private mutating func show(_ drawing: ZoomDrawing) {
    zoomDrawing = drawing
    if drawing.zoom == .fit {
      let bounds = drawing.diagram.bounds
      scroll = GridPoint(x: max(0, bounds?.x ?? 0), y: max(0, bounds?.y ?? 0))
    }
  }

  /// Before a command runs in normal mode: one that edits the board returns to full boxes first.
  mutating func zoomInToEdit(_ command: Command) {
    guard zoom != .full, !isReadOnly, AppState.editsBoard(command) else { return }
    setZoom(.full)
    message = StatusMessage("Back to full boxes to edit (z zooms out again)")
  }

  /// Whether a command changes the board's boxes, arrows or groups, or works on the groups as the
  /// user placed them (marks, selecting a group), and so is done at full boxes.
  static func editsBoard(_ command: Command) -> Bool {
    switch command {
    case .add, .editLabel, .editDetail, .setKind, .connect, .move, .resize, .delete, .undo, .redo, .layout,
      .reverseArrow, .paste, .arrowStyle, .mark, .newGroup, .joinGroup, .leaveGroup, .selectGroup:
      true
    default: false
    }
  }

  /// A click on a zoomed-out canvas: selects the box or arrow under it (a double-click returns
  /// to full boxes and edits its label); a drag on empty space pans. Boxes are not dragged here.
  mutating func zoomedPress(_ event: MouseEvent, at point: GridPoint, double: Bool) {
    if let hit = box(at: point) {
      selection = .box(hit.id)
      drag = nil
    } else if let routes = zoomDrawing?.diagram.routes,
      let index = routes.lastIndex(where: { BoardLayer.path($0.points, contains: point) }),
      board.arrows.indices.contains(index)
    {
      selection = .arrow(index, anchor: board.arrows[index].from)
      drag = nil
    } else {
      selection = nil
      drag = .panning(last: GridPoint(x: event.x, y: event.y))
      return
    }
    if double {
      lastPress = nil
      zoomInToEdit(.editLabel)
      startLabelEdit()
    }
  }
}

/// What an action may change that decides whether a zoomed-out canvas stays zoomed out.
struct ZoomCheck {
  /// Edits recorded in the history.
  let edits: Int
  let boxes: [Box]
  let arrows: [Arrow]
  let groups: [Group]

  /// Whether the action is the user's: a key, the mouse or a paste.
  let byUser: Bool

  init(_ state: AppState, _ action: Action) {
    switch action {
    case .key, .mouse, .paste: byUser = true
    default: byUser = false
    }
    edits = state.history.past.count
    boxes = state.board.boxes
    arrows = state.board.arrows
    groups = state.board.groups
  }

  /// Whether the board draws as it did (its notes and title are not drawn on the canvas).
  func drawsTheSame(as board: Board) -> Bool {
    board.boxes == boxes && board.arrows == arrows && board.groups == groups
  }
}

/// A fitted drawing to make: the board and the canvas's size it is fitted to.
public struct FitRequest: Sendable, Equatable {
  let board: Board
  let columns: Int
  let rows: Int

  /// Makes the fitted drawing (seconds for a large board). Pure: safe on any thread.
  public func make() -> FittedZoom {
    FittedZoom(drawing: ZoomDrawing(.fit, board: board, columns: columns, rows: rows))
  }
}

/// A fitted drawing made for a `FitRequest`, for `AppState.receiveFit`.
public struct FittedZoom: Sendable {
  let drawing: ZoomDrawing
}
