// The interactive session: reads input, reduces it into the state, draws the view, carries out
// effects (files through EffectRunner; the external editor and quitting here), writes the
// recovery file on SIGTERM/SIGHUP/SIGINT, and always restores the terminal.
import CNcursesw
import Foundation
import MLSDCore

public final class AppRunner {
  private var state: AppState
  private let terminal: Terminal
  private let effects: EffectRunner
  private let environment: [String: String]
  private let clock: () -> Double
  private let fits = FitWorker()

  public init(
    state: AppState, terminal: Terminal, effects: EffectRunner, environment: [String: String],
    clock: @escaping () -> Double
  ) {
    self.state = state
    self.terminal = terminal
    self.effects = effects
    self.environment = environment
    self.clock = clock
  }

  /// The lock file this session holds: the board file's (a second mlsd opening it is warned) or,
  /// on a scratch board, the one beside its recovery file (other sessions then know that file is
  /// no orphan to offer). It follows the board when it is saved under another name or another
  /// file is opened.
  private var heldLock: String?
  private var lockedFor: String??

  /// Runs until the user quits or a signal arrives; returns the exit status. `scratchOffers` is
  /// the unsaved work of ended scratch sessions, offered after `recovered` (from the file
  /// `recoveredPath`, an ended session's recovery file). `lock` is the lock
  /// file `mlsd open` already took for the board file; `holder` describes another live mlsd that
  /// holds it, when one does: the lock question is then asked first, in a window.
  public func run(
    offering recovered: Board?, from recoveredPath: String? = nil, scratchOffers: [ScratchRecovery] = [],
    holding lock: String? = nil, askingLock holder: String? = nil
  ) -> Int32 {
    heldLock = lock
    // With another mlsd holding the board, its lock is taken only when the person says o.
    if holder != nil { lockedFor = .some(state.filePath) }
    followLock()
    defer {
      if let heldLock { effects.releaseLock(heldLock) }
      effects.endSession(boardPath: state.filePath)
    }
    TerminalSignals.install()
    terminal.start()
    defer { terminal.stop() }
    let size = terminal.size
    state.fitsInBackground = true
    state.apply(.resize(width: size.width, height: size.height))
    if let holder {
      state.apply(.askLock(holder: holder))
    } else if let recovered {
      state.apply(.offerRecovery(recovered, from: recoveredPath))
    } else if !scratchOffers.isEmpty {
      state.apply(.offerScratchRecoveries(scratchOffers))
    }
    var drawnSecond = -1
    var dirty = true
    while true {
      terminal.setTheme(state.theme)
      // Redraw after input and when the timer's second changes; idle ticks cost nothing. The
      // practice briefing and review show no clock (and the review is costly to draw).
      let clockShown = state.practicePhase == nil || state.practicePhase == .drawing
      let second = clockShown ? Int(state.now - state.startedAt) : drawnSecond
      if dirty || second != drawnSecond {
        terminal.draw(AppView.render(state))
        drawnSecond = second
        dirty = false
      }
      if let signal = TerminalSignals.take() {
        saveRecoveryNow()
        return 128 + signal
      }
      // Everything already typed is handled before the next frame, so fast typing and pastes
      // never wait for a redraw per key.
      if !fits.busy {
        if let request = state.pendingFit {
          fits.start(.zoom(request))
        } else if let request = state.pendingReviewFit {
          fits.start(.review(request))
        } else if let request = state.pendingCorners {
          fits.start(.corners(request))
        }
      }
      // A burst longer than a batch stays in the terminal for the next one (none of it is lost).
      let batch = InputBatch.take(first: terminal.read(timeout: fits.busy ? 40 : 250)) { terminal.read(timeout: 0) }
      // The clock as the keys arrive: a window the app opened drops keys typed on into it.
      if !batch.isEmpty { dispatch(.tick(clock())) }
      for (i, event) in batch.enumerated() {
        switch event {
        case .key(let key): dispatch(.key(key))
        case .mouse(let event):
          // Of a run of drag reports only the last matters: the box ends up under the pointer.
          if event.kind == .drag, i + 1 < batch.count, case .mouse(let next) = batch[i + 1], next.kind == .drag {
            continue
          }
          dispatch(.mouse(event))
        case .resize(let width, let height): dispatch(.resize(width: width, height: height))
        case .paste(let text): dispatch(.paste(text))
        case .focusLost: dispatch(.focusLost)
        }
        dirty = true
        if state.quitting { return 0 }
      }
      // Work the tick does that takes seconds (fitting a large board to the window) is preceded
      // by a frame that says so, instead of a key that seems to do nothing.
      if dirty && state.hasSlowTickWork {
        terminal.draw(AppView.render(state))
        dirty = false
      }
      switch fits.take() {
      case .zoom(let fitted)?:
        state.receiveFit(fitted)
        dirty = true
      case .review(let fitted)?:
        state.receiveReviewFit(fitted)
        dirty = true
      case .corners(let done)?:
        if state.receiveCorners(done) { dirty = true }
      case nil: break
      }
      let messageBefore = state.message
      dispatch(.tick(clock()))
      if state.message != messageBefore { dirty = true }
      if state.quitting { return 0 }
    }
  }

