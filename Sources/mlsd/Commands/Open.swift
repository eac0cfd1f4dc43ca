// `mlsd open [FILE]` (also plain `mlsd`): the interactive whiteboard.
import ArgumentParser
import Foundation
import MLSDCore
import MLSDTerminal

struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the interactive whiteboard on a board file, or on a new scratch board.",
    discussion: """
      FILE is created on the first save if it does not exist. Inside the app, ? lists every \
      key.

      NO_COLOR turns colours off; a locale that is not UTF-8 draws with ASCII only.
      """)

  @Argument(help: "The board file to open; created on first save if it does not exist.")
  var file: String?

  @Option(name: .shortAndLong, help: "Start a new board from this template (see `mlsd templates`).")
  var template: String?

  @Option(help: "Colour theme (built-in: dark, light, high-contrast, monochrome; or your own).")
  var theme: String?

  @Flag(
    help: "Watch the board: follow every change to the file, never write it, never take its lock.")
  var readOnly = false

  func run() throws {
    let environment = CLIContext.environment
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CLIFailure.badInput(
        "mlsd: the whiteboard needs a terminal (stdin and stdout must be a TTY).\n"
          + "For scripts use the headless commands: mlsd new, mlsd info, mlsd check, mlsd export, "
          + "mlsd render (see `mlsd --help`).")
    }
    let term = environment["TERM"] ?? ""
    if term.isEmpty || term == "dumb" {
      throw CLIFailure.badInput(
        "mlsd: TERM=\(term.isEmpty ? "(unset)" : term) cannot draw the whiteboard: it has no cursor movement.\n"
          + "Set TERM (e.g. xterm-256color), or use the headless commands (see `mlsd --help`).")
    }
    if file == "-" {
      throw CLIFailure.badInput(
        "mlsd: '-' (standard input) is for the headless commands; the whiteboard edits a file: give its name")
    }
    let library = CLIContext.library(themes: true)
    let chosenTheme = try pickTheme(library: library, environment: environment)
    if readOnly && (file == nil || !AtomicWriter.fileExists(file!)) {
      throw CLIFailure.badInput("mlsd open --read-only: give a board file that exists")
    }
    // The file's stamp is taken before it is read, and kept for the whiteboard: a save by another
    // mlsd while this one reads, or while the lock question below waits for an answer, then shows as
    // a change on disk (reloaded, or asked about), never as the board this one will overwrite.
    let diskStamp = file.flatMap { DiskFiles().stamp($0) }
    let board = try startingBoard(library: library)
    let watching = readOnly
    var lockNote: String?
    var lockPath: String?
    var otherHolder: String?
    if let file, !readOnly, let data = CLIContext.locations.dataFolder {
      let path = Recovery.lockPath(for: Open.absolute(file), dataFolder: data)
      switch Open.lockState(path) {
      case .take(let note):
        lockNote = note
        try? BoardLock.current().write(to: path)
        lockPath = path
      case .held(let lock):
        // Asked in the whiteboard, in a window that takes one key (AppState+Questions).
        otherHolder = lock.description
      }
    }
    // From here on the whiteboard holds the lock, and moves it when the board is saved elsewhere.
    let start = Date()
    let clock = { Date().timeIntervalSince(start) }
    let ascii = !Open.isUTF8(environment)
    var state = AppState(
      board: board, filePath: file, library: library, theme: chosenTheme, ascii: ascii, now: clock(),
      diskStamp: diskStamp, readOnly: watching)
    if let lockNote { state.apply(.info(lockNote)) }
    let unknown = file.map { CLIContext.unknownKinds(board, path: $0) } ?? []
    if let first = unknown.first {
      state.apply(.failed(first.short + (unknown.count > 1 ? " (and \(unknown.count - 1) more)" : "")))
    }
    let runner = EffectRunner(
      files: DiskFiles(), dataFolder: CLIContext.locations.dataFolder, absolute: Open.absolute)
    let recovered = watching || otherHolder != nil ? nil : runner.recoveryOffer(for: file, board: board)
    let scratchOffers = file == nil ? runner.orphanedScratchRecoveries(isLive: BoardLock.isHeld(forRecovery:)) : []
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let terminal = Terminal(theme: chosenTheme, ascii: ascii, noColor: noColor, clock: clock)
    let app = AppRunner(state: state, terminal: terminal, effects: runner, environment: environment, clock: clock)
    let status = app.run(
      offering: recovered?.board, from: recovered?.from, scratchOffers: scratchOffers, holding: lockPath,
      askingLock: otherHolder)
    if status != 0 {
      CLIContext.warn(
        "mlsd: stopped by signal \(status - 128)"
          + (app.keptUnsavedWork ? "; the unsaved work is in the recovery file and will be offered next time" : ""))
      throw ExitCode(status)
    }
  }

  enum LockState {
    case take(note: String?)
    /// Another live mlsd has it: the whiteboard asks, as vim does with its swap file.
    case held(BoardLock)
  }

  /// Whether the board's lock is free to take (a lock whose process is gone is taken over, with a
  /// note) or another live mlsd holds it.
  static func lockState(_ path: String) -> LockState {
    guard let lock = BoardLock.read(path), !lock.isMine else { return .take(note: nil) }
    if lock.isStale {
      return .take(note: "Took over the lock of \(lock.description), which is gone")
    }
    return .held(lock)
  }

  private func pickTheme(library: Library, environment: [String: String]) throws -> Theme {
    if !(environment["NO_COLOR"] ?? "").isEmpty { return .monochrome }
    if let name = theme {
      if let found = library.theme(name) { return found }
      if name == "monochrome" { return .monochrome }
      var message = "unknown theme '\(Sanitizer.visible(name))'"
      if let guess = Suggest.nearest(name, among: library.themes.map(\.name)) {
        message += " (did you mean '\(guess)'?)"
      }
      throw CLIFailure.badInput(message + "; themes: " + library.themes.map(\.name).joined(separator: ", "))
    }
    return library.theme("dark") ?? library.themes.first ?? .monochrome
  }

  private func startingBoard(library: Library) throws -> Board {
    if let file, AtomicWriter.fileExists(file) {
      if template != nil {
        throw CLIFailure.badInput("\(file) already exists; --template starts a new board (give a new file name)")
      }
      return try CLIContext.loadBoard(file)
    }
    if let id = template { return try CLIContext.template(id, in: library).newBoard() }
    return library.template("blank")?.newBoard() ?? Board(title: "Untitled design")
  }

  /// Whether the locale (LC_ALL, else LC_CTYPE, else LANG) uses UTF-8.
  static func isUTF8(_ environment: [String: String]) -> Bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    let lower = locale.lowercased()
    return lower.contains("utf-8") || lower.contains("utf8")
  }

  static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    return FileManager.default.currentDirectoryPath + "/" + path
  }
}
