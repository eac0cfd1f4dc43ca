// The routing grid of the app's board, kept from one edit to the next. Building the grid of the
// neighbourhood of each change again (stamping boxes and every kept route into it) cost more
// than the searches themselves on a large board; a kept grid is brought up to date instead:
// boxes restamped where they moved, the paths and labels of re-routed arrows taken out and put
// back. Undo goes back to an older drawing without routing; the next edit first brings the grid
// to that drawing by the same difference.
import Foundation

/// A whole-board routing grid matching one board and its routes, shared by the copies of the
/// Diagram that made it (the drawings kept for undo among them).
final class KeptGrid: @unchecked Sendable {
  /// What the grid holds, and the board and routes it matches.
  struct State {
    var board: Board
    var routes: [ArrowRoute]
    var frames: [GroupFrame]
    var grid: RouteGrid
    /// Columns and rows of each arrow's label as drawn (zero without one), index-aligned with
    /// board.arrows.
    var labelSizes: [LabelSize]
    /// Position of the first box with each id: the same for every board the grid can follow.
    var boxNumber: [String: Int]
    /// Box numbers of each arrow's ends (-1 for a missing box), index-aligned with board.arrows.
    var arrowFrom: [Int32]
    var arrowTo: [Int32]

    init(board: Board, routes: [ArrowRoute], frames: [GroupFrame], grid: RouteGrid) {
      self.board = board
      self.routes = routes
      self.frames = frames
      self.grid = grid
      labelSizes = board.arrows.map { KeptGrid.labelSize($0.label) }
      var numbers: [String: Int] = [:]
      for (i, box) in board.boxes.enumerated() where numbers[box.id] == nil { numbers[box.id] = i }
      boxNumber = numbers
      arrowFrom = board.arrows.map { Int32(numbers[$0.from] ?? -1) }
      arrowTo = board.arrows.map { Int32(numbers[$0.to] ?? -1) }
    }

    /// The ends of arrow `i` of `board` set from the box numbers.
    mutating func setEnds(of i: Int, in board: Board) {
      let from = Int32(boxNumber[board.arrows[i].from] ?? -1)
      let to = Int32(boxNumber[board.arrows[i].to] ?? -1)
      if i < arrowFrom.count {
        arrowFrom[i] = from
        arrowTo[i] = to
      } else {
        arrowFrom.append(from)
        arrowTo.append(to)
      }
    }
  }

  private let lock = NSLock()
  private var state: State?

  init(state: State? = nil) { self.state = state }

  /// The grid of a fully routed board, with every path and label in it.
  static func state(board: Board, routes: [ArrowRoute], frames: [GroupFrame], grid: RouteGrid) -> State {
    State(board: board, routes: routes, frames: frames, grid: grid)
  }

  /// Builds the grid of `board` and `routes` from nothing.
  static func build(board: Board, routes: [ArrowRoute]) -> State {
    let frames = GroupFrame.frames(of: board)
    var state = State(board: board, routes: routes, frames: frames, grid: RouteGrid(board: board, frames: frames))
    for (i, route) in routes.enumerated() {
      state.grid.occupy(route.cells, arrow: i)
      if let origin = route.labelOrigin, !state.labelSizes[i].isEmpty {
        state.grid.markLabel(at: origin, size: state.labelSizes[i])
      }
    }
    return state
  }

  static func labelSize(_ label: String?) -> LabelSize { LabelPlacer.text(label)?.size ?? .zero }

