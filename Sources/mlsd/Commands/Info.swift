// `mlsd info FILE`: a short summary of a board.
import ArgumentParser
import MLSDCore

struct Info: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info", abstract: "Summarise a board: boxes, arrows, groups, notes per step.")

  @Argument(help: "The board file.")
  var file: String

  func run() throws {
    let board = try CLIContext.loadBoard(file)
    print(BoardSummary.text(for: board))
  }
}
