// `mlsd open [FILE]` (also plain `mlsd`): the interactive whiteboard.
import ArgumentParser
import MLSDCore

struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the interactive whiteboard on a board file, or on a new scratch board.")

  @Argument(help: "The board file to open; created on first save if it does not exist.")
  var file: String?

  func run() throws {
    throw CLIFailure.badInput(
      "the interactive whiteboard is not built yet; use the headless commands (`mlsd --help`)")
  }
}