  private func dispatch(_ action: Action) {
    state.apply(action)
    var pending = state.takeEffects()
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      if let reply = perform(effect) {
        state.apply(reply)
        pending += state.takeEffects()
      }
    }
    followLock()
  }

  /// Moves the lock to the file the board lives at now, when that changed (a watching session
  /// holds none).
  private func followLock() {
    guard !state.isReadOnly, lockedFor != .some(state.filePath) else { return }
    lockedFor = .some(state.filePath)
    let moved = effects.moveLock(held: heldLock, to: state.filePath)
    heldLock = moved.held
    if let note = moved.note { state.apply(.failed(note)) }
  }

  private func perform(_ effect: Effect) -> Action? {
    switch effect {
    case .editExternally(let step, let text):
      let reply = editExternally(step: step, text: text)
      // The terminal may have changed size while the editor had it.
      let size = terminal.size
      state.apply(.resize(width: size.width, height: size.height))
      return reply
    case .quit:
      return nil
    case .openAnyway:
      // The lock question's o: this session now holds the lock too, and is offered any work an
      // ended session left (never the other writer's, whose lock is live).
      if let path = effects.lockPath(for: state.filePath), effects.takeLock(path) { heldLock = path }
      lockedFor = .some(state.filePath)
      return effects.recoveryOffer(for: state.filePath, board: state.board).map {
        .offerRecovery($0.board, from: $0.from)
      }
    case .redraw:
      terminal.invalidate()
      return nil
    default:
      return effects.run(effect, state: state)
    }
  }

  /// Whether a signal ended the session with unsaved work, now in the recovery file.
  public private(set) var keptUnsavedWork = false

  /// Writes unsaved work to the recovery file straight away (a signal is ending the session).
  private func saveRecoveryNow() {
    guard state.hasUnsavedWork else { return }
    if case .recoveryWritten = effects.run(.writeRecovery(state.unsavedBoard, version: state.version), state: state) {
      keptUnsavedWork = true
    }
  }

  private func editExternally(step: Step, text: String) -> Action {
    let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let folder = NSTemporaryDirectory()
    let path = "\(folder)/mlsd-notes-\(getpid())-\(step.rawValue).md"
    do {
      try AtomicWriter.write(text + (text.isEmpty || text.hasSuffix("\n") ? "" : "\n"), to: path)
    } catch {
      return .failed("Cannot write a temporary file for the editor: \(FileMessages.describe(error))")
    }
    defer { unlink(path) }
    let status = terminal.suspend { () -> Int32 in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      // The editor variable may hold arguments ("code --wait"), so the shell splits it.
      process.arguments = ["-c", "\(editor) \"$1\"", "mlsd-editor", path]
      do {
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
      } catch {
        return -1
      }
    }
    guard status == 0 else { return .failed("The editor (\(editor)) failed with status \(status); notes unchanged") }
    do {
      return .externalNotes(step, text: try AtomicWriter.readText(path))
    } catch {
      return .failed("Cannot read the notes back: \(FileMessages.describe(error))")
    }
  }
}
