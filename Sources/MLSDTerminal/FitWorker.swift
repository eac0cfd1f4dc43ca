// The fitted drawing of the zoom (z) made on a thread of its own: fitting a large board takes
// seconds, and meanwhile keys, the clock and the screen go on. One fit at a time; the app keeps
// or drops its result (AppState.receiveFit) and asks again when the board or the window changed.
import Foundation
import MLSDCore

final class FitWorker: @unchecked Sendable {
  private let lock = NSLock()
  private var done: FittedZoom?
  /// Whether a fit is being made.
  private(set) var busy = false

  /// Starts making `request`'s drawing, with the layout engine of the caller's task.
  func start(_ request: FitRequest) {
    busy = true
    let engine = LayoutEngine.ordering
    let thread = Thread { [self] in
      let fitted = LayoutEngine.$ordering.withValue(engine) { request.make() }
      lock.lock()
      done = fitted
      lock.unlock()
    }
    // Layout and routing recurse; the main thread has 8 MB, a new thread less by default.
    thread.stackSize = 16 << 20
    thread.start()
  }

  /// The drawing made, once it is done (then the worker is free again).
  func take() -> FittedZoom? {
    lock.lock()
    defer { lock.unlock() }
    guard let fitted = done else { return nil }
    done = nil
    busy = false
    return fitted
  }
}
