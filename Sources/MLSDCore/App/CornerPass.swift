// The corner pass of the app's board: the drawing at full boxes and the compact boxes of the
// zoom go through the pass that `mlsd render` gives its drawing (`Diagram.clearOfCorners`: the
// arrows routed again with the group frames' corners walled, that routing kept when it reads no
// worse). It is a second routing of the whole board, so it is not made on the keys: the runner
// makes it off the main loop (`pendingCorners`, `receiveCorners`), as it makes the fitted zoom,
// and the drawing routed for the first frame, the edit or the z key is shown meanwhile; without
// a runner (tests, benchmarks) a tick makes it. The board's pass waits for a pause in the input
// (`AppState.cornerPassPause` without a key, paste or mouse event): a burst of edits (a box
// moved cell by cell, a label typed and committed) asks for none, and the pass after it is made
// once, for the drawing the burst left. (The compact drawing's pass follows `z` at once; the fit
// to window gets the pass inside its own search, `ScreenFit`.)

/// A corner pass to make: the drawing shown at full boxes.
public struct CornerRequest: Sendable {
  let diagram: Diagram

  /// Makes the pass (a routing of the whole board). Pure: safe on any thread.
  public func make() -> ClearedCorners {
    let shown = diagram.clearOfCorners()
    let changed = shown.routes != diagram.routes
    return ClearedCorners(board: diagram.board, routes: diagram.routes, cleared: changed ? shown : nil)
  }
}

/// A corner pass made: the drawing it was made for and, when the walled routing was kept, that.
public struct ClearedCorners: Sendable {
  let board: Board
  let routes: [ArrowRoute]
  let cleared: Diagram?
}

extension AppState {
  /// The corner pass wanted now, for the runner to make on another thread; nil when none is
  /// wanted (the drawing touches no corner, or the pass was made for it), while the first frame's
  /// drawing waits for its whole routing, while the board's waits for a pause in the input, or
  /// when the tick makes it.
  public var pendingCorners: CornerRequest? {
    guard view.fitsInBackground else { return nil }
    return cornerRequest
  }

  /// The drawing that wants the pass: the compact drawing shown, else the board's.
  private var cornerRequest: CornerRequest? {
    if zoom != .full, let drawing = zoomDrawing, !drawing.cornersSettled {
      return CornerRequest(diagram: drawing.diagram)
    }
    guard !layer.cornersSettled, !layer.isProvisional, isPaused else { return nil }
    return CornerRequest(diagram: layer.diagram)
  }

  /// Seconds without input after which the board's corner pass is made: longer than the gap
  /// between keys held down or typed in a run, short beside a reader's look at the drawing.
  static let cornerPassPause = 0.5

  /// Whether the input has paused for `cornerPassPause` (since the last key, paste or mouse
  /// event, or since the app started when none came yet).
  private var isPaused: Bool {
    now - (modes.lastInputAt ?? startedAt) >= AppState.cornerPassPause
  }

  /// A corner pass made off the main loop: taken when it was made for the drawing shown now,
  /// dropped otherwise (`pendingCorners` then asks for the current one). True when the drawing
  /// changed.
  @discardableResult
  public mutating func receiveCorners(_ done: ClearedCorners) -> Bool {
    if zoom != .full, zoomDrawing?.settleCorners(done) == true { return done.cleared != nil }
    return layer.settleCorners(done) && done.cleared != nil
  }

  /// On a tick, without a runner to make it off the main loop: the corner pass of the compact
  /// drawing shown and (after a pause in the input) of the board.
  mutating func finishCornerPass() {
    guard !view.fitsInBackground else { return }
    // Each pass settles the drawing it was made for: at most two.
    for _ in 0..<2 {
      guard let request = cornerRequest else { return }
      receiveCorners(request.make())
    }
  }
}
