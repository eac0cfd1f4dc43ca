// The fitted drawing of the zoom (z), the practice review's fitted diagrams and the board's corner
// pass (CornerPass), made on a thread of their own: fitting a large board takes seconds, and
// meanwhile keys, the clock and the screen go on. One job at a time; the app keeps or drops its
// result (AppState.receiveFit, receiveReviewFit, receiveCorners) and asks again when the board or
// the window changed.
import Foundation
import MLSDCore

final class FitWorker: @unchecked Sendable {
  /// A fit to make.
  enum Job: Sendable {
    case zoom(FitRequest)
    case review(ReviewFitRequest)
    case corners(CornerRequest)
  }

  /// A fit made.
  enum Done: Sendable {
    case zoom(FittedZoom)
    case review(FittedReview)
    case corners(ClearedCorners)
  }

  private let lock = NSLock()
  private var done: Done?
  /// Whether a fit is being made.
  private(set) var busy = false

  /// Starts making `job`'s drawing, with the layout engine of the caller's task.
  func start(_ job: Job) {
    busy = true
    let engine = LayoutEngine.ordering
    let thread = Thread { [self] in
      let fitted: Done = LayoutEngine.$ordering.withValue(engine) {
        switch job {
        case .zoom(let request): .zoom(request.make())
        case .review(let request): .review(request.make())
        case .corners(let request): .corners(request.make())
        }
      }
      lock.lock()
      done = fitted
      lock.unlock()
    }
    // Layout and routing recurse; the main thread has 8 MB, a new thread less by default.
    thread.stackSize = 16 << 20
    thread.start()
  }

  /// The drawing made, once it is done (then the worker is free again).
  func take() -> Done? {
    lock.lock()
    defer { lock.unlock() }
    guard let fitted = done else { return nil }
    done = nil
    busy = false
    return fitted
  }
}
