// What every command needs: the environment, the library of templates and themes, board I/O
// with errors turned into messages and exit statuses.
import Foundation
import MLSDCore

enum CLIContext {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  static var locations: DataLocations { DataLocations(environment: environment) }

  /// The library; problems in user files are reported on stderr but do not stop the command.
  static func library(quiet: Bool = false) -> Library {
    let library = Library.load(locations: locations)
    if !quiet {
      for problem in library.problems { warn("warning: \(problem)") }
    }
    return library
  }

  static func loadBoard(_ path: String) throws -> Board {
    do {
      return try BoardStore.load(path)
    } catch let error as LoadError {
      throw CLIFailure.badInput(error.description)
    } catch let error as LoadErrors {
      throw CLIFailure.badInput(error.description)
    }
  }

  static func saveBoard(_ board: Board, to path: String) throws {
    do {
      try BoardStore.save(board, to: path)
    } catch let error as FileError {
      throw CLIFailure.badInput("cannot save: \(error)")
    }
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

  static func warn(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
