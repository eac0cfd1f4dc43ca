// What every command needs: the environment, the library of templates and themes, board I/O
// with errors turned into messages and exit statuses.
import Foundation
import MLSDCore

enum CLIContext {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  static var locations: DataLocations { DataLocations(environment: environment) }

  /// The library, loaded once per run: a command asks for it at several steps (the board's kinds,
  /// its template, the export), and the problems in user files are said once on stderr; they do
  /// not stop the command. Broken theme files are only reported by the commands that draw in
  /// colour (`themes: true`).
  static func library(quiet: Bool = false, themes: Bool = false) -> Library {
    let library = loadedLibrary
    if !quiet {
      let all = library.problems(themes: themes)
      for problem in all where !reported.contains(problem.description) { warn("warning: \(problem)") }
      reported.formUnion(all.map(\.description))
    }
    return library
  }

  private static let loadedLibrary = Library.load(locations: locations)
  /// The problems already said; a command runs on the main thread only.
  nonisolated(unsafe) private static var reported: Set<String> = []

  /// Prints text for a person: in 7-bit look-alikes when the locale is not UTF-8 (LC_ALL=C), as
  /// the whiteboard draws then.
  static func printText(_ text: String) {
    print(Open.isUTF8(environment) ? text : ASCIIText.lines(text))
  }

  /// The board in `path` (`-`: standard input). `placing: false` is for commands that read no
  /// positions (check, diff, info): boxes the file did not place stay unplaced rather than laid
  /// out. A Mermaid flowchart is read as `mlsd import` reads it (its `%% mlsd` template and notes
  /// included), without writing a board, by those commands and where `mermaid` is true (render,
  /// export, the practice report: laid out as the import lays it out); the whiteboard refuses it
  /// (a save would write YAML over the Mermaid file) and says to import it.
  static func loadBoard(_ path: String, placing: Bool = true, mermaid: Bool = false) throws -> Board {
    do {
      let text = try inputText(path)
      let name = displayName(path)
      let board: Board
      do {
        board = try BoardStore.load(text: text, name: name, placing: placing)
      } catch let error as LoadError where mermaid || !placing {
        guard let flowchart = try importedFlowchart(text: text, name: name) else { throw error }
        return placing ? Import.laidOut(flowchart.board, direction: flowchart.direction) : flowchart.board
      }
      for unknown in unknownKinds(board, path: path) { warn("warning: \(unknown.warning)") }
      return board
    } catch let error as LoadError {
      throw CLIFailure.badInput([error])
    } catch let error as LoadErrors {
      throw CLIFailure.badInput(error.errors)
    }
  }

  /// The board a Mermaid text describes, boxes unplaced, with the flowchart's direction; nil when
  /// the text is no flowchart. A template its comment names that
  /// the library lacks is an error at the comment.
  static func importedFlowchart(text: String, name: String) throws -> (board: Board, direction: MermaidDirection)? {
    guard MermaidSniff.isFlowchart(text) else { return nil }
    let library = library()
    let title = name == stdinName ? "stdin" : ((name as NSString).lastPathComponent as NSString).deletingPathExtension
    let result = try MermaidImporter.read(text, name: name, title: title, catalogue: library.catalogue)
    if let comment = result.templateComment, library.template(comment.id) == nil {
      let message = TemplateLint.unknownMessage(comment.id, known: library.templates.map(\.id))
      throw LoadError(file: name, line: comment.line, column: comment.column, message: message)
    }
    return (result.board, result.direction)
  }

  /// Boxes whose declared kind the catalogue does not know, located in the file (read again
  /// only when there is one).
  static func unknownKinds(_ board: Board, path: String) -> [KindLint.UnknownKind] {
    let known = library().catalogue.ids
    let knownSet = Set(known)
    guard board.boxes.contains(where: { $0.kind.map { !knownSet.contains($0) } ?? false }),
      let text = try? inputText(path)
    else { return [] }
    return KindLint.unknownKinds(in: text, name: displayName(path), known: known)
  }

  static func saveBoard(_ board: Board, to path: String) throws {
    try refuseIfOpen(path)
    do {
      try BoardStore.save(board, to: path)
    } catch let error as FileError {
      throw CLIFailure.badInput("cannot save: \(error)")
    }
  }

  /// Headless commands do not write a board that an mlsd whiteboard has open (its lock file says
  /// so and its process is alive): the whiteboard's next save would replace their work, or theirs
  /// the whiteboard's.
  static func refuseIfOpen(_ path: String) throws {
    guard let data = locations.dataFolder else { return }
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let lockPath = Recovery.lockPath(for: absolute, dataFolder: data)
    guard let lock = BoardLock.read(lockPath), !lock.isStale else { return }
    throw CLIFailure.badInput("\(path): open in the mlsd whiteboard (\(lock.description)); not written")
  }

  static func template(_ id: String, in library: Library) throws -> Template {
    guard let template = library.template(id) else {
      var message = "unknown template '\(Sanitizer.visible(id))'"
      if let guess = Suggest.nearest(id, among: library.templates.map(\.id)) {
        message += " (did you mean '\(guess)'?)"
      }
      throw CLIFailure.badInput(message + "; `mlsd templates` lists them")
    }
    return template
  }

  /// The template a board file names, nil when it names none; an id the library lacks is a load
  /// error located at the file's `template:` line and column.
  static func boardTemplate(_ board: Board, path: String, in library: Library) throws -> Template? {
    guard let id = board.template else { return nil }
    if let template = library.template(id) { return template }
    let text = try? inputText(path)
    let error = TemplateLint.unknownTemplate(id, in: text, name: displayName(path), known: library.templates.map(\.id))
    throw CLIFailure.badInput([error])
  }

  static func warn(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
