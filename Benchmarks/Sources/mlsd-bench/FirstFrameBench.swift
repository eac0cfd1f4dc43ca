// The whiteboard's first frame, in process: read and decode the board file, build the app state
// as `mlsd open` does (check, and the drawing routed within the first frame's budget), draw the
// 120×40 screen. Then the first idle tick, which routes a provisional drawing with the whole
// budget. No terminal: startup.py measures the same through tmux, with the process start.
import Foundation
import MLSDCore

enum FirstFrameBench {
  static let header = [
    "board", "arrows", "runs", "first frame ms", "CPU ms", "max ms", "simple at first", "first tick ms",
    "simple after",
  ]

  static func run(path: String, library: Library, runs: Int) throws -> [String] {
    var frame = Samples()
    var cpu = Samples()
    var tick = Samples()
    var arrows = 0
    var simpleFirst = 0
    var simpleAfter = 0
    for _ in 0..<max(1, runs) {
      // Each run routes afresh, as a new process would.
      RouteMemo.forget()
      let start = Clock.now()
      let cpuStart = Clock.cpuNow()
      let board = try BoardStore.load(path)
      let theme = library.theme("dark") ?? .monochrome
      var state = AppState(board: board, filePath: path, library: library, theme: theme, width: 120, height: 40)
      let canvas = AppView.render(state)
      frame.add(Double(Clock.now() - start) / 1_000_000)
      cpu.add(Double(Clock.cpuNow() - cpuStart) / 1_000_000)
      precondition(canvas.width == 120)
      arrows = board.arrows.count
      simpleFirst = state.layer.diagram.simpleArrowCount
      let (_, tickMS) = Clock.measure { state.apply(.tick(1)) }
      tick.add(tickMS)
      simpleAfter = state.layer.diagram.simpleArrowCount
    }
    return [
      (path as NSString).lastPathComponent, "\(arrows)", "\(frame.count)", Format.ms(frame.percentile(50)),
      Format.ms(cpu.percentile(50)), Format.ms(frame.percentile(100)), "\(simpleFirst)",
      Format.ms(tick.percentile(50)), "\(simpleAfter)",
    ]
  }
}
