// The editor's cost per action on a large board, measured through the app's own pure core: each
// key goes through AppState.apply (in place, as the app's loop does), then a clock tick (as the app's loop sends after every
// input), then AppView.render draws the whole 120×40 screen, then the new frame is compared cell by
// cell with the last one (Canvas.changedCells, what the terminal adapter does before it writes to ncurses).
import MLSDCore

enum EditorBench {
  /// One measured action: milliseconds for reduce (key and tick), view and diff.
  struct Cost {
    var reduce: Double
    var view: Double
    var diff: Double
    /// CPU milliseconds of this thread for the whole action.
    var cpu: Double
    var total: Double { reduce + view + diff }
  }

  struct Session {
    var state: AppState
    var frame: Canvas
    var time = 0.0
    /// Cells that changed over the whole run (printed, which keeps the diff from being optimised away).
    var changedCells = 0

    init(board: Board, library: Library) {
      let theme = library.theme("dark") ?? .monochrome
      state = AppState(board: board, filePath: nil, library: library, theme: theme, width: 120, height: 40)
      frame = AppView.render(state)
    }

    @discardableResult
    mutating func send(_ key: Key) -> Cost {
      time += 0.05
      let c0 = Clock.cpuNow()
      let t0 = Clock.now()
      state.apply(.key(key))
      state.apply(.tick(time))
      // The runtime would save or write a recovery file here; the benchmark touches no disk.
      _ = state.takeEffects()
      let t1 = Clock.now()
      let next = AppView.render(state)
      let t2 = Clock.now()
      changedCells += EditorBench.diff(frame, next)
      frame = next
      let t3 = Clock.now()
      let c1 = Clock.cpuNow()
      return Cost(
        reduce: Double(t1 - t0) / 1e6, view: Double(t2 - t1) / 1e6, diff: Double(t3 - t2) / 1e6,
        cpu: Double(c1 - c0) / 1e6)
    }

    /// A pause: a tick a second after the last key, with the view and diff after it (the board's
    /// corner pass waits for such a pause, `AppState.cornerPassPause`).
    mutating func pause() -> Cost {
      time += 1
      let c0 = Clock.cpuNow()
      let t0 = Clock.now()
      state.apply(.tick(time))
      _ = state.takeEffects()
      let t1 = Clock.now()
      let next = AppView.render(state)
      let t2 = Clock.now()
      changedCells += EditorBench.diff(frame, next)
      frame = next
      let t3 = Clock.now()
      let c1 = Clock.cpuNow()
      return Cost(
        reduce: Double(t1 - t0) / 1e6, view: Double(t2 - t1) / 1e6, diff: Double(t3 - t2) / 1e6,
        cpu: Double(c1 - c0) / 1e6)
    }

    mutating func type(_ text: String) {
      for character in text { send(.char(character)) }
    }
  }

  /// Cells the terminal adapter would send for the new frame (Canvas.changedCells, all of them
  /// when the sizes differ).
  static func diff(_ a: Canvas, _ b: Canvas) -> Int {
    b.changedCells(since: a, columns: b.width, rows: b.height).count
  }

  static let actions = [
    "select a box (hjkl)", "move a box one cell", "add an arrow", "type a character in a label",
    "commit a label (Enter)", "undo", "pause after a move (tick 1 s on)",
  ]

  /// Runs `rounds` rounds of editing on the board and returns the table rows and a summary line.
  static func run(board: Board, library: Library, rounds: Int) -> (rows: [[String]], note: String) {
    var session = Session(board: board, library: library)
    var samples = Array(repeating: Samples(), count: actions.count)
    var parts = Array(
      repeating: (reduce: Samples(), view: Samples(), diff: Samples(), cpu: Samples()), count: actions.count)
    func record(_ index: Int, _ cost: Cost) {
      samples[index].add(cost.total)
      parts[index].cpu.add(cost.cpu)
      parts[index].reduce.add(cost.reduce)
      parts[index].view.add(cost.view)
      parts[index].diff.add(cost.diff)
    }
    let wander: [Key] = [.char("l"), .char("j"), .char("l"), .char("k"), .char("l"), .char("h"), .char("j")]
    var added = 0
    for round in 0..<rounds {
      // Select another box: the selection wanders over the board.
      record(0, session.send(wander[round % wander.count]))
      if session.state.selectedBox == nil { session.send(.char("j")) }

      // Move it right and back, then confirm (Enter records one undo step).
      session.send(.char("m"))
      record(1, session.send(.right))
      record(1, session.send(.left))
      record(1, session.send(.right))
      session.send(.enter)
      // The user pauses: the tick a second on makes the corner pass the move's drawing wants.
      record(6, session.pause())

      // Connect it to its nearest box; undo takes the arrow away again.
      session.send(.char("c"))
      let before = session.state.board.arrows.count
      let connect = session.send(.enter)
      if session.state.board.arrows.count > before {
        record(2, connect)
        added += 1
        record(5, session.send(.char("u")))
      }
      // Already connected: the existing arrow is selected; Esc goes back to its box.
      if case .arrow = session.state.selection { session.send(.escape) }

      // Rename the box: three characters typed, Enter commits, undo restores it.
      session.send(.char("i"))
      record(3, session.send(.char("x")))
      record(3, session.send(.char("y")))
      record(3, session.send(.char("z")))
      record(4, session.send(.enter))
      record(5, session.send(.char("u")))
      // Undo the move as well.
      record(5, session.send(.char("u")))
    }
    var rows: [[String]] = []
    for (i, name) in actions.enumerated() {
      let s = samples[i]
      rows.append([
        name, String(s.count), Format.ms(s.median), Format.ms(s.percentile(99)), Format.ms(s.max),
        Format.ms(parts[i].cpu.median), Format.ms(parts[i].cpu.percentile(99)),
        Format.ms(parts[i].reduce.median), Format.ms(parts[i].view.median), Format.ms(parts[i].diff.median),
      ])
    }
    let note =
      "board: \(session.state.board.boxes.count) boxes, \(session.state.board.arrows.count) arrows at the end; "
      + "\(added) arrows added and undone; \(session.changedCells) cells changed in all"
    return (rows, note)
  }

  static let header = [
    "action", "samples", "median ms", "p99 ms", "max ms", "CPU median ms", "CPU p99 ms", "reduce ms", "view ms",
    "diff ms",
  ]
}
