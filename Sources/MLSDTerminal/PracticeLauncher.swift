// `mlsd practice` on a terminal: the whiteboard opened on a practice session (briefing, timed
// drawing, review). The app clock may run faster for tests: MLSD_CLOCK_SCALE=60 makes one real
// second count as a minute; it is read here only, never by the core.
import Foundation
import MLSDCore

public enum PracticeLauncher {
  /// What the session needs from the command line.
  public struct Setup {
    public var template: Template
    public var options: PracticeOptions
    /// The board to draw on: the file's board, or a new board of the template.
    public var board: Board
    public var library: Library
    public var theme: Theme
    public var ascii: Bool
    public var noColor: Bool
    public var dataFolder: String?
    public var environment: [String: String]
    /// Turns a path as typed into an absolute one (recovery files are keyed by it).
    public var absolute: (String) -> String

    public init(
      template: Template, options: PracticeOptions, board: Board, library: Library, theme: Theme, ascii: Bool,
      noColor: Bool, dataFolder: String?, environment: [String: String], absolute: @escaping (String) -> String
    ) {
      self.template = template
      self.options = options
      self.board = board
      self.library = library
      self.theme = theme
      self.ascii = ascii
      self.noColor = noColor
      self.dataFolder = dataFolder
      self.environment = environment
      self.absolute = absolute
    }
  }

  /// How much faster than real time the app clock runs (MLSD_CLOCK_SCALE, a positive number; 1
  /// when unset or not a number).
  public static func clockScale(_ environment: [String: String]) -> Double {
    guard let text = environment["MLSD_CLOCK_SCALE"], let scale = Double(text), scale.isFinite, scale > 0 else {
      return 1
    }
    return scale
  }

  /// Runs the session until the person quits; returns the exit status (128 + signal when a
  /// signal ended it) and whether unsaved work went to the recovery file.
  public static func run(_ setup: Setup) -> (status: Int32, keptUnsavedWork: Bool) {
    let start = Date()
    let realClock = { Date().timeIntervalSince(start) }
    let scale = clockScale(setup.environment)
    let appClock = { realClock() * scale }
    var state = AppState(
      board: setup.board, filePath: setup.options.file, library: setup.library, theme: setup.theme,
      ascii: setup.ascii, now: appClock())
    let practice = PracticeMode(
      template: setup.template, minutes: setup.options.minutes, hints: setup.options.hints, now: state.now,
      date: start, followUpLimit: setup.options.followUps, pauseSeconds: Double(setup.options.pauseSeconds))
    state.startPractice(practice, date: start)
    let runner = EffectRunner(files: DiskFiles(), dataFolder: setup.dataFolder, absolute: setup.absolute)
    let recovered = runner.recoveryOffer(for: setup.options.file, board: setup.board)
    // Mouse times stay real, so that a double-click is still two clicks within 0.4 s.
    let terminal = Terminal(theme: setup.theme, ascii: setup.ascii, noColor: setup.noColor, clock: realClock)
    let app = AppRunner(
      state: state, terminal: terminal, effects: runner, environment: setup.environment, clock: appClock)
    let status = app.run(offering: recovered?.board, from: recovered?.from)
    return (status, app.keptUnsavedWork)
  }
}
