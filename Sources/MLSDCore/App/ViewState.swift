// A named part of AppState: how the state is shown (the screen's size, the scroll of the board,
// the side panel, the theme).

struct ViewState: Sendable {
  var panelTab: PanelTab = .steps {
    didSet { if panelTab != oldValue { panelScroll = 0 } }
  }
  /// First line of the panel's tab shown (PgUp/PgDn, the wheel over the panel).
  var panelScroll: Int = 0
  var showPanel: Bool = true
  /// The step the side panel shows and `E` edits.
  var currentStep: Step = .requirements
  /// Board cell shown at the top-left of the canvas area.
  var scroll: GridPoint = GridPoint(x: 0, y: 0)
  var screenWidth: Int
  var screenHeight: Int
  var theme: Theme
  /// Draw with ASCII only (the locale is not UTF-8).
  var ascii: Bool
  /// The canvas's zoom (z) and, zoomed out, the drawing it shows.
  var zoom: CanvasZoom = .full
  var zoomDrawing: ZoomDrawing?
  /// The fitted drawing is wanted but not made yet: it is made on the next tick, after a frame
  /// that says so (fitting a large board takes seconds, and the key would seem to do nothing), or
  /// by the runner off the main loop (`fitsInBackground`).
  var fitPending = false
  /// The runner makes the fitted drawing on another thread (`pendingFit`, `receiveFit`) and the
  /// tick does not: keys, the clock and the screen go on while a large board is fitted.
  var fitsInBackground = false
  /// Where the canvas was at full boxes, to go back to it when zooming in again.
  var fullScroll: GridPoint?
}
