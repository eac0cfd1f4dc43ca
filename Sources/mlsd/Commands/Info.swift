// `mlsd info FILE`: a short summary of a board.
import ArgumentParser
import MLSDCore

struct Info: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info", abstract: "Summarise a board: boxes, arrows, groups, notes per step.")

  @Argument(help: "The board file (-: standard input).")
  var file: String

  /// The board as this command reads it: only words, kinds and arrows count, so boxes the file
  /// did not place are not laid out (a layout of a large unplaced board takes seconds).
  static func loadBoard(_ file: String) throws -> Board { try CLIContext.loadBoard(file, placing: false) }

  func run() throws {
    let board = try Self.loadBoard(file)
    print(BoardSummary.text(for: board))
  }
}