  /// Routes `next` after `previous` on the kept grid; nil when this edit is not one a kept grid
  /// follows (boxes added or removed, groups reshaped, arrows removed, the board grown), and
  /// the caller routes as without one.
  func reroute(from previous: (board: Board, routes: [ArrowRoute]), to next: Board) -> Router.Result? {
    // Cheap refusals first, before the grid is brought to `previous` or built.
    let frames = GroupFrame.frames(of: next)
    guard next.boxes.count == previous.board.boxes.count, next.arrows.count >= previous.board.arrows.count,
      frames == GroupFrame.frames(of: previous.board),
      RouteGrid.extent(board: next, frames: frames) == RouteGrid.extent(board: previous.board, frames: frames)
    else { return nil }
    lock.lock()
    defer { lock.unlock() }
    // Taken out while it changes, so that its arrays are changed in place (a second reference
    // would copy the whole grid), and so that a routing that gives up leaves no half-updated
    // grid behind.
    var taken = state
    state = nil
    if taken == nil || !KeptGrid.sync(&taken!, to: previous.board, routes: previous.routes) {
      taken = KeptGrid.build(board: previous.board, routes: previous.routes)
    }
    guard let result = Router.reroute(next, kept: &taken!) else { return nil }
    state = taken
    return result
  }

  /// The state for tests: the grid as it is now.
  var current: State? {
    lock.lock()
    defer { lock.unlock() }
    return state
  }

  /// Whether the grid of `a` can be turned into the grid of `b` in place: the same boxes in the
  /// same order, the same group frames and the same extent.
  static func sameShape(_ state: State, _ board: Board, frames: [GroupFrame]) -> Bool {
    guard board.boxes.count == state.board.boxes.count, frames == state.frames,
      RouteGrid.extent(board: board, frames: frames) == state.grid.rect
    else { return false }
    if sameStorage(board.boxes, state.board.boxes) { return true }
    for i in board.boxes.indices where board.boxes[i].id != state.board.boxes[i].id { return false }
    return true
  }

  /// Brings the grid to `board` and `routes` by their difference with what it holds; false when
  /// it cannot (then it must be built again).
  static func sync(_ state: inout State, to board: Board, routes: [ArrowRoute]) -> Bool {
    if sameStorage(board.boxes, state.board.boxes), sameStorage(board.arrows, state.board.arrows),
      sameStorage(routes, state.routes)
    {
      state.board = board
      return true
    }
    let frames = GroupFrame.frames(of: board)
    guard sameShape(state, board, frames: frames), routes.count == board.arrows.count else { return false }
    var changed: [GridRect] = []
    for i in board.boxes.indices where board.boxes[i].frame != state.board.boxes[i].frame {
      changed.append(state.board.boxes[i].frame.union(board.boxes[i].frame).insetBy(dx: -1, dy: -1))
    }
    for area in changed { state.grid.restamp(area, board: board, frames: frames) }
    let oldCount = state.routes.count
    let common = min(oldCount, board.arrows.count)
    var sizes = Array(state.labelSizes.prefix(common))
    state.arrowFrom.removeLast(state.arrowFrom.count - common)
    state.arrowTo.removeLast(state.arrowTo.count - common)
    for i in common..<board.arrows.count {
      sizes.append(labelSize(board.arrows[i].label))
      state.setEnds(of: i, in: board)
    }
    for i in 0..<common where board.arrows[i] != state.board.arrows[i] {
      sizes[i] = labelSize(board.arrows[i].label)
      state.setEnds(of: i, in: board)
    }
    for i in 0..<max(oldCount, routes.count) {
      let old = i < oldCount ? state.routes[i] : nil
      let new = i < routes.count ? routes[i] : nil
      let oldSize = i < oldCount ? state.labelSizes[i] : .zero
      let newSize = i < routes.count ? sizes[i] : .zero
      if old?.points != new?.points {
        if let old { state.grid.release(old.cells, arrow: i) }
        if let new { state.grid.occupy(new.cells, arrow: i) }
      }
      if old?.labelOrigin != new?.labelOrigin || oldSize != newSize {
        if let origin = old?.labelOrigin, !oldSize.isEmpty {
          state.grid.unmarkLabel(at: origin, size: oldSize)
        }
        if let origin = new?.labelOrigin, !newSize.isEmpty {
          state.grid.markLabel(at: origin, size: newSize)
        }
      }
    }
    state.board = board
    state.routes = routes
    state.labelSizes = sizes
    return true
  }

  /// Whether two arrays share their storage, and so hold the same elements.
  static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
    a.count == b.count
      && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { $0.baseAddress == x.baseAddress } }
  }
}
